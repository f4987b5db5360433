"""The web UI and JSON API, in process, over a store of hand-built articles."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest
from markupsafe import escape

from newsgraph.errors import NewsgraphError
from newsgraph.web.app import create_app
from tests.store.store_samples import ankara_article, moscow_article

from .conftest import evil_article

pytestmark = pytest.mark.anyio

MOSCOW = moscow_article()
ANKARA = ankara_article()
EVIL = evil_article()


async def _page(client: httpx.AsyncClient, url: str, status: int = 200) -> str:
    r = await client.get(url)
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("text/html")
    return r.text


async def _json(client: httpx.AsyncClient, url: str, status: int = 200) -> object:
    r = await client.get(url)
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/json"
    return r.json()


# -- pages -------------------------------------------------------------------------------------


async def test_overview_shows_counts_actors_types_and_recent(client: httpx.AsyncClient) -> None:
    html = await _page(client, "/")
    # 2 + 1 + 1 quotes, 2 + 1 events, 3 articles (counted by hand from the samples).
    assert '<span class="n">3</span> articles' in html
    assert '<span class="n">4</span> quotes' in html
    assert '<span class="n">3</span> events' in html
    assert ">Sergei Lavrov</a>" in html
    assert 'href="http://test/events?type=CONSULT">CONSULT</a>' in html
    assert "Turkey rejects Idlib ceasefire plan" in html
    assert 'action="http://test/articles"' in html  # the search box


async def test_article_list_newest_first(client: httpx.AsyncClient) -> None:
    html = await _page(client, "/articles")
    ankara = html.index(ANKARA.title or "")
    moscow = html.index(str(escape(MOSCOW.title)))
    undated = html.index("&lt;script&gt;")
    assert ankara < moscow < undated  # 2019-01-04, 2018-08-29, no date


async def test_search_marks_matches_in_snippets(client: httpx.AsyncClient) -> None:
    html = await _page(client, "/articles?q=abscess")
    assert str(escape(MOSCOW.title)) in html
    assert "Turkey rejects" not in html
    assert "<mark>abscess</mark>" in html
    assert "No articles match" in await _page(client, "/articles?q=zeppelin")


async def test_article_page_highlights_and_tables(client: httpx.AsyncClient) -> None:
    html = await _page(client, f"/articles/{MOSCOW.id}")
    assert (
        '<span class="hl hl-event" title="Event CONSULT (CAMEO 043, visit): '
        'RUSGOV Sergei Lavrov → SAUGOV Adel al-Jubeir"'
    ) in html
    assert 'title="Moscow (city, RU) 55.7522, 37.6156 · GeoNames 524901"' in html
    assert 'title="2018-08-29 (DATE, day, published)"' in html
    assert 'class="hl hl-quote" title="Quote (direct) by Sergei Lavrov"' in html
    assert 'class="hl hl-cue" title="Quote cue: Sergei Lavrov"' in html
    # Tables: each record has a row keyed by its id, with its facts.
    ids = [q.id for q in MOSCOW.quotes] + [e.id for e in MOSCOW.events]
    ids += [p.id for p in MOSCOW.places] + [t.id for t in MOSCOW.times]
    for record_id in ids:
        assert f'<tr id="{record_id}">' in html
    assert "<td>524901</td>" in html
    assert "<code>2018-08-29</code>" in html
    assert 'flag-reported">reported</span>' in html  # the AID event is reported by a quote
    assert "News / Syria" in html and "section path" in html  # removed noise
    assert 'flag-ok">related</span>' in html  # caption
    assert 'href="https://example.org/presstv/idlib"' in html


async def test_article_by_unique_prefix(client: httpx.AsyncClient) -> None:
    html = await _page(client, f"/articles/{ANKARA.id[:10]}")
    assert ANKARA.title and ANKARA.title in html


async def test_quotes_page_filters(client: httpx.AsyncClient) -> None:
    html = await _page(client, "/quotes?speaker=lavrov&contains=")
    assert "The terrorist abscess must be liquidated," in html
    assert "the U.S. was aiding militants in Idlib" in html
    assert "ceasefire" not in html
    html = await _page(client, "/quotes?contains=ceasefire")
    assert "Turkey would not accept a ceasefire that excluded Idlib" in html
    assert "abscess" not in html
    assert f'href="http://test/articles/{ANKARA.id}#{ANKARA.quotes[0].id}"' in html


async def test_events_page_filters(client: httpx.AsyncClient) -> None:
    html = await _page(client, "/events?type=&actor=&country=&since=2019-01-01")
    assert "<mark>rejected</mark>" in html and "<mark>met</mark>" not in html
    html = await _page(client, "/events?actor=RUSGOV")
    assert "<mark>met</mark>" in html and "<mark>rejected</mark>" not in html
    html = await _page(client, "/events?country=USA")
    assert "<mark>aiding</mark>" in html and "<mark>met</mark>" not in html


async def test_pages_load_only_local_assets(client: httpx.AsyncClient) -> None:
    html = await _page(client, f"/articles/{MOSCOW.id}")
    assets = re.findall(r'<(?:link|script)[^>]*(?:href|src)="([^"]+)"', html)
    # style sheet, icon, script
    assert len(assets) == 3 and all(a.startswith("http://test/static/") for a in assets)
    # FastAPI's own /docs and /redoc pull Swagger from a CDN: they are off, /help replaces them.
    await _page(client, "/docs", 404)
    assert "/api/events" in await _page(client, "/help")
    assert (await _json(client, "/openapi.json"))["paths"]  # type: ignore[index]
    for asset in assets:
        r = await client.get(asset)
        assert r.status_code == 200
        # no fonts or scripts fetched from elsewhere (an SVG's namespace name is not a fetch)
        assert "http" not in r.text.replace('xmlns="http://www.w3.org/2000/svg"', "")


# -- JSON API ----------------------------------------------------------------------------------


async def test_api_stats(client: httpx.AsyncClient) -> None:
    stats = await _json(client, "/api/stats")
    assert isinstance(stats, dict)
    assert (stats["articles"], stats["quotes"], stats["events"], stats["places"]) == (3, 4, 3, 3)
    assert {"type": "CONSULT", "n": 1} in stats["top_event_types"]


async def test_api_article_is_the_stored_json(client: httpx.AsyncClient) -> None:
    got = await _json(client, f"/api/articles/{MOSCOW.id}")
    assert got == json.loads(json.dumps(MOSCOW.to_dict()))


async def test_api_articles_search_and_list(client: httpx.AsyncClient) -> None:
    hits = await _json(client, "/api/articles?q=ceasefire")
    assert isinstance(hits, list) and [h["id"] for h in hits] == [ANKARA.id]
    assert "«ceasefire»" in hits[0]["snippet"]
    listed = await _json(client, "/api/articles?limit=2")
    assert isinstance(listed, list) and [a["id"] for a in listed] == [ANKARA.id, MOSCOW.id]
    rest = await _json(client, "/api/articles?limit=2&offset=2")
    assert isinstance(rest, list) and [a["id"] for a in rest] == [EVIL.id]


async def test_api_quotes_and_events(client: httpx.AsyncClient) -> None:
    quotes = await _json(client, "/api/quotes?speaker=Lavrov")
    assert isinstance(quotes, list)
    assert sorted(q["id"] for q in quotes) == sorted(q.id for q in MOSCOW.quotes)
    events = await _json(client, "/api/events?type=CONSULT&actor=lavrov")
    assert isinstance(events, list) and len(events) == 1
    assert events[0]["trigger"] == "met" and events[0]["source_codes"] == "RUSGOV"
    assert await _json(client, "/api/events?since=2030-01-01") == []


# -- errors ------------------------------------------------------------------------------------


async def test_unknown_ids_are_404(client: httpx.AsyncClient) -> None:
    body = await _json(client, "/api/articles/ffffffff", 404)
    assert body == {
        "detail": "no article 'ffffffff' in this database; find ids with /api/articles?q=WORDS"
    }
    html = await _page(client, "/articles/ffffffff", 404)
    assert "no article &#39;ffffffff&#39; in this database" in html
    assert "no page at /nowhere" in await _page(client, "/nowhere", 404)
    assert await _json(client, "/api/nowhere", 404) == {"detail": "no page at /api/nowhere"}


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/api/events?since=last%20week", "is not a date"),
        ("/api/articles?q=AND", "cannot search for 'AND'"),
        ("/api/quotes?limit=0", "limit: Input should be greater than or equal to 1"),
        ("/api/events?limit=many", "limit: Input should be a valid integer"),
    ],
)
async def test_bad_parameters_are_400(client: httpx.AsyncClient, url: str, message: str) -> None:
    body = await _json(client, url, 400)
    assert isinstance(body, dict) and message in body["detail"]
    html = await _page(client, url.removeprefix("/api"), 400)
    assert "Error 400" in html and message.replace("'", "&#39;") in html


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(NewsgraphError, match="no store at .*missing.db"):
        create_app(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


# -- escaping ----------------------------------------------------------------------------------


async def test_article_markup_is_shown_as_text(client: httpx.AsyncClient) -> None:
    html = await _page(client, f"/articles/{EVIL.id}")
    for raw in ("<script>", "<img", "<b>", "<i>", 'onmouseover="', 'href="javascript:'):
        assert raw not in html, raw
    assert "<span>javascript:alert(3)</span>" in html  # a non-web source URL is shown, not linked
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in html  # title
    assert "&lt;img src=x onerror=alert(1)&gt;" in html  # text
    assert 'title="Evil&#34; onmouseover=&#34;alert(2) (PERSON)"' in html  # tooltip
    assert "&lt;script&gt;promo()&lt;/script&gt;" in html  # removed noise
    for url in ("/", "/articles", "/articles?q=onerror", "/quotes", "/events"):
        page = await _page(client, url)
        assert "<script>" not in page and "<img" not in page and "<b>bold" not in page, url
