"""The store's read queries (search, stats, quotes, events), over a connection."""

from __future__ import annotations

import functools
import json
import logging
import re
import sqlite3
import unicodedata
from pathlib import Path
from typing import Any

from . import _corpus_queries, records
from ._country import check_country
from ._errors import StoreError
from ._tables import QUOTE_BOUNDS
from .migrations import EVENT_WHEN, schema_version

log = logging.getLogger(__name__)

COUNTED = ("articles", "entities", "mentions", "quotes", "events", "places", "times")
_CODE = re.compile(r"[A-Z]{3}[A-Z0-9]*")
_WORD = re.compile(r"\w")
_FLAGS = frozenset({"unnamed", "negated", "hypothetical", "background", "metonymy"})
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
MAX_QUERY_CHARS = 500  # longest full-text query accepted
MAX_QUERY_TERMS = 32  # most search terms (operators not counted): FTS5 work grows with them
_EVENT_FLAGS = ("negated", "hypothetical", "background")
# An event's own date (see migrations.EVENT_WHEN), and the column that holds it from schema
# version 9 on (a store opened read-only is not migrated: an older one is sorted as before)
_WHEN = EVENT_WHEN
_WHEN_FROM = 9


def _when(conn: sqlite3.Connection) -> str:
    return "e.when_day" if schema_version(conn) >= _WHEN_FROM else _WHEN


_ARTICLE_COLUMNS = "a.title AS title, a.published AS published, a.outlet AS outlet, a.url AS url"


def fold(value: str | None) -> str | None:
    """Case- and accent-insensitive form for substring matching (SQL function ``ng_fold``)."""
    if value is None:
        return None
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _phrase(text: str) -> str:
    """``text`` as one FTS5 phrase (any syntax in it taken literally)."""
    return '"' + text.replace('"', '""') + '"'


def _terms(text: str) -> str:
    """Each whitespace-separated term of ``text`` as its own phrase (implicit AND), a term
    written ``-word`` as a phrase the articles must not hold (``NOT``).

    Stray operators (``AND``, ``OR``, ``NOT``, ``NEAR``) are dropped: in a query that
    failed to parse they are typos, not words to look for.
    """
    words = [t for t in text.split() if t not in _OPERATORS]
    wanted = [_phrase(t) for t in words if not _excluded(t)]
    unwanted = [_phrase(t[1:]) for t in words if _excluded(t)]
    if unwanted and not wanted:
        raise StoreError(
            f"cannot search for {text!r}: every word is excluded (-word); give a word to find "
            "too, e.g. idlib -turkey."
        )
    # '-word' leaves out articles with it (web-search style), never searches for it (ux24)
    return " ".join(
        [f"({' '.join(wanted)})" if unwanted else " ".join(wanted)] + [f"NOT {u}" for u in unwanted]
    )


def _excluded(term: str) -> bool:
    return len(term) > 1 and term.startswith("-") and term[1] != "-"


def check_query(query: str) -> None:
    """Refuse a full-text query over :data:`MAX_QUERY_CHARS` or :data:`MAX_QUERY_TERMS`."""
    if len(query) > MAX_QUERY_CHARS:
        raise StoreError(
            f"the search query has {len(query)} characters; the most is {MAX_QUERY_CHARS}."
        )
    terms = [t for t in query.split() if t not in _OPERATORS]
    if len(terms) > MAX_QUERY_TERMS:
        raise StoreError(
            f"the search query has {len(terms)} terms; the most is {MAX_QUERY_TERMS}: "
            "search for fewer words."
        )


