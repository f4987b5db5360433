"""perf34: the places' nearest-anchor band computed without a haversine_km call per anchor
gives the band of haversine_km's distance."""

from __future__ import annotations

import math

from newsgraph.nlp.places.distance import haversine_km, nearest_band

BANDS = ((50.0, 3.0), (200.0, 2.0), (600.0, 0.5))


def test_nearest_band_takes_the_best_band_of_any_other_point() -> None:
    # along the equator one degree of longitude is 6371 * pi / 180 = 111.19 km
    far = (0.0, 3.0, "far", None)  # 333.6 km: 0.5
    mid = (0.0, 1.5, "mid", None)  # 166.8 km: 2.0
    near = (0.0, 0.4, "near", None)  # 44.5 km: 3.0
    assert nearest_band(0.0, 0.0, [far], "x", BANDS) == 0.5
    assert nearest_band(0.0, 0.0, [far, mid], "x", BANDS) == 2.0
    assert nearest_band(0.0, 0.0, [far, near, mid], "x", BANDS) == 3.0
    assert nearest_band(0.0, 0.0, [far, near, mid], "near", BANDS) == 2.0  # its own key skipped
    assert nearest_band(0.0, 0.0, [(0.0, 6.0, "out", None)], "x", BANDS) == 0.0  # 667 km
    assert nearest_band(0.0, 0.0, [], "x", BANDS) == 0.0
    # due north one degree of latitude is also 111.19 km
    assert nearest_band(0.0, 0.0, [(5.0, 0.0, "n", None)], "x", BANDS) == 0.5  # 556.0 km
    assert nearest_band(0.0, 0.0, [(5.4, 0.0, "n", None)], "x", BANDS) == 0.0  # 600.4 km
    assert nearest_band(0.0, 0.0, [(-5.5, 0.0, "s", None)], "x", BANDS) == 0.0  # 611.5 km
    assert nearest_band(-5.5, 0.0, [(0.0, 0.0, "n", None)], "x", BANDS) == 0.0


def test_control_nearest_band_distances_are_haversine_km() -> None:
    points = [(48.85, 2.35, "a", None), (51.5, -0.12, "b", None), (50.85, 4.35, "c", None)]
    for lat, lon in ((49.0, 2.0), (52.37, 4.9), (-33.9, 151.2)):
        for p in points:
            d = haversine_km(lat, lon, p[0], p[1])
            band = next((w for limit, w in BANDS if d <= limit), 0.0)
            assert nearest_band(lat, lon, [p], "none", BANDS) == band
    assert math.isclose(haversine_km(0.0, 0.0, 0.0, 1.0), 111.19, abs_tol=0.01)
