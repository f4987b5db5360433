"""The actor pages of the web UI."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from newsgraph.store import Store
from newsgraph.store.corpus import Corpus
from newsgraph.web.app import create_app
from tests.corpus.test_actors_statements import corpus_articles

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    db = tmp_path / "web.db"
    with Store(db) as store:
        arts = corpus_articles()
        store.add_many(arts)
        Corpus(store.conn).add(a.id for a in arts)
    app = create_app(db, allowed_hosts=["test"])
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c


async def test_actor_list_and_page(client: httpx.AsyncClient) -> None:
    listing = await client.get("/actors", params={"name": "foreign minister"})
    assert listing.status_code == 200
    assert "Sergei Lavrov" in listing.text and "Adel al-Jubeir" not in listing.text
    (actor_id,) = set(re.findall(r"/actors/(actor-[0-9a-f]{12})", listing.text))
    page = await client.get(f"/actors/{actor_id}")
    assert page.status_code == 200
    text = page.text
    assert "<h1>Sergei Lavrov</h1>" in text
    assert "Statements (2)" in text and "Quotes (4)" in text and "Events (4)" in text
    assert "AP, PressTV, Reuters" in text  # the outlets that repeated the statement
    assert "foreign minister" in text and "Lavrov" in text


async def test_unknown_actor_is_404(client: httpx.AsyncClient) -> None:
    page = await client.get("/actors/actor-000000000000")
    assert page.status_code == 404
    assert "no actor" in page.text


async def test_json_api(client: httpx.AsyncClient) -> None:
    (lavrov,) = (await client.get("/api/actors", params={"name": "lavrov"})).json()
    assert lavrov["n_articles"] == 4
    page = (await client.get(f"/api/actors/{lavrov['id']}")).json()
    assert len(page["quotes"]) == 4
    assert (await client.get("/api/actors/actor-000000000000")).status_code == 404
    stmts = (await client.get("/api/statements", params={"speaker": "foreign minister"})).json()
    assert sorted(s["n_quotes"] for s in stmts) == [1, 3]
    events = (await client.get("/api/corpus_events", params={"actor": "SAU"})).json()
    assert len(events) == 2  # RUSGOV -> SAUGOV and SAUGOV -> RUSGOV
    bad = await client.get("/api/corpus_events", params={"since": "soon"})
    assert bad.status_code == 400 and "not a date" in bad.json()["detail"]
