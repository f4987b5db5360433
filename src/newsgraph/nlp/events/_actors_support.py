"""Whether the article supports a person the Phoenix-derived country table codes.

Phoenix's country dictionaries (``phoenix_countries.tsv``) hold thousands of minor officials,
many with common names: "Manuel Gonzalez" (a Costa Rican official, 2004-06), "John Williams"
(Barbados). A private person of the same name in US, UK, Indian or Nigerian local news is not
that official. A person matched only through that table (not the hand-written
``office_holders.tsv``) keeps the table's code when

* the article names the code's country: a place, a country name or demonym, or another
  person or organisation of that country (:func:`article_countries`); or
* the role is current on the article's date and the name is distinctive
  (:func:`distinctive`: not a common first name with a common surname); or
* the article gives them a national office's title right before the name ("Prime Minister
  John Howard", "Foreign Minister Smith"; :func:`titled`): no namesake private person.

Otherwise the coder codes them as it codes an unknown person (titles, agents, the article's
country). The entity linker applies the same test with the countries its clusters give
(:func:`backed`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from spacy.tokens import Doc

from newsgraph import lexicons as lexicon
from newsgraph.nlp.events.actor_table import ActorTable, pieces, role_of
from newsgraph.nlp.events.dictionaries import ActorEntry

# a surname borne by at least this share (per cent) of people in the 1990 US census list:
# "Gonzalez" (0.166), "Boyce" (0.012), "Sharma" (0.002); not "Spindelegger" (not listed)
CENSUS_SURNAME_SHARE = 0.002
_INTERNATIONAL = ("IGO", "NGO", "IMG", "MNC")
# a national office's title written right before a name ("Prime Minister", "Foreign Minister",
# "President"); the word before it may only make it another national office ("Vice President")
# or a past one, not an organisation's ("Acme President", "Student Union President")
_TITLE = re.compile(r"\b(?:Minister|President|Premier|Chancellor)\s+")
_TITLE_BEFORE = frozenset(
    """prime foreign defence defense finance interior justice deputy vice acting former
    then late ex the""".split()
)


@lru_cache(maxsize=1)
def census_surnames() -> frozenset[str]:
    """Common surnames, lower-cased: the 1990 US census list the ``names`` package ships
    (``dist.all.last``: name, per cent of people, cumulative per cent, rank; public domain),
    read in place, those of at least ``CENSUS_SURNAME_SHARE`` per cent. Empty when the package
    is missing."""
    spec = find_spec("names")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(next(iter(spec.submodule_search_locations))) / "dist.all.last"
    if not path.is_file():
        return frozenset()
    out: set[str] = set()
    for line in path.read_text(encoding="ascii", errors="replace").splitlines():
        cols = line.split()
        if len(cols) >= 2 and float(cols[1]) >= CENSUS_SURNAME_SHARE:
            out.add(cols[0].lower())
    return frozenset(out)


@lru_cache(maxsize=1)
def common_first_names() -> frozenset[str]:
    """Common first names, lower-cased: the census lists (:func:`census_first_names`) and the
    lexicon's first names of English-language news ("Ahmed", "Abdullah")."""
    from newsgraph.nlp.places.gazetteer import census_first_names

    return frozenset(n.lower() for n in census_first_names()) | frozenset(
        n.lower() for n in lexicon.first_names()
    )


def distinctive(name: str) -> bool:
    """Whether a person's name is unlikely to be a namesake's: two words or more whose first
    word is not a common first name or whose last word is not a common surname ("Michael
    Spindelegger", "Ahmed Ouyahia"); not "Manuel Gonzalez", "John Williams", a surname alone."""
    words = pieces(name)
    if len(words) < 2:
        return False
    return words[0] not in common_first_names() or words[-1] not in census_surnames()


def _country(code: str | None) -> str | None:
    if not code or len(code) < 3 or not code[:3].isalpha() or code.startswith(_INTERNATIONAL):
        return None
    return code[:3]


def current(entry: ActorEntry, date: str | None) -> bool:
    """Whether a dated role of the entry covers ``date`` (with no date: whether it has a dated
    role with no end)."""
    dated = [c for c in entry.codes if c.start is not None or c.end is not None]
    if date is None:
        return any(c.end is None for c in dated)
    return any(c.covers(date) for c in dated)


def backed(
    table: ActorTable,
    entry: ActorEntry,
    name: str,
    date: str | None,
    countries: Iterable[str],
) -> bool:
    """Whether the table's code for a person by ``name`` holds in an article naming
    ``countries``: always for the hand-written table; for a person only the Phoenix country
    table gives, when the article names the code's country, or the role is current and the
    name :func:`distinctive`."""
    if not table.derived_person(entry):
        return True
    home = _country(role_of(entry, date))
    if home is None:
        return True  # no country to give: nothing foreign to take
    if home in set(countries):
        return True
    return current(entry, date) and distinctive(name)


def titled(doc: Doc, name: str) -> bool:
    """Whether the article writes a national office's title right before the person's full
    name or surname ("Prime Minister John Howard", "President Howard"; not "Mayor John
    Howard", "Sheriff Howard")."""
    words = name.split()
    if not words:
        return False
    text = doc.text
    for m in _TITLE.finditer(text):
        rest = text[m.end() : m.end() + len(name) + 1]
        if not any(re.match(re.escape(form) + r"\b", rest) for form in (name, words[-1])):
            continue
        before = text[: m.start()].split()[-1:]
        if not before or before[0].lower() in _TITLE_BEFORE or not before[0][:1].isupper():
            return True
    return False


def article_countries(doc: Doc) -> frozenset[str]:
    """The countries (ISO alpha-3) an article names: its places (resolved by the gazetteer),
    the countries of its place, group and organisation entities (names, demonyms, capitals)
    and of its people where the linker placed them. Cached on the doc."""
    cache = doc._.ng_cache if isinstance(doc._.ng_cache, dict) else None
    if cache is not None and "article_countries" in cache:
        return cache["article_countries"]  # type: ignore[no-any-return]
    from newsgraph.nlp.events._countries import alpha3

    found: set[str] = set()
    for p in doc._.ng_places or []:
        iso = alpha3(p.country_code)
        if iso:
            found.add(iso)
    for ent in doc._.ng_entities or []:
        if ent.country and (ent.type != "PERSON" or ent.confidence > 0.6):
            found.add(ent.country)
    out = frozenset(found)
    if cache is not None:
        cache["article_countries"] = out
    return out


def supported_person(
    table: ActorTable,
    entry: ActorEntry | None,
    name: str,
    date: str | None,
    doc: Doc | None,
) -> ActorEntry | None:
    """``entry`` when the article ``doc`` backs it (:func:`backed`), else None; with no doc,
    the entry as it is."""
    if entry is None or doc is None:
        return entry
    if backed(table, entry, name, date, article_countries(doc)) or titled(doc, name):
        return entry
    return None
