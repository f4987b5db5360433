"""Place mentions and what the text says around them: the mention, reading and article
context types, qualifiers ("Alexandria, La."), division words and lists of names. Split out of
:mod:`._resolve`, which re-exports these names."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from newsgraph.nlp.places.gazetteer import ADMIN1, CITY, COUNTRY, Gazetteer, GeoRow, norm

_DIVISION_WORDS = re.compile(r"\s*(province|governorate|region|oblast|prefecture)\b", re.I)
_DIVISION_BEFORE = re.compile(
    r"\b(province|governorate|region|state|oblast|prefecture) of\s*$", re.I
)
# offices and bodies of a sovereign state: the name after "of" is a country ("Prime Minister
# of Georgia", "the Embassy of Georgia"); a US state has a governor and a legislature
_NATIONAL_BEFORE = re.compile(
    r"\b(?:President|Prime Minister|Foreign Minister|Minister|Ministry|Embassy|Ambassador"
    r"|Republic|King|Queen|Parliament|Government|government|Kingdom|Emir) of\s*(?:the\s+)?$"
)
# a town's own offices and bodies right after its name: "Lebanon City Council" is a town's
# council (a country or a first-level division has none by that name)
_MUNICIPAL_AFTER = re.compile(
    r"\s+(?:(?:City|Town|Village|city|town|village)\s+(?:Council|Hall|Commission|Manager"
    r"|Clerk|Board|council|hall|commission|manager|clerk)|Mayor|Board of Selectmen|Selectmen"
    r"|Police Department|Fire Department|Police Chief|Fire Chief|Public Schools|School District)"
    r"\b"
)
_QUALIFIER = re.compile(r",\s*((?:[A-Z][A-Za-z]*\.?)(?:\s?[A-Z][A-Za-z]*\.?){0,2})")

# mention rules of demonyms: on their own ("Syrian" officials) and inside an organisation's
# name ("American Airlines", "the Russian Foreign Ministry")
DEMONYM_RULES = frozenset({"demonym", "inner-demonym"})


@dataclass(slots=True)
class Mention:
    """A place mention to resolve: character offsets, and what found it."""

    start: int
    end: int
    text: str
    rule: str = "ner"
    key: str = ""
    qualifier_state: str | None = None
    qualifier_country: str | None = None
    division: bool = False
    listed_with: frozenset[str] = frozenset()  # features of the names it is listed with
    national: bool = False  # after "President of", "Prime Minister of": a country
    alias: str = ""  # the name to look up when it is not the text ("Becker" -> "Becker County")
    typed: bool = False  # the text calls it a place: "the town of X", "the X neighborhood"
    host: tuple[int, int] | None = None  # a building's town: "London" of "the Embassy in London"
    late: bool = False  # a model place written as a place ("at X"): its town when unresolved
    point: tuple[float, float, str] | None = None  # a landmark's own point and country
    added: bool = False  # a building or district mention no model entity gave (not evidence)
    municipal: bool = False  # before "City Council", "Mayor", ...: a town's name
    of_person: bool = False  # a state naming a person's office or base: "Texas-based" (_far_states)


@dataclass(slots=True)
class Resolution:
    row: GeoRow | None
    lat: float | None
    lon: float | None
    feature: str
    confidence: float
    rule: str
    country_code: str | None = None  # for readings without a gazetteer row


@dataclass(slots=True)
class Context:
    """What the article says about where it is."""

    countries: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    states: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    # lat, lon, name key, US state of the first pass's confident city readings
    anchors: list[tuple[float, float, str, str | None]] = field(default_factory=list)
    # how many distinct names in the article have a reading in this country / US state
    support_countries: Counter[str] = field(default_factory=Counter)
    support_states: Counter[str] = field(default_factory=Counter)
    names: int = 0
    # the part of the votes above that each name cast (a name is not evidence for itself)
    own: dict[str, defaultdict[str, float]] = field(default_factory=dict)
    # GeoNames id of a second-level division (US county) -> names of the article that read
    # as it, and names with a town in it ("Huntsville" and "Walker County", Texas)
    divisions_named: defaultdict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    towns_in: defaultdict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    # lat, lon, name key of the first pass's town and county readings, confident or not
    first_points: list[tuple[float, float, str]] = field(default_factory=list)
    # (country, first-level division code) -> names of the article that read as it
    admin1_named: defaultdict[tuple[str, str], set[str]] = field(
        default_factory=lambda: defaultdict(set)
    )
    # US state code -> sorted character starts of the mentions naming it (_far_states)
    state_starts: dict[str, list[int]] = field(default_factory=dict)
    # _own_votes' answers and the sorted names it searches (both reset by every vote)
    own_memo: dict[str, defaultdict[str, float]] = field(default_factory=dict)
    own_sorted: list[str] | None = None

    def vote(
        self, key: str, *, country: str | None = None, state: str | None = None, weight: float = 1.0
    ) -> None:
        self.own_memo.clear()
        self.own_sorted = None
        own = self.own.setdefault(key, defaultdict(float))
        if country:
            self.countries[country] += weight
            own["c:" + country] += weight
        if state:
            self.states[state] += weight
            own["s:" + state] += weight


def read_qualifiers(text: str, m: Mention, gaz: Gazetteer) -> None:
    """Fill the mention's qualifier ("X, La." / "X, Texas" / "X, France") and division flag."""
    m.key = norm(m.text)
    after = text[m.end : m.end + 40]
    q = _QUALIFIER.match(after)
    if q:
        words = q.group(1).split()
        for n in range(len(words), 0, -1):
            cand = " ".join(words[:n])
            code = gaz.us_abbrev.get(cand) or gaz.us_abbrev.get(cand.rstrip("."))
            if code and (cand.endswith(".") or len(cand) > 2 or cand.isupper()):
                if _listed_states(text, m, gaz, code, q.start(1) + len(cand)):
                    break  # "Washington, Colorado, Alaska and Oregon": a list of states
                m.qualifier_state = code
                break
            for row, primary in gaz.lookup(cand):
                # "Paris, France"; a division outside the US names its country too ("Stroud,
                # Ontario", "Bradford, Ontario": Canada)
                if primary and (
                    row.feature == COUNTRY or (row.feature == ADMIN1 and row.country_code != "US")
                ):
                    if row.feature == COUNTRY and any(
                        p and r.feature == COUNTRY for r, p in gaz.lookup(m.text)
                    ):
                        break  # "Mexico, China, Japan": a list of countries, no qualifier
                    m.qualifier_country = row.country_code
                    break
            if m.qualifier_country:
                break
    if not (m.qualifier_state or m.qualifier_country):
        _area_qualifier(after, m, gaz)
    if not (m.qualifier_state or m.qualifier_country):
        _division_of_town_before(text, m, gaz)
    if _DIVISION_WORDS.match(after) or _DIVISION_BEFORE.search(
        text[max(0, m.start - 20) : m.start]
    ):
        m.division = True
    if _NATIONAL_BEFORE.search(text[max(0, m.start - 30) : m.start]):
        m.national = True
    if _MUNICIPAL_AFTER.match(after):
        m.municipal = True


