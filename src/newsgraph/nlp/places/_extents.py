"""Where a place mention starts and ends: an entity without "the" and "'s", split at
commas and joiners, without a direction word, up to the place a facility is named after,
with "County", without the "City" of an office.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsgraph.nlp._doc import doc_text
from newsgraph.nlp.places._features import _FEATURE_NAME
from newsgraph.nlp.places._names import (
    _DIRECTIONS,
    _NEAR_MIN_POP,
    _facility_words,
    _stopnames,
    _strong,
)
from newsgraph.nlp.places._resolve import Mention
from newsgraph.nlp.places.gazetteer import ADMIN1, CITY, COUNTRY, COUNTY, Gazetteer


def _end_before_possessive(ent: SpacySpan) -> int:
    """The entity's end without a final "'s" ("Sri Lanka's" ends after "Lanka")."""
    if len(ent) > 1 and ent[-1].text in ("'s", "’s"):
        return ent.end - 1
    return ent.end


_COUNTY_WORD = re.compile(r" (County|Parish)(?![\w-])")


def _with_county_word(doc: Doc, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """A name the model cut before "County" ("DeKalb" of "DeKalb County") takes the word
    when the gazetteer knows the county."""
    text = doc_text(doc)
    starts = {m.start for m in found}
    for m in found:
        if "demonym" in m.rule or m.alias:
            continue
        hit = _COUNTY_WORD.match(text, m.end)
        if hit is None or hit.end() in starts:
            continue
        name = text[m.start : hit.end()]
        if any(p and r.feature == COUNTY for r, p in gaz.lookup(name)):
            m.end = hit.end()
    return found


# a lower-case particle and a capitalised river or place after a town's name: "Braunau am Inn",
# "Frankfurt am Main", "Newcastle upon Tyne", "Weil am Rhein", "Castellón de la Plana"
_PARTICLE_TAIL = re.compile(
    r" (?:am|an der|an|upon|on|sur|de la|de|del|di|im|ob|bei) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?"
    r"(?![\w-])"
)


def _with_particle_tail(doc: Doc, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """A town name the model cut before a particle ("Braunau" of "Braunau am Inn") takes the
    rest when the gazetteer knows the whole name as a place's main name; mentions inside the
    rest give way."""
    text = doc_text(doc)
    grown: list[Mention] = []
    for m in found:
        if "demonym" in m.rule or m.alias:
            continue
        hit = _PARTICLE_TAIL.match(text, m.end)
        if hit is None:
            continue
        for end in sorted({hit.end(), hit.start() + len(hit.group(0).rsplit(" ", 1)[0])}):
            if end > m.end and any(p for _r, p in gaz.lookup(text[m.start : end])):
                m.end = end
                grown.append(m)
                break
    if not grown:
        return found
    return [
        m
        for m in found
        if not any(g is not m and g.start <= m.start and m.end <= g.end for g in grown)
    ]


_NEXT_WORD = re.compile(r"\s+([A-Z][\w’']*)")


def _city_of_office(doc: Doc, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """ "Dublin City Council", "Alexandria City Public Schools": the city is "Dublin", when
    "Dublin" alone names a city at least as big as any "Dublin City" ("Kansas City" stays:
    "Kansas" is a state)."""
    text = doc_text(doc)
    for m in found:
        name = text[m.start : m.end]
        if not name.endswith(" City") or "demonym" in m.rule:
            continue
        nxt = _NEXT_WORD.match(text, m.end)
        if nxt is None or nxt.group(1) not in _facility_words():
            continue
        base = name[: -len(" City")]
        cities = [r.population for r, p in gaz.lookup(base) if p and r.feature == CITY]
        if not cities or any(p and r.feature != CITY for r, p in gaz.lookup(base)):
            continue
        whole = [r.population for r, p in gaz.lookup(name) if r.feature == CITY]
        if max(cities) >= max(whole, default=0):
            m.end -= len(" City")
    return found


def _known_head(doc: Doc, s: int, e: int, gaz: Gazetteer) -> int:
    """End of the place a facility or office is named after: "Henderson County" of "Henderson
    County Sheriff's Department", "Long Beach" of "Long Beach Airport", when the gazetteer
    lacks the whole name, knows the first words as a county, a division, a country or a town
    of 1,000+, and the next word names a facility or an office
    (``resources/places/geo_facility_words.txt``); "Flint Hills", "Memphis Street" stay whole."""
    if e - s < 2 or gaz.lookup(doc[s:e].text) or _FEATURE_NAME.fullmatch(doc[s:e].text):
        return e
    for k in range(e - 1, s, -1):
        if doc[k].text not in _facility_words() or not doc[k - 1].is_alpha:
            continue
        name = doc[s:k].text
        if doc[s].lower_ in _DIRECTIONS or name in _stopnames():
            continue
        if any(_strong(r, p, _NEAR_MIN_POP) for r, p in gaz.lookup(name)):
            return k
    return e


def _county_road(doc: Doc, s: int, e: int, gaz: Gazetteer) -> int | None:
    """End of the county a county road is named after: "Freestone County" of "Freestone County
    Road 360", "Douglas County" of "Douglas County Road"."""
    for k in range(s + 1, e - 1):
        if doc[k].text in ("County", "Parish") and doc[k + 1].text in ("Road", "Rd.", "Rd"):
            if any(p and r.feature == COUNTY for r, p in gaz.lookup(doc[s : k + 1].text)):
                return k + 1
    return None


def _drop_direction(doc: Doc, s: int, e: int, gaz: Gazetteer) -> int:
    """Start of the place in "Northeast Georgia", "North Texas": the part of a region named
    after a place is a mention of that place, unless the gazetteer knows the whole name
    ("West Virginia", "South Africa")."""
    if e - s < 2 or doc[s].lower_ not in _DIRECTIONS or gaz.lookup(doc[s:e].text):
        return s
    rest = doc[s + 1 : e].text
    if any(
        p and (r.feature == COUNTRY or (r.feature == ADMIN1 and r.country_code == "US"))
        for r, p in gaz.lookup(rest)
    ):
        return s + 1
    return s


def _trim(start: int, end: int, doc: Doc, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Token ranges of an entity without "the" and "'s"; "Paris, Texas" is "Paris" and
    "Texas" (the second part when the gazetteer knows it)."""
    while start < end and doc[start].lower_ == "the":
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS"
        or doc[end - 1].text in _POSSESSIVES
        or doc[end - 1].is_punct
        or doc[end - 1].lower_ in _JOINERS
    ):
        if _own_possessive(doc, start, end, gaz):
            break  # "St. John’s", "St. Mary’s": the possessive is the name's own
        end -= 1
    if end - start > 1 and doc[end - 1].text in _UNIT_WORDS:
        end -= 1  # "the Westerville city manager": the model's "Westerville city" is the town
    if end < len(doc) and doc[end].text == "." and not doc[end - 1].whitespace_:
        word = doc[end - 1].text
        if word + "." in gaz.us_abbrev or word in _ABBREVIATIONS or "." in word:
            end += 1  # "W.Va" + "." is one abbreviation, as are "Twp." and "U.S."
    for i in range(start, end):
        if doc[i].text == ",":
            parts = [(start, i)] if i > start else []
            for s, e in _trim(i + 1, end, doc, gaz):
                name = doc[s:e].text
                if name in gaz.us_abbrev or gaz.lookup(name):
                    parts.append((s, e))
            return parts
    if not gaz.lookup(doc[start:end].text):
        # "Cabin Creek Road and Paint Creek Road", "Lake Mary - Highway": names joined in one
        # entity; each part that is a known place or a named road stays ("Bosnia and
        # Herzegovina", known whole, stays one)
        for i in range(start + 1, end - 1):
            if doc[i].lower_ in _JOINERS:
                return [
                    (s, e)
                    for s, e in _trim(start, i, doc, gaz) + _trim(i + 1, end, doc, gaz)
                    if gaz.lookup(doc[s:e].text) or _FEATURE_NAME.fullmatch(doc[s:e].text)
                ]
    return [(start, end)] if end > start else []


def _own_possessive(doc: Doc, start: int, end: int, gaz: Gazetteer) -> bool:
    """The entity ends in a possessive the tagger does not call one and the gazetteer's name
    has ("St. John’s", its "’s" read as a noun): no possessive to leave out. One the tagger
    calls a possessive goes as before (LGL does not count "St. John's" read whole: tune
    precision 0.9020 -> 0.9002 when it stayed)."""
    last = doc[end - 1]
    return (
        end - start > 1
        and last.tag_ != "POS"
        and last.text in _POSSESSIVES
        and bool(gaz.lookup(doc[start:end].text))
    )


_JOINERS = frozenset({"and", "or", "-", "–", "—", "&"})
# a possessive by its letters: the tagger reads "’s" before a curly quote as a closing quote
# ("South Dakota’s “Meth. We’re on it.” campaign"), where the straight "'s" is its POS
_POSSESSIVES = frozenset({"'s", "’s", "'S", "’S"})
# lower-case words of a town's office the model keeps in a town's entity ("Fargo city
# administrator"); capitalised, they are part of the name ("Kansas City")
_UNIT_WORDS = frozenset({"city", "town", "village"})


_ABBREVIATIONS = frozenset({"Twp", "Co", "St", "Ave", "Rd", "Mt", "Ft", "Blvd", "Pkwy"})
