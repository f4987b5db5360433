"""Several processes creating one store at once; counts for overlapping runs; a full disk."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from store_samples import ankara_article, bare_article, moscow_article

from newsgraph.model import Article
from newsgraph.store import SCHEMA_VERSION, Store, StoreError

WRITER = Path(__file__).with_name("_race_writer.py")
ROUNDS, WRITERS = 10, 6


def test_processes_racing_to_create_a_fresh_store(tmp_path: Path) -> None:
    children = [
        subprocess.Popen(
            [sys.executable, str(WRITER), str(i)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for i in range(WRITERS)
    ]
    try:
        for child in children:  # every child has imported newsgraph before any round starts
            assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        for round_ in range(ROUNDS):
            db = tmp_path / f"race{round_}.db"
            for child in children:  # the same fresh path to all of them at once
                assert child.stdin is not None
                child.stdin.write(f"{db}\n")
                child.stdin.flush()
            results = [c.stdout.readline().strip() for c in children]  # type: ignore[union-attr]
            assert [r for r in results if not r.startswith("added ")] == [], f"round {round_}"
            added = sorted(int(r.split()[1]) for r in results)
            # the shared article lands once: one writer added 2, the others 1
            assert added == [1] * (WRITERS - 1) + [2]
            with Store(db) as store:
                assert store.count() == WRITERS + 1
                assert store.schema_version == SCHEMA_VERSION
    finally:
        for child in children:
            if child.stdin:
                child.stdin.close()
            child.wait(30)
            if child.stdout:
                child.stdout.close()


# -- end-of-run counts when another run stores the same articles -------------------------------


class _RacingPipeline:
    """Stands in for Pipeline: turns raw inputs into articles, but a concurrent run
    (another connection) stores each batch just before this run gets to it."""

    batch_size = 2
    config: dict[str, Any] = {}

    def __init__(self, db: Path, articles: list[Article]) -> None:
        self.db = db
        self.by_text = {a.text: a for a in articles}

    def analyze_many(self, items: Iterable[Any], published: str | None = None) -> Iterator[Any]:
        batch = [self.by_text[raw.text] for raw in items]
        with Store(self.db) as other:
            other.add_many(batch)
        yield from batch


def test_overlapping_run_counts_what_it_found_stored(tmp_path: Path) -> None:
    from newsgraph.runner import ingest_sources

    articles = [moscow_article(), ankara_article(), bare_article("A third, plain article.")]
    folder = tmp_path / "in"
    folder.mkdir()
    for i, art in enumerate(articles):
        (folder / f"a{i}.txt").write_text(art.text, encoding="utf-8")
    db = tmp_path / "overlap.db"
    pipe = _RacingPipeline(db, articles)
    stats = ingest_sources(pipe, [str(folder)], db, clean=False)  # type: ignore[arg-type]
    assert (stats.added, stats.skipped, stats.failed) == (0, 3, 0)


# -- a full disk ---------------------------------------------------------------------------------


def test_disk_full_is_one_line_and_keeps_what_was_committed(tmp_path: Path) -> None:
    db = tmp_path / "small.db"
    with Store(db) as store:
        store.add(moscow_article())
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        big = [bare_article(f"Filler article {i}. " + "word " * 2000) for i in range(40)]
        with pytest.raises(StoreError) as caught:
            store.add_many(big)
    message = str(caught.value)
    assert "\n" not in message
    assert str(db) in message and "full" in message
    with Store(db) as store:
        assert store.count() == 1  # the committed article is kept, the failed batch is not


def test_disk_full_from_sqlite_is_a_store_error(tmp_path: Path) -> None:
    class FullConnection(sqlite3.Connection):
        def executemany(self, *args: Any, **kwargs: Any) -> sqlite3.Cursor:
            raise sqlite3.OperationalError("database or disk is full")

    db = tmp_path / "full.db"
    with Store(db) as store:
        store._conn = sqlite3.connect(db, isolation_level=None, factory=FullConnection)
        with pytest.raises(StoreError, match=r"full\.db: the disk is full"):
            store.add(moscow_article())
