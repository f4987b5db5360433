"""Issue 12 item 1 (places27): classes places26 left, tested on sentences written by hand
(expected places labelled by hand from the sentence, before the component ran on them).
Entities are set by hand (a blank pipeline) the way the model tags them.

Classes: two-word demonyms the lexicon lacks ("Puerto Rican", "New Zealanders", "El
Salvadoran"), read from the country's own name; a curly possessive the tagger does not call
one; a town's lower-case "city" the model keeps in the town's entity.
"""

from __future__ import annotations

from newsgraph.nlp.places._demonym_forms import derived_demonyms
from newsgraph.nlp.places.component import PlacesComponent
from newsgraph.nlp.places.gazetteer import load
from tests.nlp._docs import tagged


def _found(text: str, ents: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    doc = PlacesComponent()(tagged(text, ents))
    return [(p.span.text, p.country_code) for p in doc._.ng_places or []]


# --- two-word demonyms formed from the country's name


def test_plural_two_word_demonym_tagged_group() -> None:
    text = "Many Puerto Ricans moved to Orlando after the storm."
    ents = [("Puerto Ricans", "NORP"), ("Orlando", "GPE")]
    assert _found(text, ents) == [("Puerto Ricans", "PR"), ("Orlando", "US")]


def test_two_word_demonym_the_model_tags_an_organisation_is_whole() -> None:
    # the old code read only "Salvadoran"
    text = "An El Salvadoran man was arrested in Houston on Monday."
    ents = [("El Salvadoran", "ORG"), ("Houston", "GPE")]
    assert _found(text, ents) == [("El Salvadoran", "SV"), ("Houston", "US")]


def test_demonym_in_er_of_a_two_word_country() -> None:
    text = "Two New Zealanders were hurt in the crash near Sydney."
    ents = [("New Zealanders", "NORP"), ("Sydney", "GPE")]
    assert _found(text, ents) == [("New Zealanders", "NZ"), ("Sydney", "AU")]


def test_lexicon_two_word_demonym_unchanged() -> None:
    # control: the shared lexicon's "Sri Lankan" read as before
    text = "A Sri Lankan official visited Delhi on Friday."
    ents = [("Sri Lankan", "NORP"), ("Delhi", "GPE")]
    assert _found(text, ents) == [("Sri Lankan", "LK"), ("Delhi", "IN")]


def test_one_word_country_names_give_no_forms() -> None:
    # control: "Niger" + "ian" would be Nigeria's people; forms come from multi-word names only,
    # and a state's name ("New York") gives none ("New Yorker" is also a magazine)
    table = derived_demonyms(load())
    assert "nigerian" not in table
    assert "new yorker" not in table
    assert table["papua new guinean"] == "PG"


# --- a curly possessive the tagger does not call a possessive: the span ends as with "'s"


def _found_tagged(
    text: str, ents: list[tuple[str, str]], word: str, tag: str
) -> list[tuple[str, str | None]]:
    """As ``_found``, with ``word`` given the tag the model's tagger gives it in ``text``."""
    doc = tagged(text, ents)
    for tok in doc:
        if tok.text == word:
            tok.tag_ = tag
    doc = PlacesComponent()(doc)
    return [(p.span.text, p.country_code) for p in doc._.ng_places or []]


def test_curly_possessive_before_a_curly_quote_is_left_out() -> None:
    # the model keeps "’s" in the entity; the tagger reads it as a closing quote
    text = "While we focus on South Dakota’s “Meth. We’re on it.” campaign, others wait."
    ents = [("South Dakota’s", "GPE")]
    assert _found_tagged(text, ents, "’s", "''") == [("South Dakota", "US")]


def test_straight_possessive_unchanged() -> None:
    # control: the straight apostrophe, as before
    text = "The rest of South Dakota's anti-drug campaigns were plain."
    ents = [("South Dakota's", "GPE")]
    assert _found_tagged(text, ents, "'s", "POS") == [("South Dakota", "US")]


# --- a town's office word the model keeps in the town's entity


def test_lower_case_city_after_a_town_is_no_part_of_its_name() -> None:
    text = "The Westerville city manager said the officers had served for years."
    ents = [("Westerville city", "GPE")]
    assert _found(text, ents) == [("Westerville", "US")]


def test_capitalised_city_stays_in_the_name() -> None:
    # control: "Kansas City" is the name ("Kansas" alone would be the state)
    text = "Voters in Kansas City approved the bond on Tuesday."
    ents = [("Kansas City", "GPE")]
    assert _found(text, ents) == [("Kansas City", "US")]


def test_possessive_of_the_name_itself_stays_with_the_curly_apostrophe() -> None:
    # control: "St. John’s" is the city's own name, found before and after (the tagger reads
    # this "’s" as a noun)
    text = "The ferry docked in St. John’s on Monday after the storm."
    ents = [("St. John’s", "GPE")]
    assert _found_tagged(text, ents, "’s", "NN") == [("St. John’s", "CA")]
