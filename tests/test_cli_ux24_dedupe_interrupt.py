"""ux24: Ctrl-C during 'newsgraph dedupe' exited without a word; the rebuild is one
transaction, so the line says the corpus tables are as they were."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store, corpus
from tests.store.store_samples import ankara_article, moscow_article


def _actors(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM actors").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "news.db"
    with Store(path) as store:
        store.add_many([moscow_article(), ankara_article()])
        store.rebuild_corpus()
    return path


def test_ctrl_c_mid_rebuild_keeps_the_tables_and_says_so(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _actors(db)
    assert before > 0

    def half_done(conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM actors")
        raise KeyboardInterrupt

    monkeypatch.setattr(corpus, "rebuild", half_done)
    result = CliRunner().invoke(app, ["dedupe", "--db", str(db)])
    assert result.exit_code == 130
    assert " ".join(result.output.split()) == (
        f"error: interrupted: the corpus tables of {db} are as they were (the rebuild is one "
        "transaction, rolled back). Run the same command again to rebuild them."
    )
    assert _actors(db) == before


def test_dedupe_without_ctrl_c_is_unchanged(db: Path) -> None:
    # control
    result = CliRunner().invoke(app, ["dedupe", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert " ".join(result.output.split()).startswith("2 articles in 2 story clusters")
