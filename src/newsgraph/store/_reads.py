"""Reading articles back: by id or prefix, counts, and the queries over their records
(full text, quotes, events, places; the SQL is in :mod:`._queries`)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..model import Article, article_from_dict
from . import _queries
from ._connection import StoreBase
from ._errors import StoreError
from .records import ArticleRow, EventHit, PlaceMention, PlaceSummary, QuoteHit, SearchHit

_ID_CHUNK = 500  # ids per "IN (...)" query, under SQLite's bound-parameter limit


class StoreReads(StoreBase):
    """:class:`Store`'s reads of articles and their records."""

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

    def sources_of(self, ids: Iterable[str]) -> dict[str, tuple[str | None, str | None]]:
        """``{id: (url, outlet)}`` of the stored articles among ``ids`` (ingest's copy check)."""
        from .copies import sources_query

        return sources_query(self._conn, list(dict.fromkeys(ids)))

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
        outlet: str | None = None,
    ) -> list[SearchHit]:
        """Full-text search over article titles and text, best first.

        Each :class:`SearchHit` has the ``article`` (:class:`ArticleRef`), a ``snippet`` and
        a ``rank``; as a flat row: ``id, title, published, outlet, url, snippet, rank`` (lower
        rank is
        better); matched terms in the snippet are wrapped in ``mark``. FTS5 syntax
        (``AND``, ``OR``, ``NOT``, ``"phrases"``, ``prefix*``) is accepted; a query that
        is not valid FTS5 is searched again as plain terms. ``outlet``: that outlet's articles.
        """
        return _queries.search(self._conn, query, limit, mark, offset, outlet)

    def recent(
        self, limit: int = 20, offset: int = 0, outlet: str | None = None
    ) -> list[ArticleRow]:
        """Articles newest published first (undated last), ``limit`` of them after ``offset``
        (``outlet``: that outlet's alone).

        Each :class:`ArticleRow` (flat: ``id, title, published, outlet, url, n_quotes,
        n_events``).
        """
        return _queries.recent(self._conn, limit, offset, outlet)

    def count_search(self, query: str, outlet: str | None = None) -> int:
        """How many articles :meth:`search` finds for ``query`` (of one outlet, if given)."""
        return _queries.count_search(self._conn, query, outlet)

    def count_articles(self, outlet: str | None = None) -> int:
        """Number of articles (of one outlet, if given)."""
        return _queries.count_articles(self._conn, outlet)

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
        corpus: str | None = None,
    ) -> list[EventHit]:
        """Events filtered by PLOVER type (or CAMEO code prefix), actor (name substring, or a
        code such as ``RUSGOV``/``RUS`` matched as a prefix), ISO3 country of a source or
        target, and date (``since``: the event's day-resolved time, else the article's
        published date; with ``by_when``, the timeline's order by each event's own date,
        ``EventHit.when``, a year or month overlapping ``since`` counting as on or after it).

        Each :class:`EventHit` holds the typed ``event``, its ``article``, ``date``,
        ``evidence`` sentence and actor names; its flat row (``to_dict()``) is: ``id,
        article_id, date, type, mode, quad, cameo, goldstein,
        trigger(_start/_end), source_codes, source_names, target_codes, target_names``
        (``"; "``-joined), ``negated, hypothetical, background, reported_by, context,
        place, place_id, place_name, geonameid, lat, lon, place_source, time, time_id, time_value,
        sentence, evidence(_start/_end), confidence, rule`` plus the article's ``title,
        published, outlet, url``; ordered by date. ``corpus``: the article events one corpus
        event counts (its id, ``cevt-...``).
        """
        flags = {"negated": negated, "hypothetical": hypothetical, "background": background}
        return _queries.events(
            self._conn,
            type,
            actor,
            country,
            _iso_date(since),
            limit,
            offset,
            flags,
            by_when,
            corpus,
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
        by_when: bool = False,
        corpus: str | None = None,
    ) -> int:
        """How many events :meth:`events` would give with no limit."""
        flags = {"negated": negated, "hypothetical": hypothetical, "background": background}
        return _queries.count_events(
            self._conn, type, actor, country, _iso_date(since), flags, by_when, corpus
        )

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
        corpus: str | None = None,
    ) -> list[tuple[str, int]]:
        """``(YYYY-MM, n)`` per month, by each event's own date (``EventHit.when``)."""
        flags = {"negated": negated, "hypothetical": hypothetical, "background": background}
        return _queries.event_months(
            self._conn, type, actor, country, _iso_date(since), flags, corpus
        )

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


def _iso_date(value: str | dt.date | None, name: str = "since") -> str | None:
    """``value`` as ``YYYY-MM-DD``; a StoreError naming the parameter ``name`` if it is no date."""
    if value is None or isinstance(value, dt.date):
        return value.isoformat()[:10] if value else None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise StoreError(f"{name}={value!r} is not a date: write it as YYYY-MM-DD.") from None
