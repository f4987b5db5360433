"""ux35 walk (a media researcher on a store of seven outlets): `framing` kept its first
``--top`` rows in outlet order, so with the default 200 it showed only the first outlet
alphabetically, and the web page (2,000 of 10,304 counts) two of the seven, with no word of
the cut; a label kept for one outlet could read 0 for another whose row was cut. The cut now
keeps the (actor, label) pairs most frequent over all outlets, each with every outlet's row,
and the CLI and the page say how many rows there were. Control: under the cap every row is
kept and nothing is said."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.model import Article, Framing, Source, Span, article_id, record_id
from newsgraph.store import Store
from newsgraph.web import framing as web_framing
from newsgraph.web.app import create_app


def _article(outlet: str, word: str, n: int) -> Article:
    text = f"{outlet} wrote: " + " ".join(f"The {word} struck again on day {i}." for i in range(n))
    aid = article_id(text)
    labels = []
    start = -1
    for _ in range(n):
        start = text.index(word, start + 1)
        labels.append(
            Framing(
                id=record_id(aid, "framing", start, start + len(word)),
                kind="name_calling",
                span=Span.of(text, start, start + len(word)),
                label=word,
                target=None,
                target_name="rebels",
                polarity=-0.8,
                sentence=0,
                rule="test",
                confidence=0.9,
                target_code="SYRREB",
            )
        )
    return Article(id=aid, text=text, source=Source(outlet=outlet), framing=labels)


def _db(tmp_path: Path) -> Path:
    # 'terrorist' in all three outlets (1 + 1 + 3 = 5), 'regime' in the first alone (1)
    arts = [
        _article("Alpha", "terrorist", 1),
        _article("Alpha News", "regime", 1),
        _article("Beta", "terrorist", 1),
        _article("Gamma", "terrorist", 3),
    ]
    db = tmp_path / "n.db"
    with Store(db) as store:
        store.add_many(arts)
    return db


def test_the_cut_keeps_the_most_frequent_labels_with_every_outlet(tmp_path: Path) -> None:
    db = _db(tmp_path)
    totals: list[int] = []
    with Store(db, read_only=True) as store:
        rows = store.framing(None, by_outlet=True, top=3, totals=totals)
    assert sorted((r["outlet"], r["label"], r["count"]) for r in rows) == [
        ("Alpha", "terrorist", 1),
        ("Beta", "terrorist", 1),
        ("Gamma", "terrorist", 3),
    ]
    assert totals == [4]


def test_the_cli_says_how_many_rows_it_left_out(tmp_path: Path) -> None:
    db = _db(tmp_path)
    result = CliRunner().invoke(app, ["framing", "--db", str(db), "--top", "3"])
    assert result.exit_code == 0, result.output
    assert "Gamma" in result.stdout
    said = " ".join(result.stderr.split())
    assert "showing 3 of 4 rows" in said and "raise --top" in said


def test_control_under_the_cap_every_row_and_no_line(tmp_path: Path) -> None:
    db = _db(tmp_path)
    result = CliRunner().invoke(app, ["framing", "--db", str(db), "--top", "4"])
    assert result.exit_code == 0, result.output
    assert "regime" in result.stdout and "Gamma" in result.stdout
    assert "showing" not in result.stderr


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    web = create_app(_db(tmp_path), allowed_hosts=["test"])
    transport = httpx.ASGITransport(app=web)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c
    web.state.db.close()


@pytest.mark.anyio
async def test_the_page_shows_every_outlet_and_says_what_it_left_out(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(web_framing, "PAGE_TOP", 3)
    html = (await client.get("/framing")).text
    assert all(f"<th>{o}</th>" in html for o in ("Alpha", "Beta", "Gamma"))
    assert "Showing 3 of 4 counts" in html
