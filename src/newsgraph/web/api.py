"""The JSON API: ``/api/stats``, ``/api/articles``, ``/api/quotes``, ``/api/events``,
``/api/places`` (every list takes ``limit`` and ``offset``).

Each mirrors a page of the web UI and returns what the store returns (see
:class:`newsgraph.store.Store`); unknown ids give 404, bad parameters 400.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from ..store.corpus import _sides, _surname
from ._db import Database, blank_to_none, database
from .paging import flag_filter

router = APIRouter(prefix="/api", tags=["api"])

Db = Annotated[Database, Depends(database)]
Limit = Annotated[int, Query(ge=1, le=1000, description="most rows to return")]
MAX_OFFSET = 1_000_000_000  # far beyond any store; keeps SQLite's 64-bit integers safe
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="rows to skip")]
FlagParam = Annotated[str | None, Query(description="any, only or exclude")]


def rows(hits: Iterable[Any]) -> list[dict[str, Any]]:
    """Store hits as their flat JSON rows."""
    return [h.to_dict() for h in hits]


def not_found(article_id: str) -> HTTPException:
    return HTTPException(
        404, f"no article {article_id!r} in this database; find ids with /api/articles?q=WORDS"
    )


@router.get("/stats", name="api_stats")
def stats(db: Db) -> dict[str, Any]:
    """Counts per table, top actors and event types, outlets, published-date range."""
    return db.run(lambda s: s.stats())


@router.get("/articles", name="api_articles")
def articles(
    db: Db, q: str | None = None, limit: Limit = 20, offset: Offset = 0
) -> list[dict[str, Any]]:
    """Full-text search hits for ``q`` (best first), or every article newest first."""
    query = blank_to_none(q)
    if query is None:
        return rows(db.recent(limit, offset))
    return rows(db.run(lambda s: s.search(query, limit, offset=offset)))


@router.get("/articles/{article_id}", name="api_article")
def article(db: Db, article_id: str) -> dict[str, Any]:
    """The stored article JSON (``newsgraph.article/1``), by id or unique id prefix."""
    found = db.article(article_id)
    if found is None:
        raise not_found(article_id)
    return found


@router.get("/articles/{article_id}/story", name="api_story")
def story(db: Db, article_id: str) -> dict[str, Any]:
    """The article's near-duplicate story: cluster id, copy flag, the article it copies and
    every article of the story (404 before ``newsgraph dedupe`` has seen the article)."""
    found = db.run(lambda s: s.story(article_id))
    if found is None:
        raise not_found(article_id)
    return found


@router.get("/quotes", name="api_quotes")
def quotes(
    db: Db,
    speaker: str | None = None,
    contains: str | None = None,
    article: str | None = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> list[dict[str, Any]]:
    """Quotes by speaker name, words in the content, and article."""
    return rows(
        db.run(
            lambda s: s.quotes(
                blank_to_none(speaker),
                blank_to_none(contains),
                blank_to_none(article),
                limit,
                offset,
            )
        )
    )


@router.get("/events", name="api_events")
def events(
    db: Db,
    type: str | None = None,
    actor: str | None = None,
    country: str | None = None,
    since: str | None = None,
    negated: FlagParam = None,
    hypothetical: FlagParam = None,
    background: FlagParam = None,
    corpus: str | None = None,
    limit: Limit = 100,
    offset: Offset = 0,
    order: Annotated[str, Query(pattern="^(date|when)$", description="date or when")] = "date",
) -> list[dict[str, Any]]:
    """Events by PLOVER type or CAMEO prefix, actor name or code, country, date and flags
    (``any``, ``only`` or ``exclude``); ``order=when`` sorts by each event's own date;
    ``corpus``: the article events one corpus event counts (ux35)."""
    return rows(
        db.run(
            lambda s: s.events(
                blank_to_none(type),
                blank_to_none(actor),
                blank_to_none(country),
                blank_to_none(since),
                limit,
                offset,
                by_when=order == "when",
                negated=flag_filter("negated", negated),
                hypothetical=flag_filter("hypothetical", hypothetical),
                background=flag_filter("background", background),
                corpus=blank_to_none(corpus),
            )
        )
    )


@router.get("/places", name="api_places")
def places(db: Db, limit: Limit = 100, offset: Offset = 0) -> list[dict[str, Any]]:
    """Places (one per GeoNames id; unresolved ones by name), most mentioned first."""
    return rows(db.run(lambda s: s.places(limit, offset)))


@router.get("/places/{geonameid}", name="api_place")
def place(
    db: Db,
    geonameid: Annotated[int, Path(ge=0, le=2**62)],
    limit: Limit = 100,
    offset: Offset = 0,
) -> list[dict[str, Any]]:
    """Every mention of one place with its sentence and article; 404 if it is not stored."""
    found = db.run(lambda s: s.place_mentions(geonameid, limit, offset))
    if not found and offset == 0:
        raise HTTPException(404, f"no place with GeoNames id {geonameid} in this database")
    return rows(found)


@router.get("/actors", name="api_actors")
def actors(
    db: Db,
    name: str | None = None,
    country: str | None = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> list[dict[str, Any]]:
    """Corpus actors by name, alias, role or code and by ISO3 country, most reported first;
    the event sides joined to no actor are counted at ``/api/actors/unjoined``."""
    return db.run(lambda s: s.actors(blank_to_none(country), blank_to_none(name), limit, offset))


@router.get("/actors/unjoined", name="api_actors_unjoined")
def actors_unjoined(db: Db, name: str | None = None, limit: Limit = 10) -> dict[str, Any]:
    """The events whose source or target is joined to no actor (none named, named but not
    coded, or an entity no actor holds), which no row of ``/api/actors`` counts, and the
    ``limit`` most frequent names on such sides (ux38); ``line`` says it in words. With
    ``name``: also ``persons``, the person names matching it that no actor holds (a lone
    surname several known persons share), each with its ``line`` as ``/actors`` shows it."""
    found = db.run(lambda s: s.unjoined_sides(limit))
    if found is None:
        raise HTTPException(404, "this database has no actor registry: run newsgraph dedupe")
    found["line"] = _sides.line(found)
    query = blank_to_none(name)
    if query is not None:
        persons = db.run(lambda s: s.unjoined_persons(query))
        found["persons"] = [{**p, "line": _surname.line(p)} for p in persons]
    return found


@router.get("/actors/{actor_id}", name="api_actor")
def actor(db: Db, actor_id: str) -> dict[str, Any]:
    """One corpus actor with its quotes and events; 404 if unknown."""
    found = db.run(lambda s: s.actor(actor_id))
    if found is None:
        raise HTTPException(404, f"no actor {actor_id!r} in this database; see /api/actors")
    return found


@router.get("/statements", name="api_statements")
def statements(
    db: Db,
    speaker: str | None = None,
    contains: str | None = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> list[dict[str, Any]]:
    """Statements (near-identical quotes across articles) by speaker name, alias or role."""
    return db.run(
        lambda s: s.statements(
            blank_to_none(speaker), blank_to_none(contains), limit, offset=offset
        )
    )


@router.get("/corpus_events", name="api_corpus_events")
def corpus_events(
    db: Db,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> list[dict[str, Any]]:
    """Events counted across articles, by actor code and inclusive date range."""
    return db.run(
        lambda s: s.corpus_events(
            blank_to_none(actor), blank_to_none(since), blank_to_none(until), limit, offset
        )
    )
