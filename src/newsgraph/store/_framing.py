"""Framing across a corpus: the labels each outlet uses for each actor, with their sentences.

Rows of the ``framing`` table (one per framing record) carry an ``actor`` key that groups the
same actor across articles: the linked entity's name ("Government of Israel"), else the generic
actor's code ("SYRREB"), else the words labelled. ``summary`` counts labels per (outlet, actor)
with one example each; ``hits`` lists the records behind one count, with their sentences.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from ..model import Article
from ._errors import StoreError
from ._rows import sentence_around

NO_OUTLET = "(no outlet)"


def actor_key(target_name: str | None, target: str | None, code: str | None) -> str:
    """The key that groups one actor's labels across articles."""
    if target and target_name:
        return target_name
    return code or target_name or "(no actor)"


def framing_rows(a: Article) -> Iterator[dict[str, Any]]:
    for f in a.framing:
        yield {
            "id": f.id,
            "article_id": a.id,
            "kind": f.kind,
            "label": f.label,
            "start": f.span.start,
            "end": f.span.end,
            "text": f.span.text,
            "target": f.target,
            "target_name": f.target_name,
            "target_code": f.target_code,
            "actor": actor_key(f.target_name, f.target, f.target_code),
            "polarity": f.polarity,
            "sentence": f.sentence,
            "rule": f.rule,
            "confidence": f.confidence,
        }


def tone_rows(a: Article) -> Iterator[dict[str, Any]]:
    if a.tone is not None:
        t = a.tone
        yield {
            "article_id": a.id,
            "tone": t.tone,
            "positive": t.positive,
            "negative": t.negative,
            "polarity": t.polarity,
            "words": t.words,
        }


def _check(conn: sqlite3.Connection) -> None:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='framing'")
    if row.fetchone() is None:
        raise StoreError(
            "this store predates framing records: open it once with `newsgraph ingest` "
            "(which upgrades it) and re-ingest the articles to fill them."
        )


def _conditions(actor: str | None, outlet: str | None, label: str | None) -> tuple[str, list[Any]]:
    where: list[str] = []
    args: list[Any] = []
    if actor:
        where.append("(f.actor = ? COLLATE NOCASE OR f.target_code = ? COLLATE NOCASE)")
        args += [actor, actor]
    if outlet:
        if outlet == NO_OUTLET:
            where.append("a.outlet IS NULL")
        else:
            where.append("a.outlet = ?")
            args.append(outlet)
    if label:
        where.append("f.label = ?")
        args.append(label)
    return (" WHERE " + " AND ".join(where)) if where else "", args


def summary(
    conn: sqlite3.Connection, *, actor: str | None = None, by_outlet: bool = True, top: int = 200
) -> list[dict[str, Any]]:
    """Per (outlet, actor, label): count, kind, mean polarity and the first record as example.

    With ``by_outlet=False`` all outlets are counted together (``outlet`` is null).
    """
    _check(conn)
    where, args = _conditions(actor, None, None)
    outlet = f"coalesce(a.outlet, '{NO_OUTLET}')" if by_outlet else "NULL"
    sql = f"""
        SELECT {outlet} AS outlet, f.actor, f.label, min(f.kind) AS kind, count(*) AS n,
               count(DISTINCT f.article_id) AS n_articles, avg(f.polarity) AS polarity,
               min(f.target_code) AS code
          FROM framing f JOIN articles a ON a.id = f.article_id{where}
         GROUP BY 1, f.actor, f.label
         ORDER BY 1, f.actor, n DESC, f.label
         LIMIT ?"""
    out: list[dict[str, Any]] = []
    for r in conn.execute(sql, [*args, top]).fetchall():
        first = hits(conn, actor=r["actor"], outlet=r["outlet"], label=r["label"], limit=1)
        out.append(
            {
                "outlet": r["outlet"],
                "actor": r["actor"],
                "code": r["code"],
                "label": r["label"],
                "kind": r["kind"],
                "count": r["n"],
                "articles": r["n_articles"],
                "polarity": round(float(r["polarity"]), 3),
                "example": first[0] if first else None,
            }
        )
    return out


def hits(
    conn: sqlite3.Connection,
    *,
    actor: str | None = None,
    outlet: str | None = None,
    label: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """The framing records behind one count, each with its sentence and article."""
    _check(conn)
    where, args = _conditions(actor, outlet, label)
    return hits_where(conn, where.removeprefix(" WHERE ") or "1", args, limit, offset)


def hits_where(
    conn: sqlite3.Connection, where: str, args: list[Any], limit: int, offset: int = 0
) -> list[dict[str, Any]]:
    sql = f"""
        SELECT f.*, a.title, a.published, a.outlet, a.url, a.text AS article_text
          FROM framing f JOIN articles a ON a.id = f.article_id
         WHERE {where}
         ORDER BY a.published, f.article_id, f.start
         LIMIT ? OFFSET ?"""
    out: list[dict[str, Any]] = []
    for r in conn.execute(sql, [*args, limit, offset]).fetchall():
        text = r["article_text"]
        s0, s1 = sentence_around(text, r["start"], r["end"])
        out.append(
            {
                "id": r["id"],
                "article_id": r["article_id"],
                "title": r["title"],
                "published": r["published"],
                "outlet": r["outlet"],
                "url": r["url"],
                "kind": r["kind"],
                "label": r["label"],
                "start": r["start"],
                "end": r["end"],
                "text": r["text"],
                "actor": r["actor"],
                "target": r["target"],
                "target_name": r["target_name"],
                "target_code": r["target_code"],
                "polarity": r["polarity"],
                "sentence": text[s0:s1],
                "sentence_start": s0,
                "rule": r["rule"],
                "confidence": r["confidence"],
            }
        )
    return out


def count_hits(
    conn: sqlite3.Connection,
    *,
    actor: str | None = None,
    outlet: str | None = None,
    label: str | None = None,
) -> int:
    _check(conn)
    where, args = _conditions(actor, outlet, label)
    sql = f"SELECT count(*) FROM framing f JOIN articles a ON a.id = f.article_id{where}"
    return int(conn.execute(sql, args).fetchone()[0])