# "Richmond, south-west London", "Haifa, northern Israel", "Lebanon, central Indiana",
# "Tripoli, in northern Lebanon", "Tripoli, in the north of Lebanon", "Saint-Denis, on the
# outskirts of Paris": a part of a place named after the comma locates the name
_AREA_QUALIFIER = re.compile(
    r",\s*(?:(?:in\s+(?:the\s+)?)?(?:(?:north|south|east|west)(?:-?(?:east|west))?"
    r"|(?:north|south|east|west)ern|(?:north|south)-?(?:east|west)ern"
    r"|central|inner|outer|greater|rural|downtown)"
    r"|(?:in|on|at)\s+the\s+(?:far\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west"
    r"|(?:north|south|east|west)ern\s+part|centre|center|heart|outskirts|suburbs|edge)"
    r"\s+of(?:\s+the)?)\s+"
    r"((?:[A-Z][a-z]+)(?: [A-Z][a-z]+){0,2})\b"
)
_AREA_CITY_MIN_POP = 500_000


def _area_qualifier(after: str, m: Mention, gaz: Gazetteer) -> None:
    """A country, a first-level division or a city of 500,000+ (its most populous reading)
    after a comma and a direction word qualifies the name before it."""
    q = _AREA_QUALIFIER.match(after)
    if q is None:
        return
    rows = [r for r, p in gaz.lookup(q.group(1)) if p]
    country = next((r for r in rows if r.feature == COUNTRY), None)
    division = next((r for r in rows if r.feature == ADMIN1), None)
    cities = [r for r in rows if r.feature == CITY and r.population >= _AREA_CITY_MIN_POP]
    if country is not None:
        m.qualifier_country = country.country_code
    elif division is not None and division.country_code == "US":
        m.qualifier_state = division.admin1
    elif division is not None:
        m.qualifier_country = division.country_code
    elif cities:
        city = max(cities, key=lambda r: r.population)
        if city.country_code == "US":
            m.qualifier_state = city.admin1
        else:
            m.qualifier_country = city.country_code


