"""Vehicle rammings (issue 10 item 1, acled33).

A car or truck driven into people is an attack as ACLED codes it: "a white nationalist plowed
his car into a group of people who were protesting the rally, killing one", "A truck rammed
into a crowd celebrating Bastille Day ... killing at least 80 people", "the boulevard where the
truck plowed into the crowd" (event_patterns.tsv, ``assault.plow_into``, ``assault.ram_into``).
Only into people: a crowd, a group of people, a people noun or an actor; "The car plowed into a
tree", "rammed the ball into the net", "a car plowed into a storefront" are no attack
(:func:`not_into_people`), and a skid or a crash in the clause is an accident (the harm check's
mishap verbs).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._filters import harm_words
from newsgraph.nlp.events._patterns import Pattern

RAM_PATTERNS = frozenset({"assault.plow_into", "assault.ram_into"})
_CROWDS = frozenset({"crowd", "crowds", "throng", "throngs", "group", "groups"})


def _into_objects(verb: Token) -> list[Token]:
    return [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "into"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _people(noun: Token) -> bool:
    people = harm_words().get("people", frozenset()) | harm_words().get("bystander", frozenset())
    lemma = noun.lemma_.lower()
    if lemma in people or noun.lower_ in people or noun.ent_type_ in ("NORP", "PERSON"):
        return True
    if lemma in _CROWDS or noun.lower_ in _CROWDS:
        return True
    return False


def not_into_people(tok: Token, pattern: Pattern) -> bool:
    """Whether a ramming pattern's "into" object is no people."""
    if pattern.name not in RAM_PATTERNS:
        return False
    return not any(_people(o) for o in _into_objects(tok))
