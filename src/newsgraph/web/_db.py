"""The web app's read-only access to the store: one connection, one lock."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from fastapi import Request

from ..errors import NewsgraphError
from ..model import Article, article_from_dict
from ..store import Store

T = TypeVar("T")


class Database:
    """A :class:`Store` shared by the server's worker threads (calls are serialised)."""

    def __init__(self, path: Path | str) -> None:
        if str(path) != ":memory:" and not Path(path).is_file():
            raise NewsgraphError(
                f"no database at {path}; create one with: newsgraph ingest SOURCES --db {path}"
            )
        self.path = str(path)
        self._store = Store(path, check_same_thread=False)
        self._lock = threading.Lock()

    def run(self, read: Callable[[Store], T]) -> T:
        """``read(store)`` under the lock."""
        with self._lock:
            return read(self._store)

    def close(self) -> None:
        with self._lock:
            self._store.close()

    def article(self, article_id: str) -> dict[str, Any] | None:
        """The stored article JSON by id or unique prefix (StoreError when ambiguous)."""
        return self.run(lambda s: s.get(article_id))

    def article_record(self, article_id: str) -> Article | None:
        found = self.article(article_id)
        return article_from_dict(found) if found is not None else None

    def recent(self, limit: int, offset: int = 0) -> list[dict[str, Any]]:
        """Articles, newest published first (undated last), with their record counts."""
        return self.run(lambda s: s.recent(limit, offset))


def database(request: Request) -> Database:
    """FastAPI dependency: the app's :class:`Database`."""
    db: Database = request.app.state.db
    return db


def blank_to_none(value: str | None) -> str | None:
    """A query parameter with surrounding space removed; empty (an unfilled form field) → None."""
    value = value.strip() if value else None
    return value or None
