"""The HTML pages: overview, article search and list, one article, quotes, events."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import jinja2
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ..summary import place_conflicts
from ._db import Database, blank_to_none, database
from .api import Offset, not_found
from .highlight import KINDS, SNIPPET_MARKS, mark_snippet, render_highlighted
from .views import (
    actor_label,
    article_highlights,
    entity_title,
    event_flags,
)

_HERE = Path(__file__).parent
_PAGE = 50

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

Db = Annotated[Database, Depends(database)]
Limit = Annotated[int, Query(ge=1, le=1000)]


def _safe_url(url: str | None) -> str | None:
    """``url`` if it is a plain web link (never ``javascript:`` or ``data:``), else None."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_HERE / "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["safe_url"] = _safe_url
    env.filters["snippet"] = mark_snippet
    env.filters["short"] = lambda value, n=12: (value or "")[:n]
    return env


templates = Jinja2Templates(env=_environment())


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


@router.get("/")
def overview(request: Request, db: Db) -> HTMLResponse:
    stats = db.run(lambda s: s.stats())
    return render(request, "index.html", stats=stats, recent=db.recent(15), title="Overview")


@router.get("/articles")
def articles(
    request: Request, db: Db, q: str | None = None, limit: Limit = _PAGE, offset: Offset = 0
) -> HTMLResponse:
    query = blank_to_none(q)
    if query is None:
        rows = db.recent(limit, offset)
    else:
        rows = db.run(lambda s: s.search(query, limit, mark=SNIPPET_MARKS))
    return render(
        request,
        "articles.html",
        title=f"Search: {query}" if query else "Articles",
        q=query or "",
        rows=rows,
        limit=limit,
        offset=offset,
    )


@router.get("/articles/{article_id}")
def article(request: Request, db: Db, article_id: str) -> HTMLResponse:
    record = db.article_record(article_id)
    if record is None:
        raise not_found(article_id)
    names = {e.id: e.name for e in record.entities}
    return render(
        request,
        "article.html",
        title=record.title or record.id,
        a=record,
        body=render_highlighted(record.text, article_highlights(record)),
        kinds=KINDS,
        names=names,
        places={p.id: p for p in record.places},
        times={t.id: t for t in record.times},
        actor_label=actor_label,
        entity_title=entity_title,
        event_flags=event_flags,
        conflicts=place_conflicts(record),
    )


@router.get("/help")
def help_page(request: Request) -> HTMLResponse:
    return render(request, "help.html", title="API")


@router.get("/quotes")
def quotes(
    request: Request,
    db: Db,
    speaker: str | None = None,
    contains: str | None = None,
    article: str | None = None,
    limit: Limit = 100,
) -> HTMLResponse:
    form = {
        "speaker": blank_to_none(speaker),
        "contains": blank_to_none(contains),
        "article": blank_to_none(article),
    }
    rows = db.run(lambda s: s.quotes(form["speaker"], form["contains"], form["article"], limit))
    return render(request, "quotes.html", title="Quotes", form=form, rows=rows, limit=limit)


@router.get("/actors")
def actors(
    request: Request,
    db: Db,
    name: str | None = None,
    country: str | None = None,
    limit: Limit = 100,
) -> HTMLResponse:
    form = {"name": blank_to_none(name), "country": blank_to_none(country)}
    rows = db.run(lambda s: s.actors(country=form["country"], name=form["name"], limit=limit))
    return render(request, "actors.html", title="Actors", form=form, rows=rows, limit=limit)


@router.get("/actors/{actor_id}")
def actor(request: Request, db: Db, actor_id: str) -> HTMLResponse:
    found = db.run(lambda s: s.actor(actor_id))
    if found is None:
        raise HTTPException(404, f"no actor {actor_id!r} in this database; list them at /actors")
    statements = db.run(lambda s: s.statements(speaker=None, limit=1000, actor=actor_id))
    return render(request, "actor.html", title=found["name"], actor=found, statements=statements)


@router.get("/events")
def events(
    request: Request,
    db: Db,
    type: str | None = None,
    actor: str | None = None,
    country: str | None = None,
    since: str | None = None,
    limit: Limit = 100,
) -> HTMLResponse:
    form = {
        "type": blank_to_none(type),
        "actor": blank_to_none(actor),
        "country": blank_to_none(country),
        "since": blank_to_none(since),
    }
    rows = db.run(
        lambda s: s.events(form["type"], form["actor"], form["country"], form["since"], limit)
    )
    return render(request, "events.html", title="Events", form=form, rows=rows, limit=limit)
