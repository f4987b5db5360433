"""Near-duplicate articles: MinHash signatures, LSH, story clusters and copy flags.

Each article's text becomes the set of its word 3-grams (folded: case and accents
ignored); a 128-permutation MinHash of that set (datasketch, ``affine32`` scheme) is
stored as 512 bytes (128 unsigned 32-bit values) in ``article_signatures``. An LSH index
over the stored signatures finds candidates; an article joins the cluster of its most
similar candidate whose estimated Jaccard similarity is at least :data:`THRESHOLD`
(wire copies and lightly edited reprints score 0.6-1.0; different reports of the same
story score under 0.2), else it founds a new cluster named after itself.

Within a cluster the earliest-published member (ties: the one stored first, then the
smaller id) is the original; every other member has ``is_copy = 1`` and ``copy_of`` = the
original's id, with its estimated similarity to it. Nothing is dropped: copies stay
stored and analysed, only linked. New articles are checked at ingest time against the
stored signatures (:class:`Deduper`); ``newsgraph dedupe`` rebuilds everything.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable

import numpy as np
from datasketch import MinHashLSH

from newsgraph.corpus.minhash import (
    NUM_PERM,
    THRESHOLD,
    from_blob,
    lean,
    signature,
    similarity,
    to_blob,
)

log = logging.getLogger(__name__)

_ORDER = "a.published IS NULL, a.published, a.seq, a.id"


class Deduper:
    """Assigns stored articles to story clusters, incrementally.

    The LSH index is built from the stored signatures on first use and kept for the
    life of the object, so a long ingest pays for it once.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._lsh: MinHashLSH | None = None

    def _index(self) -> MinHashLSH:
        if self._lsh is None:
            self._lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
            for aid, blob in self.conn.execute(
                "SELECT s.article_id, s.minhash FROM article_signatures s "
                "JOIN article_clusters c ON c.article_id = s.article_id"
            ):
                self._lsh.insert(aid, lean(from_blob(blob)), check_duplication=False)
        return self._lsh

    def add(self, article_ids: Iterable[str]) -> int:
        """Cluster the given stored articles (those already clustered are left alone).

        Returns how many were clustered. Call inside the caller's transaction or not:
        this only issues statements on ``conn``.
        """
        wanted = list(dict.fromkeys(article_ids))
        if not wanted:
            return 0
        lsh = self._index()
        touched: set[str] = set()
        n = 0
        for aid, text in _texts(self.conn, wanted):
            if self.conn.execute(
                "SELECT 1 FROM article_clusters WHERE article_id = ?", (aid,)
            ).fetchone():
                continue
            made = self.conn.execute(  # a Dask worker may have stored it with the article
                "SELECT minhash FROM article_signatures WHERE article_id = ?", (aid,)
            ).fetchone()
            sig = from_blob(made[0]) if made else signature(text)
            cluster, sim = self._best(sig, lsh.query(lean(sig)))
            self.conn.execute(
                "INSERT OR REPLACE INTO article_signatures (article_id, minhash) VALUES (?, ?)",
                (aid, to_blob(sig)),
            )
            self.conn.execute(
                "INSERT INTO article_clusters (article_id, cluster_id, is_copy, similarity) "
                "VALUES (?, ?, 0, ?)",
                (aid, cluster or aid, sim),
            )
            lsh.insert(aid, lean(sig), check_duplication=False)
            touched.add(cluster or aid)
            n += 1
        for cluster in touched:
            _mark_copies(self.conn, cluster)
        return n

    def _best(self, sig: np.ndarray, candidates: list[str]) -> tuple[str | None, float | None]:
        best: tuple[float, str] | None = None
        for cid in candidates:
            row = self.conn.execute(
                "SELECT s.minhash, c.cluster_id FROM article_signatures s "
                "JOIN article_clusters c ON c.article_id = s.article_id WHERE s.article_id = ?",
                (cid,),
            ).fetchone()
            if row is None:
                continue
            sim = similarity(sig, from_blob(row[0]))
            if sim >= THRESHOLD and (best is None or (sim, row[1]) > best):
                best = (sim, row[1])
        return (best[1], best[0]) if best else (None, None)


def _texts(conn: sqlite3.Connection, ids: list[str]) -> list[tuple[str, str]]:
    """(id, text) of the stored articles among ``ids``, earliest published first."""
    out: list[tuple[str, str, str | None, int]] = []
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        out += conn.execute(
            f"SELECT a.id, a.text, a.published, a.seq FROM articles a WHERE a.id IN ({marks})",
            chunk,
        ).fetchall()
    out.sort(key=lambda r: (r[2] is None, r[2] or "", r[3], r[0]))
    return [(r[0], r[1]) for r in out]


def _mark_copies(conn: sqlite3.Connection, cluster: str) -> None:
    """Within ``cluster``, mark every member but the earliest-published one as its copy."""
    rows = conn.execute(
        f"""SELECT c.article_id, s.minhash FROM article_clusters c
            JOIN articles a ON a.id = c.article_id
            JOIN article_signatures s ON s.article_id = c.article_id
            WHERE c.cluster_id = ? ORDER BY {_ORDER}""",
        (cluster,),
    ).fetchall()
    if not rows:
        return
    original, original_sig = rows[0][0], from_blob(rows[0][1])
    conn.execute(
        "UPDATE article_clusters SET is_copy = 0, copy_of = NULL, similarity = NULL "
        "WHERE article_id = ?",
        (original,),
    )
    conn.executemany(
        "UPDATE article_clusters SET is_copy = 1, copy_of = ?, similarity = ? WHERE article_id = ?",
        [(original, similarity(original_sig, from_blob(blob)), aid) for aid, blob in rows[1:]],
    )


def rebuild(conn: sqlite3.Connection) -> int:
    """Recompute every signature and cluster from the stored texts; returns the articles."""
    conn.execute("DELETE FROM article_clusters")
    conn.execute("DELETE FROM article_signatures")
    ids = [r[0] for r in conn.execute(f"SELECT a.id FROM articles a ORDER BY {_ORDER}")]
    return Deduper(conn).add(ids)
