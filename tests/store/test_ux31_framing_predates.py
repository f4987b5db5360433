"""ux31: a store older than the framing table (schema 5) was told to 'open it once with
newsgraph ingest (which upgrades it) and re-ingest the articles to fill them', but ingest skips
every article a store already holds, so that re-ingest fills nothing. The line says to ingest
the sources into a new store; a store with the table reads its framing as before."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store
from newsgraph.store.migrations import migrate


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, " ".join(result.output.split())


def test_a_store_before_framing_is_told_to_ingest_into_a_new_store(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db, isolation_level=None)
    migrate(conn, target=5)
    conn.close()
    code, text = _run("framing", "--db", str(db))
    assert code == 2
    assert "re-ingest the articles" not in text
    assert "ingest skips the articles it already holds" in text
    assert "into a new store (--db NEW.db)" in text


def test_control_a_current_store_reads_its_framing(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    with Store(db) as store:
        store.commit()
    code, text = _run("framing", "--db", str(db))
    assert code == 0
    assert f"no framing records in {db}" in text
