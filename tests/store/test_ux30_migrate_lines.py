"""ux30 walk: `newsgraph -v ingest` into a new store said "migrating new.db to schema version
N" once for each of the ten versions, as if an existing store were being upgraded ten
times. A new store is one line, "creating new.db at schema version 10". Control: an older
store still says each migration it gets."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from newsgraph.store.migrations import SCHEMA_VERSION, migrate


def _lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    got = [r.getMessage() for r in caplog.records if r.name.startswith("newsgraph")]
    caplog.clear()
    return got


def test_a_new_store_is_one_creating_line(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    conn = sqlite3.connect(tmp_path / "new.db", isolation_level=None)
    with caplog.at_level(logging.INFO, logger="newsgraph"):
        assert migrate(conn, name="new.db") == SCHEMA_VERSION
    conn.close()
    assert _lines(caplog) == [f"creating new.db at schema version {SCHEMA_VERSION}"]


def test_control_an_older_store_says_each_migration(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    migrate(conn, target=SCHEMA_VERSION - 2, name="old.db")
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="newsgraph"):
        migrate(conn, name="old.db")
    conn.close()
    assert _lines(caplog) == [
        f"migrating old.db to schema version {SCHEMA_VERSION - 1}",
        f"migrating old.db to schema version {SCHEMA_VERSION}",
    ]
