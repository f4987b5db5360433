"""A world map drawn locally as inline SVG: country outlines, and points for places.

The outlines come from the ``countryinfo`` package (MIT licence; a dependency already),
which ships each country's GeoJSON outline (Natural Earth 1:110m). They are projected
plate carrée (x = longitude, y = -latitude, so the SVG ``viewBox`` is in degrees),
rounded to 0.1° and cached: about 170 countries, ~10k points, ~100 KB of path data.
Nothing is fetched from anywhere: no tiles, no CDN, no script.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from markupsafe import Markup, escape

#: The part of the world drawn: longitudes -180..180, latitudes 84 N .. 60 S (no Antarctica).
VIEW = (-180.0, -84.0, 360.0, 144.0)


@dataclass(frozen=True, slots=True)
class Point:
    """A place to draw: where, how big (``n`` mentions), its label and where it links."""

    lat: float
    lon: float
    n: int
    label: str
    href: str


@functools.cache
def country_paths() -> tuple[tuple[str, str], ...]:
    """(country name, SVG path data) for every country outline the package ships."""
    data = resources.files("countryinfo").joinpath("data")
    out: dict[str, str] = {}
    for entry in sorted(data.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        record = json.loads(entry.read_text(encoding="utf-8"))
        geo = record.get("geoJSON") or {}
        for feature in geo.get("features", []):
            path = _path(feature.get("geometry") or {})
            name = (feature.get("properties") or {}).get("name") or record.get("name") or ""
            if path and name not in out:
                out[name] = path
    return tuple(sorted(out.items()))


def _path(geometry: dict[str, Any]) -> str:
    kind, coords = geometry.get("type"), geometry.get("coordinates") or []
    polygons: list[Any]
    if kind == "Polygon":
        polygons = [coords]
    elif kind == "MultiPolygon":
        polygons = list(coords)
    else:
        return ""
    parts = [_ring(ring) for polygon in polygons for ring in polygon]
    return "".join(p for p in parts if p)


def _ring(ring: Sequence[Sequence[float]]) -> str:
    points: list[tuple[float, float]] = []
    for lon, lat, *_ in ring:
        p = (round(lon, 1), round(-lat, 1))
        if not points or p != points[-1]:
            points.append(p)
    if len(points) < 3:
        return ""
    first, *rest = points
    return (
        f"M{_num(first[0])} {_num(first[1])}"
        + "".join(f"L{_num(x)} {_num(y)}" for x, y in rest)
        + "Z"
    )


def _num(value: float) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def radius(n: int) -> float:
    """A point's radius in degrees: grows with the square root of its mentions."""
    return round(min(6.0, 0.9 + 0.55 * math.sqrt(max(n, 1))), 2)


def render_map(points: Iterable[Point], title: str = "Places mentioned") -> Markup:
    """The map as an ``<svg>`` element: outlines, then one linked circle per point."""
    x, y, w, h = VIEW
    out = [
        f'<svg class="worldmap" viewBox="{_num(x)} {_num(y)} {_num(w)} {_num(h)}" '
        f'role="img" aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
        f'<rect class="sea" x="{_num(x)}" y="{_num(y)}" width="{_num(w)}" height="{_num(h)}"/>',
        '<g class="land">',
    ]
    for name, d in country_paths():
        out.append(f'<path d="{d}"><title>{escape(name)}</title></path>')
    out.append('</g><g class="points">')
    for p in sorted(points, key=lambda p: -p.n):  # small points drawn last, on top
        out.append(
            f'<a href="{escape(p.href)}"><circle cx="{p.lon:.2f}" cy="{-p.lat:.2f}" '
            f'r="{radius(p.n)}"><title>{escape(p.label)}</title></circle></a>'
        )
    out.append("</g></svg>")
    return Markup("".join(out))
