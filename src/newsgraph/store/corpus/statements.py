"""Quotes as statements: the same speaker saying nearly the same thing is one statement.

A quote's speaker is its corpus actor (through the registry) or, when the quote names no
resolved entity, its folded speaker name; quotes with neither are left out. Two quotes
of the same speaker are the same statement when their contents are near-identical,
measured on word 2-gram sets (folded: case, accents and punctuation ignored):

- Jaccard similarity at least :data:`JACCARD` (0.6): one or two words changed in a
  twenty-word quote still score about 0.8; different sentences score under 0.2; or
- the shorter is contained in the longer at :data:`CONTAINMENT` (0.9) or more and has at
  least :data:`MIN_CONTAINED` 2-grams: a reprint that trims a quote.

A new quote joins the statement of its speaker with the most similar variant (found through
an index of the speaker's variants by 2-gram: a variant sharing none scores 0). A
statement records its first appearance (the quote in the earliest-published article), its
content there, how many quotes, articles and outlets carry it, and the outlets in order of
first appearance; its quotes are its variants.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable

from newsgraph.corpus._text import name_key
from newsgraph.corpus.statements import JACCARD, _grams, similarity
from newsgraph.store.corpus._order import articles_by_date

#: at most this many speakers' variants are kept between calls (then they are read again)
MAX_KEPT = 50_000


def add(
    conn: sqlite3.Connection,
    article_ids: Iterable[str],
    kept: dict[str, _Variants] | None = None,
) -> set[str]:
    """Group the given articles' quotes into statements; returns the statements touched.

    Run after the actor registry has taken the same articles. ``kept``: speakers' variants
    from earlier calls on this connection, valid only while nothing else changed the
    statements (the caller clears it otherwise); updated in place.
    """
    touched: dict[str, None] = {}  # in first-touched order
    variants = {} if kept is None else kept  # speaker key -> its statements' quote contents
    if len(variants) > MAX_KEPT:
        variants.clear()
    for aid in article_ids:
        rows = conn.execute(
            """SELECT q.id, q.content, q.speaker_name, m.actor_id FROM quotes q
               LEFT JOIN actor_entities m ON m.article_id = q.article_id AND m.entity_id = q.speaker
               WHERE q.article_id = ?
                 AND NOT EXISTS (SELECT 1 FROM statement_quotes s
                                 WHERE s.article_id = q.article_id AND s.quote_id = q.id)
               ORDER BY q.content_start, q.id""",
            (aid,),
        ).fetchall()
        for qid, content, speaker_name, actor in rows:
            key = actor or (f"name:{name_key(speaker_name)}" if speaker_name else None)
            if key is None:
                continue
            if key not in variants:
                variants[key] = _Variants(_variants(conn, key))
            stmt, sim = variants[key].match(content)
            if stmt is None:
                stmt = "stmt-" + hashlib.sha1(f"{aid}:{qid}".encode()).hexdigest()[:16]
                conn.execute(
                    """INSERT INTO statements (id, speaker_key, actor_id, speaker_name, content)
                       VALUES (?, ?, ?, ?, ?)""",
                    (stmt, key, actor, speaker_name, content),
                )
                sim = 1.0
            conn.execute(
                "INSERT OR IGNORE INTO statement_quotes (article_id, quote_id, statement_id, "
                "similarity) VALUES (?, ?, ?, ?)",
                (aid, qid, stmt, sim),
            )
            variants[key].append(stmt, content)
            touched[stmt] = None
    _refresh_many(conn, list(touched))
    return set(touched)


class _Variants:
    """One speaker's quote contents with their statements, indexed by word 2-gram: a new
    quote is compared only with the variants sharing a 2-gram with it (any other scores 0,
    under the threshold), which picks the same statement as comparing with all of them."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self.pairs: list[tuple[str, str]] = []
        self.by_gram: dict[str, list[int]] = {}
        for stmt, content in pairs:
            self.append(stmt, content)

    def append(self, stmt: str, content: str) -> None:
        i = len(self.pairs)
        self.pairs.append((stmt, content))
        for gram in _grams(content):
            self.by_gram.setdefault(gram, []).append(i)

    def match(self, content: str) -> tuple[str | None, float]:
        """What :func:`newsgraph.corpus.statements.match` gives on every variant."""
        near: set[int] = set()
        for gram in _grams(content):
            near.update(self.by_gram.get(gram, ()))
        best: tuple[float, str] | None = None
        for i in sorted(near):
            stmt, variant = self.pairs[i]
            sim = similarity(content, variant)
            if sim >= JACCARD and (best is None or (sim, stmt) > best):
                best = (sim, stmt)
        return (best[1], best[0]) if best else (None, 0.0)


def _variants(conn: sqlite3.Connection, key: str) -> list[tuple[str, str]]:
    """Every stored quote content of a speaker's statements, with its statement id."""
    rows = conn.execute(
        """SELECT s.id, q.content FROM statements s
           JOIN statement_quotes sq ON sq.statement_id = s.id
           JOIN quotes q ON q.article_id = sq.article_id AND q.id = sq.quote_id
           WHERE s.speaker_key = ?""",
        (key,),
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def _refresh_many(conn: sqlite3.Connection, ids: list[str]) -> None:
    """What :func:`_refresh` does for each statement, with one query per 500 of them."""
    members: dict[str, list[tuple[str, str, str, str | None, str | None, str | None]]] = {
        s: [] for s in ids
    }
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for stmt, *member in conn.execute(
            f"""SELECT sq.statement_id, sq.article_id, sq.quote_id, q.content, q.speaker_name,
                       a.published, a.outlet
                FROM statement_quotes sq
                JOIN quotes q ON q.article_id = sq.article_id AND q.id = sq.quote_id
                JOIN articles a ON a.id = sq.article_id
                WHERE sq.statement_id IN ({marks})
                ORDER BY sq.statement_id, a.published IS NULL, a.published, a.seq,
                         q.content_start""",
            chunk,
        ):
            members[stmt].append(tuple(member))  # type: ignore[arg-type]
    gone = [(s,) for s in ids if not members[s]]
    if gone:
        conn.executemany("DELETE FROM statements WHERE id = ?", gone)
    updates = []
    for stmt in ids:
        rows = members[stmt]
        if not rows:
            continue
        first = rows[0]
        outlets = list(dict.fromkeys(m[5] for m in rows if m[5]))
        updates.append(
            (
                first[2],
                first[3],
                first[0],
                first[1],
                first[4],
                first[5],
                len(rows),
                len({m[0] for m in rows}),
                len(outlets),
                json.dumps(outlets, ensure_ascii=False),
                stmt,
            )
        )
    conn.executemany(
        """UPDATE statements SET content = ?, speaker_name = coalesce(?, speaker_name),
               first_article_id = ?, first_quote_id = ?, first_published = ?, first_outlet = ?,
               n_quotes = ?, n_articles = ?, n_outlets = ?, outlets = ?
           WHERE id = ?""",
        updates,
    )


def rebuild(conn: sqlite3.Connection) -> int:
    """Regroup every stored quote; returns the number of statements."""
    conn.execute("DELETE FROM statement_quotes")
    conn.execute("DELETE FROM statements")
    add(conn, articles_by_date(conn))
    return int(conn.execute("SELECT count(*) FROM statements").fetchone()[0])
