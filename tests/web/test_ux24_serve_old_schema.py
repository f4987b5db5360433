"""ux24: serve never writes, so a store written by an older newsgraph is served without the
indexes added since (the timeline's, migration 9) and its deep pages stay slow with no word
why; serve now says so and how to update it. A current store gets no note."""

from __future__ import annotations

import socket
import sqlite3
from pathlib import Path

import pytest
import uvicorn
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import SCHEMA_VERSION, Store
from tests.store.store_samples import moscow_article


def _as_version_8(db: Path) -> None:
    """``db`` as the schema before migration 9 (no when_day, its index and trigger)."""
    conn = sqlite3.connect(db)
    conn.executescript(
        "DROP TRIGGER events_when_day; DROP INDEX events_when; DROP INDEX events_order;"
        "ALTER TABLE events DROP COLUMN when_day; PRAGMA user_version = 8;"
    )
    conn.close()


def _serve(db: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    def run(self: uvicorn.Server, sockets: list[socket.socket]) -> None:
        for sock in sockets:
            sock.close()

    monkeypatch.setattr(uvicorn.Server, "run", run)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = CliRunner().invoke(app, ["serve", "--db", str(db), "--port", str(port)])
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "news.db"
    with Store(path) as store:
        store.add(moscow_article())
    return path


def test_an_older_store_is_served_with_a_note(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _as_version_8(db)
    text = _serve(db, monkeypatch)
    assert (
        f"note: {db} was written by an older newsgraph (schema 8, now {SCHEMA_VERSION}); it is "
        "served as it is, but deep timeline and events pages are faster once it is updated: "
        "run newsgraph dedupe "
        f"--db {db} once (any write updates it)."
    ) in text
    with Store(db, read_only=True) as store:
        assert store.schema_version == 8  # serve changed nothing


def test_a_current_store_has_no_note(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # control
    assert "note:" not in _serve(db, monkeypatch)
