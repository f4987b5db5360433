"""ux24: the timeline's 'since' (and the month bars' links, which set it) filtered by the
event's day-resolved date, not the own date the timeline sorts and charts by: an event 'in
2015' told in a 2020 article opened the page for March 2019. With ``by_when`` it is by the
own date now (a year or month overlapping 'since' counts); the events list is unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_ux24_timeline_order import _as_version_8
from timeline_samples import dated_article, dated_articles

from newsgraph.store import Store
from newsgraph.store.records import EventHit

SINCE = "2019-03-01"
# by hand: own dates 2019 (overlaps), 2019-03-05, 2019-06, 2021-05-05 are on or after it;
# 2015 (told in a 2020 article), 2016-12-31, 2017-04, 2018-11-20 and the undated are not
TIMELINE_SINCE = ["year", "day", "month", "present"]


@pytest.fixture
def dated(tmp_path: Path) -> Path:
    db = tmp_path / "dated.db"
    with Store(db) as store:
        store.add_many([*dated_articles(), dated_article("old year", "2015", "2020-02-02")])
    return db


def _labels(hits: list[EventHit]) -> list[str]:
    return [h.article.title.removeprefix("The ").removesuffix(" story") for h in hits]


def test_the_timeline_since_is_by_the_own_date(dated: Path) -> None:
    with Store(dated, read_only=True) as store:
        assert _labels(store.events(since=SINCE, by_when=True)) == TIMELINE_SINCE
        assert store.count_events(since=SINCE, by_when=True) == 4
        assert store.event_months(since=SINCE) == [
            ("2019", 1),
            ("2019-03", 1),
            ("2019-06", 1),
            ("2021-05", 1),
        ]


def test_a_year_bar_link_keeps_its_year_only_events(dated: Path) -> None:
    # the chart's bar for a year-only date links to since=YYYY-01-01
    with Store(dated, read_only=True) as store:
        assert _labels(store.events(since="2015-01-01", by_when=True))[0] == "old year"


def test_an_old_store_read_unmigrated_filters_the_same(dated: Path) -> None:
    _as_version_8(dated)
    with Store(dated, read_only=True) as store:
        assert _labels(store.events(since=SINCE, by_when=True)) == TIMELINE_SINCE
        assert store.count_events(since=SINCE, by_when=True) == 4


def test_the_events_list_since_is_as_before(dated: Path) -> None:
    # control: the list filters by the day-resolved date (event_date), the 2015 one included
    with Store(dated, read_only=True) as store:
        got = set(_labels(store.events(since=SINCE)))
        assert got == {"year", "day", "month", "present", "old year"}
        assert store.count_events(since=SINCE) == 5
