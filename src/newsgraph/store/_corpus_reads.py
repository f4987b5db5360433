"""Reading the corpus tables (actors, stories, statements, corpus events; see
:mod:`._corpus_queries`) and the framing records (see :mod:`._framing`)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import _corpus_queries, _framing
from ._errors import SchemaError
from ._reads import StoreReads, _iso_date
from .corpus import _sides, _surname


class CorpusReads(StoreReads):
    """:class:`Store`'s reads across articles: the corpus tables and framing."""

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

    def unjoined_persons(self, name: str) -> list[dict[str, Any]]:
        """Person names matching ``name`` (folded substring) that no actor holds: a lone
        surname several known persons share (ux37). Each: ``name, n_entities, n_articles,
        persons`` (the known persons' names)."""
        return _surname.unjoined(self._conn, name)

    def unjoined_sides(self, limit: int = 10) -> dict[str, Any] | None:
        """The events whose source or target is joined to no actor, which no actor row counts
        (ux38): ``n_events``, ``n_unjoined``, per role ``source``/``target`` the events with
        that side ``absent`` (none named), ``uncoded`` (named, no code, no entity) or
        ``unjoined`` (an entity no actor holds), and the most frequent such ``names``. None on
        a store older than the registry."""
        try:
            return _sides.unjoined_sides(self._conn, limit)
        except SchemaError:
            return None

    def entity_actors(self, article_id: str) -> dict[str, dict[str, str]] | None:
        """The registry actor (``id``, ``name``) each entity of the article joined, by entity
        id; an entity joined to none is absent. None on a store older than the registry."""
        try:
            rows = self._conn.execute(
                """SELECT m.entity_id, x.id, x.name FROM actor_entities m
                   JOIN actors x ON x.id = m.actor_id WHERE m.article_id = ?""",
                (article_id,),
            ).fetchall()
        except SchemaError:
            return None
        return {eid: {"id": aid, "name": name} for eid, aid, name in rows}

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
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Statements: a speaker's near-identical quotes across articles, grouped.

        ``speaker`` matches the actor's name, aliases and roles ("the foreign minister");
        each row has the first appearance (``first_published, first_outlet, first_url``),
        ``n_quotes, n_articles, n_outlets, outlets`` and its ``variants`` (each quote with
        its article's date, outlet and URL). ``actor``: only this actor id's statements;
        ``offset``: rows to skip (the web page's next page).
        """
        return _corpus_queries.statements(self._conn, speaker, contains, limit, actor, offset)

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
            self._conn, actor, _iso_date(since), _iso_date(until, "until"), limit, offset
        )

    def count_undated_events(self) -> int:
        """Events counted in no corpus event for want of a date (their own or their
        article's); negated and hypothetical events are not counted by design."""
        from .corpus.events import count_undated

        return count_undated(self._conn)

    # -- framing (see _framing.py; filled by newsgraph_framing) ---------------------------------

    def framing(
        self,
        actor: str | None = None,
        *,
        by_outlet: bool = True,
        top: int = 200,
        totals: list[int] | None = None,
    ) -> list[dict[str, Any]]:
        """Labels per outlet and actor: ``outlet, actor, code, label, kind, count, articles,
        polarity`` (mean) and ``example`` (one record with its sentence, as :meth:`framing_hits`
        rows). ``actor`` matches the actor key (entity name or generic code, e.g. ``SYRREB``)
        or the code; ``by_outlet=False`` counts all outlets together (``outlet`` null).
        ``top`` rows at most (the first pair whole even past it): the (actor, label) pairs
        most frequent over all outlets, each with every outlet's row; ``totals`` (a list)
        gets the number of rows before the cut."""
        return _framing.summary(
            self._conn, actor=actor, by_outlet=by_outlet, top=top, totals=totals
        )

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
