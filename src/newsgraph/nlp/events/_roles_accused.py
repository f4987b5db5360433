"""Whom an accusation is aimed at when its clause names the act (targets35).

CAMEO codes an accusation (ACCUSE, 11x; investigate, 09x) against the actor accused of the act.
``_roles_verb._content_subject`` takes the subject of the accusation's that-clause ("alleged
that Iran armed them" -> Iran). Two phrasings of the same class named someone else or no one:

* the clause told in the passive with its doer in a "by" phrase: "alleged that detainees had
  been tortured by Egyptian security forces" accuses the forces, not the detainees; "alleges
  she was assaulted by X" had no target (the pronoun patient is skipped);
* an inquiry "into whether X did ...": "looking into whether the mayor obstructed justice",
  "opened an investigation into whether the senator took bribes" (the parser makes the clause
  the preposition's ``pcomp``).

A pronoun doer is left out, as the clause's pronoun subjects are ("denied that he ..." is mostly
the speaker): only named actors and nouns for them.

A third phrasing hangs the accused on a participle describing the charge: "dropped an
investigation into a rape allegation made against X", "dismissed the charges brought against
X", "rejected the accusations leveled against X". The "against" phrase of the charge noun
itself was read by the fallback to the verb's own phrase (``_roles_verb.phrase_candidates``);
:func:`aimed_through_participle` lets that walk pass the participle (only to an "against" or
"toward" phrase: "the charges brought by the journalist" names the accuser).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._roles_common import AIMED_AT, _participle_of_noun

_WHETHER = frozenset({"whether", "if"})
_WH = frozenset({"who", "what", "which", "that"})


def passive_agent(clause: Token) -> Token | None:
    """The "by" agent of a passive clause verb ("had been tortured by Egyptian security
    forces" -> forces), not a pronoun; None if there is none."""
    if not any(c.dep_ == "nsubjpass" for c in clause.children):
        return None
    for c in clause.children:
        if c.dep_ == "agent":
            for o in c.children:
                if o.dep_ == "pobj" and o.pos_ != "PRON":
                    return o
    return None


def _whether_clauses(prep: Token) -> list[Token]:
    return [
        c
        for c in prep.children
        if c.dep_ == "pcomp"
        and c.pos_ in ("VERB", "AUX")
        and any(m.dep_ == "mark" and m.lower_ in _WHETHER for m in c.children)
    ]


def inquiry_subject(verb: Token, dep: Token | None) -> Token | None:
    """The doer an inquiry "into whether X did ..." is about: the clause's agent if it is told
    in the passive, else its subject (not a pronoun or wh-word). The "into" may be the
    trigger's own word ("looking into"), hang on the verb, or on its object noun ("an
    investigation into whether ...")."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if dep is not None:
        preps += [dep] if dep.dep_ == "prep" else [c for c in dep.children if c.dep_ == "prep"]
    for prep in preps:
        if prep.lower_ != "into":
            continue
        for clause in _whether_clauses(prep):
            agent = passive_agent(clause)
            if agent is not None:
                return agent
            for c in clause.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" and c.lower_ not in _WH:
                    return c
    return None


def aimed_through_participle(noun: Token) -> list[Token]:
    """The "against"/"toward" prepositions on a participle describing ``noun`` ("a rape
    allegation made against X": the "against" of "made"), for the verb-phrase walk."""
    return [
        p
        for c in noun.children
        if _participle_of_noun(c)
        for p in c.children
        if p.dep_ == "prep" and p.lower_ in AIMED_AT
    ]
