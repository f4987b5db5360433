"""Read queries over the corpus tables: actors, one actor's page, statements."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from ..corpus._text import name_key
from ._country import check_country

_ARTICLE = "a.title AS title, a.published AS published, a.outlet AS outlet, a.url AS url"


def actor_ids(conn: sqlite3.Connection, name: str) -> list[str]:
    """Actors whose name, alias, role or code contains ``name`` (folded)."""
    key = name_key(name)
    if not key:
        return []
    rows = conn.execute(
        "SELECT DISTINCT actor_id FROM actor_names WHERE instr(name_key, ?) > 0", (key,)
    ).fetchall()
    return [r[0] for r in rows]


def _actor_row(row: sqlite3.Row) -> dict[str, Any]:
    out = dict(row)
    out["aliases"] = json.loads(out["aliases"])
    out["roles"] = json.loads(out["roles"])
    return out


def actors(
    conn: sqlite3.Connection, country: str | None, name: str | None, limit: int, offset: int = 0
) -> list[dict[str, Any]]:
    where: list[str] = []
    params: list[Any] = []
    if country:
        where.append("x.country = ?")
        params.append(check_country(country))
    if name and name.strip():  # a blank name is no filter, as in quotes and events (ux25)
        ids = actor_ids(conn, name)
        if not ids:
            return []
        where.append(f"x.id IN ({','.join('?' * len(ids))})")
        params.extend(ids)
    sql = f"""SELECT x.id, x.name, x.type, x.country, x.sector, x.code, x.aliases, x.roles,
                     x.n_articles, x.n_mentions, x.first_seen, x.last_seen
              FROM actors x {"WHERE " + " AND ".join(where) if where else ""}
              ORDER BY x.n_articles DESC, x.n_mentions DESC, x.name, x.id LIMIT ? OFFSET ?"""
    return [_actor_row(r) for r in conn.execute(sql, (*params, limit, offset))]


def actor(conn: sqlite3.Connection, actor_id: str, limit: int) -> dict[str, Any] | None:
    """One actor with its statements, quotes and events (newest first)."""
    row = conn.execute(
        """SELECT id, key, name, type, country, sector, code, aliases, roles, n_articles,
                  n_mentions, first_seen, last_seen FROM actors WHERE id = ?""",
        (actor_id,),
    ).fetchone()
    if row is None:
        return None
    out = _actor_row(row)
    out["quotes"] = [
        dict(r)
        for r in conn.execute(
            f"""SELECT q.id, q.article_id, q.kind, q.content, q.content_start, q.content_end,
                       q.speaker_name, sq.statement_id, {_ARTICLE}
                FROM actor_entities m
                JOIN quotes q ON q.article_id = m.article_id AND q.speaker = m.entity_id
                JOIN articles a ON a.id = q.article_id
                LEFT JOIN statement_quotes sq
                     ON sq.article_id = q.article_id AND sq.quote_id = q.id
                WHERE m.actor_id = ?
                ORDER BY a.published DESC, q.article_id, q.content_start LIMIT ?""",
            (actor_id, limit),
        )
    ]
    if out["key"].startswith("code:"):
        match = "x.code = ? AND x.entity_id IS NULL"
        value = out["key"][5:]
    else:
        match = """EXISTS (SELECT 1 FROM actor_entities m WHERE m.actor_id = ?
                   AND m.article_id = x.article_id AND m.entity_id = x.entity_id)"""
        value = actor_id
    out["events"] = [
        dict(r)
        for r in conn.execute(
            f"""SELECT e.id, e.article_id, e.type, e.cameo, e.event_date AS date,
                       e.trigger_text AS trigger, e.source_names, e.target_names, x.role AS role,
                       e.evidence, {_ARTICLE}
                FROM event_actors x
                JOIN events e ON e.article_id = x.article_id AND e.id = x.event_id
                JOIN articles a ON a.id = e.article_id
                WHERE {match}
                GROUP BY e.article_id, e.id
                ORDER BY e.event_date DESC, e.article_id, e.trigger_start LIMIT ?""",
            (value, limit),
        )
    ]
    del out["key"]
    return out


def statements(
    conn: sqlite3.Connection,
    speaker: str | None,
    contains: str | None,
    limit: int,
    actor: str | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Statements (quotes grouped across articles), first appearance first.

    ``speaker`` matches the speaking actor's name, aliases and roles ("the foreign
    minister"), or the speaker name of quotes with no resolved actor; ``contains`` is a
    case-insensitive substring of any variant.
    """
    where: list[str] = []
    params: list[Any] = []
    if speaker:
        ids = actor_ids(conn, speaker)
        marks = ",".join("?" * len(ids))
        cond = "instr(s.speaker_key, ?) > 0 AND s.speaker_key LIKE 'name:%'"
        where.append(f"(s.actor_id IN ({marks}) OR ({cond}))" if ids else f"({cond})")
        params.extend([*ids, name_key(speaker)])
    if actor:
        where.append("s.actor_id = ?")
        params.append(actor)
    if contains:
        where.append(
            """EXISTS (SELECT 1 FROM statement_quotes v JOIN quotes q
               ON q.article_id = v.article_id AND q.id = v.quote_id
               WHERE v.statement_id = s.id AND instr(lower(q.content), lower(?)) > 0)"""
        )
        params.append(contains)
    sql = f"""SELECT s.id, s.speaker_name, s.actor_id, x.name AS actor_name, s.content,
                     s.first_published, s.first_outlet, coalesce(a.url, a.path) AS first_url,
                     s.first_article_id, s.first_quote_id, s.n_quotes, s.n_articles,
                     s.n_outlets, s.outlets
              FROM statements s
              LEFT JOIN actors x ON x.id = s.actor_id
              LEFT JOIN articles a ON a.id = s.first_article_id
              {"WHERE " + " AND ".join(where) if where else ""}
              ORDER BY s.first_published IS NULL, s.first_published, s.id LIMIT ? OFFSET ?"""
    rows = [dict(r) for r in conn.execute(sql, (*params, limit, offset))]
    for row in rows:
        row["outlets"] = json.loads(row["outlets"])
        row["variants"] = [
            dict(v)
            for v in conn.execute(
                f"""SELECT q.id AS quote_id, q.article_id, q.content, q.content_start,
                           q.content_end, v.similarity, {_ARTICLE}
                    FROM statement_quotes v
                    JOIN quotes q ON q.article_id = v.article_id AND q.id = v.quote_id
                    JOIN articles a ON a.id = v.article_id
                    WHERE v.statement_id = ?
                    ORDER BY a.published IS NULL, a.published, a.seq, q.content_start""",
                (row["id"],),
            )
        ]
    return rows


