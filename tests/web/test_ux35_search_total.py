"""ux35 walk (the web page on a store of 840 articles): a search said "Matches 1–50" and
never how many matched, so a page of 50 read as all or as some. The search counts its
matches, and a query that is not valid FTS5 is counted as it is searched (its plain terms).
Control: the article list keeps its count."""

from __future__ import annotations

import httpx
import pytest

pytestmark = pytest.mark.anyio


async def test_a_search_says_how_many_articles_match(client: httpx.AsyncClient) -> None:
    # 'Idlib' is in the Moscow and the Ankara sample, not in the third
    page = (await client.get("/articles", params={"q": "idlib"})).text
    assert "Matches 1–2 of 2" in page


async def test_a_query_that_is_not_fts_syntax_is_counted_as_searched(
    client: httpx.AsyncClient,
) -> None:
    page = (await client.get("/articles", params={"q": 'idlib "'})).text
    assert "Matches 1–2 of 2" in page


async def test_control_the_article_list_keeps_its_count(client: httpx.AsyncClient) -> None:
    page = (await client.get("/articles")).text
    assert "Articles 1–3 of 3" in page
