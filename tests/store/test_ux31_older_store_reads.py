"""ux31: a read-only open does not migrate, so a store written by an older newsgraph is read
as it is; a read of a table or column its schema lacks (actors, statements, corpus events:
version 3; a corpus event's date resolution: later; framing: version 6) was an
OperationalError traceback on the command line and an HTTP 500 on the web page. It is one
line naming the store, its schema and the command that updates it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.errors import SchemaError
from newsgraph.store import SCHEMA_VERSION, Store
from newsgraph.store.migrations import migrate
from newsgraph.web.app import create_app


def _old_store(path: Path, version: int) -> Path:
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=version)
    conn.close()
    return path


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, " ".join(result.output.split())


def test_actors_of_a_version_2_store_is_one_line(tmp_path: Path) -> None:
    db = _old_store(tmp_path / "old.db", 2)
    code, text = _run("actors", "--db", str(db))
    assert code == 2
    assert "Traceback" not in text
    assert (
        f"error: {db} was written by an older newsgraph (schema 2, now {SCHEMA_VERSION}) and "
        f"lacks what this reads (no such table: actors): run newsgraph dedupe --db {db} once"
    ) in text


def test_statements_of_a_version_2_store_is_one_line(tmp_path: Path) -> None:
    db = _old_store(tmp_path / "old.db", 2)
    code, text = _run("quotes", "--statements", "--db", str(db))
    assert code == 2
    assert "(no such table: statements)" in text
    assert f"newsgraph dedupe --db {db}" in text


def test_export_of_a_column_a_version_3_store_lacks_is_one_line(tmp_path: Path) -> None:
    db = _old_store(tmp_path / "old.db", 3)
    out = tmp_path / "ce.jsonl"
    code, text = _run("export", "--db", str(db), "--table", "corpus_events", "--out", str(out))
    assert code == 2
    assert "Traceback" not in text
    assert "(schema 3, now" in text
    assert "no such column" in text


def test_the_update_the_line_names_makes_the_read_work(tmp_path: Path) -> None:
    db = _old_store(tmp_path / "old.db", 2)
    assert _run("dedupe", "--db", str(db))[0] == 0
    code, text = _run("actors", "--db", str(db))
    assert code == 0
    assert "no actors in" in text


@pytest.mark.anyio
async def test_the_web_api_gives_the_line_not_a_500(tmp_path: Path) -> None:
    db = _old_store(tmp_path / "old.db", 2)
    transport = httpx.ASGITransport(app=create_app(db))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        for url in ("/api/actors", "/api/statements", "/api/corpus_events"):
            response = await client.get(url)
            assert response.status_code == 400, url
            assert "was written by an older newsgraph (schema 2" in response.json()["detail"]
        page = await client.get("/actors")
        assert page.status_code == 400
        assert "newsgraph dedupe --db" in page.text


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_control_tables_an_older_store_has_are_read_as_before(tmp_path: Path) -> None:
    db = _old_store(tmp_path / "old.db", 2)
    code, text = _run("quotes", "--db", str(db))
    assert code == 0
    assert "no quotes in" in text
    code, text = _run("events", "--db", str(db))
    assert code == 0


def test_control_a_current_store_keeps_sqlite_errors_of_other_kinds(tmp_path: Path) -> None:
    with Store(tmp_path / "new.db") as store:
        store.commit()
    with Store(tmp_path / "new.db", read_only=True) as store:
        with pytest.raises(sqlite3.OperationalError) as caught:
            store.conn.execute("SELECT * FROM no_table_of_ours")
        assert not isinstance(caught.value, SchemaError)
        assert store.conn.execute("SELECT count(*) FROM actors").fetchone()[0] == 0


def test_a_schema_1_store_is_read_and_its_fix_works(tmp_path: Path) -> None:
    """Schema 1 (before the full-text index) was refused as 'not a newsgraph store ... give
    the path of a store made by newsgraph ingest', by the reads and by dedupe alike, though
    any write updates it: it is read as the other older stores are."""
    db = _old_store(tmp_path / "old.db", 1)
    code, text = _run("search", "summit", "--db", str(db))
    assert code == 2
    assert "(schema 1, now" in text
    assert "(no such table: articles_fts)" in text
    assert _run("dedupe", "--db", str(db))[0] == 0
    code, text = _run("search", "summit", "--db", str(db))
    assert code == 0
    assert "no articles match 'summit'" in text


def test_control_an_sqlite_file_of_no_tables_is_no_store(tmp_path: Path) -> None:
    db = tmp_path / "blank.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.commit()
    conn.close()
    code, text = _run("stats", "--db", str(db))
    assert code == 2
    assert f"{db} is not a newsgraph store" in text
