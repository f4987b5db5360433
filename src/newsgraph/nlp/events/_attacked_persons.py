"""Deliberate violence told in the passive of its victim, no doer named (issue 10 item 1,
acled38).

Local and wire news tell shootings, stabbings, murders and abductions in the passive, the
attacker unknown or unnamed: "the teenager had been assaulted", "one person was shot and
killed during a demonstration", "three Italians were abducted Wednesday morning", "three were
stabbed, two were strangled". With no actor coded in the clause the event stood on the
classifier's ``bare`` threshold, which these clauses seldom reach, so it was dropped. As for
sexual violence (:mod:`._violated_persons`, acled35), a verb of deliberate violence
(:data:`_DELIBERATE`: shoot, gun down, stab, murder, assault, kidnap, abduct, torture,
behead, lynch) in the passive of a person, with no doer, negation, modal or condition
(:func:`._violated_persons.person_victim`), is the news with no actor named. So is such a verb
as a passive gerund under a time preposition whose clause's subject is the person ("a
35-year-old man died after being shot in the head", "was hospitalized after being stabbed":
:func:`_gerund_victim`).

A nominal attack whose toll its clause states ("The fighting reportedly left seven soldiers
dead", "Saturday's attack, which left over 30 dead") is the news in the same way, the toll
standing for the victims (:func:`deadly_toll`).

Not the verbs that accidents, illness, sport or elections share ("killed in a crash", "injured
in the second half", "hurt", "beaten in the primary", "attacked in the press"): those keep
needing an actor. An accident still vetoes the event first (the harm check's mishaps).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._violated_persons import is_person, person_victim

__all__ = ["attacked_person", "deadly_toll"]

_DELIBERATE = frozenset(
    {
        "assault.shoot",
        "assault.gun_down",
        "assault.stab",
        "assault.murder",
        "assault.assault",
        "assault.attack",
        "assault.kidnap",
        "assault.abduct",
        "assault.torture",
        "assault.behead",
        "assault.lynch",
    }
)


_TIME_PREPS = frozenset({"after", "before", "since", "when", "while"})


def _gerund_victim(tok: Token) -> bool:
    """``tok`` as "being <verb>" under a time preposition ("died after being shot"), no doer
    or negation of its own, the governing verb's subject a person."""
    if tok.tag_ != "VBN" or not any(
        c.dep_ == "auxpass" and c.lower_ == "being" for c in tok.children
    ):
        return False
    if any(c.dep_ in ("agent", "neg", "nsubj", "nsubjpass") for c in tok.children):
        return False
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.lower_ not in _TIME_PREPS:
        return False
    verb = prep.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and is_person(subj)


def attacked_person(tok: Token, pattern: Pattern) -> bool:
    """A verb of deliberate violence in the passive of a person, no doer named (module doc)."""
    if pattern.pos != "V" or pattern.name not in _DELIBERATE:
        return False
    return person_victim(tok) or _gerund_victim(tok)


# what a toll leaves people: "left seven soldiers dead"; not "left two people wounded", whose
# participle is an event of its own with the people as its patients (targets21)
_TOLL = frozenset({"dead"})
_RELATIVE = frozenset({"which", "that"})


def _toll_words(leave: Token) -> list[Token]:
    """The words of "leave" that may state a toll: its children, and the modifiers of its
    object and the object's conjuncts ("left four soldiers and a nurse dead")."""
    objs = [c for c in leave.children if c.dep_ == "dobj"]
    objs += [conj for o in objs for conj in o.conjuncts]
    return [*leave.children, *(m for o in objs for m in o.children if m.dep_ in ("amod", "acl"))]


def deadly_toll(tok: Token, pattern: Pattern) -> bool:
    """A nominal ASSAULT that "left" people dead, as the subject of "leave" or through
    a relative clause ("an attack that left six people dead"): the news with no actor named
    (module doc)."""
    if pattern.type != "ASSAULT" or pattern.pos != "N":
        return False
    verbs = [tok.head] if tok.dep_ == "nsubj" else []
    verbs += [
        c
        for c in tok.children
        if c.dep_ == "relcl"
        and any(g.dep_ == "nsubj" and g.lower_ in _RELATIVE for g in c.children)
    ]
    return any(
        v.lemma_.lower() == "leave"
        and not any(c.dep_ == "neg" for c in v.children)
        and any(w.lower_ in _TOLL for w in _toll_words(v))
        for v in verbs
    )
