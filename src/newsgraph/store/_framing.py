"""Framing across a corpus: the labels each outlet uses for each actor, with their sentences.

Rows of the ``framing`` table (one per framing record) carry an ``actor`` key that groups the
same actor across articles: the linked entity's name ("Government of Israel"), else the generic
actor's code ("SYRREB"), else the words labelled. ``summary`` counts labels per (outlet, actor)
with one example each; ``hits`` lists the records behind one count, with their sentences.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from typing import Any

from ..corpus._text import name_key
from ..model import Article
from ._errors import StoreError
from ._rows import sentence_around

NO_OUTLET = "(no outlet)"
NO_ACTOR = "(no actor)"


def public(row: dict[str, Any]) -> dict[str, Any]:
    """A framing row (of :func:`summary` or :func:`hits`) with the keys "(no outlet)" and
    "(no actor)" as null: a program reading JSON could not tell them from an outlet's or an
    actor's name (ux30 for ``framing --json``, ux33 for the web API)."""
    row = dict(row)
    if row.get("outlet") == NO_OUTLET:
        row["outlet"] = None
    if row.get("actor") == NO_ACTOR and row.get("code", row.get("target_code")) is None:
        row["actor"] = None
    if isinstance(row.get("example"), dict):
        row["example"] = public(row["example"])
    return row


def actor_key(target_name: str | None, target: str | None, code: str | None) -> str:
    """The key that groups one actor's labels across articles."""
    if target and target_name:
        return target_name
    return code or target_name or NO_ACTOR


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
        # hard39: the line named no store (the others name it)
        path = conn.execute("PRAGMA database_list").fetchone()[2] or "this store"
        raise StoreError(  # ux31: it said to re-ingest, which skips every stored article
            f"{path} predates framing records, and ingest skips the articles it already "
            "holds: to have them, ingest the sources again into a new store (--db NEW.db)."
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
    conn: sqlite3.Connection,
    *,
    actor: str | None = None,
    by_outlet: bool = True,
    top: int = 200,
    totals: list[int] | None = None,
) -> list[dict[str, Any]]:
    """Per (outlet, actor, label): count, kind, mean polarity and the group's first record
    (earliest published, then article, then position) as example.

    With ``by_outlet=False`` all outlets are counted together (``outlet`` is null). One pass
    over the matching records (counted here, not by a GROUP BY and a second query per
    group), then one query for the examples of the ``top`` groups: the (actor, label) pairs
    most frequent over all outlets, each with every outlet's row (ux35). ``totals`` gets the
    number of rows before that cut.
    """
    _check(conn)
    where, args = _conditions(actor, None, None)
    keys = _actor_keys(conn, actor) if actor else []
    if keys:  # ux35: the corpus actor's other names, each its own row (as its hits list it)
        marks = ",".join("?" * len(keys))
        where = f"{where} OR f.actor IN ({marks})"
        args = [*args, *keys]
    outlet = f"coalesce(a.outlet, '{NO_OUTLET}')" if by_outlet else "NULL"
    sql = f"""
        SELECT f.rowid AS rid, {outlet} AS outlet, f.actor, f.label, f.kind, f.article_id,
               f.polarity, f.target_code, a.published, f.start
          FROM framing f JOIN articles a ON a.id = f.article_id{where}"""
    groups: dict[tuple[str | None, str, str], _Group] = {}
    for rid, out, who, label, kind, article, polarity, code, published, start in conn.execute(
        sql, args
    ):
        g = groups.get((out, who, label))
        if g is None:
            g = groups[(out, who, label)] = _Group(kind, code)
        g.add(
            rid, kind, article, polarity, code, (published is not None, published, article, start)
        )
    kept = _most_frequent(groups, top)
    chosen = sorted(kept.items(), key=lambda kv: (kv[0][0] or "", kv[0][1], -kv[1].n, kv[0][2]))
    examples = _records(conn, [g.first for _, g in chosen])
    if totals is not None:
        totals[:] = [len(groups)]
    return [
        {
            "outlet": out,
            "actor": who,
            "code": g.code,
            "label": label,
            "kind": g.kind,
            "count": g.n,
            "articles": len(g.articles),
            "polarity": round(g.polarity / g.n, 3),
            "example": examples.get(g.first),
        }
        for (out, who, label), g in chosen
    ]


