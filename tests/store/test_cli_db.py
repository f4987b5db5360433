"""``--db`` that is not a store: one line for every command; read commands never touch the file."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from store_samples import moscow_article
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store, StoreError

READS = [
    ["stats"],
    ["search", "Idlib"],
    ["quotes"],
    ["events"],
    ["show", "abc"],
    ["export", "--out", "OUT/x.jsonl"],
    ["actors"],
    ["framing"],
    # not reads, but a --db that is no store must not become one: dedupe only rebuilds the
    # corpus tables of an existing store (it turned an empty file into a 350 KB store)
    ["dedupe"],
    ["serve", "--port", "1"],  # refused before anything binds
]


def _bad_dbs(tmp: Path) -> dict[str, tuple[Path, str]]:
    text = tmp / "notes.db"
    text.write_text("these are my notes, not a database\n" * 20, encoding="utf-8")
    empty = tmp / "empty.db"
    empty.write_bytes(b"")
    folder = tmp / "adir"
    folder.mkdir()
    other = tmp / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE mine (x)")
    conn.commit()
    conn.close()
    return {
        "text file": (text, "is not a newsgraph store"),
        "empty file": (empty, "is not a newsgraph store"),
        "directory": (folder, "is a directory"),
        "missing folder": (tmp / "nowhere" / "x.db", "does not exist"),
        "other sqlite": (other, "is not a newsgraph store"),
    }


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
    }


@pytest.mark.parametrize("command", READS, ids=lambda c: c[0])
def test_read_commands_one_line_and_no_change(tmp_path: Path, command: list[str]) -> None:
    bad = _bad_dbs(tmp_path)
    before = _snapshot(tmp_path)
    for label, (db, expected) in bad.items():
        args = [a.replace("OUT", str(tmp_path / "out")) for a in command]
        result = CliRunner().invoke(app, [*args, "--db", str(db)])
        assert result.exit_code == 2, (label, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit), label
        lines = result.output.strip().splitlines()
        assert len(lines) == 1, (label, result.output)
        assert str(db) in lines[0] and expected in lines[0], (label, lines[0])
    assert _snapshot(tmp_path) == before  # nothing created, nothing changed


def test_ingest_refuses_bad_db_before_loading_the_model(tmp_path: Path) -> None:
    bad = _bad_dbs(tmp_path)
    src = tmp_path / "a.txt"
    src.write_text("Some text.", encoding="utf-8")
    for label, (db, expected) in bad.items():
        if label in ("empty file", "other sqlite"):
            continue  # an empty file becomes a store; another app's database is checked on open
        result = CliRunner().invoke(app, ["ingest", str(src), "--db", str(db)])
        assert result.exit_code == 2, (label, result.output)
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and expected in lines[0], (label, result.output)


def test_read_only_store_changes_no_byte(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with Store(db) as store:
        store.add(moscow_article())
    before = _snapshot(tmp_path)
    with Store(db, read_only=True) as store:
        assert store.count() == 1
        assert store.search("Idlib")
        with pytest.raises(StoreError, match="read-only"):
            store.add(moscow_article().__class__(id="x", text="New text."))
    assert _snapshot(tmp_path) == before


def test_read_only_refuses_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "missing.db", read_only=True)
    assert os.listdir(tmp_path) == []


def test_writer_refuses_another_applications_database(tmp_path: Path) -> None:
    db = _bad_dbs(tmp_path)["other sqlite"][0]
    with pytest.raises(StoreError, match="another application"):
        Store(db)
    conn = sqlite3.connect(db)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["mine"]
    conn.close()
