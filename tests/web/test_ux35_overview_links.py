"""ux35 walk (the web page on a store of 840 articles from seven outlets): the overview's
counts (839 articles, 16,894 quotes, 7,472 events, ...) and each outlet's article count linked
nowhere, and no page listed one outlet's articles. The counts link to their lists, an outlet's
count to /articles?outlet=X (that outlet's articles, counted and paged; a search there keeps
to it). Control: /articles without an outlet lists every article as before."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from newsgraph.model import Article, Source, article_id
from newsgraph.store import Store
from newsgraph.web.app import create_app

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _article(i: int, outlet: str) -> Article:
    text = f"Harbour talks {i}\n\nMinisters met at the harbour on day {i} to discuss fishing."
    return Article(
        id=article_id(text),
        text=text,
        title=f"Harbour talks {i}",
        published=f"2020-01-{i + 1:02d}",
        source=Source(outlet=outlet),
    )


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    path = tmp_path / "n.db"
    with Store(path) as store:
        store.add_many([_article(i, "Daily Wire" if i < 3 else "Herald") for i in range(5)])
    app = create_app(path, allowed_hosts=["test"])
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c
    app.state.db.close()


async def test_overview_counts_link_to_their_lists(client: httpx.AsyncClient) -> None:
    html = (await client.get("/")).text
    for page in ("articles", "quotes", "events", "places"):
        assert f'<a href="http://test/{page}"><span class="n">' in html
    assert 'href="http://test/articles?outlet=Daily%20Wire">3</a>' in html
    assert 'href="http://test/articles?outlet=Herald">2</a>' in html


async def test_an_outlets_articles_are_listed_counted_and_searched(
    client: httpx.AsyncClient,
) -> None:
    html = (await client.get("/articles", params={"outlet": "Herald"})).text
    assert "Harbour talks 3" in html and "Harbour talks 4" in html
    assert "Harbour talks 0" not in html
    assert "of 2" in html
    found = (await client.get("/articles", params={"outlet": "Herald", "q": "harbour"})).text
    assert "Harbour talks 4" in found and "Harbour talks 1" not in found


async def test_control_all_articles_without_an_outlet(client: httpx.AsyncClient) -> None:
    html = (await client.get("/articles")).text
    assert all(f"Harbour talks {i}" in html for i in range(5))
    assert "of 5" in html
