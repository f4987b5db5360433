"""The geo scorer's arithmetic, on hand-computed values."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from newsgraph.eval.geo import (
    GoldToponym,
    correct_at,
    haversine_km,
    match_overlap,
    parse,
    report,
)


def test_haversine_quarter_meridian() -> None:
    # equator to pole along a meridian: a quarter of a great circle, pi/2 * 6371 km
    assert haversine_km(0.0, 0.0, 90.0, 0.0) == pytest.approx(math.pi / 2 * 6371.0)


def test_haversine_one_degree_of_longitude_at_equator() -> None:
    # 1 degree of arc = 2 * pi * 6371 / 360 = 111.195 km
    assert haversine_km(0.0, 10.0, 0.0, 11.0) == pytest.approx(111.195, abs=0.001)


def test_haversine_zero_and_symmetric() -> None:
    assert haversine_km(35.9, 36.6, 35.9, 36.6) == 0.0
    assert haversine_km(1.0, 2.0, 3.0, 4.0) == pytest.approx(haversine_km(3.0, 4.0, 1.0, 2.0))


def test_correct_at_161_km() -> None:
    gold = GoldToponym(0, 5, 42, 0.0, 0.0)
    assert correct_at(42, None, None, gold)  # same id, no coordinates needed
    assert correct_at(7, 0.0, 1.0, gold)  # 111 km away
    assert correct_at(7, 0.0, 1.44, gold)  # 1.44 * 111.195 = 160.1 km
    assert not correct_at(7, 0.0, 1.46, gold)  # 162.3 km
    assert not correct_at(None, None, None, gold)


def test_match_overlap_is_one_to_one() -> None:
    # two predictions overlap the same gold span: only one pair counts
    assert match_overlap([(0, 5), (3, 8)], [(2, 6)]) == 1
    assert match_overlap([(0, 5), (10, 15)], [(0, 5), (12, 20), (30, 31)]) == 2
    assert match_overlap([(0, 5)], [(5, 9)]) == 0  # touching is not overlapping


def test_parse_reads_spans_ids_and_points(tmp_path: Path) -> None:
    xml = tmp_path / "g.xml"
    xml.write_text(
        "<articles><article docid='1'><text><![CDATA[Paris, Texas and Main Street.]]></text>"
        "<toponyms><toponym><start>0</start><end>5</end><phrase>Paris</phrase>"
        "<gaztag geonameid='4717560'><lat>33.66</lat><lon>-95.55</lon></gaztag></toponym>"
        "<toponym><start>17</start><end>28</end><phrase>Main Street</phrase></toponym>"
        "</toponyms></article></articles>",
        encoding="utf-8",
    )
    (art,) = parse(xml)
    assert art.docid == "1"
    assert art.toponyms[0] == GoldToponym(0, 5, 4717560, 33.66, -95.55)
    assert art.toponyms[1] == GoldToponym(17, 28, None, None, None)
    assert art.text[17:28] == "Main Street"
    assert "resolve_acc161" in report({"resolve_acc161": 0.8})


def test_page_title_drops_the_disambiguation() -> None:
    from newsgraph.eval.geo import page_title

    assert page_title("https://en.wikipedia.org/wiki/Georgia_(U.S._state)") == "Georgia"
    assert page_title("https://en.wikipedia.org/wiki/Do%C4%9Fubayaz%C4%B1t") == "Doğubayazıt"
    assert page_title("N/A") is None and page_title(None) is None


def test_same_entity_needs_the_page_and_the_point() -> None:
    from newsgraph.eval.geo import same_entity

    us = "https://en.wikipedia.org/wiki/United_States"
    # Wikipedia's point for the US (40 N 100 W) is > 161 km from ours, but it is the US
    assert same_entity(6252001, "country", GoldToponym(0, 2, None, 40.0, -100.0, us))
    # a city prediction is judged by distance only
    assert not same_entity(6252001, "city", GoldToponym(0, 2, None, 40.0, -100.0, us))
    # the page names Georgia, the point lies in the US state: the country is wrong
    ga = "https://en.wikipedia.org/wiki/Georgia_(U.S._state)"
    assert not same_entity(614540, "country", GoldToponym(0, 7, None, 32.7, -83.4, ga))
    assert same_entity(4197000, "admin1", GoldToponym(0, 7, None, 32.7, -83.4, ga))


def test_evaluate_rejects_an_unknown_part(tmp_path: Path) -> None:
    from newsgraph.eval.geo import evaluate

    xml = tmp_path / "g.xml"
    xml.write_text("<articles></articles>", encoding="utf-8")
    with pytest.raises(ValueError, match="part"):
        evaluate(xml, part="half", nlp=object())  # type: ignore[arg-type]


def test_same_entity_for_a_continent_named_by_the_page() -> None:
    from newsgraph.eval.geo import same_entity

    europe = "https://en.wikipedia.org/wiki/Europe"
    # GeoNames' Europe (6255148) is ~650 km from Wikipedia's point; the page names it
    assert same_entity(6255148, "other", GoldToponym(0, 6, None, 54.0, 15.0, europe))
    # another continent id is not named by that page
    assert not same_entity(6255146, "other", GoldToponym(0, 6, None, 54.0, 15.0, europe))