def _most_frequent(
    groups: dict[tuple[str | None, str, str], _Group], top: int
) -> dict[tuple[str | None, str, str], _Group]:
    """At most ``top`` rows (the first pair whole even past it): the (actor, label) pairs most
    frequent over all outlets, each with every outlet's row (ux35: the first ``top`` rows in
    outlet order were kept, so on a store of seven outlets `framing` showed the first one
    alphabetically, the web page two, and a kept label could read 0 for an outlet whose row
    was cut)."""
    if top <= 0:
        return {}
    if len(groups) <= top:
        return groups
    pairs: dict[tuple[str, str], list[tuple[str | None, str, str]]] = {}
    totals: Counter[tuple[str, str]] = Counter()
    for key, g in groups.items():
        pairs.setdefault((key[1], key[2]), []).append(key)
        totals[(key[1], key[2])] += g.n
    kept: dict[tuple[str | None, str, str], _Group] = {}
    for pair, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])):
        rows = pairs[pair]
        if kept and len(kept) + len(rows) > top:
            break
        kept.update((key, groups[key]) for key in rows)
    return kept


def _actor_keys(conn: sqlite3.Connection, actor: str) -> list[str]:
    """The framing actor keys of the one corpus actor (no generic group) that ``actor`` names
    by its name or an alias: outlets name one person differently ('Donald J. Trump' in one,
    'Donald Trump' in the others), and ``--actor`` matched one key exactly, so an outlet that
    writes the other name was silently left out of the comparison (ux35). The actor whose own
    name it is, else the one whose alias it is; none when several are (an ambiguous alias) or
    the store has no actor registry yet."""
    try:
        found = conn.execute(
            """SELECT DISTINCT n.actor_id, n.kind FROM actor_names n
                 JOIN actors c ON c.id = n.actor_id
                WHERE n.name_key = ? AND n.kind IN ('name', 'alias') AND c.type != 'GROUP'""",
            [name_key(actor)],
        ).fetchall()
    except (sqlite3.OperationalError, StoreError):  # a store from before the registry
        return []
    named = {a for a, kind in found if kind == "name"}  # an actor's own name first
    either = named if len(named) == 1 else {a for a, _ in found}
    if len(either) != 1:
        return []
    # the actor's entities first (indexed), then one pass over framing: a join read
    # actor_entities once per framing record (3.7 s on 840 articles)
    entities = conn.execute(
        "SELECT entity_id FROM actor_entities WHERE actor_id = ?", [next(iter(either))]
    ).fetchall()
    keys: set[str] = set()
    for i in range(0, len(entities), 500):  # under SQLite's bound-parameter limit
        chunk = [e for (e,) in entities[i : i + 500]]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(f"SELECT DISTINCT actor FROM framing WHERE target IN ({marks})", chunk)
        keys.update(key for (key,) in rows)
    return sorted(keys)


class _Group:
    """One (outlet, actor, label) count as ``summary`` gathers it."""

    __slots__ = ("articles", "code", "first", "first_key", "kind", "n", "polarity")

    def __init__(self, kind: str, code: str | None) -> None:
        self.n = 0
        self.articles: set[str] = set()
        self.polarity = 0.0
        self.kind = kind
        self.code = code
        self.first = -1
        self.first_key: tuple[Any, ...] | None = None

    def add(
        self,
        rid: int,
        kind: str,
        article: str,
        polarity: float,
        code: str | None,
        order: tuple[Any, ...],
    ) -> None:
        self.n += 1
        self.articles.add(article)
        self.polarity += polarity
        self.kind = min(self.kind, kind)
        if code is not None and (self.code is None or code < self.code):
            self.code = code  # min() in SQL: NULLs ignored
        if self.first_key is None or order < self.first_key:
            self.first, self.first_key = rid, order


def _records(conn: sqlite3.Connection, rids: list[int]) -> dict[int, dict[str, Any]]:
    """Framing records by rowid, each as a ``hits`` row."""
    out: dict[int, dict[str, Any]] = {}
    for i in range(0, len(rids), 500):  # under SQLite's bound-parameter limit
        chunk = rids[i : i + 500]
        rows = conn.execute(
            f"""SELECT f.rowid AS rid, f.*, a.title, a.published, a.outlet, a.url,
                       a.text AS article_text
                  FROM framing f JOIN articles a ON a.id = f.article_id
                 WHERE f.rowid IN ({",".join("?" * len(chunk))})""",
            chunk,
        )
        for r in rows:
            out[r["rid"]] = _hit(r)
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
         ORDER BY a.published IS NULL, a.published, f.article_id, f.start
         LIMIT ? OFFSET ?"""
    return [_hit(r) for r in conn.execute(sql, [*args, limit, offset]).fetchall()]


def _hit(r: sqlite3.Row) -> dict[str, Any]:
    """One framing record with its sentence and article (a row of ``hits``)."""
    text = r["article_text"]
    s0, s1 = sentence_around(text, r["start"], r["end"])
    return {
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
        "sentence_end": s1,  # ux38: the sentence's range, as the place mentions give it
        "rule": r["rule"],
        "confidence": r["confidence"],
    }


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
