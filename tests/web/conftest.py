"""Fixtures for the web tests: a store file holding hand-built articles, and an ASGI client."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from newsgraph.model import Article, Entity, Quote, Removed, Source, Span, article_id, record_id
from newsgraph.store import Store
from newsgraph.web.app import create_app
from tests.store.store_samples import ankara_article, moscow_article

EVIL_TITLE = '<script>alert("title")</script>'
EVIL_TEXT = 'Hacker <img src=x onerror=alert(1)> said "<b>bold</b>" & left.'
EVIL_NAME = 'Evil" onmouseover="alert(2)'


def evil_article() -> Article:
    """Markup everywhere a user-visible string can be: it must come out as text."""
    text = EVIL_TEXT
    aid = article_id(text)
    hacker = Span.of(text, 0, 6)
    content = Span.of(text, text.index("<b>"), text.index('" &'))
    cue = Span.of(text, text.index("said"), text.index("said") + 4)
    entity = Entity(record_id(aid, "entity", 0, 6), EVIL_NAME, "PERSON", mentions=[hacker])
    quote = Quote(
        id=record_id(aid, "quote", content.start, content.end),
        kind="direct",
        content=content,
        cue=cue,
        source=hacker,
        speaker=entity.id,
        speaker_name=EVIL_NAME,
        unnamed=False,
        sentence=0,
        confidence=0.5,
        rule="test",
    )
    return Article(
        id=aid,
        text=text,
        title=EVIL_TITLE,
        source=Source(url="javascript:alert(3)", outlet="<i>Outlet</i>"),
        removed=[Removed("promo", "<script>promo()</script>", "promo link")],
        entities=[entity],
        quotes=[quote],
    )


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "web.db"
    with Store(path) as store:
        assert store.add_many([moscow_article(), ankara_article(), evil_article()]) == 3
    return path


@pytest.fixture
async def client(db_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(db_path, allowed_hosts=["test"])
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c
    app.state.db.close()
