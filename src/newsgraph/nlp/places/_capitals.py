"""A world capital or a city of millions over a small namesake pulled in by country context.

"The United States criticized Moscow": the article's one country (the US) and the name's own
US readings gave Moscow, Idaho (25,000 people) more than the capital of Russia. In news a
capital or a city of millions named as an actor or as the place of an event is the big one;
the small namesake wins only with evidence of its own place, not of its country alone:

- a qualifier ("Moscow, Idaho") or a division word (handled before this rule runs);
- its first-level division named elsewhere in the article ("In Idaho, police in Moscow"); for a
  namesake the big reading dwarfs fifty times, only near the name (``_far_states``: "McAllen,
  Texas" two paragraphs before "departing for Paris" is no evidence for Paris, Texas);
- the second-level division it lies in named ("Paris ... Lamar County");
- another of the article's confident town readings within ``_LOCAL_KM`` (a local story:
  "Rome ... Atlanta").

The big reading must dwarf the namesake: a national capital of ``_CAPITAL_POP``+ people with
``_CAPITAL_RATIO`` times the namesake's, or a city of ``_CITY_POP``+ with ``_CITY_RATIO``
times, or the capital's margin when the article names the big city's country itself
("Birmingham" with "British police"): "Toronto" over Toronto, Ohio; not Córdoba, Argentina
over Córdoba, Spain in a story about Spain, nor Manchester (569,000) over Manchester, New
Hampshire (110,000).
"""

from __future__ import annotations

from newsgraph.nlp.places._far_states import named_near
from newsgraph.nlp.places._mentions import Context, Mention, Resolution
from newsgraph.nlp.places.distance import haversine_km
from newsgraph.nlp.places.gazetteer import ADMIN2, CITY, COUNTY, GeoRow

_CAPITAL_POP = 500_000
_CAPITAL_RATIO = 4.0
_CITY_POP = 1_000_000
_CITY_RATIO = 10.0
_LOCAL_KM = 200.0
NEAR_KM = 40.0  # a town's neighbours (the near-places rule, _placing; _home_namesakes)

Scored = tuple[float, GeoRow, bool]


def _dwarfs(big: GeoRow, small: GeoRow, capitals: frozenset[int], voted: set[str]) -> bool:
    small_pop = max(1, small.population)
    if big.geonameid in capitals and big.population >= _CAPITAL_POP:
        return big.population >= _CAPITAL_RATIO * small_pop
    # a big city of a country the article names itself needs the capital's margin only
    ratio = _CAPITAL_RATIO if big.country_code in voted else _CITY_RATIO
    return big.population >= _CITY_POP and big.population >= ratio * small_pop


def has_local_evidence(
    top: GeoRow, ctx: Context, key: str, near: int | None = None, km: float = _LOCAL_KM
) -> bool:
    """Whether the article points to ``top``'s own part of its country, beyond the country:
    votes for its US state (from a county or a state the article names, or from a longer name
    the name starts: "Alexandria City" is Virginia's independent city), another name read as
    its first-level division, its county named, or a town or county the first pass read
    within ``_LOCAL_KM`` of it (confident or not: "Toronto", torn between the city and its
    census division, beside London, Ontario). With ``near`` (the mention's start, for a
    namesake a big reading dwarfs: ``_far_states``) its US state counts only when named
    near it. ``km``: how close another town of the article must lie."""
    cc = top.country_code or ""
    state_ok = near is None or cc != "US" or named_near(ctx.state_starts, top.admin1 or "", near)
    if top.admin1 and cc == "US" and ctx.states[top.admin1] > 0 and state_ok:
        return True
    if top.admin1 and ctx.admin1_named[(cc, top.admin1)] - {key} and state_ok:
        return True
    if top.adm2 and ctx.divisions_named[top.adm2] - {key}:
        return True
    if top.lat is None or top.lon is None:
        return False
    return any(
        other != key and haversine_km(top.lat, top.lon, lat, lon) <= km
        for lat, lon, other in ctx.first_points
    )


def first_points(
    mentions: list[Mention], first: list[Resolution | None]
) -> list[tuple[float, float, str]]:
    """The points of the first pass's town, county and second-level division readings."""
    return [
        (r.lat, r.lon, m.key)
        for m, r in zip(mentions, first, strict=True)
        if r is not None
        and r.lat is not None
        and r.lon is not None
        and r.feature in (CITY, COUNTY, ADMIN2)
        and not m.added
    ]


def big_reading(
    top: GeoRow, scored: list[Scored], capitals: frozenset[int], voted: set[str]
) -> Scored | None:
    """The biggest capital or city (by its own name, not an alternate one) of another country
    that dwarfs the town ``top``, or None. ``voted``: the countries other names of the article
    point to."""
    if top.feature != CITY:
        return None
    bigs = [
        t
        for t in scored
        if t[2]
        and t[1].feature == CITY
        and t[1].country_code
        and t[1].country_code != top.country_code
        and _dwarfs(t[1], top, capitals, voted)
    ]
    if not bigs:
        return None
    return max(bigs, key=lambda t: t[1].population)
