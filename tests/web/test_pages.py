"""The browsing pages: events with names and evidence, flag filters, pagination, timeline, map."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from newsgraph.store import Store
from newsgraph.web.app import create_app
from tests.store.store_samples import ankara_article, moscow_article

pytestmark = pytest.mark.anyio

MOSCOW = moscow_article()
ANKARA = ankara_article()


async def _page(client: httpx.AsyncClient, url: str, status: int = 200) -> str:
    r = await client.get(url)
    assert r.status_code == status, r.text
    return r.text


async def test_events_show_actor_names_and_evidence(client: httpx.AsyncClient) -> None:
    html = await _page(client, "/events?type=CONSULT")
    assert ">Sergei Lavrov</span>" in html and ">Adel al-Jubeir</span>" in html
    assert 'title="RUSGOV"' in html  # the code is still there, as a tooltip
    sentence = "Russian Foreign Minister Sergei Lavrov <mark>met</mark> his Saudi counterpart"
    assert sentence in html
    html = await _page(client, "/events?type=REJECT")
    assert ">Mevlüt Çavuşoğlu</span>" in html  # no target: a dash, not "?"
    assert "→ ?" not in html


async def test_event_flag_filters(client: httpx.AsyncClient) -> None:
    html = await _page(client, "/events?negated=exclude&background=any")
    assert "Events 1–3 of 3" in html
    assert '<option value="exclude" selected>' in html
    html = await _page(client, "/events?negated=only")
    assert "Events none" in html
    r = await client.get("/events?hypothetical=maybe")
    assert (
        r.status_code == 400 and "hypothetical=&#39;maybe&#39;: use any, only or exclude" in r.text
    )
    api = (await client.get("/api/events?negated=only")).json()
    assert api == []


async def test_events_pagination(client: httpx.AsyncClient) -> None:
    html = await _page(client, "/events?limit=1")
    assert "Events 1 of 3" in html
    assert re.search(r'rel="next" href="[^"]*offset=1&amp;limit=1"', html)
    assert 'rel="prev"' not in html
    last = await _page(client, "/events?limit=1&offset=2")
    assert "Events 3 of 3" in last and 'rel="next"' not in last and 'rel="prev"' in last
    api = (await client.get("/api/events?limit=1&offset=2")).json()
    assert [e["type"] for e in api] == ["REJECT"]


async def test_every_list_is_paginated(client: httpx.AsyncClient) -> None:
    assert "Quotes 1–2 of 4" in await _page(client, "/quotes?limit=2")
    assert "Articles 1–2 of 3" in await _page(client, "/articles?limit=2")
    search = await _page(client, "/articles?q=Idlib&limit=1")
    assert "Matches 1" in search and 'rel="next"' in search
    assert "Places 1–2 of 3" in await _page(client, "/places?limit=2")
    assert "Events 1 of 3" in await _page(client, "/timeline?limit=1")
    assert len((await client.get("/api/quotes?limit=1&offset=3")).json()) == 1


async def test_timeline_orders_by_the_events_own_date(client: httpx.AsyncClient) -> None:
    html = await _page(client, "/timeline")
    days = re.findall(r"<time>([^<]+)</time>", html)
    assert days == ["2018-08-29", "2019-01"]  # REJECT: "Friday" in January 2019 (no day)
    bars = re.findall(r"<rect [^>]*><title>([^<]+)</title>", html)
    assert bars == ["2018-08: 2 events", "2019-01: 1 event"]
    assert "since=2019-01-01" in html  # a bar links to its month


async def test_places_map_and_mentions(client: httpx.AsyncClient) -> None:
    html = await _page(client, "/places")
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert svg.count("<path ") >= 150  # country outlines
    circles = re.findall(r'<a href="([^"]+)"><circle [^>]*><title>([^<]+)</title>', svg)
    assert sorted(circles) == [
        ("http://test/places/169389", "Idlib: 1 mention in 1 article"),
        ("http://test/places/323786", "Ankara: 1 mention in 1 article"),
        ("http://test/places/524901", "Moscow: 1 mention in 1 article"),
    ]
    assert 'cx="36.63" cy="-35.93"' in svg  # Idlib, projected: x = lon, y = -lat
    mentions = await _page(client, "/places/169389")
    assert "Mr. Lavrov said the U.S. was aiding militants in <mark>Idlib</mark>." in mentions
    assert f'href="http://test/articles/{MOSCOW.id}#{MOSCOW.places[1].id}"' in mentions
    await _page(client, "/places/999", 404)
    assert (await client.get("/places/99999999999999999999")).status_code == 400
    api = (await client.get("/api/places")).json()
    assert {p["name"]: p["n_mentions"] for p in api} == {"Ankara": 1, "Idlib": 1, "Moscow": 1}
    assert (await client.get("/api/places/169389")).json()[0]["text"] == "Idlib"


async def test_actors_are_paginated(tmp_path: Path) -> None:
    from newsgraph.store.corpus import rebuild

    db = tmp_path / "actors.db"
    with Store(db) as store:
        store.add_many([MOSCOW, ANKARA])
        rebuild(store.conn)
        names = [a["name"] for a in store.actors()]
    assert len(names) >= 3
    app = create_app(db, allowed_hosts=["test"])
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        first = (await c.get("/actors?limit=1")).text
        assert "Actors 1" in first and re.search(r'rel="next" href="[^"]*offset=1', first)
        second = (await c.get("/actors?limit=1&offset=1")).text
        assert f">{names[1]}</a>" in second and f">{names[0]}</a>" not in second
        api = (await c.get("/api/actors?limit=1&offset=2")).json()
        assert [a["name"] for a in api] == names[2:3]


def test_month_axis_is_continuous() -> None:
    from newsgraph.web.charts import month_axis

    assert month_axis(["2019-01", "2018-11", "2019"]) == ["2018-11", "2018-12", "2019", "2019-01"]
    assert month_axis(["2020"]) == ["2020"]
