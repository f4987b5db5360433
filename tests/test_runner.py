"""The ingest runner: one bad article never stops a run, and each failure names its input."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsgraph.ingest import Failure, RawArticle
from newsgraph.model import Article, Source, article_id
from newsgraph.store.sqlite import Store

CITIES = ["Oslo", "Bergen", "Lima", "Quito", "Tromso", "Santiago", "Valparaiso"]


def _body(i: int) -> str:
    return f"Ministers of Norway and Chile met in {CITIES[i]} on Monday to discuss fishing rights."


class _FakePipeline:
    """Stands in for Pipeline (no model): each raw article becomes a bare Article.

    An article whose text holds ``SURR`` gets a lone surrogate (the store refuses it);
    one holding ``CRASH`` makes analysis raise, as a component bug would.
    """

    batch_size = 4
    config: dict[str, Any] = {}

    def analyze_many(self, items: Iterable[Any], published: str | None = None) -> Iterator[Any]:
        out = []
        for raw in items:
            if isinstance(raw, Failure):
                out.append(raw)
                continue
            assert isinstance(raw, RawArticle)
            if "CRASH" in raw.text:
                raise RuntimeError("component bug\nwith a second line")
            text = raw.text.replace("SURR", "\ud800")
            out.append(
                Article(
                    id=article_id(raw.text),
                    text=text,
                    source=Source(path=raw.path, url=raw.url),
                    title="t",
                )
            )
        yield from out


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(5):
        (folder / f"good{i}.txt").write_text(f"Good {i}\n\n{_body(i)}\n")
    (folder / "x_surrogate.txt").write_text(f"Bad one\n\n{_body(5)} SURR here.\n")
    (folder / "y_crash.txt").write_text(f"Bad two\n\n{_body(6)} CRASH here.\n")
    return folder


def test_a_crash_in_analysis_or_storage_is_one_line_naming_input_and_stage(
    tmp_path: Path,
) -> None:
    from newsgraph.runner import ingest_sources

    folder = _folder(tmp_path)
    failures: list[Failure] = []
    db = tmp_path / "n.db"
    stats = ingest_sources(
        _FakePipeline(),  # type: ignore[arg-type]
        [str(folder)],
        db,
        on_failure=failures.append,
    )
    assert (stats.added, stats.skipped, stats.failed) == (5, 0, 2)
    lines = sorted(str(f) for f in failures)
    assert lines[0].startswith(
        f"{folder}/x_surrogate.txt: crashed while storing (UnicodeEncodeError"
    )
    assert lines[1] == (
        f"{folder}/y_crash.txt: crashed while analysing "
        "(RuntimeError: component bug with a second line); please report this"
    )
    with Store(db) as store:
        assert store.count() == 5
    # a rerun gets past the bad inputs too: the good ones are already stored
    again = ingest_sources(_FakePipeline(), [str(folder)], db)  # type: ignore[arg-type]
    assert (again.added, again.skipped, again.failed) == (0, 5, 2)


def test_same_url_with_different_text_keeps_both_and_same_text_once(tmp_path: Path) -> None:
    import json

    from newsgraph.runner import ingest_sources

    url = "https://example.org/fish"
    first, updated = _body(0), _body(0) + " Talks resume in May."
    (tmp_path / "crawl1.jsonl").write_text(json.dumps({"text": first, "url": url}) + "\n")
    (tmp_path / "crawl2.jsonl").write_text(
        json.dumps({"text": updated, "url": url}) + "\n" + json.dumps({"text": first, "url": url})
    )
    db = tmp_path / "n.db"
    sources = [str(tmp_path / "crawl1.jsonl"), str(tmp_path / "crawl2.jsonl")]
    stats = ingest_sources(_FakePipeline(), sources, db)  # type: ignore[arg-type]
    assert (stats.added, stats.skipped, stats.failed) == (2, 1, 0)
    with Store(db) as store:
        rows = store.conn.execute("SELECT url FROM articles").fetchall()
    assert [r[0] for r in rows] == [url, url]


def test_progress_ends_on_the_count_the_summary_gives(tmp_path: Path) -> None:
    import io

    from rich.console import Console

    from newsgraph.runner import ingest_sources

    folder = _folder(tmp_path)
    (folder / "x_surrogate.txt").unlink()
    (folder / "y_crash.txt").unlink()
    buf = io.StringIO()
    console = Console(file=buf, width=200, force_terminal=False)
    stats = ingest_sources(
        _FakePipeline(),  # type: ignore[arg-type]  # batches of 4: the last batch holds 1
        [str(folder)],
        tmp_path / "n.db",
        console=console,
    )
    assert stats.added == 5
    final = buf.getvalue().strip().splitlines()[-1]
    assert "5/5" in final and "5 stored" in final, final
