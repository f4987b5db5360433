"""ux28: re-running ``ingest`` on the same input repeated each stored article's "no
publication date" line (iter_articles said it before ingest's already-stored filter), so a
rerun that added nothing printed a warning per undated article. The line is said only for an
article the run will store; the stored ones are counted in the run's summary as already
stored. Controls: the first run says each article's line once, a new undated article in the
rerun still gets its one line, and plain ``iter_articles`` (``analyze``, ``extract``) still
says every line. With ``--published`` (every article dated by the user) no such line is said:
it said 'the article has no publication date' of articles the run dated."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from newsgraph.ingest import Failure, RawArticle, iter_articles
from newsgraph.model import Article, Source
from newsgraph.runner import IngestStats, ingest_sources
from newsgraph.scale.runner import _partitions
from newsgraph.store.sqlite import Store

PARA = (
    "Syrian government forces shelled villages held by rebels in southern Idlib on Friday, a "
    "monitoring group said. The Syrian Observatory for Human Rights said {n} civilians were "
    "killed in the shelling and dozens were wounded."
)
# a page that writes its date without a day: undated, one line (ux27)
PAGE = (
    "<html><head><title>Shelling</title></head><body><article><h1>Shelling {n}</h1>"
    "<p>Posted March 2020</p><p>" + PARA + "</p></article></body></html>"
)


class _Pipeline:
    """No model: each raw article becomes a bare Article with the id ingest gave it."""

    batch_size = 4
    config: dict[str, Any] = {}

    def analyze_many(self, items: Iterable[Any], published: str | None = None) -> Iterator[Any]:
        for raw in items:
            if isinstance(raw, Failure):
                yield raw
                continue
            yield Article(
                id=raw.article_id,
                text=raw.text,
                title=raw.title,
                published=raw.published,
                source=Source(path=raw.path, url=raw.url, outlet=raw.outlet),
            )


def _page(folder: Path, n: str) -> Path:
    path = folder / f"page-{n}.html"
    path.write_text(PAGE.replace("{n}", n))
    return path


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    lines = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    caplog.clear()
    return lines


def _ingest(db: Path, src: Path, caplog: pytest.LogCaptureFixture) -> tuple[IngestStats, list]:
    with caplog.at_level(logging.WARNING, logger="newsgraph"):
        stats = ingest_sources(_Pipeline(), [str(src)], db)  # type: ignore[arg-type]
    return stats, _warnings(caplog)


def test_a_rerun_says_no_line_for_stored_undated_articles(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in ("six", "seven", "eight"):
        _page(pages, n)
    db = tmp_path / "n.db"
    stats, lines = _ingest(db, pages, caplog)
    assert (stats.added, stats.skipped) == (3, 0)
    assert len(lines) == 3  # control: each undated article told once on the first run
    assert all("writes no publication date with a day" in line for line in lines)

    stats, lines = _ingest(db, pages, caplog)
    assert (stats.added, stats.skipped, stats.failed) == (0, 3, 0)
    assert lines == []


def test_a_rerun_still_tells_a_new_undated_article(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    _page(pages, "six")
    db = tmp_path / "n.db"
    _ingest(db, pages, caplog)
    new = _page(pages, "nine")
    stats, lines = _ingest(db, pages, caplog)
    assert (stats.added, stats.skipped) == (1, 1)
    assert len(lines) == 1
    assert lines[0].startswith(f"{new}: the page writes no publication date with a day")


def test_a_rerun_says_no_line_for_a_stored_record_with_a_dayless_date(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"text": PARA.replace("{n}", "ten"), "published": "March 2020"}) + "\n"
    )
    db = tmp_path / "n.db"
    _, lines = _ingest(db, src, caplog)
    assert len(lines) == 1 and "its 'published' field (March 2020) is not a date" in lines[0]
    stats, lines = _ingest(db, src, caplog)
    assert (stats.added, stats.skipped) == (0, 1)
    assert lines == []


def test_a_dask_rerun_says_no_line_for_stored_undated_articles(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    _page(pages, "six")
    db = tmp_path / "n.db"
    _ingest(db, pages, caplog)
    new = _page(pages, "nine")
    stats = IngestStats()
    with Store(db) as store, caplog.at_level(logging.WARNING, logger="newsgraph"):
        parts = list(_partitions(store, [str(pages)], 4, stats, True, 10**6, None, 1))
    assert [[raw.path for raw in part] for part in parts] == [[str(new)]]
    lines = _warnings(caplog)
    assert len(lines) == 1 and lines[0].startswith(f"{new}: the page writes no publication")


def test_control_iter_articles_alone_still_says_every_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    _page(pages, "six")
    for _ in range(2):  # analyze/extract store nothing: each run tells the page's line
        with caplog.at_level(logging.WARNING, logger="newsgraph"):
            got = list(iter_articles([str(pages)]))
        assert [type(g) for g in got] == [RawArticle]
        assert len(_warnings(caplog)) == 1


def test_published_given_says_no_undated_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # --published dates every article: 'the article has no publication date' was untrue
    pages = tmp_path / "pages"
    pages.mkdir()
    _page(pages, "six")
    with caplog.at_level(logging.WARNING, logger="newsgraph"):
        stats = ingest_sources(
            _Pipeline(),  # type: ignore[arg-type]
            [str(pages)],
            tmp_path / "n.db",
            published="2020-03-05",
        )
    assert stats.added == 1
    assert _warnings(caplog) == []
    with Store(tmp_path / "d.db") as store, caplog.at_level(logging.WARNING, logger="newsgraph"):
        parts = list(
            _partitions(store, [str(pages)], 4, IngestStats(), True, 10**6, None, 1, "2020-03-05")
        )
    assert len(parts) == 1
    assert _warnings(caplog) == []


def test_analyze_with_published_says_no_undated_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from typer.testing import CliRunner

    from newsgraph import cli
    from newsgraph.cli import analyze

    monkeypatch.setattr(analyze, "_pipeline", lambda *args, **kwargs: _Pipeline())
    page = _page(tmp_path, "six")
    with caplog.at_level(logging.WARNING, logger="newsgraph"):
        dated = CliRunner().invoke(cli.app, ["analyze", str(page), "--published", "2020-03-05"])
    assert dated.exit_code == 0, dated.output
    assert _warnings(caplog) == []
    with caplog.at_level(logging.WARNING, logger="newsgraph"):
        CliRunner().invoke(cli.app, ["analyze", str(page)])  # control: said as before
    lines = _warnings(caplog)
    assert len(lines) == 1 and "writes no publication date with a day" in lines[0]
