"""Issue 12 item 1 (places39): demonyms the GeoWebNews-style sets count and the component
missed, tested on sentences written by hand (expected places written from the sentence before
the component ran on them).

Class 1: a continent's demonym ("European stocks", "Asian nations", "Africans", "North
American leaders") is a mention of the continent (rule ``demonym-continent``); an ethnic
compound ("Asian American voters", "African-American") and a lower-case word are not.
"""

from __future__ import annotations

import pytest

from newsgraph.nlp.places.component import PlacesComponent
from tests.nlp._docs import tagged


def _places(text: str, ents: list[tuple[str, str]]) -> dict[str, tuple[str, float, float]]:
    doc = PlacesComponent()(tagged(text, ents))
    return {
        p.span.text: (p.rule, round(p.lat or 0.0, 1), round(p.lon or 0.0, 1))
        for p in doc._.ng_places or []
    }


# --- class 1: continents' demonyms


@pytest.mark.parametrize(
    ("text", "ents", "word", "point"),
    [
        (
            "Shares in Frankfurt slipped as European banks reported weaker lending.",
            [("Frankfurt", "GPE"), ("European", "NORP")],
            "European",
            (48.7, 9.1),
        ),
        (
            "Several Asian governments asked the shipping line to reroute its tankers.",
            [("Asian", "NORP")],
            "Asian",
            (29.8, 89.3),
        ),
        (
            "The vaccine will reach Africans in rural clinics before the rainy season.",
            [("Africans", "NORP")],
            "Africans",
            (7.2, 21.1),
        ),
        (
            "The band announced a twelve-city North American tour for the spring.",
            [("North American", "NORP")],
            "North American",
            (46.1, -100.5),
        ),
    ],
)
def test_continent_demonym_is_the_continent(
    text: str, ents: list[tuple[str, str]], word: str, point: tuple[float, float]
) -> None:
    got = _places(text, ents)
    assert word in got
    rule, lat, lon = got[word]
    assert rule.startswith("demonym-continent")
    assert (lat, lon) == point


@pytest.mark.parametrize(
    ("text", "ents", "word"),
    [
        (
            "Turnout among Asian American voters rose in the county this year.",
            [("Asian", "NORP"), ("American", "NORP")],
            "Asian",
        ),
        (
            "The museum opened a wing on African-American history in the capital.",
            [("African", "NORP")],
            "African",
        ),
        (
            "The club's asian fusion menu drew long lines on Friday.",
            [("asian", "NORP")],
            "asian",
        ),
    ],
)
def test_ethnic_compound_or_lower_case_is_no_continent(
    text: str, ents: list[tuple[str, str]], word: str
) -> None:
    assert word not in _places(text, ents)


def test_country_demonym_is_still_the_country() -> None:
    got = _places(
        "Kenyan officials met European envoys in Nairobi.",
        [("Kenyan", "NORP"), ("European", "NORP"), ("Nairobi", "GPE")],
    )
    assert got["Kenyan"][0] == "demonym"
    assert got["European"][0].startswith("demonym-continent")
