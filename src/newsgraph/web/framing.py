"""Framing across the store: outlets side by side, bars per label, every count linking to its
sentences. Pages ``/framing`` and ``/framing/hits``; JSON ``/api/framing`` and
``/api/framing/hits`` (the same rows :meth:`newsgraph.store.Store.framing` and
:meth:`~newsgraph.store.Store.framing_hits` return)."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape

from ..store._framing import public
from ._db import Database, blank_to_none, database
from .api import Offset
from .paging import Pager

api_router = APIRouter(prefix="/api", tags=["api"])
page_router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

Db = Annotated[Database, Depends(database)]
Limit = Annotated[int, Query(ge=1, le=1000, description="most rows to return")]
_PAGE = 50


@api_router.get("/framing", name="api_framing")
def api_framing(
    request: Request, db: Db, actor: str | None = None, by: str = "outlet", top: Limit = 200
) -> list[dict[str, Any]]:
    """Labels per outlet (``by=outlet``, or ``by=all`` together) and actor, with counts and
    one example each; ``actor`` is an entity name or a generic code (SYRREB). A group with no
    outlet or no actor has null there; each row's ``hits`` is the URL of its records."""
    from fastapi import HTTPException

    if by not in ("outlet", "all"):
        raise HTTPException(400, f"by={by!r}: use 'outlet' or 'all'")
    who = blank_to_none(actor)
    rows = db.run(lambda s: s.framing(who, by_outlet=by == "outlet", top=top))
    base = str(request.url_for("api_framing_hits"))
    # ux33: "(no outlet)"/"(no actor)" were given as names; null now, and the hits URL (made
    # from the keys the filters take) still reaches the records behind the count
    return [{**public(r), "hits": base + "?" + urlencode(_hit_filters(r))} for r in rows]


def _hit_filters(row: dict[str, Any]) -> dict[str, str]:
    keys = {"actor": row["actor"], "outlet": row["outlet"], "label": row["label"]}
    return {k: v for k, v in keys.items() if v is not None}


@api_router.get("/framing/hits", name="api_framing_hits")
def api_framing_hits(
    db: Db,
    actor: str | None = None,
    outlet: str | None = None,
    label: str | None = None,
    limit: Limit = _PAGE,
    offset: Offset = 0,
) -> list[dict[str, Any]]:
    """The framing records behind a count, each with its sentence (``actor`` null for a
    label with no actor, as the export gives it)."""
    a, o, lab = blank_to_none(actor), blank_to_none(outlet), blank_to_none(label)
    return [public(r) for r in db.run(lambda s: s.framing_hits(a, o, lab, limit, offset))]


def _bar(n: int, top: int) -> Markup:
    w = max(2, round(100 * n / top)) if top else 0
    return Markup(
        '<svg class="bars" viewBox="0 0 100 8" height="8" preserveAspectRatio="none" '
        f'role="img" aria-label="{n}"><rect x="0" y="0" width="{w}" height="8"></rect></svg>'
    )


#: the most (outlet, actor, label) counts the page shows (the most frequent pairs, ux35)
PAGE_TOP = 2000


def matrix(rows: list[dict[str, Any]]) -> tuple[list[str], list[dict[str, Any]]]:
    """Outlets (columns) and, per actor, its labels with a count per outlet."""
    outlets = sorted({r["outlet"] or "(all)" for r in rows})
    actors: dict[str, dict[str, Any]] = {}
    for r in rows:
        a = actors.setdefault(
            r["actor"], {"actor": r["actor"], "code": r["code"], "labels": {}, "total": 0}
        )
        lab = a["labels"].setdefault(r["label"], {"label": r["label"], "kind": r["kind"], "n": {}})
        lab["n"][r["outlet"] or "(all)"] = r["count"]
        a["total"] += r["count"]
    out = sorted(actors.values(), key=lambda a: (-a["total"], a["actor"]))
    for a in out:
        labels = list(a["labels"].values())
        labels.sort(key=lambda lab: (-sum(lab["n"].values()), lab["label"]))
        a["labels"] = labels
        a["top"] = max((max(lab["n"].values()) for lab in labels), default=0)
    return outlets, out


def _sentence_html(hit: dict[str, Any]) -> Markup:
    s, a, b = (
        hit["sentence"],
        hit["start"] - hit["sentence_start"],
        hit["end"] - hit["sentence_start"],
    )
    if not (0 <= a <= b <= len(s)):
        return Markup(escape(s))
    return Markup(f"{escape(s[:a])}<mark>{escape(s[a:b])}</mark>{escape(s[b:])}")


@page_router.get("/framing", name="framing")
def framing_page(request: Request, db: Db, actor: str | None = None) -> HTMLResponse:
    from .pages import render

    form = {"actor": blank_to_none(actor)}
    totals: list[int] = []
    top = PAGE_TOP
    rows = db.run(lambda s: s.framing(form["actor"], by_outlet=True, top=top, totals=totals))
    outlets, actors = matrix(rows)
    base = str(request.url_for("framing_hits"))

    def href(actor_key: str, outlet: str, label: str) -> str:
        return base + "?" + urlencode({"actor": actor_key, "outlet": outlet, "label": label})

    return render(
        request,
        "framing.html",
        title="Framing",
        form=form,
        outlets=outlets,
        actors=actors,
        shown=len(rows),
        total=totals[0] if totals else len(rows),
        bar=_bar,
        href=href,
    )


@page_router.get("/framing/hits", name="framing_hits")
def framing_hits_page(
    request: Request,
    db: Db,
    actor: str | None = None,
    outlet: str | None = None,
    label: str | None = None,
    limit: Limit = _PAGE,
    offset: Offset = 0,
) -> HTMLResponse:
    from .pages import render

    form = {
        "actor": blank_to_none(actor),
        "outlet": blank_to_none(outlet),
        "label": blank_to_none(label),
    }

    def read(s: Any) -> tuple[list[dict[str, Any]], int]:
        f = form
        return (
            s.framing_hits(f["actor"], f["outlet"], f["label"], limit, offset),
            s.count_framing_hits(f["actor"], f["outlet"], f["label"]),
        )

    rows, total = db.run(read)
    pager = Pager(str(request.url_for("framing_hits")), offset, limit, len(rows), total, form)
    return render(
        request,
        "framing_hits.html",
        title="Framing: " + " · ".join(v for v in form.values() if v),
        form=form,
        rows=rows,
        pager=pager,
        sentence=_sentence_html,
        json_href=str(request.url_for("api_framing_hits"))
        + "?"
        + urlencode({k: v for k, v in form.items() if v}),
    )
