"""Issue 12, sixth pass (times): the misses left by the fifth. Values worked out by hand from
the TimeML guidelines with a calendar: 2013-03-22 is a Friday (the Monday before it is
2013-03-18, the Tuesday before 2013-03-19, the Monday after 2013-03-25); 2013-09-01 is a
Sunday and 2012-09-01 a Saturday; 2016-11-01 is a Tuesday; Super Tuesday 2012 was March 6.
"""

from __future__ import annotations

import pytest

from tests.nlp._docs import sentencizer, time_records


@pytest.fixture(scope="module")
def blank():
    return sentencizer()


def _run(nlp, text: str, published: str | None) -> list[tuple[str, str, str | None]]:
    return [(r.span.text, r.type, r.value) for r in time_records(nlp, text, published)]


@pytest.mark.model
def test_a_plan_told_in_the_past_takes_the_nearest_date(bare_nlp) -> None:
    cases = [
        # Dec. 27, 2012 is 85 days back, Dec. 27, 2013 280 days ahead: the narrative's one
        ("He was expected to attend a gathering Dec. 27 with party leaders.", "2012-12-27"),
        # Oct. 15, 2012 is 158 days back, Oct. 15, 2013 207 days ahead
        ("The talks were due to resume Oct. 15 but collapsed.", "2012-10-15"),
        ("The president was expected to arrive on Jan. 3, but the trip was delayed.", "2013-01-03"),
        # a weekday: the nearer Monday is the coming one (3 days ahead, 4 back)
        ("They were planning to drive to the airport on Monday.", "2013-03-25"),
        # the present tense still looks ahead
        ("He is expected to attend a gathering Dec. 27.", "2013-12-27"),
    ]
    for text, value in cases:
        assert [v for _, _, v in _run(bare_nlp, text, "2013-03-22")] == [value], text


@pytest.mark.model
def test_a_present_tense_caption_or_headline_reports_the_past_week(bare_nlp) -> None:
    cases = [
        ("Kerry addresses the media Monday in Brussels. (AP Photo/Virginia Mayo)", ["2013-03-18"]),
        (
            "Kerry addresses the media Monday in Brussels.\n(AP Photo/Virginia Mayo)",
            ["2013-03-18"],
        ),
        (
            "Obama meets Putin Tuesday\n\nThe two leaders talked about Syria.",
            ["2013-03-19"],
        ),
        # body text in the present tense is a schedule: the coming Tuesday
        ("The council meets Tuesday to vote on the budget.", ["2013-03-26"]),
        # a short line without a full stop inside the body is a listing, not the headline
        ("Budget vote nears\n\nWhat is next:\nCouncil meets Tuesday\n", ["2013-03-26"]),
    ]
    for text, values in cases:
        got = [v for _, t, v in _run(bare_nlp, text, "2013-03-22") if t == "DATE"]
        assert got == values, text


def test_super_tuesday_is_the_days_primaries(blank) -> None:
    assert _run(blank, "Candidates campaign ahead of Super Tuesday.", "2012-02-20") == [
        ("Super Tuesday", "DATE", "2012-03-06")
    ]
    assert _run(blank, "Romney won six states on Super Tuesday.", "2012-03-10") == [
        ("Super Tuesday", "DATE", "2012-03-06")
    ]
    # a year the list does not hold: that year's, day unknown
    assert _run(blank, "Super Tuesday 2032 will be crowded.", "2013-03-22") == [
        ("Super Tuesday 2032", "DATE", "2032-XX-XX")
    ]


def test_clock_times_without_am_or_pm_take_the_part_of_day(blank) -> None:
    cases = [
        ("The meeting starts at 5:30.", [("5:30", "TIME", "2013-03-22T05:30")]),
        ("The game begins at 10:15 tonight.", [("10:15 tonight", "TIME", "2013-03-22T22:15")]),
        ("He woke at 6:45 this morning.", [("6:45 this morning", "TIME", "2013-03-22T06:45")]),
        (
            "The suspect was arrested at 11:30 last night.",
            [("11:30 last night", "TIME", "2013-03-21T23:30")],
        ),
        (
            "Protesters gathered in the evening and marched at 8:15.",
            [("8:15", "TIME", "2013-03-22T20:15")],
        ),
        # a zero-padded hour is a 24-hour clock, whatever the part of day
        (
            "Trading resumed at 09:30 and closed in the evening.",
            [("09:30", "TIME", "2013-03-22T09:30")],
        ),
    ]
    for text, want in cases:
        got = [x for x in _run(blank, text, "2013-03-22") if x[1] == "TIME"]
        assert got == want, text


def test_the_nth_weekday_of_a_month(blank) -> None:
    cases = [
        (
            "The primary will be held the first Tuesday in September.",
            [("the first Tuesday in September", "DATE", "2013-09-03")],
        ),
        (
            "The fair opens on the first Tuesday in November 2016.",
            [("the first Tuesday in November 2016", "DATE", "2016-11-01")],
        ),
        (
            "The market is held on the last Friday of the month.",
            [("the last Friday of the month", "DATE", "2013-03-29")],
        ),
        (
            "The council meets every first Tuesday of the month.",
            [("every first Tuesday of the month", "SET", "P1M")],
        ),
        (
            "The parade is held every first Sunday in May.",
            [("every first Sunday in May", "SET", "XXXX-05")],
        ),
    ]
    for text, want in cases:
        assert _run(blank, text, "2013-03-22") == want, text
    # February 2013 has four Mondays: no such day is made up (and nothing raises)
    got = _run(blank, "The fifth Monday in February 2013 never came.", "2013-03-22")
    assert not [v for _, _, v in got if v and v.startswith("2013-02-")]


@pytest.mark.model
def test_a_past_nth_weekday_is_last_years(bare_nlp) -> None:
    got = _run(bare_nlp, "The primary was held on the first Tuesday in September.", "2013-03-22")
    assert got == [("the first Tuesday in September", "DATE", "2012-09-04")]


@pytest.mark.model
def test_a_clock_time_told_in_the_present_takes_the_coming_day_named(bare_nlp) -> None:
    got = _run(
        bare_nlp, "The vigil on Monday evening starts at 5:30 near the church.", "2013-03-22"
    )
    assert got == [
        ("Monday evening", "TIME", "2013-03-25TEV"),
        ("5:30", "TIME", "2013-03-25T17:30"),
    ]
