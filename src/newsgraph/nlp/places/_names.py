"""Word lists, population thresholds and tests on a name shared by the place rules: what
reads as a name word, a title, a first name, a strong or prominent place.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
from spacy.attrs import IS_TITLE, ORTH
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsgraph import datafiles, lexicons
from newsgraph.nlp._doc import _cached, tokens
from newsgraph.nlp.places._resolve import Mention
from newsgraph.nlp.places.gazetteer import (
    ADMIN1,
    CITY,
    COUNTRY,
    COUNTY,
    GeoRow,
    census_first_names,
    norm,
)

# a name word with a capital inside: "McLean", "DuPage", "DeKalb", "MacArthur", "O'Fallon"
# (``Token.is_title`` is false for them)
_INNER_CAPS = re.compile(r"(?:Mc|Mac|De|Du|La|Le|Di|O')[A-Z][a-z]+")


def _name_word(tok: Token) -> bool:
    """A capitalised word of a name: "Texas", "McLean", "DuPage" (not "USA", not "eBay")."""
    return tok.is_title or (tok.text[:1].isupper() and _INNER_CAPS.fullmatch(tok.text) is not None)


_INNER_CAPS_WORD: dict[int, bool] = {}  # word value -> its text passes _INNER_CAPS (per process)


def name_words(doc: Doc) -> list[bool]:
    """:func:`_name_word` of every token of ``doc`` (cached per doc): the title-case flag read
    as one column, the text test once per distinct word that is not title-case."""

    def make() -> list[bool]:
        arr = doc.to_array([IS_TITLE, ORTH])
        out = arr[:, 0] != 0
        rest = np.flatnonzero(~out)
        if len(rest):
            values, where = np.unique(arr[rest, 1], return_inverse=True)
            strings = doc.vocab.strings
            flags = []
            for v in values.tolist():
                ok = _INNER_CAPS_WORD.get(v)
                if ok is None:
                    text = strings[v]
                    ok = text[:1].isupper() and _INNER_CAPS.fullmatch(text) is not None
                    _INNER_CAPS_WORD[v] = ok
                flags.append(ok)
            out[rest] = np.array(flags, dtype=bool)[where.reshape(-1)]
        return out.tolist()  # type: ignore[no-any-return]

    return _cached(doc, "places.name_words", make)  # type: ignore[no-any-return]


_GAZ_MIN_POP = 100_000  # gazetteer-only mentions: big cities (and countries/divisions)


_INNER_MIN_POP = 5_000  # names inside organisation/facility names ("Dublin Police")


_PERSON_MIN_POP = 20_000  # a one-word PERSON entity read as a town


_HOST_LABELS = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


_NEAR_MIN_POP = 1_000


@lru_cache(maxsize=1)
def _metonymy_lexicon() -> tuple[frozenset[str], frozenset[str]]:
    verbs: set[str] = set()
    nouns: set[str] = set()
    for lemma, kind in datafiles.rows("places/geo_metonymy.tsv", min_cols=2, max_cols=2):
        (verbs if kind == "verb" else nouns).add(lemma)
    return frozenset(verbs), frozenset(nouns)


@lru_cache(maxsize=1)
def _division_demonyms() -> dict[str, str]:
    """norm(demonym) -> the division's name: "texan" -> "Texas"."""
    rows = datafiles.rows("places/geo_division_demonyms.tsv", min_cols=3, max_cols=3)
    return {norm(d): name for d, name, _cc in rows}


def _division_demonym(text: str) -> str | None:
    """The division a demonym names: "Texan", "Floridians", "Ontarians"."""
    key = norm(text)
    table = _division_demonyms()
    return table.get(key) or (table.get(key[:-1]) if key.endswith("s") else None)


@lru_cache(maxsize=1)
def _facility_words() -> frozenset[str]:
    return datafiles.words("places/geo_facility_words.txt")


@lru_cache(maxsize=1)
def _stopnames() -> frozenset[str]:
    return datafiles.words("places/geo_stopnames.txt")


@lru_cache(maxsize=1)
def _org_heads() -> frozenset[str]:
    return datafiles.words("places/geo_org_heads.txt")


# heads of organisation names that are never about a place they hold: newspapers and
# broadcasters, armies and armed groups, airlines ("the New York Times", "Sudan Liberation
# Army"); schools, universities and banks are left out: local news names a town's school
# ("Amherst College", "Muscogee County School Board") as part of the town's life
_MEDIA_ARMY_HEADS = frozenset(
    "times post journal tribune herald gazette chronicle telegraph observer guardian inquirer"
    " magazine press news radio television tv army navy liberation front brigade brigades"
    " corps airlines airways".split()
)


def _names_no_place(ent: SpacySpan) -> bool:
    """An organisation whose name holds a place name that is not a mention of the place."""
    return any(t.lower_ in _org_heads() for t in ent)


_HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. coach sen sen. rep rep. gov gov. gen gen. col col. capt"
    " capt. sgt sgt. lt lt. judge pastor rev rev. father sister brother uncle aunt officer"
    " deputy trooper detective coach superintendent inspector prosecutor commissioner sergeant"
    " spokesman spokeswoman professor prof.".split()
)


def _titled(doc: Doc, s: int) -> bool:
    """Preceded by an honorific or a title: "coach Ripley", "Mr. Paris", "Senator Ohio"."""
    if s == 0:
        return False
    prev = tokens(doc)[s - 1].lower_  # the doc's cached Token list: no Token made per look
    return prev in _HONORIFICS or prev in lexicons.titles()


def _first_name(word: str) -> bool:
    """A common first name: newsgraph's lexicon ("Barack", "Ahmed") or the 1990 US census
    lists ("Kimberly", "Ian"; :func:`~.gazetteer.census_first_names`)."""
    return word in lexicons.first_names() or word in census_first_names()


def _mention(doc: Doc, s: int, e: int, rule: str) -> Mention:
    return Mention(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), "", rule)


_DIRECTIONS = frozenset(
    "north south east west northeast northwest southeast southwest northern southern eastern"
    " western central".split()
)


# a first-level division outside the US that a person's name may hide: "Flores" (Uruguay,
# 23,000 people in its listed towns) is a surname first; "Punjab", "Ontario" are places
_PROMINENT_DIVISION_POP = 500_000


def _prominent(row: GeoRow, primary: bool, min_pop: int) -> bool:
    """A name that stays a place even where a person of that name speaks or is named in full:
    a country, a US state, a division of 500,000+ people or a city of ``min_pop``+."""
    if not primary:
        return False
    if row.feature == COUNTRY or (row.feature == ADMIN1 and row.country_code == "US"):
        return True
    if row.feature == ADMIN1:
        return row.population >= _PROMINENT_DIVISION_POP
    return row.feature == CITY and row.population >= min_pop


def _strong(row: GeoRow, primary: bool, min_pop: int) -> bool:
    if not primary:
        return False
    if row.feature in (COUNTRY, ADMIN1, COUNTY):
        return True
    return row.feature == CITY and row.population >= min_pop
