"""ux33: the web pages' search and filter boxes showed values from the project's sample
articles as hints ('lavrov', 'idlib AND "foreign minister"', 'SYRREB or Government of
Israel', dates of August 2018) on every store, whatever it holds: a user of another corpus
read them as data. The hints say what to type (a name, a phrase, YYYY-MM-DD). Control: the
code-format hints (a country code, an event type) and the page's filters stay."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from newsgraph.store import Store
from newsgraph.web.app import create_app

PAGES = ["/", "/quotes", "/actors", "/framing", "/corpus-events", "/events", "/timeline"]
SAMPLE_WORDS = ["lavrov", "jubeir", "idlib", "syrreb", "israel", "2018-"]


@pytest.mark.anyio
async def test_an_empty_stores_pages_hint_at_no_sample_article(tmp_path: Path) -> None:
    db = tmp_path / "fresh.db"
    Store(db).close()
    app_ = create_app(db, allowed_hosts=["test"])
    transport = httpx.ASGITransport(app=app_)
    pages = {}
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        for page in PAGES:
            r = await c.get(page)
            assert r.status_code == 200, page
            pages[page] = r.text
    app_.state.db.close()
    for page, html in pages.items():
        found = [w for w in SAMPLE_WORDS if w in html.lower()]
        assert found == [], (page, found)
    assert 'placeholder="YYYY-MM-DD"' in pages["/corpus-events"]
    # control: code-format hints and the filters themselves stay
    assert 'name="actor"' in pages["/framing"] and 'name="speaker"' in pages["/quotes"]
    assert 'placeholder="CONSULT or 043"' in pages["/events"]
    assert 'placeholder="RUS"' in pages["/actors"]


@pytest.mark.anyio
async def test_every_filter_box_is_wide_enough_for_its_hint(tmp_path: Path) -> None:
    # a text box shows about its size in characters (20 without one): 'entity name or actor
    # code' and 'CONSULT or 043' were cut ('entity name or actor cod', 'CONSULT or')
    db = tmp_path / "fresh.db"
    Store(db).close()
    app_ = create_app(db, allowed_hosts=["test"])
    transport = httpx.ASGITransport(app=app_)
    boxes = []
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        for page in PAGES:
            html = (await c.get(page)).text
            boxes += re.findall(r"<input(?![^>]*type=\"search\")[^>]*>", html)
    app_.state.db.close()
    hinted = [b for b in boxes if "placeholder=" in b]
    assert len(hinted) >= 8
    for box in hinted:
        hint = re.search(r'placeholder="([^"]*)"', box)
        size = re.search(r'size="(\d+)"', box)
        assert hint is not None
        assert (int(size.group(1)) if size else 20) >= len(hint.group(1)), box
