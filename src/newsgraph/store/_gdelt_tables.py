"""The GDELT-style event export tables (columns documented in docs/gdelt.md).

``events``: one row per article event and actor pair (an event with two sources and one
target gives two rows; GlobalEventID is the event's id, suffixed ``.S.T`` for pairs other
than the first), with the counts of the corpus event the pair belongs to.
``corpus_events``: one row per corpus event (the same event reported by several articles,
counted once: see :mod:`newsgraph.corpus.events`), its fields taken from its first mention.
SQL selects the stored values; :func:`newsgraph.corpus.gdelt.fill_event_row` derives the
rest (dates, code parts, geographies) from the hidden ``_`` columns.
"""

from __future__ import annotations

from typing import Literal

Kind = Literal["str", "int", "float", "bool", "list"]


def _actor_columns(n: int) -> tuple[tuple[str, Kind], ...]:
    return (
        (f"Actor{n}Code", "str"),
        (f"Actor{n}Name", "str"),
        (f"Actor{n}CountryCode", "str"),
        (f"Actor{n}KnownGroupCode", "str"),
        (f"Actor{n}Type1Code", "str"),
        (f"Actor{n}Type2Code", "str"),
        (f"Actor{n}Type3Code", "str"),
    )


def _geo_columns(prefix: str) -> tuple[tuple[str, Kind], ...]:
    return (
        (f"{prefix}_Type", "int"),
        (f"{prefix}_FullName", "str"),
        (f"{prefix}_CountryCode", "str"),
        (f"{prefix}_Lat", "float"),
        (f"{prefix}_Long", "float"),
        (f"{prefix}_FeatureID", "int"),
    )


COLUMNS: tuple[tuple[str, Kind], ...] = (
    ("GlobalEventID", "str"),
    ("SQLDATE", "int"),
    ("MonthYear", "int"),
    ("Year", "int"),
    ("date", "str"),
    ("DateResolution", "str"),
    *_actor_columns(1),
    *_actor_columns(2),
    ("IsRootEvent", "int"),
    ("EventCode", "str"),
    ("EventBaseCode", "str"),
    ("EventRootCode", "str"),
    ("PLOVER", "str"),
    ("mode", "str"),
    ("QuadClass", "int"),
    ("GoldsteinScale", "float"),
    ("NumMentions", "int"),
    ("NumSources", "int"),
    ("NumArticles", "int"),
    ("FirstSeen", "str"),
    ("LastSeen", "str"),
    *_geo_columns("Actor1Geo"),
    *_geo_columns("Actor2Geo"),
    *_geo_columns("ActionGeo"),
    ("DATEADDED", "int"),
    ("SOURCEURL", "str"),
    ("CorpusEventID", "str"),
    ("negated", "bool"),
    ("hypothetical", "bool"),
    ("background", "bool"),
    ("source_codes", "str"),
    ("source_names", "str"),
    ("target_codes", "str"),
    ("target_names", "str"),
    ("time_text", "str"),
    ("time_value", "str"),
    ("trigger", "str"),
    ("trigger_start", "int"),
    ("trigger_end", "int"),
    ("evidence", "str"),
    ("evidence_start", "int"),
    ("evidence_end", "int"),
    ("confidence", "float"),
    ("rule", "str"),
    ("article_id", "str"),
    # ux40: the article a row came from by name, not only by id and URL (a researcher
    # counting by outlet joined the articles table for it); for a corpus event, its first
    # mention's article
    ("title", "str"),
    ("outlet", "str"),
    ("published", "str"),
    # ux40: POLECAT's event context ('military', 'legal', ...) and the quote an event is told
    # in were in the event record (`events --json`, the web page) but no export column
    ("context", "list"),
    ("reported_by", "str"),
    # evplace42: how the ActionGeo was chosen ("sentence", "paragraph", "dateline"; null when
    # the event has no place), read from the event's record (no column of its own)
    ("place_source", "str"),
)


def _actor_sql(n: int, x: str, g: str) -> str:
    """Actor ``n`` from event_actors ``x`` and its metonymic place ``g``."""
    return f"""{x}.code AS Actor{n}Code, {x}.name AS Actor{n}Name,
        {x}.country AS Actor{n}CountryCode, NULL AS Actor{n}KnownGroupCode,
        NULL AS Actor{n}Type1Code, NULL AS Actor{n}Type2Code, NULL AS Actor{n}Type3Code,
        {x}.sector AS _a{n}_sector, {g}.feature AS _a{n}_feature,
        NULL AS Actor{n}Geo_Type, {g}.name AS Actor{n}Geo_FullName,
        {g}.country_code AS Actor{n}Geo_CountryCode, {g}.lat AS Actor{n}Geo_Lat,
        {g}.lon AS Actor{n}Geo_Long, {g}.geonameid AS Actor{n}Geo_FeatureID"""


def _metonymy(g: str, x: str) -> str:
    """Join the metonymic place ``g`` inside actor ``x``'s span ("Moscow said")."""
    return f"""LEFT JOIN places {g} ON {g}.article_id = e.article_id AND {g}.id = (
        SELECT id FROM places WHERE article_id = e.article_id AND metonymy = 1
        AND start >= {x}.start AND end <= {x}.end ORDER BY start LIMIT 1)"""


