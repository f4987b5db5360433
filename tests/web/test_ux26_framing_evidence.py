"""ux26: a framing sentence's article link landed at the top of the article, which had no
framing records and did not highlight the framing words (every other evidence link lands on
its record's row, the highlighted characters pointing at it). The link now carries the
record's id, the article page lists framing records and highlights their characters; the
corpus events' first report lands on its event. Controls: quote links are unchanged."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from newsgraph.model import record_id
from newsgraph.store import Store
from tests.store.framing_samples import PRESSTV_TEXT, presstv_article, reuters_article

pytestmark = pytest.mark.anyio


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The store the conftest's ``client`` serves: two outlets' framing of the same actors."""
    path = tmp_path / "framing.db"
    with Store(path) as store:
        store.add_many([presstv_article(), reuters_article()])
    return path


async def test_a_framing_sentence_links_to_its_record_on_the_article(
    client: httpx.AsyncClient,
) -> None:
    hits = await client.get(
        "/framing/hits", params={"actor": "ISRGOV", "outlet": "Press TV", "label": "regime"}
    )
    aid = presstv_article().id
    start = PRESSTV_TEXT.index("regime")
    rid = record_id(aid, "framing", start, start + len("regime"))
    assert f'href="http://test/articles/{aid}#{rid}"' in hits.text
    page = (await client.get(f"/articles/{aid}")).text
    row = re.search(rf'<tr id="{rid}">(.*?)</tr>', page, re.S)
    assert row is not None  # the link lands on a row of the article's framing table
    assert "<td>regime</td><td>regime</td><td>name_calling</td>" in row.group(1)
    assert "Government of Israel" in row.group(1)
    # and the characters are highlighted, pointing at that row
    assert re.search(rf'<span class="hl hl-framing"[^>]*data-ref="{rid}">regime</span>', page)
    reuters = (await client.get(f"/articles/{reuters_article().id}")).text
    assert '<section id="framing">' in reuters and "<td>so-called</td>" in reuters


async def test_control_entity_rows_and_highlights_stay(client: httpx.AsyncClient) -> None:
    page = (await client.get(f"/articles/{presstv_article().id}")).text
    gov = presstv_article().entities[0].id
    assert f'<tr id="{gov}">' in page
    assert re.search(rf'<span class="hl hl-entity"[^>]*data-ref="{gov}">The Israeli ', page)
