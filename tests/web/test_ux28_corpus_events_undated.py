"""ux28 walk: the web page's corpus events said that negated and hypothetical events are not
counted, but not that an event with no date (no time of its own and an undated article) is
counted in none: a store of undated articles showed 'Corpus events none' with events listed
on the Events page. The page says so. Control: the negated/hypothetical sentence stays."""

from __future__ import annotations

import httpx
import pytest

pytestmark = pytest.mark.anyio


async def test_the_corpus_events_page_says_undated_events_are_not_counted(
    client: httpx.AsyncClient,
) -> None:
    page = " ".join((await client.get("/corpus-events")).text.split())
    assert "nor events with no date (neither their own nor their article's" in page


async def test_control_negated_and_hypothetical_events_still_said(
    client: httpx.AsyncClient,
) -> None:
    page = " ".join((await client.get("/corpus-events")).text.split())
    assert "that are negated or hypothetical are not counted" in page
