"""The HTML pages: overview, articles, one article, quotes, events, timeline, places and map."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path as FilePath
from typing import Annotated, Any

import jinja2
from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ..store import Store
from ..store._queries import event_types
from ..store.corpus import _sides
from ..store.corpus._surname import line
from ..store.records import EventHit, PlaceMention, PlaceSummary, QuoteHit
from ..summary import place_conflicts
from ._db import Database, blank_to_none, database
from .api import Offset, not_found
from .charts import month_bars
from .highlight import KINDS, SNIPPET_MARKS, mark_snippet, render_highlighted
from .paging import Pager, flag_filter, flag_form
from .views import (
    actor_label,
    article_highlights,
    entity_title,
    event_flags,
    evidence_html,
    framing_target,
    mention_html,
)
from .worldmap import Point, render_map

_HERE = FilePath(__file__).parent
_PAGE = 50
_MAP_POINTS = 2000  # most places drawn on the map (the most mentioned)

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
    return render(
        request,
        "index.html",
        stats=stats,
        recent=db.recent(15),
        title="Overview",
        db_name=FilePath(db.path).name,  # the file name only: the page may be seen from elsewhere
    )


@router.get("/articles")
def articles(
    request: Request,
    db: Db,
    q: str | None = None,
    outlet: str | None = None,
    limit: Limit = _PAGE,
    offset: Offset = 0,
) -> HTMLResponse:
    query, source = blank_to_none(q), blank_to_none(outlet)  # ux35: one outlet's articles
    if query is None:
        rows: list[Any] = db.recent(limit, offset, source)
        total = db.run(lambda s: s.count_articles(source))
    else:
        rows = db.run(
            lambda s: s.search(query, limit, mark=SNIPPET_MARKS, offset=offset, outlet=source)
        )
        total = db.run(lambda s: s.count_search(query, source))  # ux35: 'Matches 1–50' of ?
    form = {"q": query, "outlet": source}
    pager = Pager(str(request.url_for("articles")), offset, limit, len(rows), total, form)
    title = f"Search: {query}" if query else "Articles"
    return render(
        request,
        "articles.html",
        title=title + (f" · {source}" if source else ""),
        q=query or "",
        outlet=source or "",
        rows=rows,
        pager=pager,
    )


@router.get("/articles/{article_id}")
def article(request: Request, db: Db, article_id: str) -> HTMLResponse:
    record = db.article_record(article_id)
    if record is None:
        raise not_found(article_id)
    story = db.run(lambda s: s.story(record.id))
    # ux37: the entities table named no actor, so an entity the registry joined to none (a
    # lone surname several known persons share) was not said to be so
    joined = db.run(lambda s: s.entity_actors(record.id))
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
        framing_target=framing_target,
        event_flags=event_flags,
        conflicts=place_conflicts(record),
        story=story,
        joined=joined,
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
    limit: Limit = _PAGE,
    offset: Offset = 0,
) -> HTMLResponse:
    form = {
        "speaker": blank_to_none(speaker),
        "contains": blank_to_none(contains),
        "article": blank_to_none(article),
    }

    def read(s: Store) -> tuple[list[QuoteHit], int]:
        rows = s.quotes(form["speaker"], form["contains"], form["article"], limit, offset)
        return rows, s.count_quotes(form["speaker"], form["contains"], form["article"])

    rows, total = db.run(read)
    pager = Pager(str(request.url_for("quotes")), offset, limit, len(rows), total, form)
    return render(request, "quotes.html", title="Quotes", form=form, rows=rows, pager=pager)


@router.get("/statements")
def statements(
    request: Request,
    db: Db,
    speaker: str | None = None,
    contains: str | None = None,
    limit: Limit = _PAGE,
    offset: Offset = 0,
) -> HTMLResponse:
    """ux40: the statements ("who said it first") were on actor pages and in the JSON API
    only; the quotes page linked the JSON."""
    form = {"speaker": blank_to_none(speaker), "contains": blank_to_none(contains)}
    rows = db.run(lambda s: s.statements(form["speaker"], form["contains"], limit, offset=offset))
    pager = Pager(str(request.url_for("statements")), offset, limit, len(rows), None, form)
    return render(
        request, "statements.html", title="Statements", form=form, statements=rows, pager=pager
    )


@router.get("/actors")
def actors(
    request: Request,
    db: Db,
    name: str | None = None,
    country: str | None = None,
    limit: Limit = _PAGE,
    offset: Offset = 0,
) -> HTMLResponse:
    form = {"name": blank_to_none(name), "country": blank_to_none(country)}
    rows = db.run(
        lambda s: s.actors(country=form["country"], name=form["name"], limit=limit, offset=offset)
    )
    pager = Pager(str(request.url_for("actors")), offset, limit, len(rows), None, form)
    # ux37: a name several known persons share, joined to no actor, is said so, not left out
    name_ = form["name"]
    unjoined = [line(e) for e in db.run(lambda s: s.unjoined_persons(name_))] if name_ else []
    # ux38: the event sides no actor row counts, with the JSON that lists their names (on the
    # first page: one pass over every event's actors, ~1.5 s per 200,000 events)
    sides = db.run(lambda s: s.unjoined_sides()) if offset == 0 else None
    sides_line = _sides.line(sides) if sides is not None and sides["n_events"] else None
    return render(
        request,
        "actors.html",
        title="Actors",
        form=form,
        rows=rows,
        pager=pager,
        unjoined=unjoined,
        sides_line=sides_line,
    )


@router.get("/actors/{actor_id}")
def actor(request: Request, db: Db, actor_id: str) -> HTMLResponse:
    found = db.run(lambda s: s.actor(actor_id))
    if found is None:
        raise HTTPException(404, f"no actor {actor_id!r} in this database; list them at /actors")
    statements = db.run(lambda s: s.statements(speaker=None, limit=1000, actor=actor_id))
    return render(request, "actor.html", title=found["name"], actor=found, statements=statements)


@dataclass(frozen=True, slots=True)
class EventForm:
    """The event filters shared by the events list and the timeline."""

    type: str | None
    actor: str | None
    country: str | None
    since: str | None
    negated: bool | None
    hypothetical: bool | None
    background: bool | None
    corpus: str | None = None  # ux35: a corpus event's own article events (its mentions)

    @classmethod
    def of(
        cls,
        type: str | None,
        actor: str | None,
        country: str | None,
        since: str | None,
        negated: str | None,
        hypothetical: str | None,
        background: str | None,
        corpus: str | None = None,
    ) -> EventForm:
        return cls(
            blank_to_none(type),
            blank_to_none(actor),
            blank_to_none(country),
            blank_to_none(since),
            flag_filter("negated", negated),
            flag_filter("hypothetical", hypothetical),
            flag_filter("background", background),
            blank_to_none(corpus),
        )

    def filters(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def params(self) -> dict[str, str | None]:
        """The form as query parameters (flags as any/only/exclude)."""
        out: dict[str, str | None] = {}
        for key, value in self.filters().items():
            out[key] = flag_form(value) if key in FLAGS else value
        return out


FLAGS = ("negated", "hypothetical", "background")
FlagParam = Annotated[str | None, Query(description="any, only or exclude")]


def _event_page(
    request: Request, db: Db, form: EventForm, limit: int, offset: int, timeline: bool
) -> tuple[list[EventHit], int, list[tuple[str, int]]]:
    def read(s: Store) -> tuple[list[EventHit], int, list[tuple[str, int]]]:
        f = form.filters()
        rows = s.events(limit=limit, offset=offset, by_when=timeline, **f)
        months = s.event_months(**f) if timeline else []
        return rows, s.count_events(**f, by_when=timeline), months

    return db.run(read)


@router.get("/corpus-events")
def corpus_events(
    request: Request,
    db: Db,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: Limit = _PAGE,
    offset: Offset = 0,
) -> HTMLResponse:
    """Events counted across articles (GDELT-style): one row per corpus event."""
    form = {
        "actor": blank_to_none(actor),
        "since": blank_to_none(since),
        "until": blank_to_none(until),
    }
    rows = db.run(
        lambda s: s.corpus_events(form["actor"], form["since"], form["until"], limit, offset)
    )
    pager = Pager(str(request.url_for("corpus_events")), offset, limit, len(rows), None, form)
    return render(
        request, "corpus_events.html", title="Corpus events", form=form, rows=rows, pager=pager
    )


@router.get("/events")
def events(
    request: Request,
    db: Db,
    type: str | None = None,
    actor: str | None = None,
    country: str | None = None,
    since: str | None = None,
    negated: FlagParam = None,
    hypothetical: FlagParam = None,
    background: FlagParam = None,
    corpus: str | None = None,
    limit: Limit = _PAGE,
    offset: Offset = 0,
) -> HTMLResponse:
    form = EventForm.of(type, actor, country, since, negated, hypothetical, background, corpus)
    rows, total, _ = _event_page(request, db, form, limit, offset, timeline=False)
    pager = Pager(str(request.url_for("events")), offset, limit, len(rows), total, form.params())
    return render(
        request,
        "events.html",
        title="Events",
        form=form.params(),
        flags=FLAGS,
        rows=rows,
        pager=pager,
        evidence=evidence_html,
        types=event_types(),
    )


@router.get("/timeline")
def timeline(
    request: Request,
    db: Db,
    type: str | None = None,
    actor: str | None = None,
    country: str | None = None,
    since: str | None = None,
    negated: FlagParam = None,
    hypothetical: FlagParam = None,
    background: FlagParam = None,
    limit: Limit = _PAGE,
    offset: Offset = 0,
) -> HTMLResponse:
    form = EventForm.of(type, actor, country, since, negated, hypothetical, background)
    rows, total, months = _event_page(request, db, form, limit, offset, timeline=True)
    path = str(request.url_for("timeline"))
    pager = Pager(path, offset, limit, len(rows), total, form.params())
    params = form.params()

    def month_href(month: str) -> str:
        start = month + "-01" if len(month) == 7 else month + "-01-01"
        return Pager(path, 0, limit, 0, None, {**params, "since": start}).url(0)

    days: dict[str, list[EventHit]] = {}
    for row in rows:
        days.setdefault(row.when or "undated", []).append(row)
    return render(
        request,
        "timeline.html",
        title="Timeline",
        form=params,
        flags=FLAGS,
        days=days,
        pager=pager,
        chart=month_bars(months, month_href),
        evidence=evidence_html,
        types=event_types(),
    )


@router.get("/places")
def places(request: Request, db: Db, limit: Limit = _PAGE, offset: Offset = 0) -> HTMLResponse:
    def read(s: Store) -> tuple[list[PlaceSummary], int, list[PlaceSummary]]:
        return s.places(limit, offset), s.count_places(), s.places(_MAP_POINTS, located_only=True)

    rows, total, located = db.run(read)
    points = [
        Point(
            p.lat,
            p.lon,
            p.n_mentions,
            f"{p.name}: {p.n_mentions} mention{'' if p.n_mentions == 1 else 's'} "
            f"in {p.n_articles} article{'' if p.n_articles == 1 else 's'}",
            str(request.url_for("place", geonameid=p.geonameid)),
        )
        for p in located
        if p.geonameid is not None and p.lat is not None and p.lon is not None
    ]
    pager = Pager(str(request.url_for("places")), offset, limit, len(rows), total)
    return render(
        request,
        "places.html",
        title="Places",
        rows=rows,
        pager=pager,
        worldmap=render_map(points),
        n_points=len(points),
    )


@router.get("/places/{geonameid}")
def place(
    request: Request,
    db: Db,
    geonameid: Annotated[int, Path(ge=0, le=2**62)],
    limit: Limit = _PAGE,
    offset: Offset = 0,
) -> HTMLResponse:
    def read(s: Store) -> tuple[list[PlaceMention], int]:
        return s.place_mentions(geonameid, limit, offset), s.count_place_mentions(geonameid)

    rows, total = db.run(read)
    if total == 0:
        raise HTTPException(404, f"no place with GeoNames id {geonameid} in this database")
    path = str(request.url_for("place", geonameid=geonameid))
    pager = Pager(path, offset, limit, len(rows), total)
    name = rows[0].name if rows else str(geonameid)
    return render(
        request,
        "place.html",
        title=name,
        place_name=name,
        geonameid=geonameid,
        rows=rows,
        pager=pager,
        mention=mention_html,
    )
