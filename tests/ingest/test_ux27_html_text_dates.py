"""ux27 (ux26's leftover): a page dated only in its text, with no day ('Posted March 2020',
'Updated 03/2020', 'Published: 2020-03'), was given a day htmldate made up (2020-01-01,
2020-03-01). Such a page is undated now, with one line naming it. Controls: a full date
written in the text (in words or numbers) or in the page's markup is read as before."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from newsgraph.ingest import RawArticle, iter_articles
from newsgraph.ingest._html_days import writes_day

PARA = (
    "Syrian government forces shelled villages held by rebels in southern Idlib on Friday, a "
    "monitoring group said. The Syrian Observatory for Human Rights said six civilians were "
    "killed in the shelling and dozens were wounded."
)


def _page(tmp_path: Path, name: str, byline: str, head: str = "") -> Path:
    path = tmp_path / name
    path.write_text(
        f"<html><head><title>Shelling</title>{head}</head><body><article><h1>Shelling in "
        f'Idlib</h1><p class="byline">{byline}</p><p>{PARA}</p></article></body></html>'
    )
    return path


def _dates(*paths: Path) -> list[str | None]:
    got = list(iter_articles([str(p) for p in paths]))
    assert all(isinstance(g, RawArticle) for g in got), got
    return [g.published for g in got if isinstance(g, RawArticle)]


def test_a_page_dated_in_its_text_without_a_day_is_undated_and_named(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pages = [
        _page(tmp_path, "words.html", "Posted March 2020"),
        _page(tmp_path, "slash.html", "Updated 03/2020"),
        _page(tmp_path, "iso.html", "Published: 2020-03"),
    ]
    with caplog.at_level(logging.WARNING, logger="newsgraph.ingest"):
        assert _dates(*pages) == [None, None, None]
    lines = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(lines) == 3
    for page, line in zip(pages, lines, strict=True):
        assert line.startswith(f"{page}: the page writes no publication date with a day")


def test_control_full_dates_in_text_and_markup_are_read(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pages = [
        _page(tmp_path, "us.html", "Posted March 5, 2020"),
        _page(tmp_path, "uk.html", "Posted on 6th March 2020"),
        _page(tmp_path, "num.html", "Updated 2020-03-07 10:15"),
        _page(tmp_path, "time.html", '<time datetime="2020-03-08">Sunday</time>'),
        _page(
            tmp_path,
            "meta.html",
            "By a reporter",
            '<meta property="article:published_time" content="2020-03-09T08:00:00Z">',
        ),
    ]
    with caplog.at_level(logging.WARNING, logger="newsgraph.ingest"):
        assert _dates(*pages) == [
            "2020-03-05",
            "2020-03-06",
            "2020-03-07",
            "2020-03-08",
            "2020-03-09",
        ]
    assert [r for r in caplog.records if r.levelno == logging.WARNING] == []


@pytest.mark.parametrize(
    ("written", "iso", "expected"),
    [
        ("March 5, 2020", "2020-03-05", True),
        ("Thursday 5th of March 2020", "2020-03-05", True),
        ("5. März 2020", "2020-03-05", True),
        ("5 de marzo de 2020", "2020-03-05", True),
        ("05/03/2020", "2020-03-05", True),
        ("3/5/20", "2020-03-05", True),
        ("20200305", "2020-03-05", True),
        ("2020年3月5日", "2020-03-05", True),
        ("5 maart 2020", "2020-03-05", True),
        ("5 марта 2020 г.", "2020-03-05", True),
        ("Thu, 05 Mar 2020 10:00:00 GMT", "2020-03-05", True),
        ("2020年3月", "2020-03-01", False),
        ("March 2020", "2020-03-01", False),
        ("March 15, 2020", "2020-03-05", False),
        ("© 2020", "2020-01-01", False),
        ("2020-03", "2020-03-01", False),
    ],
)
def test_writes_day(written: str, iso: str, expected: bool) -> None:
    assert writes_day(f"<p>{written}</p>", None, iso) is expected


def test_the_url_can_write_the_day() -> None:
    assert writes_day("<p>No date here</p>", "https://example.org/2020/03/05/story", "2020-03-05")
    assert not writes_day("<p>No date here</p>", "https://example.org/2020/03/story", "2020-03-01")
