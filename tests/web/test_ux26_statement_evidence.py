"""ux26 walk: an actor page's statement said when and where it was first said, but nothing
led to those words: the date linked nowhere and the outlet to the outside site; a statement
quoted once had no link into the store at all. "First said" now lands on the first quote's
row of its article (its characters highlighted there). Control: the variants' links stay."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from newsgraph.store import Store
from newsgraph.store.corpus import Corpus
from tests.corpus.test_actors_statements import corpus_articles

pytestmark = pytest.mark.anyio


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The store the conftest's ``client`` serves: the corpus of statements, linked."""
    db = tmp_path / "web.db"
    with Store(db) as store:
        arts = corpus_articles()
        store.add_many(arts)
        Corpus(store.conn).add(a.id for a in arts)
    return db


async def test_first_said_lands_on_the_first_quote(client: httpx.AsyncClient) -> None:
    statements = (await client.get("/api/statements", params={"speaker": "lavrov"})).json()
    actor_id = statements[0]["actor_id"]
    page = (await client.get(f"/actors/{actor_id}")).text
    for s in statements:
        link = f'href="http://test/articles/{s["first_article_id"]}#{s["first_quote_id"]}"'
        assert f"{link}>{s['first_published']}</a>" in page
        article = (await client.get(f"/articles/{s['first_article_id']}")).text
        assert f'<tr id="{s["first_quote_id"]}">' in article


async def test_control_variant_links_stay(client: httpx.AsyncClient) -> None:
    statements = (await client.get("/api/statements", params={"speaker": "lavrov"})).json()
    page = (await client.get(f"/actors/{statements[0]['actor_id']}")).text
    many = [s for s in statements if len(s["variants"]) > 1]
    assert many
    for v in many[0]["variants"]:
        assert re.search(rf'/articles/{v["article_id"]}#{v["quote_id"]}">', page)
