"""Time tagger: vague and anaphoric words that name no time, and the span of an adjective
quarter (issue 12, tenth pass). Expected values written by hand from the TimeML guidelines:
"soon" told of a past event, "the future of" a thing, "the people of tomorrow" and "that day"
with no day named before it are no TIMEX3; "its third-quarter loss" is the TIMEX3
"third-quarter" (the determiner is the noun's). 1989-10-30 is a Monday in the fourth quarter,
so the third quarter meant is 1989-Q3; 2013-03-22 is a Friday, so "tomorrow" is 2013-03-23.
"""

from __future__ import annotations

import pytest

from tests.nlp._docs import sentencizer, time_records


@pytest.fixture(scope="module")
def blank():
    return sentencizer()


def _run(nlp, text: str, published: str | None):
    return [(r.span.text, r.type, r.value) for r in time_records(nlp, text, published)]


@pytest.mark.model
def test_soon_in_a_past_narrative_is_no_future(bare_nlp) -> None:
    for text in (
        "He was soon released and appeared to be reasonably healthy.",
        "The cash triggered a trickle that soon became a flood.",
        "The company soon found itself in trouble with its lenders.",
    ):
        assert _run(bare_nlp, text, "2000-02-24") == [], text


@pytest.mark.model
def test_soon_that_looks_ahead_stays_future(bare_nlp) -> None:
    for text in (
        "Prosecutors may soon seek an indictment.",
        "She said she hoped to meet him soon.",
        "The company will soon announce its results.",
        "He told reporters an agreement was expected soon.",
    ):
        assert _run(bare_nlp, text, "2000-02-24") == [("soon", "DATE", "FUTURE_REF")], text


def test_the_future_of_a_thing_is_no_time(blank) -> None:
    assert _run(blank, "That is very important to the future of our peoples.", "1998-02-13") == []
    assert _run(blank, "The strikes will continue well into the future.", "1998-02-13") == [
        ("the future", "DATE", "FUTURE_REF")
    ]


def test_the_people_of_tomorrow_is_no_day(blank) -> None:
    assert _run(blank, "I would have chosen the people of tomorrow.", "2013-03-22") == []
    assert _run(blank, "They are building the cars of tomorrow.", "2013-03-22") == []
    assert _run(blank, "The board meets tomorrow.", "2013-03-22") == [
        ("tomorrow", "DATE", "2013-03-23")
    ]
    assert _run(blank, "The offer expires at the end of tomorrow.", "2013-03-22") == [
        ("tomorrow", "DATE", "2013-03-23")
    ]


def test_that_day_with_no_day_named_before_is_no_time(blank) -> None:
    text = "Market makers can suffer huge losses on trades made that day at dropping prices."
    assert _run(blank, text, "1989-10-30") == []
    text = "The fund reported the loss on Oct. 12 and sold its shares that day."
    assert _run(blank, text, "1989-10-30") == [
        ("Oct. 12", "DATE", "1989-10-12"),
        ("that day", "DATE", "1989-10-12"),
    ]


def test_an_adjective_quarter_leaves_its_determiner_to_the_noun(blank) -> None:
    got = _run(blank, "The company said its third-quarter earnings will be low.", "1989-10-30")
    assert got == [("third-quarter", "DATE", "1989-Q3")]
    got = _run(blank, "A major factor in the third-quarter loss was a write-down.", "1989-10-30")
    assert got == [("third-quarter", "DATE", "1989-Q3")]
    got = _run(blank, "Net income for the fiscal second-quarter rose.", "1989-10-30")
    assert got == [("fiscal second-quarter", "DATE", "1989-Q2")]
    # the quarter as a noun keeps its determiner
    got = _run(blank, "In the third quarter, the company lost money.", "1989-10-30")
    assert got == [("the third quarter", "DATE", "1989-Q3")]


def test_a_counted_length_after_a_bare_the_holds_the_determiner(blank) -> None:
    assert _run(blank, "In the nine months, net income rose 4.3%.", "1989-10-30") == [
        ("the nine months", "DURATION", "P9M")
    ]
    got = _run(blank, "He offered a week instead of the four days he first set.", "1991-02-25")
    assert got == [("a week", "DURATION", "P1W"), ("the four days", "DURATION", "P4D")]
    # an adjective length and a relative span stay as they were
    assert _run(blank, "Bonds rose against the Treasury's 10-year note.", "1989-10-30") == [
        ("10-year", "DURATION", "P10Y")
    ]
    assert _run(blank, "Sales fell over the past two months.", "1989-10-30") == [
        ("the past two months", "DURATION", "P2M")
    ]


