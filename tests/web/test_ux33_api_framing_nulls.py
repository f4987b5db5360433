"""ux33: the web API's ``/api/framing`` gave the framing table's placeholder keys as names: a
label in an article with no outlet came back with ``"outlet": "(no outlet)"`` and a label
with no actor with ``"actor": "(no actor)"`` (``framing --json`` gives null since ux30), and
``/api/framing/hits`` gave ``"actor": "(no actor)"``. They are null; each ``/api/framing``
row carries a ``hits`` URL that still lists the records behind its count. Control: named
outlets and actors are as before."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from newsgraph.model import Article, Framing, Span, article_id, record_id
from newsgraph.store import Store
from newsgraph.web.app import create_app
from tests.store.framing_samples import presstv_article

pytestmark = pytest.mark.anyio

TEXT = "Critics called the plan a sham on Monday."


def _unsourced() -> Article:
    aid = article_id(TEXT)
    s = TEXT.index("sham")
    label = Framing(
        id=record_id(aid, "framing", s, s + 4),
        kind="loaded_language",
        span=Span.of(TEXT, s, s + 4),
        label="sham",
        target=None,
        target_name=None,
        polarity=-0.7,
        sentence=0,
        rule="test",
        confidence=0.9,
        target_code=None,
    )
    return Article(id=aid, text=TEXT, title="Plan", published="2018-09-01", framing=[label])


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    path = tmp_path / "framing.db"
    with Store(path) as store:
        store.add_many([presstv_article(), _unsourced()])
    app = create_app(path, allowed_hosts=["test"])
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c
    app.state.db.close()


async def test_no_outlet_and_no_actor_are_null_and_the_hits_url_reaches_the_record(
    client: httpx.AsyncClient,
) -> None:
    rows = (await client.get("/api/framing")).json()
    sham = [r for r in rows if r["label"] == "sham"]
    assert len(sham) == 1
    assert sham[0]["outlet"] is None and sham[0]["actor"] is None
    assert sham[0]["count"] == 1
    assert sham[0]["example"]["actor"] is None
    hits = (await client.get(sham[0]["hits"])).json()
    assert [(h["text"], h["actor"], h["outlet"]) for h in hits] == [("sham", None, None)]
    listed = (await client.get("/api/framing/hits", params={"label": "sham"})).json()
    assert [h["actor"] for h in listed] == [None]
    everything = (await client.get("/api/framing", params={"by": "all"})).json()
    assert {r["actor"] for r in everything if r["label"] == "sham"} == {None}
    named = [r for r in rows if r["actor"] == "SYRREB"]
    assert [h["text"] for h in (await client.get(named[0]["hits"])).json()] == [
        "terrorists",
        "terrorists",
    ]


async def test_control_named_outlets_and_actors_keep_their_names(
    client: httpx.AsyncClient,
) -> None:
    rows = (await client.get("/api/framing", params={"actor": "SYRREB"})).json()
    assert [(r["outlet"], r["actor"], r["label"], r["count"]) for r in rows] == [
        ("Press TV", "SYRREB", "terrorist", 2)
    ]
