"""Schema versions: a database written by older code is migrated on open."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from store_samples import moscow_article

from newsgraph.store import SCHEMA_VERSION, SchemaError, Store, StoreError
from newsgraph.store.migrations import MIGRATIONS, migrate, schema_version

OLD_QUOTE = {
    "id": "q1",
    "kind": "direct",
    "content": {"start": 20, "end": 32, "text": "the pipeline"},
    "cue": None,
    "source": None,
    "speaker": None,
    "speaker_name": None,
    "unnamed": False,
    "sentence": 0,
    "confidence": 1.0,
    "rule": "test",
}


def _v1_database(path: Path) -> None:
    """A store as the first schema version wrote it (tables, no full-text indexes)."""
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, target=1) == 1
    conn.execute(
        "INSERT INTO articles (id, title, text, json, added_at) VALUES (?, ?, ?, ?, ?)",
        ("a1", "Old news", "Ministers discussed the pipeline in Vienna.", "{}", "2020-01-01"),
    )
    conn.execute(
        "INSERT INTO quotes (id, article_id, kind, content, content_start, content_end, unnamed, "
        "sentence, confidence, rule, json) VALUES "
        "('q1', 'a1', 'direct', 'the pipeline', 20, 32, 0, 0, 1.0, 'test', ?)",
        (json.dumps(OLD_QUOTE),),
    )
    conn.close()


def test_v1_database_is_migrated_on_open(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    _v1_database(db)
    conn = sqlite3.connect(db)
    assert schema_version(conn) == 1
    assert (
        conn.execute("SELECT name FROM sqlite_master WHERE name = 'articles_fts'").fetchone()
        is None
    )
    conn.close()

    with Store(db) as store:
        assert store.schema_version == SCHEMA_VERSION == len(MIGRATIONS)
        # rows written before the full-text indexes existed are indexed by the migration
        assert [h["id"] for h in store.search("pipeline")] == ["a1"]
        assert [q["id"] for q in store.quotes(contains="pipeline")] == ["q1"]
        # and new writes keep them in sync
        assert store.add(moscow_article())
        assert [h["id"] for h in store.search("abscess")] == [moscow_article().id]
    with Store(db) as store:  # reopening an up-to-date store applies nothing
        assert store.schema_version == SCHEMA_VERSION and store.count() == 2


def test_newer_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "future.db"
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(SchemaError, match="upgrade newsgraph"):
        Store(db)


def test_failed_migration_is_rolled_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "broken.db"
    _v1_database(db)
    broken = [MIGRATIONS[0], MIGRATIONS[1] + "\nCREATE TABLE articles (x);"]
    monkeypatch.setattr("newsgraph.store.migrations.MIGRATIONS", broken)
    with pytest.raises(StoreError, match="broken.db: table articles already exists"):
        Store(db)
    conn = sqlite3.connect(db)
    assert schema_version(conn) == 1  # still v1, and no half-made full-text index
    assert (
        conn.execute("SELECT name FROM sqlite_master WHERE name = 'articles_fts'").fetchone()
        is None
    )
    conn.close()
