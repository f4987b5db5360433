"""ux35 walk (a fact-checker: "who said it first"): a statement two outlets ran the same day
was "first said" by one of them (the one stored first), while the quotes list put the other
first: the store keeps no time of day, so the first outlet is not known. The statements table
and the actor page name the others of that day ("huff (same day: post)"). Control: a statement
whose next outlet ran it a day later names one first outlet alone."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.model import Article, Entity, Quote, Source, Span, article_id, record_id
from newsgraph.store import Store
from newsgraph.store.corpus import Corpus

SAID = '"He is becoming the best recruiter they have," she said on Sunday.'


def _article(outlet: str, day: str, lead: str) -> Article:
    text = f"{lead} Mary Rowe spoke at the debate. {SAID}"
    aid = article_id(text)
    s = text.index("Mary Rowe")
    person = Entity(
        record_id(aid, "entity", s, s + 9),
        "Mary Rowe",
        "PERSON",
        "USA",
        mentions=[Span.of(text, s, s + 9)],
    )
    c0 = text.index(SAID)
    c1 = c0 + SAID.index(",") + 2
    quote = Quote(
        id=record_id(aid, "quote", c0, c1),
        kind="direct",
        content=Span.of(text, c0, c1),
        cue=None,
        source=None,
        speaker=person.id,
        speaker_name="Mary Rowe",
        unnamed=False,
        sentence=2,
        confidence=0.9,
        rule="test",
    )
    return Article(
        id=aid, text=text, published=day, source=Source(outlet=outlet), entities=[person],
        quotes=[quote],
    )  # fmt: skip


def _db(tmp_path: Path, second_day: str) -> Path:
    arts = [
        _article("huff", "2015-12-20", "Debate night."),
        _article("post", second_day, "After the debate."),
    ]
    db = tmp_path / "n.db"
    with Store(db) as store:
        store.add_many(arts)
        Corpus(store.conn).add(a.id for a in arts)
    return db


def _row(db: Path) -> str:
    args = ["quotes", "--statements", "--db", str(db), "--contains", "best recruiter"]
    result = CliRunner().invoke(app, args, env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    (line,) = [x for x in result.stdout.splitlines() if "2015-12-2" in x]
    return line


def test_the_same_days_other_outlets_are_named_with_the_first(tmp_path: Path) -> None:
    assert "huff (same day: post)" in _row(_db(tmp_path, "2015-12-20"))


def test_control_a_later_outlet_is_not_same_day(tmp_path: Path) -> None:
    line = _row(_db(tmp_path, "2015-12-21"))
    assert "huff" in line and "same day" not in line


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def page(tmp_path: Path) -> AsyncIterator[str]:
    from newsgraph.web.app import create_app

    db = _db(tmp_path, "2015-12-20")
    with Store(db, read_only=True) as store:
        (statement,) = store.statements(speaker="Rowe")
    web = create_app(db, allowed_hosts=["test"])
    transport = httpx.ASGITransport(app=web)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield (await c.get(f"/actors/{statement['actor_id']}")).text
    web.state.db.close()


@pytest.mark.anyio
async def test_the_actor_page_names_the_same_days_outlets(page: str) -> None:
    assert "(same day: post)" in page
