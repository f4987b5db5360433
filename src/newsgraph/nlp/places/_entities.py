"""Rules that re-read the model's entities: a "person" or "group" that is a place, a
"place" that is a person, names the text calls a place ("the town of X").
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsgraph import lexicons
from newsgraph.nlp._doc import doc_ents
from newsgraph.nlp.places._extents import _end_before_possessive
from newsgraph.nlp.places._names import (
    _GAZ_MIN_POP,
    _NEAR_MIN_POP,
    _PERSON_MIN_POP,
    _facility_words,
    _name_word,
    _names_no_place,
    _prominent,
    _stopnames,
    _strong,
    _titled,
)
from newsgraph.nlp.places.gazetteer import ADMIN1, COUNTRY, COUNTY, Gazetteer, census_first_names


def _person_like(doc: Doc, s: int, e: int, gaz: Gazetteer) -> bool:
    """A "place" the NER found that is a person's name: one after an honorific or a title
    ("coach Ripley"), a common first name alone ("Kimberly") or leading a two- or three-word
    name ("Ally Brooke"), unless the whole name is a country, a first-level division or a big
    city."""
    if e - s <= 2 and _titled(doc, s):
        return True
    first = doc[s].text
    if e - s > 1 and doc[s + 1].text == "State" and first in _us_state_names(gaz):
        return False  # "Virginia State Police": the state's, not a woman's
    if first not in lexicons.first_names():
        # a census first name ("Kimberly", "Marion") is a person's unless the text places it:
        # "in Kimberly", "Marion, Ind."
        if first not in census_first_names() or _placed_here(doc, s, e, gaz):
            return False
    if any(_strong(r, p, _GAZ_MIN_POP) for r, p in gaz.lookup(doc[s:e].text)):
        return False
    return e - s <= 3


_PLACING = frozenset({"in", "from", "near", "at", "to", "of", "outside", "around", "across"})


def _placed_here(doc: Doc, s: int, e: int, gaz: Gazetteer) -> bool:
    """The words are written as a place: after "in", "from", "near", ... or before a state
    ("Marion, Ind."), "County" or a facility word ("Marion Police")."""
    if s > 0 and doc[s - 1].lower_ in _PLACING:
        return True
    if e < len(doc) and (doc[e].text in ("County", "Parish") or doc[e].text in _facility_words()):
        return True
    if e + 1 < len(doc) and doc[e].text == ",":
        nxt = doc[e + 1].text
        return nxt in gaz.us_abbrev or nxt.rstrip(".") in gaz.us_abbrev
    return False


def _misread_person(ent: SpacySpan, gaz: Gazetteer, person_words: set[str]) -> bool:
    """A "person" that is a place: one word naming a town of 20,000+ (or a division or
    country) that is neither a first name nor part of a full person name in the article
    ("Alexandria woman charged"), or several words naming a county, division or country."""
    name = ent.text
    if len(ent) > 1:  # "Anderson County", "Sri Lanka": a county, division or country
        words = ent[: _end_before_possessive(ent) - ent.start]  # "Sri Lanka's"
        return all(_name_word(t) for t in words) and any(
            p and r.feature in (COUNTRY, ADMIN1, COUNTY) for r, p in gaz.lookup(words.text)
        )
    if not _name_word(ent[0]) or not ent[0].is_alpha:
        return False
    if name in lexicons.first_names() or name in person_words or name in _stopnames():
        return False
    rows = gaz.lookup(name)
    if name in census_first_names() and not any(_prominent(r, p, _GAZ_MIN_POP) for r, p in rows):
        return False  # "Lindsay", "Marion": a person; "Georgia", "Jordan", "Victoria" stay
    return any(_strong(r, p, _PERSON_MIN_POP) for r, p in rows)


# words that call a name a place: "the town of Maameltein", "the Holly Heights neighborhood",
# "the Hardeetown area of Chiefland"
_TYPE_BEFORE = frozenset(
    "town village city hamlet suburb community township borough neighborhood neighbourhood"
    " settlement municipality".split()
)


_TYPE_AFTER = frozenset("neighborhood neighbourhood area suburb village estate".split())


_TYPE_OF = _TYPE_BEFORE | frozenset(
    "villages towns island islands district province region county state".split()
)


def _after_type_of(doc: Doc, ent: SpacySpan) -> bool:
    """A name the model tags as a person, group or organisation right after "the village of",
    "the island of", "the town of", ... (lower case: "the City of Norfolk" is a government):
    a place, whether or not the gazetteer knows it."""
    s = ent.start
    if s < 2 or doc[s - 1].text != "of" or doc[s - 2].text not in _TYPE_OF:
        return False
    words = ent[: _end_before_possessive(ent) - s]
    return 0 < len(words) <= 4 and _name_word(words[0]) and not _names_no_place(ent)


def _typed_place(doc: Doc, s: int, e: int) -> bool:
    """The text calls the words a place: "(the) town of X", "X neighborhood", "X area"."""
    if not all(t.is_alpha and _name_word(t) for t in doc[s:e]):
        return False  # "87th State District", "DFW Metroplex"
    if s >= 2 and doc[s - 1].lower_ == "of" and doc[s - 2].lower_ in _TYPE_BEFORE:
        return True
    return e < len(doc) and doc[e].lower_ in _TYPE_AFTER


_LOCATIVE = frozenset({"in", "from", "near", "at"})


def _saints_possessive(doc: Doc, s: int, e: int) -> bool:
    """ "St. John's", "St. Michael's": a saint's church, school or hospital, not the town."""
    return (
        doc[s].text in ("St.", "St", "Saint", "Ste.")
        and e < len(doc)
        and doc[e].text in ("'s", "’s")
    )


