"""Issue 12 item 1 (places42): a town's part named by a direction or a generic word ("North
Side", "East End", "Midtown") with no qualifier is the story's town, not a distant namesake
(the Cayman Islands' North Side, East End, Arkansas), tested on sentences written by hand
(expected points written from the sentence and the towns' coordinates before the component
ran on them).
"""

from __future__ import annotations

import pytest

from tests.nlp._docs import place_points


@pytest.mark.parametrize(
    ("text", "ents", "word", "point"),
    [
        (
            "MILWAUKEE — Two teenagers were wounded in a North Side shooting Friday night, "
            "Milwaukee police said.",
            [("North Side", "LOC"), ("Milwaukee", "GPE")],
            "North Side",
            (43.0, -87.9),  # Milwaukee
        ),
        (
            "Crews cleared snow in Midtown and along the river on Monday, Atlanta officials said.",
            [("Midtown", "GPE"), ("Atlanta", "GPE")],
            "Midtown",
            (33.7, -84.4),  # Atlanta, not Midtown, Tennessee
        ),
        (
            "Voters in Houston's East End lined up early on Tuesday to cast ballots.",
            [("Houston", "GPE"), ("East End", "LOC")],
            "East End",
            (29.8, -95.4),  # Houston, its possessive before the name
        ),
    ],
)
def test_generic_town_part_is_the_story_town(
    text: str, ents: list[tuple[str, str]], word: str, point: tuple[float, float]
) -> None:
    got = place_points(text, ents)
    assert word in got
    _rule, lat, lon = got[word]
    assert (lat, lon) == point


def test_generic_town_part_without_a_town_has_no_point() -> None:
    got = place_points(
        "Two people were hurt in a West Side shooting late Saturday, police said.",
        [("West Side", "LOC")],
    )
    assert got["West Side"] == ("district-unplaced", 0.0, 0.0)


@pytest.mark.parametrize(
    ("text", "ents", "word", "point"),
    [
        (
            # the gazetteer's West End lies inside London: its own reading stays
            "The play moves to London's West End in May after a sold-out run.",
            [("London", "GPE"), ("West End", "LOC")],
            "West End",
            (51.5, -0.1),
        ),
        (
            # Chicago's Uptown is within 40 km of Chicago: its own point, not Chicago's
            "Chicago police said a bar in Uptown was robbed early Sunday.",
            [("Chicago", "GPE"), ("Uptown", "GPE")],
            "Uptown",
            (42.0, -87.7),
        ),
        (
            # a qualifier names the town: East End, Arkansas
            "The tornado struck East End, Ark., on Sunday night, the weather service said.",
            [("East End", "GPE"), ("Ark.", "GPE")],
            "East End",
            (34.6, -92.3),
        ),
    ],
)
def test_generic_name_with_evidence_keeps_its_reading(
    text: str, ents: list[tuple[str, str]], word: str, point: tuple[float, float]
) -> None:
    got = place_points(text, ents)
    assert word in got
    _rule, lat, lon = got[word]
    assert (lat, lon) == point


_LONG_LEAD = ("Port officials weigh new fees as shipping slows. " * 8).strip()


@pytest.mark.parametrize(
    ("text", "word", "point"),
    [
        (
            "NAIROBI, March 4 (Reuters) - Kenya's central bank held its main lending rate.",
            "NAIROBI",
            (-1.3, 36.8),
        ),
        (
            "OTTAWA, Sept. 21 (UPI) — Canada's parliament returned from its summer break.",
            "OTTAWA",
            (45.4, -75.7),
        ),
        (
            "Talks resume on water rights\nGENEVA, Switzerland, October 3, 2019 (AFP) – "
            "Negotiators met again on Thursday.",
            "GENEVA",
            (46.2, 6.1),
        ),
        (
            _LONG_LEAD + "\nMANILA, Dec. 5 (AP) — The coast guard said two ferries collided.",
            "MANILA",
            (14.6, 121.0),
        ),
    ],
)
def test_wire_dateline_with_a_date_is_its_town(
    text: str, word: str, point: tuple[float, float]
) -> None:
    got = place_points(text, [])
    assert word in got
    rule, lat, lon = got[word]
    assert rule.startswith("dateline")
    assert (lat, lon) == point


def test_capitals_heading_with_a_date_is_no_dateline() -> None:
    got = place_points("UPDATE, Jan. 5 — The company said its offer still stands.", [])
    assert "UPDATE" not in got


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        (
            "Candidates sharpened their message after the attacks in Paris, and Texas-based "
            "strategist Dana Lowe said the race had changed. Voters in Iowa agreed; Iowa votes "
            "first.",
            [("Paris", "GPE"), ("Texas", "GPE"), ("Iowa", "GPE"), ("Iowa", "GPE")],
        ),
        (
            "After the attacks in Paris on Friday, Kentucky Gov. Ann Meyers said her state would "
            "take no refugees. Officials in Ohio and Michigan said the same.",
            [("Paris", "GPE"), ("Kentucky", "GPE"), ("Ohio", "GPE"), ("Michigan", "GPE")],
        ),
    ],
)
def test_state_of_a_persons_office_is_no_evidence_of_a_namesake(
    text: str, ents: list[tuple[str, str]]
) -> None:
    got = place_points(text, ents)
    _rule, lat, lon = got["Paris"]
    assert (lat, lon) == (48.9, 2.3)  # Paris, France


def test_state_named_as_a_place_keeps_the_namesake() -> None:
    got = place_points(
        "The harvest festival in Paris drew crowds from across Kentucky on Saturday.",
        [("Paris", "GPE"), ("Kentucky", "GPE")],
    )
    _rule, lat, lon = got["Paris"]
    assert (lat, lon) == (38.2, -84.3)  # Paris, Kentucky