def test_over_as_the_preposition_before_a_length_is_outside_it(blank) -> None:
    got = _run(blank, "The system has evolved over several years.", "1998-03-31")
    assert got == [("several years", "DURATION", "PXY")]
    got = _run(blank, "Repayment will be spread over three years.", "1998-03-31")
    assert got == [("three years", "DURATION", "P3Y")]
    # "over" meaning "more than" after a preposition, or with "just", stays in
    got = _run(blank, "He has worked there for just over three years.", "1998-03-31")
    assert got == [("just over three years", "DURATION", "P3Y")]
    got = _run(blank, "The state backed the party for over four decades.", "1998-03-31")
    assert got == [("over four decades", "DURATION", "P40Y")]
    got = _run(blank, "It detailed the bureau's over three hour interview.", "2016-08-19")
    assert got == [("over three hour", "DURATION", "PT3H")]


def test_several_quarters_and_straight_quarters_are_lengths(blank) -> None:
    text = "It achieved profitability after several quarters of losses."
    assert _run(blank, text, "1989-10-30") == [("several quarters", "DURATION", "PXQ")]
    text = "Sales fell for three straight quarters."
    assert _run(blank, text, "1989-10-30") == [("three straight quarters", "DURATION", "P3Q")]
    text = "Profit rose for five consecutive years."
    assert _run(blank, text, "1989-10-30") == [("five consecutive years", "DURATION", "P5Y")]
    # fractions and districts stay untagged
    assert _run(blank, "Three quarters of the voters backed him.", "1989-10-30") == []
    assert _run(blank, "Several quarters of the city were flooded.", "1989-10-30") == []


def test_a_quarter_ended_on_a_date_is_the_calendar_quarter_it_mostly_covers(blank) -> None:
    # May-July 1989 lies mostly in the second quarter; November 1988 - January 1989 in 1988's
    # fourth; a quarter ended Sept. 30 is the third
    got = _run(blank, "In the quarter ended July 31, the company lost money.", "1989-10-30")
    assert got[0] == ("the quarter", "DATE", "1989-Q2")
    got = _run(blank, "Net fell in the quarter ended Jan. 31.", "1989-10-30")
    assert got[0] == ("the quarter", "DATE", "1988-Q4")
    got = _run(blank, "Sales rose in the quarter ended Sept. 30.", "1989-10-30")
    assert got[0] == ("the quarter", "DATE", "1989-Q3")


def test_an_earnings_story_keeps_its_reporting_quarter_past_an_earlier_one(blank) -> None:
    # published 1989-11-01: the story reports the third quarter; "a flat second quarter" named
    # after it is no reporting quarter for "the year-earlier period" or "a year ago"
    text = (
        "The company posted a 20% gain in third-quarter net income. After a flat second "
        "quarter, it cited higher prices. The comparison was helped by charges taken in the "
        "year-earlier period. Tax rates were lower than a year ago."
    )
    got = [(t, v) for t, _, v in _run(blank, text, "1989-11-01")]
    assert got == [
        ("third-quarter", "1989-Q3"),
        ("second quarter", "1989-Q2"),
        ("the year-earlier period", "1988-Q3"),
        ("a year ago", "1988-Q3"),
    ]
    # "that quarter" is still the quarter named last
    text = "Profit rose in the third quarter. It fell in the second quarter. That quarter was weak."
    got = [(t, v) for t, _, v in _run(blank, text, "1989-11-01")]
    assert got[-1] == ("That quarter", "1989-Q2")


@pytest.mark.model
def test_words_inside_compounds_counts_and_grammar_are_no_times(bare_nlp) -> None:
    # published 2016-07-27 (a Wednesday)
    for text in (
        "Clinton has won 13 of the past 19 Democratic contests.",
        "They were quoted speaking in the past tense.",
        "He is a Johnny-come-lately to racial justice issues.",
        "He reinvented the party a quarter-century ago.",
        "People were urged to seek shelter, and the hashtag was soon trending globally.",
        "She has a 12-week-old infant.",
        "Among white men, she is at minus 72.",
        "Trump needs to win between 57 and 60 percent of the remaining delegates.",
    ):
        assert _run(bare_nlp, text, "2016-07-27") == [], text
    # the past itself, a count of years ago and a hope stay
    assert _run(bare_nlp, "He lived there in the past.", "2016-07-27") == [
        ("the past", "DATE", "PAST_REF")
    ]
    assert _run(bare_nlp, "It happened years ago.", "2016-07-27") == [
        ("years ago", "DATE", "PAST_REF")
    ]
    assert _run(bare_nlp, "She said she hoped to meet him soon.", "2016-07-27") == [
        ("soon", "DATE", "FUTURE_REF")
    ]


