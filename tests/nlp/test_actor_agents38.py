"""Common-noun agents an event coder codes (issue #10 item 3, agents38): a state, a board and
a council are government, sheriff's deputies police, and a campaign of violence is waged by an
armed force, not a party; each takes the article's country. Eagerness to hear something is no
agreement. New sentences of our own, each after a lead that places the story."""

from __future__ import annotations

import pytest

from tests.nlp._docs import coded_events, one_event, show_sides

pytestmark = pytest.mark.model

OHIO = "COLUMBUS, Ohio — Officials across Ohio met in Columbus on Monday. "
SYRIA = "DAMASCUS, Syria — Fighting went on in Syria on Monday near Aleppo, Syria. "


def _event(nlp, lead: str, sentence: str, etype: str):
    events = [e for e in coded_events(nlp, lead + sentence) if e.trigger.start >= len(lead)]
    return one_event(events, etype), events


@pytest.mark.parametrize(
    ("sentence", "etype", "source"),
    [
        ("The state sued the chemical company over the contaminated water.", "ACCUSE", "state"),
        ("The board rejected the developer's request for a second hearing.", "REJECT", "board"),
        ("The council urged homeowners to conserve water this summer.", "REQUEST", "council"),
    ],
)
def test_a_state_a_board_a_council_are_the_articles_government(
    nlp, sentence: str, etype: str, source: str
) -> None:
    event, events = _event(nlp, OHIO, sentence, etype)
    assert [(a.span.text, a.code) for a in event.sources] == [(source, "USAGOV")], show_sides(
        events
    )


def test_state_as_a_modifier_adds_no_government(nlp) -> None:
    # "state" names a government only as the head: state lawmakers stay legislators
    event, events = _event(nlp, OHIO, "State lawmakers criticized the governor's budget.", "ACCUSE")
    assert [a.code for a in event.sources] == ["USALEG"], show_sides(events)


def test_an_editorial_board_is_the_media(nlp) -> None:
    event, events = _event(nlp, OHIO, "The editorial board endorsed Clinton on Sunday.", "SUPPORT")
    assert [a.code for a in event.sources] == ["USAMED"], show_sides(events)


def test_sheriffs_deputies_are_police(nlp) -> None:
    chase = "Deputies arrested a 19-year-old man after a chase."
    arrest, events = _event(nlp, OHIO, chase, "COERCE")
    assert [a.code for a in arrest.sources] == ["USACOP"], show_sides(events)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The air campaign killed dozens of civilians in the north.", "SYRMIL"),
        ("The terror campaign killed 40 people in the capital.", "SYRREB"),
        ("The insurgent campaign killed hundreds of soldiers last year.", "SYRREB"),
    ],
)
def test_a_campaign_of_violence_is_an_armed_force(nlp, sentence: str, code: str) -> None:
    event, events = _event(nlp, SYRIA, sentence, "ASSAULT")
    assert [a.code for a in event.sources] == [code], show_sides(events)


def test_a_plain_campaign_stays_a_party_actor(nlp) -> None:
    event, events = _event(nlp, OHIO, "The campaign accused the governor of lying.", "ACCUSE")
    assert [a.code for a in event.sources] == ["USAPTY"], show_sides(events)


def test_a_state_of_things_or_states_are_no_government(nlp) -> None:
    # a condition ("the sorry state of the roads"), a plural that is as often countries
    roads = "The mayor criticized the sorry state of the roads."
    lament, events = _event(nlp, OHIO, roads, "ACCUSE")
    assert all("GOV" not in (a.code or "") for a in lament.targets), show_sides(events)
    gulf = "Two Gulf states condemned the attack on the embassy."
    condemn, events = _event(nlp, SYRIA, gulf, "ACCUSE")
    assert all(a.code != "SYRGOV" for a in condemn.sources), show_sides(events)


def test_eagerness_to_hear_or_see_is_no_agreement(nlp) -> None:
    # curiosity is no intent to act with anyone, even when a person is named in what is heard
    hear = "Many voters were eager to hear Senator Ryan's explanation."
    events = [e for e in coded_events(nlp, OHIO + hear) if e.trigger.start >= len(OHIO)]
    assert not [e for e in events if e.type == "AGREE"], show_sides(events)
    talks = "The union is willing to negotiate with Senator Ryan."
    agree, events = _event(nlp, OHIO, talks, "AGREE")
    assert agree.targets, show_sides(events)


def test_a_named_council_keeps_the_sector_its_other_words_give(nlp) -> None:
    # "council" adds GOV only where nothing else says whose body it is
    text = "The Business Council of Ohio criticized the governor's tax plan."
    event, events = _event(nlp, OHIO, text, "ACCUSE")
    assert [a.code for a in event.sources] == ["USABUS"], show_sides(events)
