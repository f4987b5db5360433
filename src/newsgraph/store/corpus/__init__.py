"""Across articles: near-duplicate stories, the actor registry, events counted like GDELT
and quotes grouped into statements.

Everything here reads the store's per-article tables and writes the corpus tables (schema
migration 3). :class:`Corpus` updates them incrementally for newly stored articles (the
ingest runner calls it after each committed batch); :func:`rebuild` recomputes them all
(``newsgraph dedupe``).

A merge costs what its own articles bring, not what the corpus holds: articles already
linked are skipped; an actor's counts (articles, mentions, dates, the tallies its name,
country, sector and code are chosen from) are kept by the :class:`Corpus` between merges and
updated with the new records, and read again from the store only for a new actor or when
the stored counts are not the ones it last wrote (another writer); speakers' statement
variants and the actor names known to be stored are kept too, and dropped whenever another
connection changed the store (``PRAGMA data_version``). The tables come out the same as a
recomputation from all records (``tests/store/test_corpus_incremental.py``).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from newsgraph.store.corpus import actors, dedupe, events, statements

log = logging.getLogger(__name__)

__all__ = ["Corpus", "CorpusCounts", "rebuild"]


@dataclass
class CorpusCounts:
    articles: int = 0
    clusters: int = 0
    copies: int = 0
    actors: int = 0
    corpus_events: int = 0
    statements: int = 0


class Corpus:
    """Keeps the corpus tables of one store up to date as articles are added."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.deduper = dedupe.Deduper(conn)
        # kept between calls of add(): actors' totals (checked against their stored counts),
        # speakers' statement variants (dropped when another connection changed the store)
        self.actor_totals: dict[str, actors.Totals] = {}
        self.variants: dict[str, statements._Variants] = {}
        self.actor_names: set[tuple[str, str, str]] = set()  # (actor, kind, key) stored
        self._version: int | None = None  # PRAGMA data_version after the last add()

    def add(self, article_ids: Iterable[str]) -> None:
        """Link the given stored articles into the corpus tables, in one transaction."""
        ids = list(dict.fromkeys(article_ids))
        if not ids:
            return
        began = not self.conn.in_transaction
        if began:
            self.conn.execute("BEGIN IMMEDIATE")
        try:
            version = self.conn.execute("PRAGMA data_version").fetchone()[0]
            if version != self._version:
                self.variants.clear()
                self.actor_names.clear()
            ids = _unlinked(self.conn, ids)  # linking an article twice would change nothing
            self.deduper.add(ids)
            actors.add(self.conn, ids, self.actor_totals, self.actor_names)
            events.add(self.conn, ids)
            statements.add(self.conn, ids, self.variants)
        except BaseException:
            if began and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            self.deduper = dedupe.Deduper(self.conn)  # its index may hold rolled-back rows
            self.actor_totals.clear()  # and these rolled-back counts
            self.variants.clear()
            self.actor_names.clear()
            self._version = None
            raise
        if began:
            self.conn.execute("COMMIT")
        self._version = version


def _unlinked(conn: sqlite3.Connection, ids: list[str]) -> list[str]:
    """``ids`` less those already linked (clustered: every linked article is), in order."""
    linked: set[str] = set()
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        linked.update(
            r[0]
            for r in conn.execute(
                f"SELECT article_id FROM article_clusters WHERE article_id IN ({marks})", chunk
            )
        )
    return [i for i in ids if i not in linked]


def pending(conn: sqlite3.Connection) -> list[str]:
    """Stored articles not yet linked into the corpus tables (e.g. after a crash)."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT a.id FROM articles a WHERE NOT EXISTS "
            "(SELECT 1 FROM article_clusters c WHERE c.article_id = a.id) "
            "ORDER BY a.published IS NULL, a.published, a.seq"
        )
    ]


def counts(conn: sqlite3.Connection) -> CorpusCounts:
    one = lambda sql: int(conn.execute(sql).fetchone()[0])  # noqa: E731
    return CorpusCounts(
        articles=one("SELECT count(*) FROM article_clusters"),
        clusters=one("SELECT count(DISTINCT cluster_id) FROM article_clusters"),
        copies=one("SELECT count(*) FROM article_clusters WHERE is_copy = 1"),
        actors=one("SELECT count(*) FROM actors"),
        corpus_events=one("SELECT count(*) FROM corpus_events"),
        statements=one("SELECT count(*) FROM statements"),
    )


def rebuild(conn: sqlite3.Connection) -> CorpusCounts:
    """Recompute every corpus table from the stored articles, in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        dedupe.rebuild(conn)
        actors.rebuild(conn)
        events.rebuild(conn)
        statements.rebuild(conn)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return counts(conn)
