"""Great-circle distance, for the resolver and the geo scorer."""

from __future__ import annotations

import math
from collections.abc import Sequence

EARTH_RADIUS_KM = 6371.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres on a sphere of the mean Earth radius (6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def nearest_band(
    lat: float,
    lon: float,
    points: Sequence[tuple[float, float, str, str | None]],
    skip: str,
    bands: Sequence[tuple[float, float]],
) -> float:
    """The largest weight of a distance band (``bands``: (limit km, weight), nearest first) that
    holds a point of ``points`` ((lat, lon, key, _), those keyed ``skip`` left out) seen from
    (``lat``, ``lon``); 0.0 when none does. The distances are :func:`haversine_km`'s to the
    last bit (the same operations; the first point's latitude terms computed once). A point
    whose latitude alone puts it beyond the widest band (the distance is at least the
    latitude difference's arc), by a margin of 1 km over rounding, is passed over."""
    top = max((w for _limit, w in bands), default=0.0)
    # latitude difference (radians) beyond which no band can hold a point
    far = (max((limit for limit, _w in bands), default=0.0) + 1.0) / EARTH_RADIUS_KM
    p1 = math.radians(lat)
    cos1 = math.cos(p1)
    best = 0.0
    for lat2, lon2, key, _rest in points:
        if key == skip:
            continue
        p2 = math.radians(lat2)
        dp = p2 - p1
        if dp > far or -dp > far:
            continue
        dl = math.radians(lon2 - lon)
        a = math.sin(dp / 2) ** 2 + cos1 * math.cos(p2) * math.sin(dl / 2) ** 2
        d = 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
        for limit, w in bands:
            if d <= limit:
                best = max(best, w)
                break
        if best >= top:
            break  # no later point can raise it
    return best
