"""ux23: ``serve`` on a store without articles says what to run first, on the command line
and on the overview page (the file name only: the page may be seen from another machine)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store
from newsgraph.web.app import create_app


async def _overview(db: Path) -> str:
    app_ = create_app(db, allowed_hosts=["test"])
    transport = httpx.ASGITransport(app=app_)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        r = await c.get("/")
    app_.state.db.close()
    assert r.status_code == 200
    return " ".join(r.text.split())


@pytest.mark.anyio
async def test_the_overview_of_an_empty_store_says_what_to_run(tmp_path: Path) -> None:
    db = tmp_path / "fresh.db"
    Store(db).close()
    text = await _overview(db)
    assert (
        "fresh.db has no articles yet: run <code>newsgraph ingest SOURCES --db fresh.db</code> "
        "first, then reload this page." in text
    )
    assert str(tmp_path) not in text


@pytest.mark.anyio
async def test_the_overview_of_a_filled_store_has_no_such_line(db_path: Path) -> None:
    assert "has no articles yet" not in await _overview(db_path)  # control


def _serve_output(db: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    import newsgraph.web.app as web_app

    monkeypatch.setattr(web_app, "serve", lambda *a, **kw: None)  # started, at once stopped
    result = CliRunner().invoke(app, ["serve", "--db", str(db), "--port", "8123"])
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def test_serve_on_an_empty_store_says_what_to_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "fresh.db"
    Store(db).close()
    expected = f"note: {db} has no articles yet: run newsgraph ingest SOURCES --db {db} first"
    assert expected in _serve_output(db, monkeypatch)


def test_serve_on_a_filled_store_has_no_note(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "note:" not in _serve_output(db_path, monkeypatch)  # control
