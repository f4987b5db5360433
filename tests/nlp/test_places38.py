"""Issue 12 item 1 (places38): classes the GeoWebNews-style sets' tune documents and unlabelled
news leave, tested on sentences written by hand (expected places written from the sentence
before the component ran on them).

Class 1: a hall, centre, theatre, church, library or building named after a town's possessive
("Denver's City Hall", "Savannah's historic Trinity Church") is a building at that town (rule
``facility``); the same head words name institutions ("the Pew Research Center", "Virginia's
Center for Politics") and stay out when no place's possessive comes before them, when "for"
or "of" follows, or when the possessor is no place.
"""

from __future__ import annotations

import pytest

from tests.nlp._docs import place_points

# --- class 1: a venue after a town's possessive


@pytest.mark.parametrize(
    ("text", "ents", "building", "town"),
    [
        (
            "Thousands marched past Denver's City Hall on Saturday.",
            [("Denver", "GPE"), ("City Hall", "FAC")],
            "City Hall",
            "Denver",
        ),
        (
            "The mourners gathered inside Savannah's historic Trinity Church after the storm.",
            [("Savannah", "GPE"), ("Trinity Church", "ORG")],
            "Trinity Church",
            "Savannah",
        ),
        (
            "The candidate filled Atlanta's Philips Arena Center with supporters.",
            [("Atlanta", "GPE"), ("Philips Arena Center", "ORG")],
            "Philips Arena Center",
            "Atlanta",
        ),
        (
            "Protesters blocked the doors of Portland's Central Library on Monday.",
            [("Portland", "GPE")],
            "Central Library",
            "Portland",
        ),
    ],
)
def test_venue_after_a_towns_possessive_is_a_building_there(
    text: str, ents: list[tuple[str, str]], building: str, town: str
) -> None:
    found = place_points(text, ents)
    # the old code left the building out (its head word also names institutions)
    assert building in found
    rule, lat, lon = found[building]
    assert rule.startswith("facility")
    assert (lat, lon) == found[town][1:]
    assert town in found  # the town stays a place of its own


@pytest.mark.parametrize(
    ("text", "ents", "absent"),
    [
        # an institution: "for" or "of" follows the head word
        (
            "He is a fellow at Virginia's Center for Politics in Charlottesville.",
            [("Virginia", "GPE"), ("Charlottesville", "GPE")],
            "Center for Politics",
        ),
        # the possessor is no place
        (
            "MSNBC's Tamron Hall asked the senator about Ohio.",
            [("MSNBC", "ORG"), ("Tamron Hall", "PERSON"), ("Ohio", "GPE")],
            "Tamron Hall",
        ),
        # no possessive: an institution speaking
        (
            "The Media Research Center said the coverage in Ohio was unfair.",
            [("The Media Research Center", "ORG"), ("Ohio", "GPE")],
            "Media Research Center",
        ),
        # a demonym's possessive is no town's
        (
            "The Mexican's Aldama Theater show sold out in Mexico City.",
            [("Mexican", "NORP"), ("Mexico City", "GPE")],
            "Aldama Theater",
        ),
    ],
)
def test_institutions_and_non_places_stay_out(
    text: str, ents: list[tuple[str, str]], absent: str
) -> None:
    assert not any(absent in name for name in place_points(text, ents))


# --- class 2: a big city by its own name over a small town by an alternate name


def _point(text: str, ents: list[tuple[str, str]], name: str) -> tuple[float, float]:
    return place_points(text, ents)[name][1:]


_OHIO = [("Ohio", "GPE"), ("Akron", "GPE"), ("Canton", "GPE")]


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        (
            "Ohio delegates from Akron and Canton flew to Philadelphia on Sunday.",
            "Philadelphia",
            (40.0, -75.2),
        ),
        (
            "Ohio delegates from Akron and Canton remembered the 1968 convention in Chicago.",
            "Chicago",
            (41.9, -87.7),
        ),
        (
            "Ohio's governor left Akron and Canton for a fundraiser in Dallas.",
            "Dallas",
            (32.8, -96.8),
        ),
        (
            "Ohio voters in Akron and Canton watched the party meeting in Boston.",
            "Boston",
            (42.4, -71.1),
        ),
    ],
)
def test_big_city_by_its_own_name_over_an_alternate_name(
    text: str, name: str, point: tuple[float, float]
) -> None:
    # the old code read the Ohio town that has the name as an old or other name (New
    # Philadelphia, Willard, Ansonia, Boston Heights): the story's other names are in Ohio
    assert _point(text, [*_OHIO, (name, "GPE")], name) == point


