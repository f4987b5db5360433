"""Sides the parse hides from the verb's own roles (used by
:func:`newsgraph.nlp.events._roles_verb.verb_roles`): the "by" agent a passive shares with the
passive it is coordinated with, whom the act a preposition's gerund asks for is done to, and
who did harm "at the hands of" someone."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._roles_common import _pobjs, _thing
from newsgraph.nlp.events._roles_series import series_agents


def _gerund_targets(prep: Token) -> list[Token]:
    """Whom the act a preposition's gerund asks for is done to: its named or personal object
    ("called for prosecuting Clinton"), else its "to", "against" or "on" object ("called for
    cutting off foreign aid to Guatemala"); never a thing ("called for eliminating the tax
    treatment")."""
    found: list[Token] = []
    for gerund in prep.children:
        if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG":
            continue
        found += [
            c
            for c in gerund.children
            if c.dep_ == "dobj" and (c.pos_ == "PROPN" or (c.pos_ == "NOUN" and not _thing(c)))
        ]
        if not found:
            found += [
                o
                for c in gerund.children
                if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "against", "on")
                for o in _pobjs(c)
                if o.pos_ == "PROPN" or (o.pos_ == "NOUN" and not _thing(o))
            ]
    return found


def _shared_agent(verb: Token) -> list[Token]:
    """The "by" agent of a passive coordinated with this one that shares its subject: "was
    shot and killed by a white officer" (the parser hangs the agent on "killed" only), "was
    killed by the army and buried"; [] when the other passive has its own subject."""
    others = [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"]
    if verb.dep_ == "conj" and verb.head.tag_ == "VBN":
        others.append(verb.head)
    for other in others:
        if other != verb.head and any(c.dep_ in ("nsubj", "nsubjpass") for c in other.children):
            continue
        agents = [o for c in other.children if c.dep_ == "agent" for o in _pobjs(c)]
        if agents:
            return agents
    # "was interrogated, tortured and killed by Saudi agents" (_roles_series)
    return series_agents(verb)


def at_hands_of(trigger: Token) -> list[Token]:
    """Who did it, named "at the hands of" them on the trigger or on the clause it is in:
    "killed at the hands of Islamic State militants", "died in an on-air shooting at the hands
    of a former station employee" -> employee; [] when no such phrase."""
    hosts = [trigger]
    tok = trigger
    for _ in range(2):  # "shooting" <- "in" <- "died"
        if tok.head == tok:
            break
        tok = tok.head
        hosts.append(tok)
        if tok.pos_ in ("VERB", "AUX"):
            break
    for host in hosts:
        for prep in host.children:
            if prep.dep_ != "prep" or prep.lower_ != "at":
                continue
            for hands in _pobjs(prep):
                if hands.lower_ != "hands":
                    continue
                found = [o for c in hands.children if c.lower_ == "of" for o in _pobjs(c)]
                if found:
                    return found
    return []
