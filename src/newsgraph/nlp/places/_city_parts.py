"""A direction word and a city the article names: a part of that city, not a namesake elsewhere.

"East London" in a story on London is the east of London, though the gazetteer's "East
London" is a city in South Africa; "North Richmond" beside "Richmond police" is a
neighbourhood of that Richmond. When a mention "<direction> <X>" resolved far (beyond the
161 km the evaluations allow) from where the article's own mention of X alone resolved, it
takes X's reading: the article's X is the evidence of which place is meant. A place of that
form near X ("North Las Vegas", "West Columbia" beside Columbia, S.C.) keeps its own reading,
and so does any "<direction> <X>" in an article that never names X alone.
"""

from __future__ import annotations

from dataclasses import replace

from newsgraph.model import Place
from newsgraph.nlp.places._names import _DIRECTIONS
from newsgraph.nlp.places.distance import haversine_km

_FAR_KM = 161.0  # the evaluations' acc@161: farther is another place


def _rest(text: str) -> str:
    """The "London" of "East London"; "" when the text does not start with a direction word."""
    first, _sep, rest = text.partition(" ")
    if first.lower() not in _DIRECTIONS or not first[:1].isupper() or not rest[:1].isupper():
        return ""
    return rest


def parts_of_named_cities(places: list[Place]) -> list[Place]:
    """``places`` with each "<direction> <X>" city read far from the article's own city X
    moved to X's reading (as a part of X)."""
    cities: dict[str, Place] = {}
    for p in places:
        if p.feature == "city" and p.lat is not None and not _rest(p.span.text):
            cities.setdefault(p.span.text, p)
    if not cities:
        return places
    out: list[Place] = []
    for p in places:
        own = cities.get(_rest(p.span.text))
        if (
            own is not None
            and p.feature == "city"
            and p.lat is not None
            and p.lon is not None
            and own.lat is not None
            and own.lon is not None
            and haversine_km(p.lat, p.lon, own.lat, own.lon) > _FAR_KM
        ):
            p = replace(
                p,
                geonameid=own.geonameid,
                name=own.name,
                country_code=own.country_code,
                lat=own.lat,
                lon=own.lon,
                rule=p.rule + ":part-of-city",
            )
        out.append(p)
    return out
