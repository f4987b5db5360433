"""The SQLite store: one file holding articles and every record extracted from them.

>>> with Store(":memory:") as store:
...     store.add(article)          # True the first time, False ever after
...     store.search("Idlib")

Writes are idempotent (an article is keyed by its id, a hash of its text) and
atomic per batch: :meth:`Store.add_many` lands a whole batch or nothing, so a run
killed mid-way loses at most its open batch and a rerun completes it without
duplicates. The schema is versioned with ``PRAGMA user_version`` and migrated on
open (see :mod:`newsgraph.store.migrations`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar
from urllib.parse import quote

from ..model import Article, article_from_dict
from . import _corpus_queries, _framing, _queries, _rows
from ._errors import StoreError
from ._messages import QueryTimeout, store_error
from .migrations import SCHEMA_VERSION, migrate, schema_version
from .records import ArticleRow, EventHit, PlaceMention, PlaceSummary, QuoteHit, SearchHit

_T = TypeVar("_T")

log = logging.getLogger(__name__)

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
_ID_CHUNK = 500  # ids per "IN (...)" query, under SQLite's bound-parameter limit
_BUSY_MS = 10_000  # how long a writer waits for another process's write lock
# Read-only opens cannot migrate: every read query needs only the tables of versions 1-2.
_READABLE_FROM = 2
_PROGRESS_STEPS = 200  # SQLite VM steps between checks of a time limit
_SQLITE_HEADER = b"SQLite format 3\x00"


class Store:
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
                    uri, uri=True, isolation_level=None, check_same_thread=check_same_thread
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
            if version < _READABLE_FROM:
                raise StoreError(
                    f"{self.path} is not a newsgraph store (an empty file, or written by a "
                    "newsgraph too old to read): give the path of a store made by newsgraph ingest."
                )
            if version > SCHEMA_VERSION:
                migrate(self._conn, target=version, name=self.path)  # raises SchemaError
            return
        if self.path != ":memory:":
            _retry_busy(lambda: self._conn.execute("PRAGMA journal_mode = WAL"))
            self._conn.execute("PRAGMA synchronous = NORMAL")
        migrate(self._conn, name=self.path)

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def conn(self) -> sqlite3.Connection:
        """The underlying connection (autocommit mode; rows are ``sqlite3.Row``)."""
        return self._conn

    @property
    def schema_version(self) -> int:
        return schema_version(self._conn)

    def commit(self) -> None:
        """Commit the open batch, if any."""
        if self._conn.in_transaction:
            self._conn.execute("COMMIT")

    def rollback(self) -> None:
        """Drop the open batch, if any."""
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

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
                "narrow it (fewer or longer words, a smaller limit)."
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

    # -- writes ------------------------------------------------------------------------------

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

    # -- reads -------------------------------------------------------------------------------

    def has(self, article_id: str) -> bool:
        """Whether an article with exactly this id is stored."""
        return (
            self._conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
            is not None
        )

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        """The subset of ``ids`` already stored (to skip them before running the model)."""
        wanted = list(dict.fromkeys(ids))
        found: set[str] = set()
        for i in range(0, len(wanted), _ID_CHUNK):
            chunk = wanted[i : i + _ID_CHUNK]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT id FROM articles WHERE id IN ({marks})"
            found.update(row[0] for row in self._conn.execute(sql, chunk))
        return found

    def resolve_id(self, id_or_prefix: str) -> str | None:
        """The stored article id equal to, or uniquely starting with, ``id_or_prefix``.

        Raises :class:`StoreError` when the prefix matches several articles.
        """
        if not id_or_prefix:
            return None
        if self.has(id_or_prefix):
            return id_or_prefix
        rows = self._conn.execute(
            "SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT 3",
            (id_or_prefix, id_or_prefix + "\U0010ffff"),
        ).fetchall()
        if len(rows) > 1:
            shown = ", ".join(r[0] for r in rows[:2])
            raise StoreError(
                f"article id prefix {id_or_prefix!r} matches several articles ({shown}, ...): "
                "give more characters."
            )
        return rows[0][0] if rows else None

    def get(self, article_id: str) -> Article | None:
        """The stored :class:`Article` (as ``analyze`` returned it) by id or unique id prefix."""
        found = self.get_json(article_id)
        return article_from_dict(found) if found is not None else None

    def get_json(self, article_id: str) -> dict[str, Any] | None:
        """The article's JSON (``Article.to_dict()``) by id or unique id prefix, else None."""
        found = self.resolve_id(article_id)
        if found is None:
            return None
        row = self._conn.execute("SELECT json FROM articles WHERE id = ?", (found,)).fetchone()
        return json.loads(row[0])  # type: ignore[no-any-return]

    def iter_articles(self) -> Iterator[Article]:
        """Every stored :class:`Article`, in id order, read lazily."""
        for (text,) in self._conn.execute("SELECT json FROM articles ORDER BY id"):
            yield article_from_dict(json.loads(text))

    def count(self, table: str = "articles") -> int:
        """Number of rows in one of the store's tables."""
        if table not in _queries.COUNTED:
            raise StoreError(f"unknown table {table!r}: use one of {', '.join(_queries.COUNTED)}.")
        return int(self._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    # -- queries (see _queries.py) -------------------------------------------------------------

    def search(
        self,
        query: str,
        limit: int = 20,
        *,
        mark: tuple[str, str] = ("«", "»"),
        offset: int = 0,
    ) -> list[SearchHit]:
        """Full-text search over article titles and text, best first.

        Each :class:`SearchHit` has the ``article`` (:class:`ArticleRef`), a ``snippet`` and
        a ``rank``; as a flat row: ``id, title, published, outlet, url, snippet, rank`` (lower
        rank is
        better); matched terms in the snippet are wrapped in ``mark``. FTS5 syntax
        (``AND``, ``OR``, ``NOT``, ``"phrases"``, ``prefix*``) is accepted; a query that
        is not valid FTS5 is searched again as plain terms.
        """
        return _queries.search(self._conn, query, limit, mark, offset)

    def recent(self, limit: int = 20, offset: int = 0) -> list[ArticleRow]:
        """Articles newest published first (undated last), ``limit`` of them after ``offset``.

        Each :class:`ArticleRow` (flat: ``id, title, published, outlet, url, n_quotes,
        n_events``).
        """
        return _queries.recent(self._conn, limit, offset)

    def stats(self, top: int = 10) -> dict[str, Any]:
        """Counts per table, top actors and event types, outlets and the published-date range."""
        return _queries.stats(self._conn, top)

    def quotes(
        self,
        speaker: str | None = None,
        contains: str | None = None,
        article: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[QuoteHit]:
        """Quotes filtered by speaker name (case- and accent-insensitive substring), words in
        the quoted content (as a phrase), and article (id or unique prefix).

        Each :class:`QuoteHit` holds the typed ``quote`` and its ``article``; its flat row
        (``to_dict()``, what the JSON API prints) is: ``id, article_id, kind, content,
        content_start, content_end, cue(_start/_end), source(_start/_end), speaker,
        speaker_name, unnamed, sentence, confidence, rule, time_id, place_id`` plus the
        article's ``title, published, outlet, url``; ordered by publication date, then
        position in the article.
        """
        article_id = self.resolve_id(article) if article else None
        if article and article_id is None:
            return []
        return _queries.quotes(self._conn, speaker, contains, article_id, limit, offset)

    def count_quotes(
        self, speaker: str | None = None, contains: str | None = None, article: str | None = None
    ) -> int:
        """How many quotes :meth:`quotes` would give with no limit."""
        article_id = self.resolve_id(article) if article else None
        if article and article_id is None:
            return 0
        return _queries.count_quotes(self._conn, speaker, contains, article_id)

    def events(
        self,
        type: str | None = None,
        actor: str | None = None,
        country: str | None = None,
        since: str | dt.date | None = None,
        limit: int = 100,
        offset: int = 0,
        *,
        negated: bool | None = None,
        hypothetical: bool | None = None,
        background: bool | None = None,
        by_when: bool = False,
    ) -> list[EventHit]:
        """Events filtered by PLOVER type (or CAMEO code prefix), actor (name substring, or a
        code such as ``RUSGOV``/``RUS`` matched as a prefix), ISO3 country of a source or
        target, and date (``since``: the event's day-resolved time, else the article's
        published date).

        Each :class:`EventHit` holds the typed ``event``, its ``article``, ``date``,
        ``evidence`` sentence and actor names; its flat row (``to_dict()``) is: ``id,
        article_id, date, type, mode, quad, cameo, goldstein,
        trigger(_start/_end), source_codes, source_names, target_codes, target_names``
        (``"; "``-joined), ``negated, hypothetical, background, reported_by, context,
        place, place_id, place_name, geonameid, lat, lon, time, time_id, time_value,
        sentence, evidence(_start/_end), confidence, rule`` plus the article's ``title,
        published, outlet, url``; ordered by date.
        """
        flags = {"negated": negated, "hypothetical": hypothetical, "background": background}
        return _queries.events(
            self._conn, type, actor, country, _iso_date(since), limit, offset, flags, by_when
        )

    def count_events(
        self,
        type: str | None = None,
        actor: str | None = None,
        country: str | None = None,
        since: str | dt.date | None = None,
        *,
        negated: bool | None = None,
        hypothetical: bool | None = None,
        background: bool | None = None,
    ) -> int:
        """How many events :meth:`events` would give with no limit."""
        flags = {"negated": negated, "hypothetical": hypothetical, "background": background}
        return _queries.count_events(self._conn, type, actor, country, _iso_date(since), flags)

    def event_months(
        self,
        type: str | None = None,
        actor: str | None = None,
        country: str | None = None,
        since: str | dt.date | None = None,
        *,
        negated: bool | None = None,
        hypothetical: bool | None = None,
        background: bool | None = None,
    ) -> list[tuple[str, int]]:
        """``(YYYY-MM, n)`` per month, by each event's own date (``EventHit.when``)."""
        flags = {"negated": negated, "hypothetical": hypothetical, "background": background}
        return _queries.event_months(self._conn, type, actor, country, _iso_date(since), flags)

    def places(
        self, limit: int = 100, offset: int = 0, *, located_only: bool = False
    ) -> list[PlaceSummary]:
        """Places across the store (one per GeoNames id; unresolved ones by name), most
        mentioned first; ``located_only`` keeps those with coordinates (for a map)."""
        return _queries.places(self._conn, limit, offset, located_only)

    def count_places(self) -> int:
        """How many distinct places :meth:`places` lists."""
        return _queries.count_places(self._conn)

    def place_mentions(
        self, geonameid: int, limit: int = 50, offset: int = 0
    ) -> list[PlaceMention]:
        """Every mention of the place with this GeoNames id, with its sentence as evidence."""
        return _queries.place_mentions(self._conn, geonameid, limit, offset)

    def count_place_mentions(self, geonameid: int) -> int:
        return _queries.count_place_mentions(self._conn, geonameid)

    # -- corpus queries (see _corpus_queries.py; filled by newsgraph.corpus) -------------------

    def actors(
        self,
        country: str | None = None,
        name: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Corpus actors (one per real-world actor across articles), most reported first.

        ``name`` matches (folded substring) the actor's name, aliases, roles or code;
        ``country`` is an ISO alpha-3 code. Each row: ``id, name, type, country, sector,
        code, aliases, roles, n_articles, n_mentions, first_seen, last_seen``.
        """
        return _corpus_queries.actors(self._conn, country, name, limit, offset)

    def actor(self, actor_id: str, limit: int = 200) -> dict[str, Any] | None:
        """One corpus actor with its ``quotes`` and ``events`` (newest first), or None."""
        return _corpus_queries.actor(self._conn, actor_id, limit)

    def story(self, article_id: str) -> dict[str, Any] | None:
        """The near-duplicate story of an article (by id or unique prefix), else None.

        ``cluster_id``, ``is_copy``, ``copy_of`` (the earlier article it copies),
        ``similarity`` and ``articles``: every article of the story, earliest published first,
        each with its own copy flag. None for an unknown id or one ``dedupe`` has not seen.
        """
        found = self.resolve_id(article_id)
        return _corpus_queries.story(self._conn, found) if found else None

    def statements(
        self,
        speaker: str | None = None,
        contains: str | None = None,
        limit: int = 100,
        *,
        actor: str | None = None,
    ) -> list[dict[str, Any]]:
        """Statements: a speaker's near-identical quotes across articles, grouped.

        ``speaker`` matches the actor's name, aliases and roles ("the foreign minister");
        each row has the first appearance (``first_published, first_outlet, first_url``),
        ``n_quotes, n_articles, n_outlets, outlets`` and its ``variants`` (each quote with
        its article's date, outlet and URL). ``actor``: only this actor id's statements.
        """
        return _corpus_queries.statements(self._conn, speaker, contains, limit, actor)

    def corpus_events(
        self,
        actor: str | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Events counted across articles (GDELT-style; see docs/gdelt.md), by date.

        ``actor``: an actor code on either side, matched as a prefix (``RUS``, ``RUSGOV``);
        ``since``/``until``: an inclusive date range. Each row: ``id, root_code, actor1,
        actor2, place_key, date, date_resolution, first_seen, last_seen, num_mentions,
        num_sources, num_articles, is_root, first_article_id, first_event_id``.
        """
        return _corpus_queries.corpus_events(
            self._conn, actor, _iso_date(since), _iso_date(until), limit, offset
        )

    # -- framing (see _framing.py; filled by newsgraph_framing) ---------------------------------

    def framing(
        self, actor: str | None = None, *, by_outlet: bool = True, top: int = 200
    ) -> list[dict[str, Any]]:
        """Labels per outlet and actor: ``outlet, actor, code, label, kind, count, articles,
        polarity`` (mean) and ``example`` (one record with its sentence, as :meth:`framing_hits`
        rows). ``actor`` matches the actor key (entity name or generic code, e.g. ``SYRREB``)
        or the code; ``by_outlet=False`` counts all outlets together (``outlet`` null)."""
        return _framing.summary(self._conn, actor=actor, by_outlet=by_outlet, top=top)

    def framing_hits(
        self,
        actor: str | None = None,
        outlet: str | None = None,
        label: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """The framing records behind a count: ``id, article_id, title, published, outlet,
        url, kind, label, start, end, text, actor, target, target_name, target_code,
        polarity, sentence, sentence_start, rule, confidence``."""
        return _framing.hits(
            self._conn, actor=actor, outlet=outlet, label=label, limit=limit, offset=offset
        )

    def count_framing_hits(
        self, actor: str | None = None, outlet: str | None = None, label: str | None = None
    ) -> int:
        return _framing.count_hits(self._conn, actor=actor, outlet=outlet, label=label)


def check_path(path: str, *, must_exist: bool) -> None:
    """Raise :class:`StoreError` (one line) when ``path`` cannot be a store file.

    Refuses a directory, a path in a missing folder, and an existing file that is not
    SQLite; with ``must_exist`` also a missing or empty file (a read never creates one).
    Nothing is created or changed.
    """
    if path == ":memory:" or path.startswith("file:"):
        return
    folder = os.path.dirname(path) or "."
    if os.path.isdir(path):
        raise StoreError(f"{path} is a directory, not a store file: give a file path.")
    if not os.path.isdir(folder):
        raise StoreError(f"{path}: the folder {folder} does not exist; create it first.")
    if not os.path.exists(path):
        if must_exist:
            raise StoreError(
                f"no store at {path}; create one with: newsgraph ingest SOURCES --db {path}"
            )
        return
    try:
        with open(path, "rb") as f:
            header = f.read(len(_SQLITE_HEADER))
    except OSError as err:
        raise StoreError(f"{path} cannot be read: {err.strerror}.") from None
    if header == _SQLITE_HEADER:
        return
    if header or must_exist:
        what = "an empty file" if not header else "not a SQLite database"
        raise StoreError(f"{path} is not a newsgraph store ({what}): give another --db path.")


def _retry_busy(action: Callable[[], object], wait_s: float = _BUSY_MS / 1000) -> None:
    """Run ``action``, retrying while another process holds the lock SQLite needs.

    ``PRAGMA journal_mode`` on a fresh file can fail with "database is locked" at once,
    without waiting for the busy timeout, when another process is creating the store.
    """
    deadline = time.monotonic() + wait_s
    delay = 0.01
    while True:
        try:
            action()
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) and "busy" not in str(err):
                raise
            if time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.2)


Row = dict[str, Any]


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


def _iso_date(value: str | dt.date | None) -> str | None:
    if value is None or isinstance(value, dt.date):
        return value.isoformat()[:10] if value else None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise StoreError(f"since={value!r} is not a date: write it as YYYY-MM-DD.") from None
