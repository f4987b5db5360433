"""ux40 walk (a journalist on the web page asking "who said it first"): the statements, a
speaker's near-identical quotes across articles with the first outlet and every outlet that
repeated it, were on actor pages and in the JSON API only; the quotes page linked the JSON.
`/statements` lists them with speaker and word filters and pages, and the quotes page and
the menu link to it. Control: an actor page's statements table is as before (no speaker
column)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import httpx
import pytest

from newsgraph.model import Article, Quote, Source, Span, article_id, record_id
from newsgraph.store import Store
from tests.corpus._samples import entity

pytestmark = pytest.mark.anyio

SAID = '"The harbour will reopen before the end of the month,"'


def _article(outlet: str, published: str, lead: str) -> Article:
    text = f"{lead} {SAID} port director Ines Varga said. Ferries stayed in dock."
    aid = article_id(text)
    varga = entity(aid, text, "Ines Varga", "PERSON", None, "Ines Varga")
    c, cue = text.index(SAID), text.index(" said") + 1
    quote = Quote(
        id=record_id(aid, "quote", c, c + len(SAID)),
        kind="direct",
        content=Span.of(text, c, c + len(SAID)),
        cue=Span.of(text, cue, cue + 4),
        source=varga.mentions[0],
        speaker=varga.id,
        speaker_name="Ines Varga",
        unnamed=False,
        sentence=1,
        confidence=0.9,
        rule="test",
    )
    return Article(
        id=aid,
        text=text,
        title=f"{outlet}: harbour to reopen",
        published=published,
        source=Source(outlet=outlet),
        entities=[varga],
        quotes=[quote],
    )


@pytest.fixture
def db_path(tmp_path: Path) -> Path:  # conftest's client serves it
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.add_many(
            [
                _article("Island Post", "2024-09-02", "Storm damage closed the harbour."),
                _article("Ferry News", "2024-09-03", "The harbour stayed shut on Tuesday."),
            ]
        )
        store.rebuild_corpus()
    return path


async def test_the_statements_page_says_who_said_it_first(client: httpx.AsyncClient) -> None:
    page = html.unescape((await client.get("/statements", params={"speaker": "varga"})).text)
    assert "<th>Speaker</th>" in page
    (row,) = re.findall(r"<tr>(.*?)</tr>", page.split("<tbody>", 1)[1], re.S)
    assert "2024-09-02" in row and "Island Post" in row and "Ines Varga" in row
    assert "Island Post, Ferry News" in row  # every outlet that ran it, first first
    assert "harbour will reopen" in row


async def test_the_statements_page_filters_and_pages(client: httpx.AsyncClient) -> None:
    none = (await client.get("/statements", params={"contains": "no such words"})).text
    assert "Statements none" in none
    first = (await client.get("/statements", params={"limit": 1})).text
    assert "Next 1" in first
    api = (await client.get("/api/statements", params={"limit": 1, "offset": 1})).json()
    assert api == []  # one statement in the store


async def test_the_quotes_page_and_the_menu_link_it(client: httpx.AsyncClient) -> None:
    page = html.unescape((await client.get("/quotes", params={"speaker": "varga"})).text)
    assert "/statements?contains=&speaker=varga" in page
    assert re.search(r'<nav>.*href="http://test/statements">Statements</a>', page, re.S)


async def test_control_an_actor_page_has_no_speaker_column(client: httpx.AsyncClient) -> None:
    actors = (await client.get("/api/actors")).json()
    varga = next(a for a in actors if a["name"] == "Ines Varga")
    page = (await client.get(f"/actors/{varga['id']}")).text
    assert "<th>First said</th>" in page and "<th>Speaker</th>" not in page
    assert "Island Post, Ferry News" in page
