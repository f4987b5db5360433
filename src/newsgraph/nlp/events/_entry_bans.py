"""Barring people from entering a country is a refusal (issue 10 item 1, types29).

The PLOVER manual (REJECT and COERCE ambiguities): "An instance where a country or similar
entity bars a group or organization from entering its territory should be coded as REJECT
whereas instances where a group or organization is expelled from a country ... should be
coded as COERCE." The gold follows it (ev-907: a borough voting to ban a visitor "for the
area"). The coder's ``coerce.ban`` and ``lex.coerce.ban_from`` read every ban as COERCE; a
ban or bar whose ``from`` (or ``for``) phrase names a territory, or entering, visiting or
returning to one, is REJECT instead: "Israel barred two US congresswomen from entering the
country", "who were banned by May in 2013 from entering the UK", "voted to ban the president
for the area". A ban from a building, an office, a game or an activity stays COERCE ("police
barred protesters from the consulate", "banned from driving", "banned from entering the
stadium", "banned for life"), and so does a ban on things (trade is :func:`trade_curb`'s).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from newsgraph.nlp.events._harm_lexicon import harm_words
from newsgraph.nlp.events._participants import _participant
from newsgraph.nlp.events._patterns import Pattern

_BANS = frozenset({"ban", "bar"})
# verbs of coming into a territory ("from entering the country", "from visiting Israel")
_ENTER = frozenset({"enter", "visit", "return", "travel", "come"})
# nouns of a territory: a state's or a place's own ground (not a building or a site)
_TERRITORY = frozenset(
    "country territory area borough region province state city town island kingdom nation "
    "soil republic homeland".split()
)


def _territory(t: Token) -> bool:
    """A country or a territory noun: "the UK", "Israel", "the country", "the area"."""
    return t.ent_type_ == "GPE" or t.lemma_.lower() in _TERRITORY


def _entered(verb: Token) -> bool:
    """Entering, visiting or coming to a territory: "entering the country", "travelling to
    Israel" (a building or no place named is no territory)."""
    if verb.lemma_.lower() not in _ENTER:
        return False
    places = [c for c in verb.children if c.dep_ == "dobj"] + [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("to", "into", "in")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(_territory(p) for p in places)


def _from_territory(prep: Token) -> bool:
    """A ``from``/``for`` phrase of a territory or of entering one (module doc)."""
    for g in prep.children:
        if g.dep_ == "pcomp" and prep.lower_ == "from" and _entered(g):
            return True
        if g.dep_ == "pobj" and (_territory(g) or (prep.lower_ == "from" and g.lower_ == "entry")):
            return True
    return False


def _people(t: Token) -> bool:
    """Who is barred: a named person, group or country, a pronoun ("who were banned"), a noun
    of people ("two US congresswomen", "500 Americans"); not a thing ("banned trucks")."""
    return (
        t.ent_type_ in ("PERSON", "NORP", "ORG", "GPE")
        or t.tag_ in ("PRP", "WP")
        or _participant(t)
        or t.lemma_.lower() in harm_words().get("people", frozenset())
    )


def entry_ban(tok: Token, pattern: Pattern) -> Pattern | None:
    """REJECT for barring or banning people from a territory (module doc); None otherwise."""
    if pattern.type != "COERCE" or pattern.pos != "V" or tok.lemma_.lower() not in _BANS:
        return None
    barred = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not barred or not all(_people(b) for b in barred):
        return None
    holders = [tok, *(c for c in barred if c.dep_ == "dobj")]  # "ban Trump for the area"
    preps = [c for h in holders for c in h.children if c.dep_ == "prep"]
    if not any(p.lower_ in ("from", "for") and _from_territory(p) for p in preps):
        return None
    return dataclasses.replace(
        pattern, name=f"{pattern.name}.entry", type="REJECT", mode=None, cameo="120"
    )
