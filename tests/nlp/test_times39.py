"""Issue 12, times39: weekdays whose tense the parse misread, found reading unlabelled news
(LGL, PolNeAR train). New sentences; values worked out by hand with a calendar: published
2014-10-15, a Wednesday (the days before it: Thursday 10-09, Friday 10-10, Saturday 10-11,
Sunday 10-12, Monday 10-13, Tuesday 10-14; the days after it: Thursday 10-16, Friday 10-17,
Saturday 10-18, Sunday 10-19, Monday 10-20, Tuesday 10-21).
"""

from __future__ import annotations

import pytest

from tests.nlp._docs import time_records

PUBLISHED = "2014-10-15"


def _values(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(r.type, r.value) for r in time_records(nlp, text, PUBLISHED)]


@pytest.mark.model
def test_a_negated_could_or_would_on_a_verb_of_answering_is_a_past_refusal(bare_nlp) -> None:
    cases = [
        (
            "Officials at the county clerk's office could not be reached for comment Monday.",
            "2014-10-13",
        ),
        ("The coach wouldn't say Tuesday whether he would start the rookie.", "2014-10-14"),
        ("The landlord would not confirm the eviction on Thursday.", "2014-10-09"),
        # controls: a future refusal and an affirmative modal still look ahead
        ("The mayor will not comment until Friday.", "2014-10-17"),
        ("The council could vote Monday on the plan.", "2014-10-20"),
    ]
    for text, value in cases:
        assert _values(bare_nlp, text) == [("DATE", value)], text


@pytest.mark.model
def test_went_to_is_past_not_going_to(bare_nlp) -> None:
    cases = [
        ("Voters in the district went to the polls Tuesday to pick a new sheriff.", "2014-10-14"),
        ("The top prize went to a bakery from Dayton on Saturday.", "2014-10-11"),
        # control: the present "go to the polls" is a schedule
        ("Voters in the district go to the polls Tuesday.", "2014-10-21"),
    ]
    for text, value in cases:
        assert _values(bare_nlp, text) == [("DATE", value)], text


@pytest.mark.model
def test_through_or_by_a_weekday_in_a_clause_without_tense_is_the_coming_day(bare_nlp) -> None:
    cases = [
        ("The shelter has money to stay open through Saturday.", "2014-10-18"),
        ("To enter, mail the form to the library by Friday.", "2014-10-17"),
        # control: a past clause keeps the day before publication
        ("The shelter stayed open through Saturday.", "2014-10-11"),
    ]
    for text, value in cases:
        assert _values(bare_nlp, text) == [("DATE", value)], text


@pytest.mark.model
def test_a_forecast_for_a_weekday_lies_ahead(bare_nlp) -> None:
    cases = [
        ("A 60 percent chance of snow is forecast for Saturday.", [("DATE", "2014-10-18")]),
        ("Showers are predicted for Thursday night.", [("TIME", "2014-10-16TNI")]),
        ("It is supposed to be dry on Sunday.", [("DATE", "2014-10-19")]),
        # controls: a forecast told in the past is the past day
        ("Forecasters predicted Tuesday that the storm would stall.", [("DATE", "2014-10-14")]),
        ("The storm dumped a foot of snow Saturday.", [("DATE", "2014-10-11")]),
    ]
    for text, values in cases:
        assert _values(bare_nlp, text) == values, text


@pytest.mark.model
def test_a_weekday_owned_by_a_known_outcome_is_past(bare_nlp) -> None:
    cases = [
        ("The mayor's victory in Tuesday's runoff surprised the council.", "2014-10-14"),
        ("The results of Monday's school board vote will shape the budget.", "2014-10-13"),
        ("Her wins in three counties on Tuesday will help her campaign.", "2014-10-14"),
        # controls: an outcome not yet known, and a month naming the coming election
        ("A win on Saturday would give the team a playoff spot.", "2014-10-18"),
    ]
    for text, value in cases:
        assert _values(bare_nlp, text) == [("DATE", value)], text
    assert _values(bare_nlp, "Analysts wait for the November results.") == [("DATE", "2014-11")]


@pytest.mark.model
def test_heading_into_a_weekday_told_in_the_past_is_the_nearer_day(bare_nlp) -> None:
    cases = [
        # the day before publication is nearer than the coming one
        (
            "Turnout had slumped in the weeks leading up to Tuesday's school board election.",
            "2014-10-14",
        ),
        ("The mayor was ahead by nine points heading into Tuesday's runoff.", "2014-10-14"),
        # the coming Saturday (3 days) is nearer than the last one (4 days)
        ("The campaign spent heavily ahead of Saturday's caucus.", "2014-10-18"),
        # controls: told in the present, or a present perfect, the day ahead
        ("Heading into Tuesday's runoff, the mayor leads by nine points.", "2014-10-21"),
        ("The campaign has spent heavily ahead of Monday's caucus.", "2014-10-20"),
    ]
    for text, value in cases:
        assert _values(bare_nlp, text) == [("DATE", value)], text
