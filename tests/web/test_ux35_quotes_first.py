"""ux35 walk (a fact-checker on the web page: "who said it first"): the quotes page filtered
by words or speaker listed the quotes earliest first but said nothing of it, nor of same-day
rows, nor where the near-identical quotes are grouped with every outlet that ran them (the
statements were on actor pages and the API only). A filtered list says so and links the
statements for the same filter. Control: the unfiltered list has no such line."""

from __future__ import annotations

import html

import httpx
import pytest

pytestmark = pytest.mark.anyio


async def test_a_filtered_quotes_list_says_it_is_earliest_first(
    client: httpx.AsyncClient,
) -> None:
    page = (await client.get("/quotes", params={"contains": "talks"})).text
    assert "Earliest first: the first row is the first time this store has it said" in page
    assert "no time of day is kept" in page
    assert "/api/statements?contains=talks&speaker=" in html.unescape(page)


async def test_control_the_unfiltered_list_has_no_line(client: httpx.AsyncClient) -> None:
    page = (await client.get("/quotes")).text
    assert "Earliest first" not in page
