"""Which representative point a country, division or continent gets: the point convention.

Gold sets quote different points for the same large entity. LGL, TR-News and GeoWebNews quote
GeoNames' record point (China 35 N 105 E, India 22 N 79 E); GeoVirus quotes the point of the
entity's Wikipedia article (China 35 N 103 E, 182 km away; India 21 N 78 E). The gazetteer's
index holds GeoNames' points (``resources/places/geo_country_points.tsv`` fixes the packages'
where they differ); ``points="wikipedia"`` moves the entities listed in
``resources/places/geo_wikipedia_points.tsv`` to Wikipedia's. Towns are never moved: both
conventions agree on them.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from newsgraph import datafiles
from newsgraph.model import Place

CONVENTIONS = ("geonames", "wikipedia")


@lru_cache(maxsize=1)
def wikipedia_points() -> tuple[dict[str, tuple[float, float]], dict[int, tuple[float, float]]]:
    """(ISO alpha-2 -> point of a country, GeoNames id -> point of a division or continent)."""
    by_code: dict[str, tuple[float, float]] = {}
    by_id: dict[int, tuple[float, float]] = {}
    for key, lat, lon in datafiles.rows("places/geo_wikipedia_points.tsv", min_cols=3, max_cols=3):
        point = (float(lat), float(lon))
        if key.isdigit():
            by_id[int(key)] = point
        else:
            by_code[key] = point
    return by_code, by_id


def check_convention(points: str) -> str:
    if points not in CONVENTIONS:
        raise ValueError(f"points={points!r}: use one of {', '.join(CONVENTIONS)}")
    return points


def in_convention(places: Iterable[Place], points: str) -> list[Place]:
    """The places with the points of the convention ``points`` (moved in place)."""
    out = list(places)
    if check_convention(points) == "geonames":
        return out
    by_code, by_id = wikipedia_points()
    for p in out:
        if p.geonameid is None or p.feature == "city":
            continue
        point = by_code.get(p.country_code or "") if p.feature == "country" else None
        point = point or by_id.get(p.geonameid)
        if point is not None:
            p.lat, p.lon = point
    return out