def search(
    conn: sqlite3.Connection,
    query: str,
    limit: int,
    mark: tuple[str, str],
    offset: int = 0,
    outlet: str | None = None,
) -> list[records.SearchHit]:
    if not query.strip():
        raise StoreError("the search query is empty: give one or more words to look for.")
    check_query(query)
    where, more = _outlet(outlet, "AND")
    sql = f"""
        SELECT a.id AS id, {_ARTICLE_COLUMNS},
               snippet(articles_fts, 1, ?, ?, '…', 16) AS snippet,
               bm25(articles_fts, 2.0, 1.0) AS rank
        FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
        WHERE articles_fts MATCH ?{where}
        ORDER BY rank, a.id
        LIMIT ? OFFSET ?"""
    try:
        rows = conn.execute(sql, (*mark, query, *more, limit, offset)).fetchall()
    except sqlite3.OperationalError as err:
        if "interrupted" in str(err):
            raise  # a time limit, not bad syntax
        plain = _terms(query)
        log.info("search %r is not valid FTS5 (%s); searching for the plain terms", query, err)
        try:
            rows = conn.execute(sql, (*mark, plain, *more, limit, offset)).fetchall()
        except sqlite3.OperationalError as err2:
            if "interrupted" in str(err2):
                raise
            raise StoreError(
                f"cannot search for {query!r}: {err2}. Use plain words, or FTS5 syntax "
                'such as: idlib AND "foreign minister", lavrov OR jubeir, terror*.'
            ) from None
    return [records.search_hit(dict(r)) for r in rows]


def count_search(conn: sqlite3.Connection, query: str, outlet: str | None = None) -> int:
    """How many articles :func:`search` finds (ux35: the web page said 'Matches 1–50' of no
    known total); a query that is not valid FTS5 is counted as its plain terms, as searched."""
    check_query(query)
    where, more = _outlet(outlet, "AND")
    sql = f"""
        SELECT count(*) FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
        WHERE articles_fts MATCH ?{where}"""
    try:
        return int(conn.execute(sql, (query, *more)).fetchone()[0])
    except sqlite3.OperationalError as err:
        if "interrupted" in str(err):
            raise
        return int(conn.execute(sql, (_terms(query), *more)).fetchone()[0])


def _outlet(outlet: str | None, joiner: str) -> tuple[str, tuple[str, ...]]:
    """The SQL condition (after ``joiner``) and its argument for articles of one outlet."""
    return (f" {joiner} a.outlet = ?", (outlet,)) if outlet else ("", ())


def recent(
    conn: sqlite3.Connection, limit: int, offset: int, outlet: str | None = None
) -> list[records.ArticleRow]:
    """Articles, newest published first (undated last), with their quote and event counts;
    ``outlet``: that outlet's alone (ux35: the overview's outlet counts linked nowhere)."""
    where, more = _outlet(outlet, "WHERE")
    sql = f"""
        SELECT a.id AS id, {_ARTICLE_COLUMNS},
               (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS n_quotes,
               (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS n_events
        FROM articles a{where}
        ORDER BY a.published IS NULL, a.published DESC, a.added_at DESC, a.id
        LIMIT ? OFFSET ?"""
    return [records.article_row(dict(r)) for r in conn.execute(sql, (*more, limit, offset))]


def _registry_current(conn: sqlite3.Connection) -> bool:
    """Whether the store has the actor registry (schema 3 on) and every article is linked
    into it."""
    if int(conn.execute("PRAGMA user_version").fetchone()[0]) < 3:
        return False
    unlinked = conn.execute(
        """SELECT EXISTS (SELECT 1 FROM articles a WHERE NOT EXISTS
               (SELECT 1 FROM article_clusters c WHERE c.article_id = a.id))"""
    ).fetchone()[0]
    return not unlinked


def count_articles(conn: sqlite3.Connection, outlet: str | None = None) -> int:
    where, more = _outlet(outlet, "WHERE")
    return int(conn.execute(f"SELECT count(*) FROM articles a{where}", more).fetchone()[0])