def test_names_appositions_and_pronouns_that_look_like_times(blank) -> None:
    for text, published in (
        ('The unit known as the "Midnight Crew" was disbanded.', "2015-12-04"),
        ("You need an organization, and you can't do that overnight.", "2016-01-31"),
    ):
        assert _run(blank, text, published) == [], text
    # the year stays, "a year when" restating it is no length or rate
    assert _run(blank, "The poll was in 1988, a year when Bush won.", "2016-09-07") == [
        ("1988", "DATE", "1988")
    ]
    # controls: a clock word before a weekday, a rate, a length
    got = _run(blank, "Noon Saturday is the deadline.", "2015-12-04")
    assert [(t, ty) for t, ty, _ in got] == [("Noon Saturday", "TIME")]
    assert _run(blank, "He earns $1,500 a month.", "2015-12-20") == [("a month", "SET", "P1M")]


@pytest.mark.model
def test_a_weekday_modifying_a_one_off_meal_or_event_is_that_day(bare_nlp) -> None:
    # published Wednesday 2016-07-20: the Tuesday before
    got = _run(bare_nlp, "He arrived at a Tuesday breakfast with reporters.", "2016-07-20")
    assert got == [("Tuesday", "DATE", "2016-07-19")]
    got = _run(bare_nlp, "They meet on a Tuesday each month.", "2016-07-20")
    assert got[0] == ("Tuesday", "SET", "XXXX-WXX-2")


def test_a_day_or_year_a_clause_picks_out_is_a_date_not_a_length(blank) -> None:
    got = _run(blank, "On a day when most candidates rested, he campaigned.", "2016-03-01")
    assert got == [("a day", "DATE", None)]
    got = _run(blank, "He was ill for a year when he was young.", "2016-03-01")
    assert got == [("a year", "DURATION", "P1Y")]


@pytest.mark.model
def test_heading_into_a_weekdays_event_looks_ahead(bare_nlp) -> None:
    # published Monday 2016-02-08: the coming Tuesday is 2016-02-09
    text = "Heading into Tuesday's New Hampshire primary, Sanders leads in the polls."
    assert _run(bare_nlp, text, "2016-02-08") == [("Tuesday", "DATE", "2016-02-09")]
    # a past report of a weekday's event stays in the past
    text = "He said Sunday's debate was rigged."
    assert _run(bare_nlp, text, "2016-02-08") == [("Sunday", "DATE", "2016-02-07")]


def test_a_holiday_before_a_capitalised_name_word_is_a_name(blank) -> None:
    for text in ("The letter was signed by Easter Seals.", "They were held on Christmas Island."):
        assert _run(blank, text, "2016-06-29") == [], text
    assert _run(blank, "Pilgrims gathered for Easter Sunday.", "2016-06-29") == [
        ("Easter Sunday", "DATE", "2016-03-27")
    ]
    assert _run(blank, "Christmas Eve was quiet.", "2016-06-29") == [
        ("Christmas Eve", "DATE", "2015-12-24")
    ]


def test_this_past_or_coming_before_a_month_season_or_weekday_is_one_expression(blank) -> None:
    got = _run(blank, "At a debate this past September, he spoke.", "2016-01-20")
    assert got == [("this past September", "DATE", "2015-09")]
    got = _run(blank, "Shares fell this past spring.", "2016-01-20")
    assert got == [("this past spring", "DATE", "2015-SP")]
    # the relative word alone and "the past year" keep their spans
    got = _run(blank, "He spoke last Tuesday.", "2016-01-20")
    assert [t for t, _, _ in got] == ["last Tuesday"]
    got = _run(blank, "Sales rose over the past year.", "2016-01-20")
    assert got == [("the past year", "DATE", "2015")]  # TimeML's previous year (eleventh pass)