_TOWN_BEFORE = re.compile(r"(?<![\w.’'-])([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2}), $")


def _division_of_town_before(text: str, m: Mention, gaz: Gazetteer) -> None:
    """A name after "Town, " that is the first-level division the town lies in is that
    division ("Mississauga, Ontario" is the province, not Ontario, California; "Athens,
    Georgia" the state): it qualifies the town, so its own reading is qualified by it."""
    hit = _TOWN_BEFORE.search(text, max(0, m.start - 40), m.start)
    if hit is None:
        return
    divisions = [r for r, p in gaz.lookup(m.text) if p and r.feature == ADMIN1 and r.country_code]
    if not divisions:
        return
    towns = [r for r, p in gaz.lookup(hit.group(1)) if p and r.feature == CITY]
    for d in divisions:
        # a hand-listed division without a code (Ontario) is matched by its country
        if any(t.country_code == d.country_code and d.admin1 in (None, t.admin1) for t in towns):
            if d.country_code == "US":
                m.qualifier_state = d.admin1
            else:
                m.qualifier_country = d.country_code
            return


def _capital_and_state(name: str, gaz: Gazetteer) -> bool:
    """A US state named like a national capital: "Washington"."""
    rows = [r for r, p in gaz.lookup(name) if p]
    return any(r.feature == ADMIN1 and r.country_code == "US" for r in rows) and any(
        r.geonameid in gaz.capitals for r in rows
    )


_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|or\b)\s*[A-Z]")


def _listed_states(text: str, m: Mention, gaz: Gazetteer, code: str, end: int) -> bool:
    """ "Washington, Colorado, Alaska and Oregon": a US state's name before another state
    that the list goes on after is a list, not a town and its state ("New York, New York" and
    "Washington, D.C." keep their qualifier). ``end``: where the qualifier ends, counted
    from the mention's end."""
    if code == "DC" or not _LIST_GOES_ON.match(text, m.end + end):
        return False
    own = [r for r, p in gaz.lookup(m.text) if p and r.feature == ADMIN1 and r.country_code == "US"]
    return any(r.admin1 != code for r in own)


_LIST_GAP = re.compile(r"^\s*(?:,|;|and|or|, and|, or|&)\s*$")


def read_lists(text: str, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Mark names listed next to others ("Colorado, Alaska, Washington and Oregon") with the
    features the neighbours read as (only unambiguous primary readings count)."""
    ms = sorted(mentions, key=lambda m: m.start)
    for a, b in zip(ms, ms[1:], strict=False):
        if not _LIST_GAP.match(text[a.end : b.start]):
            continue
        for m, other in ((a, b), (b, a)):
            rows = [r for r, p in gaz.lookup(other.text) if p and r.feature != CITY]
            feats = {r.feature for r in rows}
            if _capital_and_state(m.text, gaz) and any(
                r.feature == ADMIN1 and r.country_code == "US" for r in rows
            ):
                feats = {ADMIN1}  # "Washington, Colorado": Colorado is also a Brazilian district
            if len(feats) == 1:
                m.listed_with = m.listed_with | feats
