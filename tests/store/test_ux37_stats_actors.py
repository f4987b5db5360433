"""ux37 walk (`newsgraph stats` read after `make demo`, then on 839 PolNeAR texts): its "Top
actors" were entity names counted apart ("Hillary Clinton" 541 articles, "Obama" 155) while
`newsgraph actors` gave the registry's actors ("Hillary Rodham Clinton" 567; no "Obama" actor):
two counts for one person. When every article is linked into the registry, stats lists the
registry's actors with its counts, and the overview page links each to its actor page (a
link to events whose actor name holds the registry's name found few). Control: a store whose
articles were added without the registry (the library's Store.add) keeps counting entity
names."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from newsgraph.model import Article, Entity, Source, Span, article_id, record_id
from newsgraph.store import Store
from newsgraph.store.corpus import Corpus
from newsgraph.web.app import create_app


def _article(i: int, name: str) -> Article:
    text = f"Day {i}: {name} spoke to reporters in the capital about the talks."
    aid = article_id(text)
    s = text.index(name)
    person = Entity(
        record_id(aid, "entity", s, s + len(name)), name, "PERSON", "USA",
        mentions=[Span.of(text, s, s + len(name))],
    )  # fmt: skip
    return Article(
        id=aid, text=text, published=f"2016-01-{i + 1:02d}", source=Source(outlet="Wire"),
        entities=[person],
    )  # fmt: skip


_NAMES = ["Hillary Clinton", "Hillary Clinton", "Hillary Rodham Clinton"]


def test_stats_top_actors_are_the_registrys(tmp_path: Path) -> None:
    arts = [_article(i, n) for i, n in enumerate(_NAMES)]
    db = tmp_path / "n.db"
    with Store(db) as store:
        store.add_many(arts)
        Corpus(store.conn).add(a.id for a in arts)
    with Store(db, read_only=True) as store:
        top = [(a["name"], a["n"]) for a in store.stats()["top_actors"]]
        listed = [(a["name"], a["n_articles"]) for a in store.actors()]
    assert top == [("Hillary Rodham Clinton", 3)] == listed
    page = asyncio.run(_get(db, "/"))
    actor = store_actor_id(db)
    assert f'<a href="http://127.0.0.1/actors/{actor}">Hillary Rodham Clinton</a>' in page


def store_actor_id(db: Path) -> str:
    with Store(db, read_only=True) as store:
        return str(store.actors()[0]["id"])


async def _get(db: Path, path: str) -> str:
    transport = httpx.ASGITransport(app=create_app(db))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        return (await client.get(path)).text


def test_control_articles_added_without_the_registry_count_entity_names(tmp_path: Path) -> None:
    arts = [_article(i, n) for i, n in enumerate(_NAMES)]
    with Store(tmp_path / "n.db") as store:
        store.add_many(arts)
        top = [(a["name"], a["n"]) for a in store.stats()["top_actors"]]
    assert top == [("Hillary Clinton", 2), ("Hillary Rodham Clinton", 1)]