def _after_locative(doc: Doc, ent: SpacySpan, gaz: Gazetteer) -> bool:
    """A "person" or "organisation" the model found right after "in", "from", "near" or "at"
    whose whole name is a town of 1,000+, a county, a division or a country ("lives in Tega
    Cay", "from Bicester", "in Youngstown, Mayor ..."), unless a word of it is a first name,
    part of a full person name in the article or a stop name ("in Ravenel cocaine case")."""
    if ent.start == 0 or doc[ent.start - 1].lower_ not in _LOCATIVE or len(ent) > 3:
        return False
    if not all(_name_word(t) for t in ent) or _names_no_place(ent):
        return False
    others = {
        t.text
        for e in doc_ents(doc)
        if e.label_ == "PERSON" and len(e) > 1 and e.start != ent.start
        for t in e
    }
    if ent.text in _stopnames() or any(
        t.text in lexicons.first_names() or t.text in others for t in ent
    ):
        return False
    return any(_strong(r, p, _NEAR_MIN_POP) for r, p in gaz.lookup(ent.text))


def _misread_group(ent: SpacySpan, gaz: Gazetteer) -> bool:
    """A "nationality or group" the model found that is a place: its whole name a town of
    1,000+, a county, a division or a country ("in Greer", "Lahore in Punjab", "East Sheen")
    and not a first name or a stop name ("Arab", "Marines")."""
    if not all(_name_word(t) for t in ent) or len(ent) > 3:
        return False
    if ent.text in lexicons.first_names() or ent.text in _stopnames():
        return False
    return any(_strong(r, p, _NEAR_MIN_POP) for r, p in gaz.lookup(ent.text))


# words a date is made of: a country's name among them is the model's misreading ("In Niger,
# soldiers ..." tagged DATE), a name before a holiday word is the holiday's ("Australia Day")
_DATE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may"
    " june july august september october november december jan feb mar apr jun jul aug sep sept"
    " oct nov dec day days week weeks weekend month months year years decade decades century"
    " today yesterday tomorrow tonight night morning afternoon evening noon midnight spring"
    " summer autumn fall winter season quarter era age".split()
)
_HOLIDAY_WORDS = frozenset("day eve week weekend holiday festival anniversary".split())


def _date_places(doc: Doc, ent: SpacySpan, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Token spans of country or national-capital names inside a ``DATE`` entity ("Niger" of
    "Wednesday Niger"): capitalised runs of words that are no date words, whose whole name is
    a country or a capital, and that no holiday word follows ("Australia Day")."""
    out: list[tuple[int, int]] = []
    i = ent.start
    while i < ent.end:
        found = 0
        for j in range(min(ent.end, i + 3), i, -1):  # the longest name first
            if not all(_name_word(t) and t.lower_ not in _DATE_WORDS for t in doc[i:j]):
                continue
            nxt = doc[j] if j < len(doc) else None
            if nxt is not None and nxt.text in ("'s", "’s") and j + 1 < len(doc):
                nxt = doc[j + 1]
            if nxt is not None and nxt.lower_ in _HOLIDAY_WORDS:
                continue
            if any(
                p and (r.feature == COUNTRY or r.geonameid in gaz.capitals)
                for r, p in gaz.lookup(doc[i:j].text)
            ):
                found = j
                break
        if found:
            out.append((i, found))
        i = found or i + 1
    return out


def _us_state_names(gaz: Gazetteer) -> frozenset[str]:
    """The names of the US states ("Virginia", "Georgia")."""
    global _STATE_NAMES
    if _STATE_NAMES is None:
        rows = (gaz.state(code) for code in set(gaz.us_abbrev.values()))
        _STATE_NAMES = frozenset(r.name for r in rows if r is not None)
    return _STATE_NAMES


_STATE_NAMES: frozenset[str] | None = None
