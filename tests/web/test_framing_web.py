"""The framing page and API: outlets side by side, bars per label, counts linking to sentences."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from newsgraph.store import Store
from newsgraph.web.app import create_app
from tests.store.framing_samples import presstv_article, reuters_article

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    path = tmp_path / "framing.db"
    with Store(path) as store:
        store.add_many([presstv_article(), reuters_article()])
    app = create_app(path, allowed_hosts=["test"])
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c
    app.state.db.close()


async def test_page_puts_outlets_side_by_side_with_linked_counts(
    client: httpx.AsyncClient,
) -> None:
    r = await client.get("/framing")
    assert r.status_code == 200
    html = r.text
    assert "<th>Press TV</th><th>Reuters</th>" in html
    assert "<h2>SYRREB</h2>" in html and "<h2>Government of Israel" in html
    # SYRREB's labels: terrorist 2 (Press TV), so-called 1 (Reuters); bars scaled to the max
    link = (
        'href="http://test/framing/hits?actor=SYRREB&amp;outlet=Press+TV&amp;label=terrorist">2</a>'
    )
    assert link in html
    assert '<rect x="0" y="0" width="100" height="8">' in html  # 2 of 2
    assert '<rect x="0" y="0" width="50" height="8">' in html  # 1 of 2
    assert 'href="http://test/framing">Framing</a>' in html  # in the navigation


async def test_count_links_to_its_sentences(client: httpx.AsyncClient) -> None:
    r = await client.get(
        "/framing/hits", params={"actor": "SYRREB", "outlet": "Press TV", "label": "terrorist"}
    )
    assert r.status_code == 200
    html = r.text
    assert "The <mark>terrorists</mark> attacked Idlib on Monday." in html
    assert "The Israeli regime backs the <mark>terrorists</mark>, officials said." in html
    assert "so-called" not in html.split("<table")[1]


async def test_json_api(client: httpx.AsyncClient) -> None:
    rows = (await client.get("/api/framing", params={"actor": "SYRREB"})).json()
    assert {(x["outlet"], x["label"], x["count"]) for x in rows} == {
        ("Press TV", "terrorist", 2),
        ("Reuters", "so-called", 1),
    }
    hits = (await client.get("/api/framing/hits", params={"label": "regime"})).json()
    assert [(h["text"], h["target_code"]) for h in hits] == [("regime", "ISRGOV")]
    bad = await client.get("/api/framing", params={"by": "country"})
    assert bad.status_code == 400
