"""Flat export tables: the SQL that reads each one and its typed columns.

The events table follows GDELT's column names where a GDELT column means the same
thing (one row per event; Actor1 = first source, Actor2 = first target), and adds
newsgraph's own (PLOVER type, mode, flags, evidence sentence, article id).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["str", "int", "float", "bool", "list"]


@dataclass(frozen=True, slots=True)
class Table:
    sql: str
    columns: tuple[tuple[str, Kind], ...]


def _table(sql: str, *columns: tuple[str, Kind]) -> Table:
    return Table(sql, columns)


def _spans(prefix: str = "") -> tuple[tuple[str, Kind], ...]:
    return ((f"{prefix}start", "int"), (f"{prefix}end", "int"), (f"{prefix}text", "str"))


TABLES: dict[str, Table] = {
    "articles": _table(
        """SELECT id, title, published, published_from, author, outlet, url, path,
                  (SELECT count(*) FROM entities x WHERE x.article_id = a.id) AS n_entities,
                  (SELECT count(*) FROM quotes x WHERE x.article_id = a.id) AS n_quotes,
                  (SELECT count(*) FROM events x WHERE x.article_id = a.id) AS n_events,
                  (SELECT count(*) FROM places x WHERE x.article_id = a.id) AS n_places,
                  (SELECT count(*) FROM times x WHERE x.article_id = a.id) AS n_times,
                  text
           FROM articles a ORDER BY id""",
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
        ("text", "str"),
    ),
    "entities": _table(
        """SELECT id, article_id, name, type, country, sector, role, aliases, n_mentions,
                  confidence, rule
           FROM entities ORDER BY article_id, id""",
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
    ),
    "quotes": _table(
        """SELECT id, article_id, kind, content, content_start, content_end, cue, cue_start,
                  cue_end, source, source_start, source_end, speaker, speaker_name, unnamed,
                  sentence, confidence, rule, time_id, place_id
           FROM quotes ORDER BY article_id, content_start, id""",
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
    ),
    "events": _table(
        """SELECT e.id AS GlobalEventID,
                  CAST(replace(e.event_date, '-', '') AS INTEGER) AS SQLDATE,
                  e.event_date AS date,
                  s.code AS Actor1Code, s.name AS Actor1Name, s.country AS Actor1CountryCode,
                  t.code AS Actor2Code, t.name AS Actor2Name, t.country AS Actor2CountryCode,
                  e.cameo AS EventCode, substr(e.cameo, 1, 2) AS EventRootCode,
                  e.type AS PLOVER, e.mode AS mode, e.quad AS QuadClass,
                  e.goldstein AS GoldsteinScale,
                  coalesce(p.name, e.place_text) AS ActionGeo_FullName,
                  p.country_code AS ActionGeo_CountryCode,
                  p.lat AS ActionGeo_Lat, p.lon AS ActionGeo_Long,
                  p.geonameid AS ActionGeo_FeatureID,
                  e.negated AS negated, e.hypothetical AS hypothetical,
                  e.background AS background,
                  e.source_codes AS source_codes, e.source_names AS source_names,
                  e.target_codes AS target_codes, e.target_names AS target_names,
                  e.time_text AS time_text, e.time_value AS time_value,
                  coalesce(a.url, a.path) AS SOURCEURL,
                  e.trigger_text AS trigger, e.evidence AS evidence,
                  e.confidence AS confidence, e.rule AS rule, e.article_id AS article_id
           FROM events e
           JOIN articles a ON a.id = e.article_id
           LEFT JOIN event_actors s ON s.article_id = e.article_id AND s.event_id = e.id
                AND s.role = 'source' AND s.position = 0
           LEFT JOIN event_actors t ON t.article_id = e.article_id AND t.event_id = e.id
                AND t.role = 'target' AND t.position = 0
           LEFT JOIN places p ON p.article_id = e.article_id AND p.id = e.place_id
           ORDER BY e.article_id, e.trigger_start, e.id""",
        ("GlobalEventID", "str"),
        ("SQLDATE", "int"),
        ("date", "str"),
        ("Actor1Code", "str"),
        ("Actor1Name", "str"),
        ("Actor1CountryCode", "str"),
        ("Actor2Code", "str"),
        ("Actor2Name", "str"),
        ("Actor2CountryCode", "str"),
        ("EventCode", "str"),
        ("EventRootCode", "str"),
        ("PLOVER", "str"),
        ("mode", "str"),
        ("QuadClass", "int"),
        ("GoldsteinScale", "float"),
        ("ActionGeo_FullName", "str"),
        ("ActionGeo_CountryCode", "str"),
        ("ActionGeo_Lat", "float"),
        ("ActionGeo_Long", "float"),
        ("ActionGeo_FeatureID", "int"),
        ("negated", "bool"),
        ("hypothetical", "bool"),
        ("background", "bool"),
        ("source_codes", "str"),
        ("source_names", "str"),
        ("target_codes", "str"),
        ("target_names", "str"),
        ("time_text", "str"),
        ("time_value", "str"),
        ("SOURCEURL", "str"),
        ("trigger", "str"),
        ("evidence", "str"),
        ("confidence", "float"),
        ("rule", "str"),
        ("article_id", "str"),
    ),
    "places": _table(
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
    ),
    "times": _table(
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
    ),
}
