"""ux38 walk (a user of the JSON API checking a row against the article): /api/quotes rows
gave a quote's spans and a sentence index, nothing a user could read the quote in; they now
carry ``evidence``, ``evidence_start``, ``evidence_end`` (the sentence(s) around the
speaker, cue and content, as the events and the exports give them). /api/framing/hits gave
``sentence`` and ``sentence_start`` only: it gains ``sentence_end``, as /api/places/{id}
rows have. Controls: the quote row keeps its spans, and no helper key leaks into it."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from tests.store.evidence_samples import FLOOD, FLOOD_LAST, FLOOD_QUOTE, flood_store

pytestmark = pytest.mark.anyio


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The store the conftest's ``client`` serves."""
    return flood_store(tmp_path / "evidence.db")


async def test_api_quote_rows_carry_their_sentence(client: httpx.AsyncClient) -> None:
    (row,) = (await client.get("/api/quotes", params={"speaker": "Ribeiro"})).json()
    assert row["evidence"] == FLOOD_QUOTE
    assert FLOOD[row["evidence_start"] : row["evidence_end"]] == FLOOD_QUOTE
    assert FLOOD[row["source_start"] : row["source_end"]] == row["source"] == "Gov. Ana Ribeiro"
    assert not {"article_text", "_evidence_from", "_evidence_to"} & set(row)


async def test_framing_hits_give_the_sentence_range(client: httpx.AsyncClient) -> None:
    (hit,) = (await client.get("/api/framing/hits", params={"label": "so-called"})).json()
    assert hit["sentence"] == FLOOD_LAST
    assert FLOOD[hit["sentence_start"] : hit["sentence_end"]] == FLOOD_LAST
