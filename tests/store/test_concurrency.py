"""Several processes creating one store at once; counts for overlapping runs; a full disk."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from store_samples import ankara_article, bare_article, moscow_article

from newsgraph.model import Article
from newsgraph.store import SCHEMA_VERSION, Store, StoreError

WRITER = Path(__file__).with_name("_race_writer.py")
ROUNDS, WRITERS = 4, 6


def test_processes_racing_to_create_a_fresh_store(tmp_path: Path) -> None:
    for round_ in range(ROUNDS):
        db = tmp_path / f"race{round_}.db"
        start = time.time() + 1.0  # every child imports first, then all open at once
        children = [
            subprocess.Popen(
                [sys.executable, str(WRITER), str(db), repr(start), str(i)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for i in range(WRITERS)
        ]
        results = [c.communicate(timeout=60) for c in children]
        errors = [e.strip().splitlines()[-1] for _, e in results if e.strip()]
        assert errors == [], f"round {round_}"
        assert [c.returncode for c in children] == [0] * WRITERS
        added = sorted(int(out.split()[1]) for out, _ in results)
        # the shared article lands once: one writer added 2, the others 1
        assert added == [1] * (WRITERS - 1) + [2]
        with Store(db) as store:
            assert store.count() == WRITERS + 1
            assert store.schema_version == SCHEMA_VERSION


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
