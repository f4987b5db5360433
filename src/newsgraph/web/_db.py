"""The web app's read-only access to the store: a fresh read-only connection per request.

No lock is shared between requests: each one opens the store read-only (``mode=ro``),
runs its queries under a time limit, and closes it, so one slow request never stalls
the others and nothing the server does can change the file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from fastapi import Request

from ..model import Article
from ..store import Store
from ..store.records import ArticleRow

T = TypeVar("T")

#: Seconds of database work one request may use before it is stopped (HTTP 503).
DEFAULT_TIME_LIMIT = 5.0


class Database:
    """The store at ``path``, opened read-only for each piece of work."""

    def __init__(self, path: Path | str, time_limit: float | None = DEFAULT_TIME_LIMIT) -> None:
        self.path = str(path)
        self.time_limit = time_limit
        with Store(self.path, read_only=True):  # fail now, with one line, if it is not a store
            pass

    def run(self, read: Callable[[Store], T]) -> T:
        """``read(store)`` on its own read-only connection, under the time limit."""
        with Store(self.path, read_only=True) as store, store.time_limit(self.time_limit):
            return read(store)

    def close(self) -> None:
        """Nothing stays open between requests."""

    def article(self, article_id: str) -> dict[str, Any] | None:
        """The stored article JSON by id or unique prefix (StoreError when ambiguous)."""
        return self.run(lambda s: s.get_json(article_id))

    def article_record(self, article_id: str) -> Article | None:
        return self.run(lambda s: s.get(article_id))

    def recent(self, limit: int, offset: int = 0, outlet: str | None = None) -> list[ArticleRow]:
        """Articles, newest published first (undated last), with their record counts."""
        return self.run(lambda s: s.recent(limit, offset, outlet))


def database(request: Request) -> Database:
    """FastAPI dependency: the app's :class:`Database`."""
    db: Database = request.app.state.db
    return db


def blank_to_none(value: str | None) -> str | None:
    """A query parameter with surrounding space removed; empty (an unfilled form field) → None."""
    value = value.strip() if value else None
    return value or None
