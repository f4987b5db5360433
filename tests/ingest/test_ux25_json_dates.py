"""ux25: a JSON article whose publication date was under another common name ('date',
'published_at', 'pubDate', 'datePublished', 'created_at'...) was read undated without a word,
so its relative times resolved against today; those names are read now, and a date-like field
that cannot be read is named in one warning line."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from newsgraph.ingest import RawArticle, iter_articles

BODY = (
    "The mayor of Paris said on Monday that the city would review the tax on cafes and "
    "restaurants after a week of protests by their owners."
)


def _read(tmp_path: Path, record: dict[str, object], name: str = "a.json") -> RawArticle:
    path = tmp_path / name
    path.write_text(json.dumps(record), encoding="utf-8")
    (item,) = list(iter_articles([str(path)]))
    assert isinstance(item, RawArticle)
    return item


@pytest.mark.parametrize(
    ("field", "value", "date"),
    [
        ("date", "2018-08-29", "2018-08-29"),
        ("published_at", "2018-08-29T10:00:00Z", "2018-08-29"),
        ("pubDate", "Wed, 29 Aug 2018 10:00:00 +0000", "2018-08-29"),
        ("datePublished", "2018-08-29T23:30:00-05:00", "2018-08-29"),
        ("publish_date", "August 29, 2018", "2018-08-29"),
        ("created_at", 1535536800, "2018-08-29"),  # a Unix time in seconds
        ("publishedAt", 1535536800000, "2018-08-29"),  # and in milliseconds
    ],
)
def test_a_date_under_a_common_other_name_is_read(
    tmp_path: Path, field: str, value: object, date: str
) -> None:
    raw = _read(tmp_path, {"text": BODY, field: value})
    assert raw.published == date
    assert raw.published_from == "metadata"


def test_a_date_in_jsonl_under_another_name_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    lines = [{"text": BODY, "date": "2020-03-01"}, {"text": BODY, "pubDate": "2021-04-02"}]
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    assert [x.published for x in iter_articles([str(path)])] == ["2020-03-01", "2021-04-02"]


def test_an_unreadable_date_field_is_named_in_one_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        raw = _read(tmp_path, {"text": BODY, "date": "last Tuesday"})
    assert raw.published is None
    lines = [r.getMessage() for r in caplog.records if "date" in r.getMessage()]
    assert len(lines) == 1
    assert "a.json" in lines[0] and "'date'" in lines[0] and "last Tuesday" in lines[0]
    assert "has no publication date" in lines[0]


def test_published_still_wins_and_no_line_when_dated(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # control: 'published' comes first, as before; a dated article gets no warning
    with caplog.at_level(logging.WARNING):
        raw = _read(tmp_path, {"text": BODY, "published": "2019-01-02", "date": "2018-08-29"})
    assert raw.published == "2019-01-02"
    assert not [r for r in caplog.records if "publication date" in r.getMessage()]


def test_without_any_date_field_the_article_is_undated_silently(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # control: no date-like field, no line (as before)
    with caplog.at_level(logging.WARNING):
        raw = _read(tmp_path, {"text": BODY, "title": "Cafe tax"})
    assert raw.published is None
    assert not [r for r in caplog.records if "publication date" in r.getMessage()]


@pytest.mark.parametrize("value", ["2018", "March 2018", "03/04/2018"])
def test_a_date_without_a_day_or_with_swappable_day_and_month_is_not_made_up(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, value: str
) -> None:
    # '2018' was read as today's month and day of 2018, '03/04/2018' as March 4 (a guess)
    with caplog.at_level(logging.WARNING):
        raw = _read(tmp_path, {"text": BODY, "published": value})
    assert raw.published is None
    assert [r for r in caplog.records if "'published'" in r.getMessage()]


@pytest.mark.parametrize(
    ("value", "date"),
    [("20180829", "2018-08-29"), ("29/08/2018", "2018-08-29"), ("Aug 29, 2018", "2018-08-29")],
)
def test_full_dates_in_published_are_read_as_before(tmp_path: Path, value: str, date: str) -> None:
    # control
    assert _read(tmp_path, {"text": BODY, "published": value}).published == date