def stats(conn: sqlite3.Connection, top: int) -> dict[str, Any]:
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}
    if _registry_current(conn):
        # ux37: the top actors were entity names counted apart ("Hillary Clinton" 541,
        # "Obama" 155) while `actors` gave the registry's ("Hillary Rodham Clinton" 567, no
        # "Obama"): the same actors and counts as `actors`, when every article is linked
        actors = conn.execute(
            """SELECT id, name, type, country, n_articles AS n, n_mentions AS mentions
               FROM actors
               WHERE (type IN ('PERSON', 'ORG', 'NORP') OR sector IS NOT NULL)
                 AND key NOT LIKE 'code:%'
               ORDER BY n DESC, mentions DESC, name LIMIT ?""",
            (top,),
        ).fetchall()
    else:  # a store older than the registry, or articles added without it (Store.add)
        actors = conn.execute(
            """SELECT name, type, country, count(DISTINCT article_id) AS n,
                      sum(n_mentions) AS mentions FROM entities
               WHERE type IN ('PERSON', 'ORG', 'NORP') OR sector IS NOT NULL
               GROUP BY name, type, country ORDER BY n DESC, mentions DESC, name LIMIT ?""",
            (top,),
        ).fetchall()
    types = conn.execute(
        "SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type LIMIT ?",
        (top,),
    ).fetchall()
    outlets = conn.execute(
        """SELECT outlet, count(*) AS n FROM articles WHERE outlet IS NOT NULL
           GROUP BY outlet ORDER BY n DESC, outlet LIMIT ?""",
        (top,),
    ).fetchall()
    first, last = conn.execute("SELECT min(published), max(published) FROM articles").fetchone()
    return {
        **counts,
        "top_actors": [dict(r) for r in actors],
        "top_event_types": [dict(r) for r in types],
        "outlets": [dict(r) for r in outlets],
        "date_range": {"from": first, "to": last},
    }


