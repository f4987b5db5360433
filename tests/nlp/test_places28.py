"""Issue 12 item 1 (places28): classes read off the tune documents of the seventh
GeoWebNews-style set (geoweb_gold_fresh28.tsv) and unlabelled texts of ../shared, tested on
sentences written by hand (expected places labelled by hand from the sentence, before the
component ran on them). Entities are set by hand (a blank pipeline) the way the model tags them.

Classes: a demonym two countries share ("Korean": South and North Korea) read as the country
the article names; the people of a place of several words ("New Yorkers", "Rhode Islanders",
"a New Yorker" after a copula) read as the place, the magazine left alone.
"""

from __future__ import annotations

from newsgraph.nlp.places._shared_demonyms import shared_stems
from newsgraph.nlp.places.component import PlacesComponent
from newsgraph.nlp.places.gazetteer import load
from tests.nlp._docs import tagged


def _found(text: str, ents: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    doc = PlacesComponent()(tagged(text, ents))
    return [(p.span.text, p.country_code) for p in doc._.ng_places or []]


def _named(text: str, ents: list[tuple[str, str]]) -> dict[str, tuple[str, float]]:
    doc = PlacesComponent()(tagged(text, ents))
    return {p.span.text: (p.name, p.lat or 0.0) for p in doc._.ng_places or []}


# --- a demonym two countries share, told apart by the article


def test_shared_demonym_takes_the_country_the_article_names() -> None:
    # the old code read "Korean" as no place
    text = "South Korea's ministry unveiled a plan. Korean producers in Seoul welcomed it."
    ents = [("South Korea", "GPE"), ("Korean", "NORP"), ("Seoul", "GPE")]
    assert _found(text, ents) == [("South Korea", "KR"), ("Korean", "KR"), ("Seoul", "KR")]


def test_shared_demonym_plural_takes_the_other_country_when_named() -> None:
    text = "North Korea fired a missile, and Pyongyang told Koreans to celebrate."
    ents = [("North Korea", "GPE"), ("Pyongyang", "GPE"), ("Koreans", "NORP")]
    assert _found(text, ents) == [("North Korea", "KP"), ("Pyongyang", "KP"), ("Koreans", "KP")]


def test_shared_demonym_without_either_country_is_no_place() -> None:
    # control: nothing tells which country
    text = "Korean dancers performed in Tokyo on Sunday."
    ents = [("Korean", "NORP"), ("Tokyo", "GPE")]
    assert _found(text, ents) == [("Tokyo", "JP")]


def test_shared_demonym_with_both_countries_named_alike_is_no_place() -> None:
    # control: one mention each, no majority
    text = "Leaders of South Korea and North Korea met as Korean families watched."
    ents = [("South Korea", "GPE"), ("North Korea", "GPE"), ("Korean", "NORP")]
    assert _found(text, ents) == [("South Korea", "KR"), ("North Korea", "KP")]


def test_a_stem_of_one_country_is_not_shared() -> None:
    # control: "African" (of "South African") stays the continent's, not South Africa's
    table = shared_stems(load())
    assert table["korean"] == {"KR": "south korean", "KP": "north korean"}
    assert "african" not in table
    text = "South Africa sent African troops to Sudan."
    ents = [("South Africa", "GPE"), ("African", "NORP"), ("Sudan", "GPE")]
    assert _found(text, ents) == [("South Africa", "ZA"), ("Sudan", "SD")]


# --- the people of a place of several words


def test_plural_people_of_a_state_the_model_tags_a_group() -> None:
    # the old code read "New Yorkers" as no place
    text = "Thousands of New Yorkers marched in Albany on Monday."
    ents = [("New Yorkers", "NORP"), ("Albany", "GPE")]
    assert _found(text, ents) == [("New Yorkers", "US"), ("Albany", "US")]
    assert _named(text, ents)["New Yorkers"][0] == "New York"


def test_plural_people_the_model_tags_a_person_after_a_first_word() -> None:
    text = "Many Rhode Islanders voted in Providence."
    ents = [("Rhode Islanders", "PERSON"), ("Providence", "GPE")]
    assert _found(text, ents) == [("Rhode Islanders", "US"), ("Providence", "US")]
    assert _named(text, ents)["Rhode Islanders"][0] == "Rhode Island"


def test_singular_people_after_a_copula() -> None:
    text = "Trump is a New Yorker in ways his rivals are not."
    assert _found(text, []) == [("New Yorker", "US")]


def test_the_magazine_is_no_place() -> None:
    # control: after "the" and before a magazine's noun the name is the magazine
    text = "She told The New Yorker that he wrote a New Yorker article on Ohio."
    ents = [("The New Yorker", "ORG"), ("New Yorker", "ORG"), ("Ohio", "GPE")]
    assert _found(text, ents) == [("Ohio", "US")]


def test_people_of_a_place_are_no_evidence_for_other_names() -> None:
    # "New Yorkers" is read but adds no vote for New York State: Mexico and Boston keep
    # their readings (read as evidence, it moved both to their New York namesakes)
    text = (
        "The jet once flew for an airline in Mexico. It now sits at Teterboro, N.J., the "
        "airport of wealthy New Yorkers, and once linked New York City with Boston."
    )
    ents = [
        ("Mexico", "GPE"),
        ("Teterboro", "GPE"),
        ("N.J.", "GPE"),
        ("New Yorkers", "NORP"),
        ("New York City", "GPE"),
        ("Boston", "GPE"),
    ]
    found = _found(text, ents)
    assert ("New Yorkers", "US") in found and ("Mexico", "MX") in found
    assert abs(_named(text, ents)["Boston"][1] - 42.36) < 0.1


# --- a country's demonym leading a group the model tags as one


def test_demonym_heading_a_group_of_two_words() -> None:
    # the old code read "American Muslims" and "a Comorian Muslim" as no place
    text = "Many American Muslims voted, and a Comorian Muslim who lived in Nairobi was held."
    ents = [("American Muslims", "NORP"), ("Comorian Muslim", "NORP"), ("Nairobi", "GPE")]
    assert _found(text, ents) == [("American", "US"), ("Comorian", "KM"), ("Nairobi", "KE")]


def test_demonym_heading_a_group_after_the() -> None:
    text = "He spoke of the Irish Catholic and of Israeli Arabs in Haifa."
    ents = [("the Irish Catholic", "NORP"), ("Israeli Arabs", "NORP"), ("Haifa", "GPE")]
    assert _found(text, ents) == [("Irish", "IE"), ("Israeli", "IL"), ("Haifa", "IL")]


def test_two_word_demonym_stays_whole_and_a_non_demonym_group_is_no_place() -> None:
    # control: "South Korean" is one demonym, as before; "African Americans" holds no
    # country's demonym
    text = "South Korean officials met African Americans in Atlanta."
    ents = [("South Korean", "NORP"), ("African Americans", "NORP"), ("Atlanta", "GPE")]
    assert _found(text, ents) == [("South Korean", "KR"), ("Atlanta", "US")]


# --- two countries' demonyms joined by a hyphen


def test_second_part_of_a_hyphened_demonym_pair() -> None:
    # the model tags "American" alone; the old code read "Hungarian" as nothing
    text = "Farkas set up an American-Hungarian joint venture in Budapest."
    ents = [("American", "NORP"), ("Budapest", "GPE")]
    assert _found(text, ents) == [("American", "US"), ("Hungarian", "HU"), ("Budapest", "HU")]


def test_both_parts_of_a_pair_the_model_tags_whole() -> None:
    text = "Russian-Chinese ties grew, officials in Moscow said."
    ents = [("Russian-Chinese", "NORP"), ("Moscow", "GPE")]
    assert _found(text, ents) == [("Russian", "RU"), ("Chinese", "CN"), ("Moscow", "RU")]


def test_pair_without_a_country_demonym_first_is_no_place() -> None:
    # control: "African" is no country's demonym, so "African-American" stays as it was
    text = "African-American voters in Atlanta backed him."
    ents = [("African-American", "NORP"), ("Atlanta", "GPE")]
    assert _found(text, ents) == [("Atlanta", "US")]
