"""The JSON API: ``/api/stats``, ``/api/articles``, ``/api/quotes``, ``/api/events``.

Each mirrors a page of the web UI and returns what the store returns (see
:class:`newsgraph.store.Store`); unknown ids give 404, bad parameters 400.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query

from ._db import Database, blank_to_none, database

router = APIRouter(prefix="/api", tags=["api"])

Db = Annotated[Database, Depends(database)]
Limit = Annotated[int, Query(ge=1, le=1000, description="most rows to return")]
MAX_OFFSET = 1_000_000_000  # far beyond any store; keeps SQLite's 64-bit integers safe
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="rows to skip (article list only)")]


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
    return rows(db.run(lambda s: s.search(query, limit)))


@router.get("/articles/{article_id}", name="api_article")
def article(db: Db, article_id: str) -> dict[str, Any]:
    """The stored article JSON (``newsgraph.article/1``), by id or unique id prefix."""
    found = db.article(article_id)
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
) -> list[dict[str, Any]]:
    """Quotes by speaker name, words in the content, and article."""
    return rows(
        db.run(
            lambda s: s.quotes(
                blank_to_none(speaker), blank_to_none(contains), blank_to_none(article), limit
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
    limit: Limit = 100,
) -> list[dict[str, Any]]:
    """Events by PLOVER type or CAMEO prefix, actor name or code, country, and date."""
    return rows(
        db.run(
            lambda s: s.events(
                blank_to_none(type),
                blank_to_none(actor),
                blank_to_none(country),
                blank_to_none(since),
                limit,
            )
        )
    )
