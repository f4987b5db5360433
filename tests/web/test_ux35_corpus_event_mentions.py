"""ux35 walk (the web page on a store of 840 articles): a corpus event's "Mentions" count
(GDELT's NumMentions: 9 on the largest) linked nowhere; only its first report's sentence could
be opened. The count links to /events?corpus=ID, the article events it counts, each with its
evidence sentence (Store.events(corpus=...)). Control: /events without it lists every event."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from newsgraph.model import Source
from newsgraph.store import Store
from newsgraph.web.app import create_app
from tests.store.store_samples import ankara_article, moscow_article

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    moscow = moscow_article()
    # the same story run by a second outlet: its events join the first one's corpus events
    rerun = dataclasses.replace(moscow, id="b" * 20, source=Source(outlet="Second Wire"))
    path = tmp_path / "n.db"
    with Store(path) as store:
        store.add_many([moscow, rerun, ankara_article()])
        store.rebuild_corpus()
    app = create_app(path, allowed_hosts=["test"])
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c
    app.state.db.close()


async def test_a_corpus_events_mentions_link_to_its_article_events(
    client: httpx.AsyncClient,
) -> None:
    page = (await client.get("/corpus-events")).text
    links = re.findall(r'href="http://test/events\?corpus=(cevt-[0-9a-f]+)">(\d+)</a>', page)
    assert links
    shared = [(ce, int(n)) for ce, n in links if int(n) >= 2]
    assert shared, links
    ce, n = shared[0]
    listed = (await client.get("/events", params={"corpus": ce})).text
    assert f"of {n}" in listed  # the pager counts the mentions' article events
    assert "b" * 12 in listed and moscow_article().id[:12] in listed
    assert ankara_article().id[:12] not in listed


async def test_control_events_without_a_corpus_event_lists_all(
    client: httpx.AsyncClient,
) -> None:
    with_all = (await client.get("/events")).text
    total = len(moscow_article().events) * 2 + len(ankara_article().events)
    assert f"of {total}" in with_all