def _select(head: str) -> str:
    return f"""SELECT {head},
        {_actor_sql(1, "s", "g1")},
        {_actor_sql(2, "t", "g2")},
        e.cameo AS EventCode, NULL AS EventBaseCode, NULL AS EventRootCode,
        e.type AS PLOVER, e.mode AS mode, e.quad AS QuadClass, e.goldstein AS GoldsteinScale,
        ce.num_mentions AS NumMentions, ce.num_sources AS NumSources,
        ce.num_articles AS NumArticles, ce.first_seen AS FirstSeen, ce.last_seen AS LastSeen,
        NULL AS ActionGeo_Type, coalesce(p.name, e.place_text) AS ActionGeo_FullName,
        p.country_code AS ActionGeo_CountryCode, p.lat AS ActionGeo_Lat,
        p.lon AS ActionGeo_Long, p.geonameid AS ActionGeo_FeatureID, p.feature AS _action_feature,
        a.added_at AS DATEADDED, coalesce(a.url, a.path) AS SOURCEURL,
        e.negated AS negated, e.hypothetical AS hypothetical, e.background AS background,
        e.source_codes AS source_codes, e.source_names AS source_names,
        e.target_codes AS target_codes, e.target_names AS target_names,
        e.time_text AS time_text, e.time_value AS time_value,
        tm.value AS _time_value, tm.interval_from AS _time_from, a.published AS _published,
        e.trigger_text AS trigger, e.trigger_start AS trigger_start,
        e.trigger_end AS trigger_end, e.evidence AS evidence,
        e.evidence_start AS evidence_start, e.evidence_end AS evidence_end,
        e.confidence AS confidence,
        e.rule AS rule, e.article_id AS article_id,
        a.title AS title, a.outlet AS outlet, a.published AS published,
        e.context AS context, e.reported_by AS reported_by,
        json_extract(e.json, '$.place_source') AS place_source"""


def _joins(source_position: str, target_position: str) -> str:
    return f"""JOIN articles a ON a.id = e.article_id
        LEFT JOIN event_actors s ON s.article_id = e.article_id AND s.event_id = e.id
             AND s.role = 'source' AND s.position = {source_position}
        LEFT JOIN event_actors t ON t.article_id = e.article_id AND t.event_id = e.id
             AND t.role = 'target' AND t.position = {target_position}
        {_metonymy("g1", "s")}
        {_metonymy("g2", "t")}
        LEFT JOIN places p ON p.article_id = e.article_id AND p.id = e.place_id
        LEFT JOIN times tm ON tm.article_id = e.article_id AND tm.id = e.time_id"""


# Every pair of an event: sources x targets (a missing side is one empty actor).
_PAIRS = """(SELECT e.article_id AS article_id, e.id AS event_id, s.position AS sp, t.position AS tp
    FROM events e
    LEFT JOIN event_actors s ON s.article_id = e.article_id AND s.event_id = e.id
         AND s.role = 'source'
    LEFT JOIN event_actors t ON t.article_id = e.article_id AND t.event_id = e.id
         AND t.role = 'target')"""

EVENTS_SQL = f"""{
    _select('''CASE WHEN coalesce(pr.sp, 0) = 0 AND coalesce(pr.tp, 0) = 0 THEN e.id
        ELSE e.id || '.' || coalesce(pr.sp, 0) || '.' || coalesce(pr.tp, 0) END AS GlobalEventID,
        NULL AS SQLDATE, NULL AS MonthYear, NULL AS Year, NULL AS date, NULL AS DateResolution,
        NULL AS _date_resolution,
        CASE WHEN e.sentence < 3 THEN 1 ELSE 0 END AS IsRootEvent,
        cm.corpus_event_id AS CorpusEventID''')
}
    FROM {_PAIRS} pr
    JOIN events e ON e.article_id = pr.article_id AND e.id = pr.event_id
    {_joins("pr.sp", "pr.tp")}
    LEFT JOIN corpus_event_mentions cm ON cm.article_id = e.article_id AND cm.event_id = e.id
         AND cm.source_position = coalesce(pr.sp, -1)
         AND cm.target_position = coalesce(pr.tp, -1)
    LEFT JOIN corpus_events ce ON ce.id = cm.corpus_event_id
    ORDER BY e.article_id, e.trigger_start, e.id, pr.sp, pr.tp"""

CORPUS_EVENTS_SQL = f"""{
    _select('''ce.id AS GlobalEventID,
        NULL AS SQLDATE, NULL AS MonthYear, NULL AS Year, ce.date AS date,
        NULL AS DateResolution, ce.date_resolution AS _date_resolution,
        ce.is_root AS IsRootEvent, ce.id AS CorpusEventID''')
}
    FROM corpus_events ce
    JOIN events e ON e.article_id = ce.first_article_id AND e.id = ce.first_event_id
    {_joins("ce.first_source_position", "ce.first_target_position")}
    ORDER BY ce.date, ce.id"""
