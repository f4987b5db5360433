"""The SQLite store: one file holding articles and every record extracted from them.

>>> with Store(":memory:") as store:
...     store.add(article)          # True the first time, False ever after
...     store.search("Idlib")

Writes are idempotent (an article is keyed by its id, a hash of its text) and
atomic per batch: :meth:`Store.add_many` lands a whole batch or nothing, so a run
killed mid-way loses at most its open batch and a rerun completes it without
duplicates. The schema is versioned with ``PRAGMA user_version`` and migrated on
open (see :mod:`newsgraph.store.migrations`).

:class:`Store` is put together from parts: :mod:`._connection` (file checks, the connection
and its transactions), :mod:`._writes` (rows and batch inserts), :mod:`._reads` (articles and
their records) and :mod:`._corpus_reads` (corpus tables, framing); this module opens, sets up,
times out and closes the connection.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import quote

from . import _queries
from ._connection import _BUSY_MS, _retry_busy, check_path
from ._corpus_reads import CorpusReads
from ._errors import StoreError
from ._messages import QueryTimeout, store_error
from ._older import ReadConnection
from ._writes import Row, StoreWrites, article_rows
from .migrations import SCHEMA_VERSION, migrate, schema_version

__all__ = ["Row", "Store", "article_rows", "check_path"]
_PROGRESS_STEPS = 200  # SQLite VM steps between checks of a time limit


class Store(StoreWrites, CorpusReads):
    """A newsgraph SQLite database (``":memory:"`` for a throwaway one).

    Use it as a context manager: the open batch is committed on a clean exit,
    rolled back on an exception, and the connection closed either way.
    ``check_same_thread=False`` lets a web server share the store between threads
    (serialise writes yourself).
    """

    def __init__(
        self,
        path: str | Path = "newsgraph.db",
        *,
        check_same_thread: bool = True,
        read_only: bool = False,
    ) -> None:
        self.path = str(path)
        self.read_only = read_only
        check_path(self.path, must_exist=read_only)
        try:
            if read_only:
                uri = f"file:{quote(os.path.abspath(self.path))}?mode=ro"
                self._conn = sqlite3.connect(
                    uri,
                    uri=True,
                    isolation_level=None,
                    check_same_thread=check_same_thread,
                    factory=ReadConnection,  # ux31: an older store's missing table is one line
                )
            else:
                self._conn = sqlite3.connect(
                    self.path, isolation_level=None, check_same_thread=check_same_thread
                )
            self._setup()
        except sqlite3.Error as err:
            raise store_error(self.path, err) from None

    def _setup(self) -> None:
        self._conn.row_factory = sqlite3.Row
        self._conn.create_function("ng_fold", 1, _queries.fold, deterministic=True)
        self._conn.execute("PRAGMA foreign_keys = ON")
        self._conn.execute(f"PRAGMA busy_timeout = {_BUSY_MS}")
        tables = {r[0] for r in self._conn.execute("SELECT name FROM sqlite_master")}
        version = schema_version(self._conn)
        if version == 0 and tables:
            raise StoreError(
                f"{self.path} is not a newsgraph store (a SQLite database of another "
                "application): give another --db path."
            )
        if self.read_only:
            self._conn.execute("PRAGMA query_only = ON")
            if version == 0:  # ux31: a store of schema 1 is read as the older stores are
                raise StoreError(
                    f"{self.path} is not a newsgraph store (an empty SQLite file): give the "
                    "path of a store made by newsgraph ingest."
                )
            if version > SCHEMA_VERSION:
                migrate(self._conn, target=version, name=self.path)  # raises SchemaError
            assert isinstance(self._conn, ReadConnection)
            self._conn.ng_path, self._conn.ng_version = self.path, version
            return
        if self.path != ":memory:":
            _retry_busy(lambda: self._conn.execute("PRAGMA journal_mode = WAL"))
            self._conn.execute("PRAGMA synchronous = NORMAL")
        migrate(self._conn, name=self.path)

    # -- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        """Commit the open batch and close the connection.

        A writer that is the last one out leaves the file in rollback-journal mode (no
        ``-wal``/``-shm`` files), so read-only opens find nothing to create; the next
        writer switches back to WAL. While other connections are open it stays WAL.
        """
        try:
            self.commit()
            if not self.read_only and self.path != ":memory:":
                self._conn.execute("PRAGMA busy_timeout = 0")
                with contextlib.suppress(sqlite3.OperationalError):
                    self._conn.execute("PRAGMA journal_mode = DELETE").fetchone()
        except sqlite3.Error as err:
            raise store_error(self.path, err) from None
        finally:
            self._conn.close()

    @contextlib.contextmanager
    def time_limit(self, seconds: float | None) -> Iterator[None]:
        """Abort database work still running ``seconds`` after entering (``None``: no limit).

        A query cut short raises :class:`QueryTimeout`; the connection stays usable.
        """
        if seconds is None:
            yield
            return
        deadline = time.monotonic() + seconds
        self._conn.set_progress_handler(lambda: time.monotonic() > deadline, _PROGRESS_STEPS)
        try:
            yield
        except sqlite3.OperationalError as err:
            if "interrupted" not in str(err):
                raise
            raise QueryTimeout(
                f"{self.path}: the query took longer than {seconds:g} s and was stopped; "
                "narrow it (fewer or longer search words, a filter such as a type, actor or "
                "date, a smaller limit, or an earlier page: a deep offset reads every row "
                "before it)."
            ) from None
        finally:
            self._conn.set_progress_handler(None, 0)

    def __enter__(self) -> Store:
        return self

    # -- the corpus tables (store/corpus/) --------------------------------------------------

    def corpus_linker(self) -> Any:
        """The corpus tables' updater for this store (a :class:`~.corpus.Corpus`), after
        linking the articles a killed run left unlinked."""
        from .corpus import Corpus, pending

        linker = Corpus(self._conn)
        linker.add(pending(self._conn))
        return linker

    def rebuild_corpus(self) -> Any:
        """Recompute every corpus table from the stored articles; returns the counts."""
        from .corpus import rebuild

        return rebuild(self._conn)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is not None:
            self.rollback()
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r})"
