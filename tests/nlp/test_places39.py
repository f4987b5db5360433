"""Issue 12 item 1 (places39): demonyms the GeoWebNews-style sets count and the model left
untagged in title-case headlines, tested on sentences written by hand (expected places
written from the sentence before the component ran on them).

A country's demonym the model tagged as nothing in a title-case headline ("Police Return
Kidnapped Nigerian Girl To Her Family") is a demonym mention; not when a hyphen joins it, when
a demonym or an ethnic compound's head comes before it or "American" after it ("Asian
American", "Muslim American"), or when an entity holds it ("Mark Cuban", a person "Canadians").
Running text is left to the model.
"""

from __future__ import annotations

import pytest

from tests.nlp._docs import place_points


@pytest.mark.parametrize(
    ("text", "ents", "word", "country_point"),
    [
        (
            "Police Return Kidnapped Nigerian Girl To Her Family In Lagos\n\nThe girl was found.",
            [("Lagos", "GPE")],
            "Nigerian",
            (10.0, 8.0),
        ),
        (
            "Why Voters Trust Mexican Growers More Than Ever\n\nIt is harvest time.",
            [],
            "Mexican",
            (23.0, -102.0),
        ),
        (
            "Mayor: I Am Confident Canadians Will Back The Plan\n\nShe spoke on Monday.",
            [],
            "Canadians",
            (60.0, -95.0),
        ),
        (
            "City Council Votes To Honor Tongan Rugby Players At Stadium\n\nThe vote was 7-2.",
            [],
            "Tongan",
            (-20.0, -175.0),
        ),
    ],
)
def test_untagged_demonym_in_a_headline_is_its_country(
    text: str, ents: list[tuple[str, str]], word: str, country_point: tuple[float, float]
) -> None:
    got = place_points(text, ents)
    assert word in got
    rule, lat, lon = got[word]
    assert rule.startswith("demonym")
    assert (lat, lon) == country_point


@pytest.mark.parametrize(
    ("text", "ents", "word"),
    [
        (
            "Korean-Born Chef Opens Second Restaurant Downtown\n\nIt seats forty.",
            [],
            "Korean",
        ),
        (
            "Billionaire Mark Cuban Says He Might Run For Office\n\nHe spoke on Monday.",
            [("Mark Cuban", "PERSON")],
            "Cuban",
        ),
        (
            "Image Courtesy Of The Students For Asian American Progress Club\n\nThey met.",
            [],
            "American",
        ),
        (
            "Senator Meets Muslim American Families At Town Hall\n\nThey talked for an hour.",
            [],
            "American",
        ),
        (
            "Minister Tries To Persuade Canadians To Buy More Bonds\n\nSales were slow.",
            [("Canadians", "PERSON")],
            "Canadians",
        ),
        (
            "Bhutanese people were asked to stay indoors. The storm passed by noon.",
            [],
            "Bhutanese",
        ),
    ],
)
def test_demonym_in_a_compound_an_entity_or_running_text_stays_out(
    text: str, ents: list[tuple[str, str]], word: str
) -> None:
    assert word not in place_points(text, ents)
