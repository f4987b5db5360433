"""ux24: a deep page of the web timeline shows the right events in the right order (its rows
are read off an index now: tests/store/test_ux24_timeline_order.py)."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from newsgraph.store import Store
from newsgraph.web.app import create_app
from tests.store.timeline_samples import TIMELINE, dated_articles


async def _titles(db: Path, url: str) -> list[str]:
    app_ = create_app(db, allowed_hosts=["test"])
    transport = httpx.ASGITransport(app=app_)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        r = await c.get(url)
    app_.state.db.close()
    assert r.status_code == 200
    return re.findall(r"The ([a-z ]+) story", r.text)


@pytest.mark.anyio
@pytest.mark.parametrize("offset", [0, 3, 6])
async def test_each_timeline_page_shows_its_events_in_order(tmp_path: Path, offset: int) -> None:
    db = tmp_path / "dated.db"
    with Store(db) as store:
        store.add_many(dated_articles())
    titles = await _titles(db, f"/timeline?limit=3&offset={offset}")
    # each event's title shows once per row, in page order
    assert list(dict.fromkeys(titles)) == TIMELINE[offset : offset + 3]