def test_qualified_alternate_name_keeps_its_town() -> None:
    # "Chicago, Ohio" is the qualifier's town (Willard's old name), not the big city
    text = "The rail yard was built in Chicago, Ohio, before the town took a new name."
    lat, lon = _point(text, [("Chicago", "GPE"), ("Ohio", "GPE")], "Chicago")
    assert (lat, lon) != (41.9, -87.7)
    assert 40.0 < lat < 42.0 and -84.9 < lon < -80.5  # in Ohio


def test_small_town_by_its_own_name_is_untouched() -> None:
    # Dallas, Georgia is named by its own name in a local Georgia story: the rule reads only
    # alternate names
    text = "Deputies in Paulding County said the fire in Dallas spread toward Hiram."
    ents = [("Paulding County", "GPE"), ("Dallas", "GPE"), ("Hiram", "GPE")]
    assert _point(text, ents, "Dallas") == (33.9, -84.8)


# --- class 3: a big city over a small namesake of its own country


# a paragraph that names no place, so the opening's state is far (250+ characters) from the
# name that follows it
_FILLER = (
    "Turnout was high and the lines were long. Volunteers handed out coffee and cookies while"
    " the precinct captains counted hands. Some voters waited for more than an hour in the cold"
    " before the doors closed, and several said they had never taken part before. The party"
    " said the count would be finished by midnight. "
)


@pytest.mark.parametrize(
    ("opening", "state", "last", "name", "point"),
    [
        (
            "Iowa caucus-goers packed school gyms on Monday night. ",
            "Iowa",
            "Many said Washington had forgotten farm towns.",
            "Washington",
            (38.9, -77.0),
        ),
        (
            "New York voters lined up early on Tuesday. ",
            "New York",
            "The delegates will meet at the convention in Philadelphia in July.",
            "Philadelphia",
            (40.0, -75.2),
        ),
        (
            "Pennsylvania bishops met on Friday. ",
            "Pennsylvania",
            "The scandal first erupted in Boston nearly twenty years ago.",
            "Boston",
            (42.4, -71.1),
        ),
    ],
)
def test_big_city_over_a_far_states_small_namesake(
    opening: str, state: str, last: str, name: str, point: tuple[float, float]
) -> None:
    # the old code read the small town of the state the opening names (Washington, Iowa;
    # Philadelphia, New York; Boston, Pennsylvania)
    text = opening + _FILLER + last
    assert _point(text, [(state, "GPE"), (name, "GPE")], name) == point


@pytest.mark.parametrize(
    ("last", "ents"),
    [
        # a neighbour within 40 km: Riverside, Iowa
        (
            "Farmers in Washington and nearby Riverside said the rain had come too late.",
            [("Washington", "GPE"), ("Riverside", "GPE")],
        ),
        # the town's county named
        (
            "Washington County deputies said the fire in Washington was out by noon.",
            [("Washington County", "GPE"), ("Washington", "GPE")],
        ),
    ],
)
def test_small_namesake_with_its_own_evidence_stays(last: str, ents: list[tuple[str, str]]) -> None:
    text = "Iowa caucus-goers packed school gyms on Monday night. " + _FILLER + last
    assert _point(text, [("Iowa", "GPE"), *ents], "Washington") == (41.3, -91.7)


# --- class 4: a world capital over a far state's namesake in a story of several states


def test_world_capital_over_a_namesake_of_one_state_among_several() -> None:
    # the old code read Moscow, Idaho: Idaho is named (far from the name), as are Utah and
    # Nevada, and the story names no other country
    text = "Voters in Idaho, Utah and Nevada went to the polls. " + _FILLER
    text += "The senator said the talks in Moscow had failed."
    ents = [("Idaho", "GPE"), ("Utah", "GPE"), ("Nevada", "GPE"), ("Moscow", "GPE")]
    assert _point(text, ents, "Moscow") == (55.8, 37.6)


