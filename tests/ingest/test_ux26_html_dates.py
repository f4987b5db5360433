"""ux26 (item 2's class, for HTML pages): a page whose publication-date metadata names no
day ('2020-03', '2020') was dated with a made-up day (htmldate and trafilatura filled in
today's day of the month, or the 1st of January). Such a page is undated now, with one line
naming it. Controls: full dates (ISO date-times, written dates) are read as before."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from newsgraph.ingest import RawArticle, iter_articles

PARA = (
    "Syrian government forces shelled villages held by rebels in southern Idlib on Friday, a "
    "monitoring group said. The Syrian Observatory for Human Rights said six civilians were "
    "killed in the shelling and dozens were wounded."
)


def _page(tmp_path: Path, name: str, date: str) -> Path:
    path = tmp_path / name
    path.write_text(
        f'<html><head><title>Shelling</title><meta property="article:published_time" '
        f'content="{date}"></head><body><article><h1>Shelling in Idlib</h1><p>{PARA}</p>'
        "</article></body></html>"
    )
    return path


def _dates(*paths: Path) -> list[str | None]:
    got = list(iter_articles([str(p) for p in paths]))
    assert all(isinstance(g, RawArticle) for g in got), got
    return [g.published for g in got if isinstance(g, RawArticle)]


def test_a_page_dated_without_a_day_is_undated_and_named(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    month = _page(tmp_path, "month.html", "2020-03")
    year = _page(tmp_path, "year.html", "2020")
    with caplog.at_level(logging.WARNING, logger="newsgraph.ingest"):
        assert _dates(month, year) == [None, None]
    lines = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert lines[0].startswith(f"{month}: its publication date '2020-03' has no day;")
    assert lines[1].startswith(f"{year}: its publication date '2020' has no day;")


def test_control_full_dates_are_read(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    iso = _page(tmp_path, "iso.html", "2020-03-05T10:00:00Z")
    day = _page(tmp_path, "day.html", "2020-03-06")
    with caplog.at_level(logging.WARNING, logger="newsgraph.ingest"):
        assert _dates(iso, day) == ["2020-03-05", "2020-03-06"]
    assert [r for r in caplog.records if r.levelno == logging.WARNING] == []
