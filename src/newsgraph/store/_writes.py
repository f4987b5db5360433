"""Writing articles: their table rows, and the idempotent, all-or-nothing batch inserts."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from ..model import Article
from . import _framing, _rows
from ._connection import StoreBase
from ._errors import StoreError
from ._messages import store_error

_T = TypeVar("_T")

log = logging.getLogger("newsgraph.store.sqlite")  # the logger's name from before the split

Row = dict[str, Any]

# Child tables in insertion order (parents before children, for the foreign keys).
_CHILDREN = (
    ("entities", _rows.entity_rows),
    ("mentions", _rows.mention_rows),
    ("quotes", _rows.quote_rows),
    ("places", _rows.place_rows),
    ("times", _rows.time_rows),
    ("events", _rows.event_rows),
    ("event_actors", _rows.event_actor_rows),
    ("framing", _framing.framing_rows),
    ("article_tone", _framing.tone_rows),
)


class StoreWrites(StoreBase):
    """:class:`Store`'s writes: add articles (or their prepared rows) and delete them."""

    def add(self, article: Article) -> bool:
        """Store ``article`` and its records; False (and nothing changes) if its id is stored."""
        return self.add_many([article]) == 1

    def add_many(self, articles: Iterable[Article], commit: bool = True) -> int:
        """Store a batch of articles in one transaction; returns how many were new.

        The batch lands fully or not at all. Articles already stored (or repeated
        within the batch) are skipped. With ``commit=False`` the transaction stays
        open so several calls form one batch; finish it with :meth:`commit`.
        """
        return self._add_each(articles, self._insert, commit)

    def delete(self, article_id: str) -> bool:
        """Remove an article and all its records (e.g. to store a re-analysed version)."""
        cur = self._conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        return cur.rowcount > 0

    def add_rows(self, prepared: Iterable[dict[str, list[Row]]], commit: bool = True) -> int:
        """Store articles given as their table rows (:func:`article_rows`) in one transaction.

        What :meth:`add_many` does, minus making the rows: a Dask worker makes them beside
        the analysis, so the process that writes the store only inserts. The rows may carry
        the article's MinHash signature (``article_signatures``: ``article_id``, ``minhash``
        bytes), which linking then uses instead of computing it. Returns how many articles
        were new.
        """
        return self._add_each(prepared, self._insert_rows_of, commit)

    def _add_each(self, items: Iterable[_T], insert: Callable[[_T], int], commit: bool) -> int:
        """``insert`` each item in one transaction (opened here unless one is open); the sum of
        what ``insert`` returns. Any error rolls the whole transaction back."""
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only: open it with read_only=False to add.")
        added = 0
        try:
            if not self._conn.in_transaction:
                self._conn.execute("BEGIN IMMEDIATE")
            for item in items:
                added += insert(item)
            if commit:
                self.commit()
        except sqlite3.Error as err:
            self.rollback()
            raise store_error(self.path, err) from None
        except BaseException:
            self.rollback()
            raise
        return added

    def _insert(self, article: Article) -> int:
        return self._insert_rows_of(article_rows(article))

    def _insert_rows_of(self, rows: dict[str, list[Row]]) -> int:
        (head,) = rows["articles"]
        head["added_at"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        if not _insert_rows(self._conn, "articles", [head]):
            return 0
        for table, _make in _CHILDREN:
            children = rows.get(table) or []
            kept = _insert_rows(self._conn, table, children)
            if kept < len(children):
                log.warning(
                    "article %s: %d duplicate %s record(s) not stored as rows (kept in its JSON)",
                    head["id"],
                    len(children) - kept,
                    table,
                )
        # the MinHash signature, when the rows come with it (made beside the analysis)
        _insert_rows(self._conn, "article_signatures", rows.get("article_signatures") or [])
        return 1


def article_rows(article: Article) -> dict[str, list[Row]]:
    """Every table row of ``article``, by table ("articles" first; the store sets its
    ``added_at`` when it inserts). Pure: it may run in another process (a Dask worker)."""
    rows: dict[str, list[Row]] = {"articles": [_rows.article_row(article, "")]}
    for table, make_rows in _CHILDREN:
        rows[table] = list(make_rows(article))
    return rows


def _insert_rows(conn: sqlite3.Connection, table: str, rows: Sequence[dict[str, Any]]) -> int:
    """``INSERT OR IGNORE`` the rows; returns how many were new."""
    if not rows:
        return 0
    columns = list(rows[0])
    sql = (
        f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) "
        f"VALUES ({', '.join(':' + c for c in columns)})"
    )
    return conn.executemany(sql, rows).rowcount
