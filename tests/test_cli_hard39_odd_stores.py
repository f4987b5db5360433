"""hard39: every read command on odd stores: empty, articles with no records, and a store at
each older schema version (read commands open it read-only, so it is not migrated).

- ``show`` on a store from before story clusters (schema 1-2) printed the article, then an
  error line, exit 2, as if it had failed: the article, then one note saying its story is not
  known and that ``dedupe`` updates the store, exit 0.
- ``framing`` on a store from before framing records said "this store predates framing
  records" naming no store (every other line names it).
- Control: every read command and every export (table x format) on each store ends with a
  line or a file, never a traceback.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.model import Article, Source, article_id
from newsgraph.store import Store
from newsgraph.store.migrations import SCHEMA_VERSION
from tests.store.test_ux31_older_store_reads import _old_store as old_schema

OLD_TEXT = "Fishery inspectors boarded two trawlers off the northern cape on Friday."


def _old_store(path: Path, version: int) -> Path:
    """A store as schema ``version`` left it, holding one article."""
    old_schema(path, version)
    old = Article(id="a1", text=OLD_TEXT, title="Trawlers boarded", source=Source(path="t.txt"))
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO articles (id, title, text, json, added_at) VALUES (?, ?, ?, ?, ?)",
            ("a1", old.title, OLD_TEXT, json.dumps(old.to_dict()), "2020-01-01"),
        )
    return path


def _bare_store(path: Path) -> Path:
    with Store(path) as store:  # articles in which nothing was found
        for text in ("A quiet week in the hills.", "Rain is expected on Sunday afternoon."):
            store.add(Article(id=article_id(text), text=text, source=Source(outlet="Hill Post")))
    return path


def test_show_on_a_store_before_story_clusters_is_the_article_and_a_note(tmp_path: Path) -> None:
    db = _old_store(tmp_path / "v1.db", 1)
    result = CliRunner().invoke(app, ["show", "a1", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Trawlers boarded" in result.output
    note = [line for line in result.output.splitlines() if line.startswith("note:")]
    assert len(note) == 1 and "its story (near-duplicates) is not known" in note[0]
    assert f"run newsgraph dedupe --db {db}" in note[0] and "error" not in result.output


def test_framing_on_a_store_before_framing_names_the_store(tmp_path: Path) -> None:
    db = _old_store(tmp_path / "v5.db", 5)
    result = CliRunner().invoke(app, ["framing", "--by", "outlet", "--db", str(db)])
    assert result.exit_code == 2
    assert result.output.startswith(f"error: {db} predates framing records")
    assert len(result.output.strip().splitlines()) == 1


READS = [
    ["stats"],
    ["show", "a1"],
    ["search", "trawlers"],
    ["quotes"],
    ["quotes", "--speaker", "inspector"],
    ["quotes", "--contains", "cape"],
    ["quotes", "--statements"],
    ["actors"],
    ["actors", "--country", "NOR"],
    ["events"],
    ["events", "--type", "CONSULT", "--since", "2020-01-01"],
    ["framing", "--by", "outlet"],
    ["framing", "--by", "all", "--json"],
]
TABLES = (
    "articles entities mentions quotes events corpus_events actors statements places times framing"
).split()


@pytest.mark.parametrize("kind", ["empty", "bare", "v1", "v3", "v6", "v9"])
def test_no_read_command_or_export_gives_a_traceback(kind: str, tmp_path: Path) -> None:
    db = tmp_path / f"{kind}.db"
    if kind == "empty":
        Store(db).close()
    elif kind == "bare":
        _bare_store(db)
    else:
        _old_store(db, min(int(kind[1:]), SCHEMA_VERSION))
    runner = CliRunner()
    calls = [[*args, "--db", str(db)] for args in READS]
    for table in TABLES:
        for fmt in ("jsonl", "json", "csv", "parquet"):
            out = tmp_path / f"{table}.{fmt}"
            calls.append(["export", "--db", str(db), "--table", table, "--out", str(out)])
    for args in calls:
        result = runner.invoke(app, args)
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            args,
            result.exception,
        )
        assert result.exit_code in (0, 1, 2) and "Traceback" not in result.output, args
        assert result.output.strip(), args  # a line, a table or a count: never silence
        if result.exit_code:
            lines = [ln for ln in result.output.splitlines() if ln.startswith("error:")]
            assert len(lines) == 1 and str(db) in lines[0], (args, result.output)
