"""Criticism told as going after someone (issue 10 items 1 and 4, real30).

Political news tells an attack in words with idioms the verbs of the lexicon do not cover:
"Romney went after Trump on Wednesday over his refusal to release his taxes", "Trump went
after Hillary Clinton for following Obama's refusal", "Sanders himself went after Clinton's
environmental record", "Lewandowski went after him Wednesday morning during a CNN panel". A
PLOVER coder codes them ACCUSE `disapprove` (CAMEO 111), like "took a swipe at" (the lexicon's
``take_swipe``). A jab told by a noun alone ("The tweet was a not-so-subtle dig at Trump's
statement") names no one who acts, and the coder keeps no such event with no actor; left.

The pattern ``accuse.go_after`` (event_patterns.tsv) matches the words; :func:`idiom_no_event`
keeps it only where it names criticism of someone: a deed told as done (a finite verb or a
perfect participle; not "to go after", "will go after", "going to go after": a pursuit
announced is a threat or a plan, and "vowed to go after companies that ship jobs overseas" is
policy) whose "after" object is a person (a PERSON name, "him", "her", "each other", "one
another", a thing owned by a PERSON: "Clinton's environmental record") or an actor the coder
codes ("the governor"; not people at large: "rather than focus on criminals, he goes after the
most law-abiding of citizens" is a policy said to hit them); never by police, troops or
agents, whose going after someone is a pursuit ("Police went after the suspects"), nor of a
ball or a meal ("The dog went after the ball", "He went after lunch").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.model import Actor
from newsgraph.nlp.events._patterns import Pattern

_IDIOM_RULES = frozenset({"accuse.go_after"})
_PERSON_PRONOUNS = frozenset({"him", "her", "them", "each", "one"})
_PURSUERS = frozenset(
    """police officer officers cop cops deputy deputies agent agents trooper troopers
    soldier soldiers troops army forces sheriff fbi marshal marshals""".split()
)
_UNREAL_AUX = frozenset({"will", "would", "to", "could", "should", "might", "may", "must", "can"})


def _after_object(tok: Token) -> Token | None:
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "after":
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            return objs[0] if objs else None
    return None


def _a_person(obj: Token) -> bool:
    """A PERSON name, a personal pronoun ("each other"), or a thing a PERSON owns."""
    if obj.ent_type_ == "PERSON" or obj.lower_ in _PERSON_PRONOUNS - {"them"}:
        return True
    if obj.lower_ in ("other", "another") and any(
        c.lower_ in ("each", "one") for c in obj.children
    ):
        return True
    return any(
        c.dep_ == "poss" and (c.ent_type_ == "PERSON" or c.lower_ in ("his", "her"))
        for c in obj.children
    )


def _told_as_done(tok: Token) -> bool:
    if tok.dep_ in ("xcomp", "advcl") and tok.tag_ in ("VB", "VBG"):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _UNREAL_AUX for c in tok.children):
        return False
    if tok.tag_ == "VBG" and any(c.dep_ == "aux" for c in tok.children):
        return False  # "is going after", "are going to go after"
    return tok.tag_ in ("VBD", "VBZ", "VBN")


def _pursuer(tok: Token) -> bool:
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    return any(s.lower_ in _PURSUERS or any(w.lower_ in _PURSUERS for w in s.subtree) for s in subj)


def idiom_no_event(tok: Token, pattern: Pattern, targets: Sequence[Actor]) -> bool:
    """True when a criticism idiom's words do not name criticism of someone (module doc)."""
    if pattern.name not in _IDIOM_RULES:
        return False
    obj = _after_object(tok)
    if obj is None or not _told_as_done(tok) or _pursuer(tok):
        return True
    if _a_person(obj):
        return False
    # a coded actor, not people at large ("he goes after the most law-abiding of citizens":
    # a policy said to hit them, no criticism of them)
    return not any(a.code and not a.code.endswith("CVL") for a in targets)
