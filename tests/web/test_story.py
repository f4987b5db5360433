"""Near-duplicate stories from the API, the web page and ``show`` (issue 13.2): an article
knows its story cluster and whether it is a copy, and the reader sees it."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from newsgraph.cli import app as cli
from newsgraph.store import Store
from newsgraph.web.app import create_app
from tests.corpus._samples import OWN, REPRINT, WIRE, plain

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def story_db(tmp_path: Path) -> Path:
    path = tmp_path / "story.db"
    with Store(path) as store:
        store.add_many(
            [
                plain(WIRE, "AP", "2018-08-29"),
                plain(REPRINT, "Reuters", "2018-08-30"),
                plain(OWN, "PressTV", "2018-08-29"),
            ]
        )
        store.rebuild_corpus()
    return path


def test_store_story_of_a_copy_and_of_its_original(story_db: Path) -> None:
    wire, reprint, own = (plain(t, "x", "2018-01-01").id for t in (WIRE, REPRINT, OWN))
    with Store(story_db, read_only=True) as store:
        copy = store.story(reprint[:8])  # a unique prefix is enough, as for get()
        original = store.story(wire)
        alone = store.story(own)
        assert store.story("nope") is None
    assert copy is not None and original is not None and alone is not None
    assert copy["is_copy"] is True and copy["copy_of"] == wire
    assert 0.6 < copy["similarity"] <= 1.0
    assert original["is_copy"] is False and original["copy_of"] is None
    assert copy["cluster_id"] == original["cluster_id"] != alone["cluster_id"]
    # the story's articles, earliest published first, each with its copy flag
    assert [(a["id"], a["outlet"], a["is_copy"]) for a in original["articles"]] == [
        (wire, "AP", False),
        (reprint, "Reuters", True),
    ]
    assert [a["id"] for a in alone["articles"]] == [own]


async def test_article_page_and_api_show_the_story(story_db: Path) -> None:
    wire, reprint = (plain(t, "x", "2018-01-01").id for t in (WIRE, REPRINT))
    transport = httpx.ASGITransport(app=create_app(story_db))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        page = (await client.get(f"/articles/{reprint}")).text
        api = (await client.get(f"/api/articles/{reprint}/story")).json()
        missing = await client.get("/api/articles/nope/story")
    assert 'class="story"' in page
    assert f'href="http://127.0.0.1/articles/{wire}"' in page  # links to the original
    assert "Copy of" in page and "AP" in page
    assert api["is_copy"] is True and api["copy_of"] == wire
    assert missing.status_code == 404


def test_show_prints_the_story_line(story_db: Path) -> None:
    wire, reprint = (plain(t, "x", "2018-01-01").id for t in (WIRE, REPRINT))
    result = CliRunner().invoke(cli, ["show", reprint[:10], "--db", str(story_db)])
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if x.startswith("story:"))
    assert f"copy of {wire[:12]}" in line and "2 articles" in line


async def test_corpus_events_page_counts_and_pages(tmp_path: Path) -> None:
    from tests.corpus._samples import story

    path = tmp_path / "events.db"
    with Store(path) as store:
        wire = story(WIRE, "AP", "2018-08-29")
        store.add_many(
            [wire, story(REPRINT, "Reuters", "2018-08-30"), story(OWN, "PressTV", "2018-08-29")]
        )
        store.rebuild_corpus()
        everything = store.corpus_events()
        assert store.corpus_events(limit=1, offset=1) == everything[1:2]
    # AP and Reuters report Lavrov -> al-Jubeir (one corpus event, 2 articles, 2 sources);
    # PressTV has the pair the other way round (another corpus event)
    assert sorted((e["actor1"], e["num_articles"]) for e in everything) == [
        ("RUSGOV", 2),
        ("SAUGOV", 1),
    ]
    transport = httpx.ASGITransport(app=create_app(path))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        page = (await client.get("/corpus-events", params={"actor": "RUS"})).text
        second = (await client.get("/corpus-events", params={"limit": 1, "offset": 1})).text
        api = (await client.get("/api/corpus_events", params={"limit": 1, "offset": 1})).json()
        bad = await client.get("/corpus-events", params={"since": "notadate"})
    assert "Corpus events" in page and "RUSGOV" in page and "SAUGOV" in page
    assert '<td class="num">2</td>' in page  # articles (and sources) that reported it
    first = next(e for e in everything if e["actor1"] == "RUSGOV")["first_event_id"]
    assert first in {e.id for e in wire.events}
    # its first report, landing on the event's row (ux26; it landed on the article's top)
    assert f'href="http://127.0.0.1/articles/{wire.id}#{first}"' in page
    assert "Corpus events 2 of 2" not in second and "Corpus events 2" in second
    assert [e["id"] for e in api] == [everything[1]["id"]]
    assert bad.status_code == 400
