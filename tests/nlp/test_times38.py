"""Time tagger: "the day (night, week, ...) before / after <event>" (issue 12, times38).

TimeML tags "the day" in "the day after his death" ("after" is a signal) and gives it the
event's day plus one when the text dates the event. Expected values worked out by hand with a
calendar: Thanksgiving 2018 is Thursday 22 November, so the day after it is 2018-11-23;
Christmas 2019 is a Wednesday in ISO week 2019-W52, so the week before it is 2019-W51;
2021-09-20 is a Monday; 2021-03-05 is a Friday; published Thursday 2021-03-11, "last Tuesday"
is the Tuesday of the week before (2021-03-02; docs/times.md conventions), so the day before
it is 2021-03-01.
"""

from __future__ import annotations

import pytest

from tests.nlp._docs import sentencizer, time_records


@pytest.fixture(scope="module")
def blank():
    return sentencizer()


def _run(nlp, text: str, published: str | None):
    return [(r.span.text, r.type, r.value) for r in time_records(nlp, text, published)]


def test_the_day_after_a_holiday_is_one_expression(blank) -> None:
    assert _run(
        blank, "Shoppers crowded the malls on the day after Thanksgiving.", "2018-12-03"
    ) == [("the day after Thanksgiving", "DATE", "2018-11-23")]
    assert _run(blank, "The vote came the week before Christmas.", "2020-01-06") == [
        ("the week before Christmas", "DATE", "2019-W51")
    ]


def test_the_day_before_a_dated_weekday(blank) -> None:
    assert _run(blank, "They met the day before last Tuesday's court hearing.", "2021-03-11") == [
        ("the day before last Tuesday", "DATE", "2021-03-01")
    ]


def test_the_night_before_a_dated_event_keeps_both_records(blank) -> None:
    assert _run(
        blank, "The senator will fly to Ohio the night before the May 7 primary.", "2019-03-14"
    ) == [("the night", "TIME", "2019-05-06TNI"), ("May 7", "DATE", "2019-05-07")]


def test_the_day_before_restating_a_date(blank) -> None:
    assert _run(
        blank,
        "Police said the fire started on Sept. 9, the day before the inspection.",
        "2021-09-20",
    ) == [("Sept. 9", "DATE", "2021-09-09"), ("the day", "DATE", "2021-09-09")]
    assert _run(
        blank, "The board met Monday — the morning after the storm hit the coast.", "2021-09-22"
    ) == [("Monday", "DATE", "2021-09-20"), ("the morning", "TIME", "2021-09-20TMO")]


def test_an_undated_event_gives_no_record(blank) -> None:
    # the last day the story named is not the debate's, and TimeML's gold gives the event's
    # date, which no unknown value matches: no record, as before this rule
    text = "The mayor resigned on Jan. 4. Rivals spoke to reporters the day after the debate."
    assert _run(blank, text, "2021-01-20") == [("Jan. 4", "DATE", "2021-01-04")]
    text = "Funds lost money the week following last month's crash."
    assert [r[0] for r in _run(blank, text, "2021-01-20")] == ["last month"]


def test_a_bare_day_before_counts_from_the_day_named(blank) -> None:
    text = "On Friday, March 5, she resigned. She had been warned the day before by her lawyer."
    assert _run(blank, text, "2021-03-08") == [
        ("Friday, March 5", "DATE", "2021-03-05"),
        ("the day", "DATE", "2021-03-04"),
    ]


def test_controls_the_week_before_last_and_the_day_after_tomorrow(blank) -> None:
    assert all(
        r[0] != "the week" for r in _run(blank, "Prices fell the week before last.", "2021-03-11")
    )
    assert _run(blank, "They will meet the day after tomorrow.", "2021-03-11") == [
        ("the day after tomorrow", "DATE", "2021-03-13")
    ]
    # a day of the week as the object of "before" is not this rule's
    assert _run(blank, "The day before, he slept.", "2021-03-11")[0][0] == "The day before"


def test_a_range_of_lengths_gives_the_first_count_its_own_length(blank) -> None:
    # "two to three weeks": TimeML's gold splits such ranges ("two" P2D, "six days" P6D) or
    # gives the whole the first count's value; each count is a length in the second's unit
    assert _run(blank, "Engineers expect the repairs to take two to three weeks.", None) == [
        ("two", "DURATION", "P2W"),
        ("three weeks", "DURATION", "P3W"),
    ]
    assert _run(blank, "Reading the bill aloud would take eight to 10 hours.", None) == [
        ("eight", "DURATION", "PT8H"),
        ("10 hours", "DURATION", "PT10H"),
    ]
    assert _run(blank, "Recovery takes between four and six months for most patients.", None) == [
        ("four", "DURATION", "P4M"),
        ("six months", "DURATION", "P6M"),
    ]


def test_a_range_of_ages_is_no_length(blank) -> None:
    assert _run(blank, "Among voters 18 to 29 years old, the senator leads.", "2016-05-02") == []
