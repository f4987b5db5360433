"""A city named on an attack noun is where the attack happened, not who made it (polfp41,
issue 10 item 3).

"the Orlando attack", "the Brussels attacks", "the 2012 Benghazi attacks", "the Oklahoma City
bombing", "the San Bernardino shooting", "the Orlando massacre": the parser makes the city a
compound of the noun, and the nominal roles took every named compound for the one who acted
("Israeli strikes", "rebel raids"), so Orlando coded the attack's source as USA, Paris as
FRAGOV, Brussels as BELGOV. The place is what was attacked: as targets36's
:func:`newsgraph.nlp.events._roles_placed.noun_located` reads "an attack on a hotel in
Mogadishu", the city becomes the target when the noun names none (a capital codes as its
country there, :func:`newsgraph.nlp.events._countries.mark_attacked`), and the noun takes no
source from its governing verb ("Kosa invoked the Orlando attacks": Kosa attacked no one). A
named attack stays an event of its own under a verbal event whose object it is ("Russia blamed
the Paris attacks on Islamic State", :func:`sited` for
:func:`newsgraph.nlp.events._nested._subsumed`), as it did while the city was its source.

Only a name the gazetteer resolved to a town or city (the test
:func:`newsgraph.nlp.events._countries.names_accord` uses for "the Paris accord"): a country or
a nation ("a U.S. attack", "Israeli strikes"), a person ("the Romney attack") and an
organisation stay the source. Read by :func:`newsgraph.nlp.events._roles_noun.noun_roles`."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._countries import named_city
from newsgraph.nlp.events._patterns import Pattern

# dependencies of a name compounded on the noun before it ("the Orlando attack")
_COMPOUND = frozenset({"compound", "nmod"})


def attack_site(child: Token, noun: Token, pattern: Pattern) -> bool:
    """``child`` is a city compounded on the attack noun ``noun`` (module doc)."""
    return (
        pattern.type == "ASSAULT"
        and child.dep_ in _COMPOUND
        and child.head == noun
        and child.i < noun.i
        and named_city(child)
    )


def sited(noun: Token, pattern: Pattern) -> bool:
    """The attack noun ``noun`` names the city it happened in ("the Paris attacks")."""
    return any(attack_site(c, noun, pattern) for c in noun.children)