def _quote_filter(
    conn: sqlite3.Connection, speaker: str | None, contains: str | None, article_id: str | None
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if speaker:
        # the speaker's name as written, or a corpus actor's name, alias or role
        actors = _corpus_queries.actor_ids(conn, speaker)
        marks = ",".join("?" * len(actors))
        # the matching quotes are found first through indexes (names are folded once per
        # distinct speaker name, not once per quote), then joined to their articles
        where.append(
            "q.seq IN (SELECT q2.seq FROM quotes q2 WHERE q2.speaker_name COLLATE NOCASE IN "
            "(WITH names(n) AS MATERIALIZED (SELECT DISTINCT speaker_name FROM quotes) "
            "SELECT n FROM names WHERE instr(ng_fold(n), ?) > 0)"
            + (
                " UNION ALL SELECT q3.seq FROM actor_entities m JOIN quotes q3 "
                "ON q3.article_id = m.article_id AND q3.speaker = m.entity_id "
                f"WHERE m.actor_id IN ({marks})"
                if actors
                else ""
            )
            + ")"
        )
        params.extend([fold(speaker), *actors])
    if contains and len(contains) > MAX_QUERY_CHARS:
        raise StoreError(
            f"the quote text to find has {len(contains)} characters; the most is {MAX_QUERY_CHARS}."
        )
    if contains and _WORD.search(contains):
        where.append("q.seq IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        params.append(_phrase(contains))
    elif contains:
        where.append("instr(q.content, ?) > 0")
        params.append(contains)
    if article_id:
        where.append("q.article_id = ?")
        params.append(article_id)
    return where, params


def quotes(
    conn: sqlite3.Connection,
    speaker: str | None,
    contains: str | None,
    article_id: str | None,
    limit: int,
    offset: int = 0,
) -> list[records.QuoteHit]:
    where, params = _quote_filter(conn, speaker, contains, article_id)
    sql = f"""
        SELECT q.id AS id, q.article_id AS article_id, q.kind AS kind, q.content AS content,
               q.content_start AS content_start, q.content_end AS content_end, q.cue AS cue,
               q.cue_start AS cue_start, q.cue_end AS cue_end, q.source AS source,
               q.source_start AS source_start, q.source_end AS source_end,
               q.speaker AS speaker, q.speaker_name AS speaker_name, q.unnamed AS unnamed,
               q.sentence AS sentence, q.confidence AS confidence, q.rule AS rule,
               q.time_id AS time_id, q.place_id AS place_id, {_ARTICLE_COLUMNS},
               q.json AS record_json, {QUOTE_BOUNDS}, a.text AS article_text
        FROM quotes q JOIN articles a ON a.id = q.article_id
        {_where(where)}
        ORDER BY a.published IS NULL, a.published, q.article_id, q.content_start
        LIMIT ? OFFSET ?"""
    hits = []
    for r in conn.execute(sql, (*params, limit, offset)):
        row = _flat(r)
        hits.append(records.quote_hit(row, json.loads(row.pop("record_json"))))
    return hits


def count_quotes(
    conn: sqlite3.Connection, speaker: str | None, contains: str | None, article_id: str | None
) -> int:
    where, params = _quote_filter(conn, speaker, contains, article_id)
    sql = f"SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id {_where(where)}"
    return int(conn.execute(sql, params).fetchone()[0])


def _event_filter(
    type: str | None,
    actor: str | None,
    country: str | None,
    since: str | None,
    flags: dict[str, bool | None] | None,
    when: str | None = None,
    corpus: str | None = None,
) -> tuple[list[str], list[Any]]:
    """The WHERE conditions of an event filter; ``when``: the expression of each event's own
    date, given for the timeline, whose ``since`` is by that date as its order and its month
    bars are (ux24: by ``event_date``, a 2015 event in a 2020 article opened March 2019)."""
    where: list[str] = []
    params: list[Any] = []
    if type:
        check_event_type(type)
    if type and type.isdigit():
        where.append("e.cameo LIKE ? || '%'")
        params.append(type)
    elif type:
        where.append("e.type = ?")
        params.append(type.upper())
    if actor:
        condition, values = _actor_condition(actor)
        where.append(_has_actor(condition))
        params.extend(values)
    if country:
        code = check_country(country)
        where.append(_has_actor("x.country = ? OR (x.code >= ? AND x.code < ?)"))
        params.extend([code, code, code + _TOP])
    if since and when:  # a year or month overlapping 'since' counts as on or after it
        where.append(f"{when} >= substr(?, 1, length({when}))")
        params.append(since)
    elif since:
        where.append("e.event_date >= ?")
        params.append(since)
    if corpus:  # ux35: the article events a corpus event counts (its mentions' sentences)
        where.append(
            "(e.article_id, e.id) IN (SELECT article_id, event_id FROM corpus_event_mentions"
            " WHERE corpus_event_id = ?)"
        )
        params.append(corpus)
    for flag, wanted in (flags or {}).items():
        if flag not in _EVENT_FLAGS:
            raise StoreError(f"unknown event flag {flag!r}: use {', '.join(_EVENT_FLAGS)}.")
        if wanted is not None:
            where.append(f"e.{flag} = ?")
            params.append(int(wanted))
    return where, params


def events(
    conn: sqlite3.Connection,
    type: str | None,
    actor: str | None,
    country: str | None,
    since: str | None,
    limit: int,
    offset: int = 0,
    flags: dict[str, bool | None] | None = None,
    by_when: bool = False,
    corpus: str | None = None,
) -> list[records.EventHit]:
    when = _when(conn)
    where, params = _event_filter(
        type, actor, country, since, flags, when if by_when else None, corpus
    )
    # undated events last in both orders (ux26), each kept in an index (migrations 9, 10)
    order = f"{when} IS NULL, {when}" if by_when else "e.event_date IS NULL, e.event_date"
    # the page's rows are chosen on the narrow rows first (ux22), in an order an index holds
    # (ux24): no join, no sort, a deep page steps over index entries only
    pick = (
        "FROM events e" if when != _WHEN else "FROM events e JOIN articles a ON a.id = e.article_id"
    )
    sql = f"""
        SELECT e.id AS id, e.article_id AS article_id, e.event_date AS date, e.type AS type,
               e.mode AS mode, e.quad AS quad, e.cameo AS cameo, e.goldstein AS goldstein,
               e.trigger_text AS trigger, e.trigger_start AS trigger_start,
               e.trigger_end AS trigger_end, e.source_codes AS source_codes,
               e.source_names AS source_names, e.target_codes AS target_codes,
               e.target_names AS target_names, e.negated AS negated,
               e.hypothetical AS hypothetical, e.background AS background,
               e.reported_by AS reported_by, e.context AS context, e.place_text AS place,
               e.place_id AS place_id, p.name AS place_name, p.geonameid AS geonameid,
               p.lat AS lat, p.lon AS lon,
               json_extract(e.json, '$.place_source') AS place_source,
               e.time_text AS time, e.time_id AS time_id,
               e.time_value AS time_value, e.sentence AS sentence, e.evidence AS evidence,
               e.evidence_start AS evidence_start, e.evidence_end AS evidence_end,
               e.confidence AS confidence, e.rule AS rule, {_ARTICLE_COLUMNS},
               {when} AS "when", e.json AS record_json
        FROM events e JOIN articles a ON a.id = e.article_id
        LEFT JOIN places p ON p.article_id = e.article_id AND p.id = e.place_id
        WHERE e.rowid IN (
            SELECT e.rowid {pick}
            {_where(where)}
            ORDER BY {order}, e.article_id, e.trigger_start, e.id
            LIMIT ? OFFSET ?)
        ORDER BY {order}, e.article_id, e.trigger_start, e.id"""
    # OFFSET skips rows whole, so a deep page read every skipped row's columns and place
    # (580k events, offset 500k: 2.6 -> 0.8 s)
    hits = []
    for r in conn.execute(sql, (*params, limit, offset)):
        row = _flat(r)
        row["context"] = json.loads(row["context"])
        hits.append(records.event_hit(row, json.loads(row.pop("record_json"))))
    return hits


def count_events(
    conn: sqlite3.Connection,
    type: str | None,
    actor: str | None,
    country: str | None,
    since: str | None,
    flags: dict[str, bool | None] | None = None,
    by_when: bool = False,
    corpus: str | None = None,
) -> int:
    when = _when(conn) if by_when else None
    where, params = _event_filter(type, actor, country, since, flags, when, corpus)
    join = "JOIN articles a ON a.id = e.article_id" if when == _WHEN and since else ""
    sql = f"SELECT count(*) FROM events e {join} {_where(where)}"
    return int(conn.execute(sql, params).fetchone()[0])


def event_months(
    conn: sqlite3.Connection,
    type: str | None,
    actor: str | None,
    country: str | None,
    since: str | None,
    flags: dict[str, bool | None] | None = None,
    corpus: str | None = None,
) -> list[tuple[str, int]]:
    """(``YYYY-MM``, events) for every month with events, by each event's own date."""
    when = _when(conn)
    where, params = _event_filter(type, actor, country, since, flags, when, corpus)
    where.append(f"{when} IS NOT NULL")
    join = "JOIN articles a ON a.id = e.article_id" if when == _WHEN else ""
    sql = f"""
        SELECT substr({when}, 1, 7) AS month, count(*) AS n
        FROM events e {join}
        {_where(where)}
        GROUP BY month ORDER BY month"""
    return [(r[0], int(r[1])) for r in conn.execute(sql, params)]


# One place = one GeoNames id; unresolved mentions group by their name.
_PLACE_KEY = "p.geonameid, CASE WHEN p.geonameid IS NULL THEN lower(p.name) END"


def places(
    conn: sqlite3.Connection, limit: int, offset: int, located_only: bool = False
) -> list[records.PlaceSummary]:
    """Places across the store, most mentioned first, with mention and article counts."""
    located = "WHERE p.lat IS NOT NULL AND p.lon IS NOT NULL" if located_only else ""
    sql = f"""
        SELECT p.geonameid AS geonameid, min(p.name) AS name, min(p.feature) AS feature,
               min(p.country_code) AS country_code, avg(p.lat) AS lat, avg(p.lon) AS lon,
               count(*) AS n_mentions, count(DISTINCT p.article_id) AS n_articles,
               sum(p.metonymy) AS n_as_actor
        FROM places p {located}
        GROUP BY {_PLACE_KEY}
        ORDER BY n_mentions DESC, name, p.geonameid
        LIMIT ? OFFSET ?"""
    return [records.place_summary(dict(r)) for r in conn.execute(sql, (limit, offset))]


def count_places(conn: sqlite3.Connection) -> int:
    sql = f"SELECT count(*) FROM (SELECT 1 FROM places p GROUP BY {_PLACE_KEY})"
    return int(conn.execute(sql).fetchone()[0])


def place_mentions(
    conn: sqlite3.Connection, geonameid: int, limit: int, offset: int
) -> list[records.PlaceMention]:
    """Every mention of one place, newest article first, with its sentence as evidence."""
    sql = f"""
        SELECT p.article_id AS article_id, p.id AS place_id, p.start AS start, p.end AS "end",
               p.text AS text, p.name AS name, p.metonymy AS metonymy,
               p.confidence AS confidence, p.rule AS rule, {_ARTICLE_COLUMNS},
               a.text AS article_text
        FROM places p JOIN articles a ON a.id = p.article_id
        WHERE p.geonameid = ?
        ORDER BY a.published IS NULL, a.published DESC, p.article_id, p.start
        LIMIT ? OFFSET ?"""
    return [records.place_mention(_flat(r)) for r in conn.execute(sql, (geonameid, limit, offset))]


def count_place_mentions(conn: sqlite3.Connection, geonameid: int) -> int:
    sql = "SELECT count(*) FROM places WHERE geonameid = ?"
    return int(conn.execute(sql, (geonameid,)).fetchone()[0])


@functools.cache
def event_types() -> tuple[str, ...]:
    """The PLOVER event types, as the article JSON Schema lists them."""
    path = Path(__file__).resolve().parents[1] / "schema" / "article.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    events = schema["properties"]["events"]["items"]
    if "$ref" in events:
        events = schema["$defs"][events["$ref"].rsplit("/", 1)[-1]]
    return tuple(events["properties"]["type"]["enum"])


def check_event_type(type: str) -> None:
    """Refuse an event type filter that is neither a PLOVER type nor a CAMEO code prefix."""
    if type.isdigit() or type.upper() in event_types():
        return
    raise StoreError(
        f"{type!r} is not an event type: use one of {', '.join(event_types())}, "
        "or a CAMEO code prefix such as 04."
    )


def _actor_condition(actor: str) -> tuple[str, list[str]]:
    """SQL over ``event_actors x`` matching ``actor``: a code (prefix) or a name (substring)."""
    # Each alternative can use an index (the code, country, name and text indexes); names
    # and texts are matched once per distinct value, then looked up.
    if _CODE.fullmatch(actor):
        # RUSGOV, RUS, NATO: a code prefix, a country, or (case-sensitively) part of a name.
        return (
            "(x.code >= ? AND x.code < ?) OR x.country = ? OR x.name IN "
            "(SELECT DISTINCT name FROM event_actors WHERE instr(name, ?) > 0)",
            [actor, actor + _TOP, actor, actor],
        )
    folded = fold(actor) or ""
    return (
        "x.name IN (WITH v(n) AS MATERIALIZED (SELECT DISTINCT name FROM event_actors) "
        "SELECT n FROM v WHERE instr(ng_fold(n), ?) > 0) OR x.text IN (WITH v(n) AS "
        "MATERIALIZED (SELECT DISTINCT text FROM event_actors) "
        "SELECT n FROM v WHERE instr(ng_fold(n), ?) > 0)",
        [folded, folded],
    )


_TOP = "\U0010ffff"  # above every character: ``x >= p AND x < p + _TOP`` is "starts with p"


def _has_actor(condition: str) -> str:
    # one pass over event_actors, not one lookup per event; rowids keep the lookup cheap
    return (
        "e.rowid IN (SELECT e2.rowid FROM event_actors x JOIN events e2 "
        f"ON e2.article_id = x.article_id AND e2.id = x.event_id WHERE {condition})"
    )


def _where(conditions: list[str]) -> str:
    return "WHERE " + " AND ".join(f"({c})" for c in conditions) if conditions else ""


def _flat(row: sqlite3.Row) -> dict[str, Any]:
    """A result row as a dict, with SQLite's 0/1 flags as booleans."""
    out = dict(row)
    for flag in _FLAGS.intersection(out):
        out[flag] = bool(out[flag])
    return out
