"""What the reader sees: one Places row per place with a count; caption/body place conflicts."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from rich.console import Console

from newsgraph.model import Actor, Article, Caption, Event, Place, Span, article_id, record_id
from newsgraph.store import Store
from newsgraph.summary import render_article
from newsgraph.web.app import create_app

TEXT = "Talks on Idlib stalled. Shelling hit Idlib again. The two leaders met in Riyadh."


def _place(aid: str, needle: str, nth: int, gid: int, cc: str, lat: float, lon: float) -> Place:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    s = Span.of(TEXT, start, start + len(needle))
    return Place(
        id=record_id(aid, "place", s.start, s.end),
        span=s,
        geonameid=gid,
        name=needle,
        feature="city",
        country_code=cc,
        lat=lat,
        lon=lon,
        metonymy=False,
        confidence=0.8,
    )


def conflict_article() -> Article:
    aid = article_id(TEXT)
    idlib1 = _place(aid, "Idlib", 0, 169389, "SY", 35.93, 36.63)
    idlib2 = _place(aid, "Idlib", 1, 169389, "SY", 35.93, 36.63)
    riyadh = _place(aid, "Riyadh", 0, 108410, "SA", 24.69, 46.72)
    met = Span.of(TEXT, TEXT.index("met"), TEXT.index("met") + 3)
    leaders = Span.of(TEXT, TEXT.index("leaders"), TEXT.index("leaders") + 7)
    event = Event(
        id=record_id(aid, "event", met.start, met.end),
        type="CONSULT",
        mode=None,
        quad=1,
        cameo="040",
        trigger=met,
        sources=[Actor(None, leaders, None, None, None, "the two leaders")],
        targets=[],
        place=riyadh.span,
        time=None,
        negated=False,
        hypothetical=False,
        background=False,
        reported_by=None,
        sentence=2,
        confidence=0.7,
        rule="test",
        place_id=riyadh.id,
        caption_place="Moscow",
        place_conflict=True,
    )
    return Article(
        id=aid,
        text=TEXT,
        title="Leaders meet",
        captions=[Caption("The two leaders in Moscow.", True, "names overlap")],
        events=[event],
        places=[idlib1, idlib2, riyadh],
    )


def _summary(article: Article) -> str:
    console = Console(record=True, width=160)
    render_article(console, article)
    return console.export_text()


def test_places_table_has_one_row_per_place_with_a_count() -> None:
    text = _summary(conflict_article())
    places = text[text.index("Places") :]
    rows = [line for line in places.splitlines() if "169389" in line]
    assert len(rows) == 1  # two mentions of Idlib, one row
    assert "│ 2 " in rows[0] or " 2 │" in rows[0]
    riyadh = [line for line in places.splitlines() if "108410" in line]
    assert len(riyadh) == 1 and ("│ 1 " in riyadh[0] or " 1 │" in riyadh[0])


def test_summary_shows_the_place_conflict() -> None:
    text = _summary(conflict_article())
    assert "place conflict" in text
    line = next(line for line in text.splitlines() if "place conflict" in line)
    assert "Riyadh" in line and "Moscow" in line and "met" in line


@pytest.mark.anyio
async def test_article_page_shows_the_place_conflict(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    article = conflict_article()
    with Store(db) as store:
        store.add(article)
    app = create_app(db, allowed_hosts=["test"])
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        html = (await c.get(f"/articles/{article.id}")).text
    assert 'class="conflict"' in html
    conflict = html[html.index('class="conflict"') :]
    conflict = conflict[: conflict.index("</p>")]
    assert "Riyadh" in conflict and "Moscow" in conflict


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
