"""Flat export tables: the SQL that reads each one and its typed columns.

The events and corpus_events tables follow GDELT 2.0's event table where a GDELT column
means the same thing (see docs/gdelt.md and :mod:`newsgraph.store._gdelt_tables`), and add
newsgraph's own (PLOVER type, mode, flags, evidence sentence, article id). A table with a
``fill`` function gets each row as a dict, completed by it in place; columns whose names
start with ``_`` are inputs to ``fill`` and are not written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from ..corpus.gdelt import fill_event_row
from . import _gdelt_tables

Kind = Literal["str", "int", "float", "bool", "list"]


@dataclass(frozen=True, slots=True)
class Table:
    sql: str
    columns: tuple[tuple[str, Kind], ...]
    fill: Callable[[dict[str, Any]], None] | None = None
    #: the SQL for a store older than the actor registry (schema < REGISTRY_SCHEMA), when the
    #: table reads it only for a column (null there) and is otherwise there since schema 1
    before_registry: str | None = None
    #: the SQL columns that bound the row's characters: the export fills ``evidence``,
    #: ``evidence_start`` and ``evidence_end`` with the sentence(s) around them, read from
    #: the row's article (ux38: places, times, quotes and framing gave a sentence index only)
    evidence: tuple[str, str] | None = None


#: the schema version that added the actor registry (actors, actor_entities)
REGISTRY_SCHEMA = 3


def _table(sql: str, *columns: tuple[str, Kind]) -> Table:
    return Table(sql, columns)


def _spans(prefix: str = "") -> tuple[tuple[str, Kind], ...]:
    return ((f"{prefix}start", "int"), (f"{prefix}end", "int"), (f"{prefix}text", "str"))


#: the sentence around a row's characters (the events table's names for the same thing)
EVIDENCE: tuple[tuple[str, Kind], ...] = (
    ("evidence", "str"),
    ("evidence_start", "int"),
    ("evidence_end", "int"),
)


#: SQL over ``quotes q``: the first and last character of a quote's source, cue and content
QUOTE_BOUNDS = """min(q.content_start, coalesce(q.cue_start, q.content_start),
                      coalesce(q.source_start, q.content_start)) AS _evidence_from,
                  max(q.content_end, coalesce(q.cue_end, q.content_end),
                      coalesce(q.source_end, q.content_end)) AS _evidence_to"""


def _with_evidence(
    sql: str,
    *columns: tuple[str, Kind],
    bounds: tuple[str, str],
    after: tuple[tuple[str, Kind], ...] = (),
) -> Table:
    """A table whose rows end with the sentence around ``bounds`` (two SQL columns), then
    the columns ``after`` (added later than the evidence: appended, so no column moves)."""
    return Table(sql, (*columns, *EVIDENCE, *after), evidence=bounds)


#: ux40: the article's title, which the quotes and framing rows lacked (a journalist's or a
#: media researcher's spreadsheet had outlet and date, but no headline)
_TITLE: tuple[tuple[str, Kind], ...] = (("title", "str"),)


TABLES: dict[str, Table] = {
    "articles": _table(
        """SELECT id, title, published, published_from, author, outlet, url, path,
                  (SELECT count(*) FROM entities x WHERE x.article_id = a.id) AS n_entities,
                  (SELECT count(*) FROM quotes x WHERE x.article_id = a.id) AS n_quotes,
                  (SELECT count(*) FROM events x WHERE x.article_id = a.id) AS n_events,
                  (SELECT count(*) FROM places x WHERE x.article_id = a.id) AS n_places,
                  (SELECT count(*) FROM times x WHERE x.article_id = a.id) AS n_times,
                  c.cluster_id, c.is_copy, c.copy_of, c.similarity AS copy_similarity,
                  text
           FROM articles a LEFT JOIN article_clusters c ON c.article_id = a.id
           ORDER BY id""",
        ("id", "str"),
        ("title", "str"),
        ("published", "str"),
        ("published_from", "str"),
        ("author", "str"),
        ("outlet", "str"),
        ("url", "str"),
        ("path", "str"),
        ("n_entities", "int"),
        ("n_quotes", "int"),
        ("n_events", "int"),
        ("n_places", "int"),
        ("n_times", "int"),
        ("cluster_id", "str"),
        ("is_copy", "bool"),
        ("copy_of", "str"),
        ("copy_similarity", "float"),
        ("text", "str"),
    ),
    # ux37: actor_id, the registry actor the entity joined (null: none, as a lone surname
    # several known persons share): the actors table's counts had no rows to trace them to
    "entities": Table(
        """SELECT e.id, e.article_id, e.name, e.type, e.country, e.sector, e.role, e.aliases,
                  e.n_mentions, e.confidence, e.rule, m.actor_id
           FROM entities e
           LEFT JOIN actor_entities m ON m.article_id = e.article_id AND m.entity_id = e.id
           ORDER BY e.article_id, e.id""",
        (
            ("id", "str"),
            ("article_id", "str"),
            ("name", "str"),
            ("type", "str"),
            ("country", "str"),
            ("sector", "str"),
            ("role", "str"),
            ("aliases", "list"),
            ("n_mentions", "int"),
            ("confidence", "float"),
            ("rule", "str"),
            ("actor_id", "str"),
        ),
        before_registry="""SELECT id, article_id, name, type, country, sector, role, aliases,
                  n_mentions, confidence, rule, NULL AS actor_id
           FROM entities ORDER BY article_id, id""",
    ),
    # every mention of an entity, with its offsets (ux26: the entities table gave counts only,
    # no characters to land on)
    "mentions": _table(
        """SELECT m.article_id, m.entity_id, e.name, e.type, e.country, m.start, m.end, m.text
           FROM mentions m JOIN entities e ON e.article_id = m.article_id AND e.id = m.entity_id
           ORDER BY m.article_id, m.start, m.end, m.entity_id""",
        ("article_id", "str"),
        ("entity_id", "str"),
        ("name", "str"),
        ("type", "str"),
        ("country", "str"),
        *_spans(),
    ),
    # ux38: every quote row ends with the sentence(s) around its source, cue and content
    "quotes": _with_evidence(
        """SELECT q.id, q.article_id, q.kind, q.content, q.content_start, q.content_end, q.cue,
                  q.cue_start, q.cue_end, q.source, q.source_start, q.source_end, q.speaker,
                  q.speaker_name, q.unnamed, q.sentence, q.confidence, q.rule, q.time_id,
                  q.place_id, a.published, a.outlet, coalesce(a.url, a.path) AS url,
                  m.actor_id, sq.statement_id, a.title, """
        + QUOTE_BOUNDS
        + """
           FROM quotes q JOIN articles a ON a.id = q.article_id
           LEFT JOIN actor_entities m ON m.article_id = q.article_id AND m.entity_id = q.speaker
           LEFT JOIN statement_quotes sq ON sq.article_id = q.article_id AND sq.quote_id = q.id
           ORDER BY q.article_id, q.content_start, q.id""",
        ("id", "str"),
        ("article_id", "str"),
        ("kind", "str"),
        ("content", "str"),
        ("content_start", "int"),
        ("content_end", "int"),
        ("cue", "str"),
        ("cue_start", "int"),
        ("cue_end", "int"),
        ("source", "str"),
        ("source_start", "int"),
        ("source_end", "int"),
        ("speaker", "str"),
        ("speaker_name", "str"),
        ("unnamed", "bool"),
        ("sentence", "int"),
        ("confidence", "float"),
        ("rule", "str"),
        ("time_id", "str"),
        ("place_id", "str"),
        ("published", "str"),
        ("outlet", "str"),
        ("url", "str"),
        ("actor_id", "str"),
        ("statement_id", "str"),
        bounds=("_evidence_from", "_evidence_to"),
        after=_TITLE,
    ),
    "events": Table(_gdelt_tables.EVENTS_SQL, _gdelt_tables.COLUMNS, fill_event_row),
    "corpus_events": Table(_gdelt_tables.CORPUS_EVENTS_SQL, _gdelt_tables.COLUMNS, fill_event_row),
    "actors": _table(
        """SELECT x.id, x.name, x.type, x.country, x.sector, x.code, x.aliases, x.roles,
                  x.n_articles, x.n_mentions,
                  (SELECT count(*) FROM actor_entities m JOIN quotes q
                     ON q.article_id = m.article_id AND q.speaker = m.entity_id
                   WHERE m.actor_id = x.id) AS n_quotes,
                  (SELECT count(DISTINCT s.statement_id) FROM actor_entities m
                   JOIN quotes q ON q.article_id = m.article_id AND q.speaker = m.entity_id
                   JOIN statement_quotes s ON s.article_id = q.article_id AND s.quote_id = q.id
                   WHERE m.actor_id = x.id) AS n_statements,
                  x.first_seen, x.last_seen
           FROM actors x ORDER BY x.n_articles DESC, x.name, x.id""",
        ("id", "str"),
        ("name", "str"),
        ("type", "str"),
        ("country", "str"),
        ("sector", "str"),
        ("code", "str"),
        ("aliases", "list"),
        ("roles", "list"),
        ("n_articles", "int"),
        ("n_mentions", "int"),
        ("n_quotes", "int"),
        ("n_statements", "int"),
        ("first_seen", "str"),
        ("last_seen", "str"),
    ),
    "statements": _table(
        """SELECT s.id, s.speaker_name, s.actor_id, s.content, s.first_published,
                  s.first_outlet, coalesce(a.url, a.path) AS first_url, s.first_article_id,
                  s.first_quote_id, s.n_quotes, s.n_articles, s.n_outlets, s.outlets,
                  (SELECT nullif(json_group_array(o.outlet), '[]') FROM (
                      SELECT DISTINCT v.outlet FROM statement_quotes sq
                      JOIN articles v ON v.id = sq.article_id
                      WHERE sq.statement_id = s.id AND v.published = s.first_published
                        AND v.outlet IS NOT NULL AND v.outlet IS NOT s.first_outlet
                      ORDER BY v.outlet) o) AS same_day_outlets
           FROM statements s LEFT JOIN articles a ON a.id = s.first_article_id
           ORDER BY s.first_published IS NULL, s.first_published, s.id""",
        ("id", "str"),
        ("speaker_name", "str"),
        ("actor_id", "str"),
        ("content", "str"),
        ("first_published", "str"),
        ("first_outlet", "str"),
        ("first_url", "str"),
        ("first_article_id", "str"),
        ("first_quote_id", "str"),
        ("n_quotes", "int"),
        ("n_articles", "int"),
        ("n_outlets", "int"),
        ("outlets", "list"),
        ("same_day_outlets", "list"),  # ux36: the other outlets that ran it on its first day
    ),
    "places": _with_evidence(
        """SELECT id, article_id, start, end, text, geonameid, name, feature, country_code,
                  lat, lon, metonymy, confidence, rule, sentence
           FROM places ORDER BY article_id, start, id""",
        ("id", "str"),
        ("article_id", "str"),
        *_spans(),
        ("geonameid", "int"),
        ("name", "str"),
        ("feature", "str"),
        ("country_code", "str"),
        ("lat", "float"),
        ("lon", "float"),
        ("metonymy", "bool"),
        ("confidence", "float"),
        ("rule", "str"),
        ("sentence", "int"),
        bounds=("start", "end"),
    ),
    "times": _with_evidence(
        """SELECT id, article_id, start, end, text, type, value, granularity, interval_from,
                  interval_to, anchor, sentence, rule, confidence
           FROM times ORDER BY article_id, start, id""",
        ("id", "str"),
        ("article_id", "str"),
        *_spans(),
        ("type", "str"),
        ("value", "str"),
        ("granularity", "str"),
        ("interval_from", "str"),
        ("interval_to", "str"),
        ("anchor", "str"),
        ("sentence", "int"),
        ("rule", "str"),
        ("confidence", "float"),
        bounds=("start", "end"),
    ),
    # how outlets label actors (newsgraph_framing); tone is the article's GDELT-style tone; a
    # label with no actor has a null actor, as its target (ux26: the string "(no actor)")
    "framing": _with_evidence(
        """SELECT f.id, f.article_id, a.outlet, a.published, f.kind, f.label, f.start, f.end,
                  f.text, nullif(f.actor, '(no actor)') AS actor, f.target, f.target_name,
                  f.target_code, f.polarity,
                  f.sentence, f.rule, f.confidence, t.tone AS article_tone, a.title
           FROM framing f JOIN articles a ON a.id = f.article_id
           LEFT JOIN article_tone t ON t.article_id = f.article_id
           ORDER BY f.article_id, f.start, f.id""",
        ("id", "str"),
        ("article_id", "str"),
        ("outlet", "str"),
        ("published", "str"),
        ("kind", "str"),
        ("label", "str"),
        *_spans(),
        ("actor", "str"),
        ("target", "str"),
        ("target_name", "str"),
        ("target_code", "str"),
        ("polarity", "float"),
        ("sentence", "int"),
        ("rule", "str"),
        ("confidence", "float"),
        ("article_tone", "float"),
        bounds=("start", "end"),
        after=_TITLE,
    ),
}
