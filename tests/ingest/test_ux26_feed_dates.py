"""ux26 item 2: a feed item's date is read from its own text as ``--published`` reads it. A
date without a day ('March 2018', '2018-03', '2018') was given one: dateutil filled today's
day (and month), feedparser's ``*_parsed`` fields the 1st. Such an item is undated now, with
one warning line naming it; full dates (RFC 2822, ISO 8601) are read as before (controls)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from newsgraph.ingest import RawArticle, iter_articles

PARA = (
    "Foreign ministers of Norway and Chile met in Oslo to discuss fishing rights and the "
    "protection of salmon stocks along their coasts, officials said after the meeting, and "
    "agreed to meet again in Santiago to sign a formal agreement on quotas for the fleets."
)
DC = "http://purl.org/dc/elements/1.1/"


def _item(n: int, date: str) -> str:
    return (
        f"<item><title>Fish {n}</title><link>https://wire.invalid/{n}</link>{date}"
        f"<content:encoded><![CDATA[<p>{PARA}</p>]]></content:encoded></item>"
    )


def _rss(tmp_path: Path, *dates: str) -> Path:
    items = "".join(_item(n, d) for n, d in enumerate(dates, 1))
    feed = tmp_path / "wire.xml"
    feed.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        f'xmlns:dc="{DC}"><channel><title>Wire</title>{items}</channel></rss>'
    )
    return feed


def _dates(feed: Path) -> list[str | None]:
    got = list(iter_articles([str(feed)], timeout=3, non_english="skip"))
    assert all(isinstance(r, RawArticle) for r in got), got
    return [r.published for r in got if isinstance(r, RawArticle)]


def test_a_date_without_a_day_is_no_date_and_one_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    feed = _rss(
        tmp_path,
        "<pubDate>March 2018</pubDate>",
        "<dc:date>2018-03</dc:date>",
        "<pubDate>2018</pubDate>",
    )
    with caplog.at_level(logging.WARNING, logger="newsgraph.ingest"):
        assert _dates(feed) == [None, None, None]
    lines = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(lines) == 3
    assert lines[0].startswith(
        f"https://wire.invalid/1 (item 1 of the feed {feed}): its date 'March 2018' has no day"
    )
    assert "'2018-03'" in lines[1] and "item 2 of the feed" in lines[1]


def test_control_full_dates_are_read_and_no_date_says_nothing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    feed = _rss(
        tmp_path,
        "<pubDate>Tue, 06 Mar 2018 23:30:00 -0500</pubDate>",
        "<dc:date>2018-03-07T10:00:00Z</dc:date>",
        "",
    )
    with caplog.at_level(logging.WARNING, logger="newsgraph.ingest"):
        assert _dates(feed) == ["2018-03-06", "2018-03-07", None]
    assert [r for r in caplog.records if r.levelno == logging.WARNING] == []
