"""Property damaged on purpose, told in the passive with no doer named (issue 10 item 1, acled35).

The held-out real-news set's ACLED class "property destruction" was among the coder's weakest.
Local and wire news tell much of it in the passive, the doer unknown: "his vehicle has been
vandalised twice", "Several hundred cars were vandalised, businesses were looted", "the
consulate had been taken over and looted", "A synagogue ... was firebombed in 1992", "the
church ... was desecrated during a protest". With no actor in the clause the event stood on the
classifier's word alone (the ``bare`` threshold), which these verbs seldom reach, and a business
as the only side read as business news. The nominal form was already the news ("the torching
of a police station", :mod:`._damage`); this is the verbal one.

A verb of deliberate damage (:data:`_DELIBERATE`, or "set" on fire, ablaze or alight) in the
passive, whose passive subject (or that of the passive verb it is coordinated with: "taken
over and looted") is a building, vehicle or other physical target of violence (event_harm.tsv
``physical``, or a business), is the news with no actor named (:func:`damaged_property`), as
"houses were torched" is. Not a verb that damage by accident or weather shares ("damaged",
"burned", "destroyed": "homes were damaged in the storm"); not under a modal or a condition
("could be looted", "if the car is vandalised"); not negated.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._attacked_persons import attacked_person
from newsgraph.nlp.events._harm_lexicon import harm_words
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._property_violence import physical_thing
from newsgraph.nlp.events._violated_persons import unnamed_passive_subject, violated_person

__all__ = ["damaged_property", "unnamed_harm"]

# verbs of damage only people do on purpose
_DELIBERATE = frozenset(
    {"vandalise", "vandalize", "loot", "ransack", "torch", "firebomb", "deface", "desecrate"}
)
# the fire words of "set ... on fire" (the pattern assault.set_fire)
_FIRE = frozenset({"fire", "ablaze", "alight"})
# owned places the physical list leaves out
_PROPERTY = frozenset({"business", "businesses"})
# a count the damaged things are "of" ("dozens of shops were looted")
_COUNTS = frozenset(
    {"dozen", "dozens", "hundred", "hundreds", "score", "scores", "number", "thousands", "some"}
)


def _deliberate(tok: Token) -> bool:
    """A verb of deliberate damage: one of :data:`_DELIBERATE` or "set" with a fire word."""
    lemma = tok.lemma_.lower()
    if lemma in _DELIBERATE or tok.lower_ in _DELIBERATE:
        return True
    return lemma == "set" and any(c.lower_ in _FIRE for c in tok.subtree if c.i > tok.i)


def _things(subj: Token) -> list[Token]:
    """The nouns of a passive subject: itself and its conjuncts, through a count's "of"."""
    if subj.lower_ in _COUNTS:
        inner = [
            g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
        ]
        if inner:
            subj = inner[0]
    return [subj, *subj.conjuncts]


def _physical(tok: Token) -> bool:
    return tok.lower_ in _PROPERTY or physical_thing(tok, harm_words().get("physical", frozenset()))


def damaged_property(tok: Token, pattern: Pattern) -> bool:
    """A deliberate damage verb in the passive of a physical thing (module doc)."""
    if pattern.type != "ASSAULT" or pattern.pos != "V" or not _deliberate(tok):
        return False
    subj = unnamed_passive_subject(tok)
    return subj is not None and any(_physical(t) for t in _things(subj))


def unnamed_harm(tok: Token, pattern: Pattern) -> bool:
    """Property damaged on purpose (above), sexual violence (:mod:`._violated_persons`) or
    deliberate violence to a person (:mod:`._attacked_persons`, acled38) told in the passive
    with no doer named: no business news whoever the victim."""
    return (
        damaged_property(tok, pattern)
        or violated_person(tok, pattern)
        or attacked_person(tok, pattern)
    )
