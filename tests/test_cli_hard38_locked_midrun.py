"""hard38: a store another process locks in the middle of an ``ingest`` stopped the run with
"DB is locked by another process (waited 10 s for it); try again when it is done." and no
word of the articles the run had already stored (they are kept, and the rerun resumes). The
line says how many now; the rerun adds the rest and nothing twice."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from newsgraph import api
from newsgraph.model import Article, Source, article_id
from newsgraph.nlp.places import gazetteer
from newsgraph.store import sqlite as store_sqlite
from newsgraph.store.sqlite import Store
from tests._pipeline_stub import fishing_talks, ingest_in_twos


class _Locking:
    """Stands in for Pipeline (no model); at a text holding ``LOCK`` another connection
    takes the store's write lock (while ``db`` is set) and keeps it."""

    db: Path | None = None
    holder: sqlite3.Connection | None = None

    def __init__(self, **kw: Any) -> None:
        self.batch_size = 32

    def analyze_many(self, items: Iterable[Any], published: str | None = None) -> Iterator[Any]:
        for raw in items:
            if "LOCK" in raw.text and _Locking.db is not None and _Locking.holder is None:
                _Locking.holder = sqlite3.connect(_Locking.db, isolation_level=None)
                _Locking.holder.execute("BEGIN EXCLUSIVE")
            yield Article(id=article_id(raw.text), text=raw.text, source=Source(path=raw.path))


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(api, "Pipeline", _Locking)
    monkeypatch.setattr(gazetteer, "index_ready", lambda: True)
    monkeypatch.setattr(store_sqlite, "_BUSY_MS", 200)  # wait 0.2 s for the lock, not 10
    yield fishing_talks(tmp_path / "in", marker="LOCK")
    if _Locking.holder is not None:
        _Locking.holder.close()
    _Locking.db = _Locking.holder = None


def test_a_store_locked_mid_run_says_what_was_kept_and_the_rerun_resumes(
    folder: Path, tmp_path: Path
) -> None:
    db = tmp_path / "n.db"
    _Locking.db = db
    result = ingest_in_twos(folder, db)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    errors = [x for x in result.output.splitlines() if x.startswith("error:")]
    assert errors == [
        f"error: {db} is locked by another process (waited 10 s for it); try again when it "
        "is done. This run stored 4 articles before it; they are kept."
    ]
    assert _Locking.holder is not None
    _Locking.holder.close()
    _Locking.db = _Locking.holder = None
    with Store(db, read_only=True) as store:
        assert store.count() == 4
    rerun = ingest_in_twos(folder, db)
    assert rerun.exit_code == 0, rerun.output
    assert "2 articles added, 4 already stored, 0 failed" in rerun.output
    with Store(db, read_only=True) as store:
        assert store.count() == 6