@pytest.mark.parametrize(
    ("opening", "ents", "last", "name", "point"),
    [
        # the story of the namesake's state: Texas named twice, Oklahoma once
        (
            "Texas ranchers and Texas oilmen met in Oklahoma. ",
            [("Texas", "GPE"), ("Texas", "GPE"), ("Oklahoma", "GPE")],
            "The next meeting will be in Paris in June.",
            "Paris",
            (33.7, -95.6),
        ),
        # the one state of a local story
        (
            "Minnesota lawmakers met on Monday. ",
            [("Minnesota", "GPE")],
            "A town hall meeting in Alexandria drew a crowd.",
            "Alexandria",
            (45.9, -95.4),
        ),
    ],
)
def test_namesake_of_the_storys_own_state_stays(
    opening: str,
    ents: list[tuple[str, str]],
    last: str,
    name: str,
    point: tuple[float, float],
) -> None:
    text = opening + _FILLER + last
    assert _point(text, [*ents, (name, "GPE")], name) == point


# --- class 5: a person's surname after a locative word is no town of the article's state


@pytest.mark.parametrize(
    ("text", "ents", "surname"),
    [
        (
            "Ben Carson spoke in Des Moines, Iowa, on Monday. Many voters said they moved from"
            " Carson to Trump after the debate in Ames.",
            [
                ("Ben Carson", "PERSON"),
                ("Des Moines", "GPE"),
                ("Iowa", "GPE"),
                ("Carson", "PERSON"),
                ("Trump", "PERSON"),
                ("Ames", "GPE"),
            ],
            "Carson",
        ),
        (
            "Bernie Sanders rallied in Louisville, Kentucky. As Kentucky slid away from Sanders"
            " on Tuesday, his backers in Lexington stayed calm.",
            [
                ("Bernie Sanders", "PERSON"),
                ("Louisville", "GPE"),
                ("Kentucky", "GPE"),
                ("Kentucky", "GPE"),
                ("Sanders", "PERSON"),
                ("Lexington", "GPE"),
            ],
            "Sanders",
        ),
        (
            "Ben Carson held a rally in Long Beach, California. Pasadena voters heard criticism"
            " of Carson all week.",
            [
                ("Ben Carson", "PERSON"),
                ("Long Beach", "GPE"),
                ("California", "GPE"),
                ("Pasadena", "GPE"),
                ("Carson", "PERSON"),
            ],
            "Carson",
        ),
    ],
)
def test_surname_of_a_person_named_in_full_is_no_state_town(
    text: str, ents: list[tuple[str, str]], surname: str
) -> None:
    # the old code read the surname as a town of the article's state (Carson, Iowa; Sanders,
    # Kentucky; Carson, California)
    assert surname not in place_points(text, ents)


def test_surname_with_a_state_qualifier_stays_a_town() -> None:
    # "Carson, Calif." is written as a town, whatever Ben Carson the article names
    text = (
        "Ben Carson held a rally in Long Beach, California. The crowd drove in from Carson,"
        " Calif., and Pasadena."
    )
    ents = [
        ("Ben Carson", "PERSON"),
        ("Long Beach", "GPE"),
        ("California", "GPE"),
        ("Carson", "PERSON"),
        ("Pasadena", "GPE"),
    ]
    assert "Carson" in place_points(text, ents)


def test_town_with_no_person_of_its_name_stays() -> None:
    text = "The fair opened in Des Moines, Iowa. Families drove in from Carson and Ames."
    ents = [("Des Moines", "GPE"), ("Iowa", "GPE"), ("Carson", "GPE"), ("Ames", "GPE")]
    assert "Carson" in place_points(text, ents)


@pytest.mark.parametrize(
    ("text", "ents", "surname"),
    [
        (
            "Marco Rubio’s campaign stopped in Miami on Monday. A Rubio surge is unlikely, said"
            " voters in Tampa.",
            [("Marco Rubio’s", "PERSON"), ("Miami", "GPE"), ("Rubio", "GPE"), ("Tampa", "GPE")],
            "Rubio",
        ),
        (
            "Ted Cruz's aides met in Houston. Later Cruz flew to Dallas.",
            [("Ted Cruz's", "PERSON"), ("Houston", "GPE"), ("Cruz", "GPE"), ("Dallas", "GPE")],
            "Cruz",
        ),
    ],
)
def test_surname_of_a_full_name_tagged_with_its_possessive(
    text: str, ents: list[tuple[str, str]], surname: str
) -> None:
    # the old code took "Rubio’s" for the surname and kept "Rubio" a town (Venezuela)
    assert surname not in place_points(text, ents)