def corpus_events(
    conn: sqlite3.Connection,
    actor: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Corpus events with ``actor`` (a code, matched as a prefix: ``RUS``, ``RUSGOV``) on
    either side, dated from ``since`` to ``until`` (inclusive ``YYYY-MM-DD``), by date."""
    sides: list[str] = []
    params: list[Any] = []
    dates = ""
    date_params: list[str] = []
    if since:
        dates += " AND ce.date >= ?"
        date_params.append(since)
    if until:
        dates += " AND ce.date <= ?"
        date_params.append(until)
    columns = """ce.id, ce.root_code, ce.actor1_key AS actor1, ce.actor2_key AS actor2,
                 ce.place_key, ce.date, ce.date_resolution, ce.first_seen, ce.last_seen,
                 ce.num_mentions, ce.num_sources, ce.num_articles, ce.is_root,
                 ce.first_article_id, ce.first_event_id"""
    if actor:
        for side in ("actor1_key", "actor2_key"):
            sides.append(
                f"SELECT {columns} FROM corpus_events ce WHERE ce.{side} >= ? AND ce.{side} < ?"
                + dates
            )
            params.extend([actor, actor + "\U0010ffff", *date_params])
        sql = f"SELECT * FROM ({' UNION '.join(sides)}) ORDER BY date, id LIMIT ? OFFSET ?"
    else:
        sql = (
            f"SELECT {columns} FROM corpus_events ce WHERE 1 = 1{dates} "
            "ORDER BY ce.date, ce.id LIMIT ? OFFSET ?"
        )
        params.extend(date_params)
    rows = [dict(r) for r in conn.execute(sql, (*params, limit, offset))]
    for row in rows:
        row["is_root"] = bool(row["is_root"])
    return rows


def story(conn: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    """The near-duplicate story cluster of one article (None before ``dedupe`` has seen it),
    its members in dedupe's order: on the same day the one stored first is the original
    (ux30: by id here, so ``show`` named another first article than the copies' ``copy_of``)."""
    row = conn.execute(
        "SELECT cluster_id, is_copy, copy_of, similarity FROM article_clusters "
        "WHERE article_id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        return None
    members = conn.execute(
        """SELECT a.id, a.title, a.published, a.outlet, a.url, c.is_copy, c.copy_of,
                  c.similarity
           FROM article_clusters c JOIN articles a ON a.id = c.article_id
           WHERE c.cluster_id = ?
           ORDER BY a.published IS NULL, a.published, a.seq, a.id""",
        (row[0],),
    ).fetchall()
    return {
        "article_id": article_id,
        "cluster_id": row[0],
        "is_copy": bool(row[1]),
        "copy_of": row[2],
        "similarity": row[3],
        "articles": [
            {
                "id": m[0],
                "title": m[1],
                "published": m[2],
                "outlet": m[3],
                "url": m[4],
                "is_copy": bool(m[5]),
                "copy_of": m[6],
                "similarity": m[7],
            }
            for m in members
        ],
    }
