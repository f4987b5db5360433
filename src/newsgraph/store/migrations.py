"""The store's schema, as an ordered list of migrations.

``PRAGMA user_version`` holds the number of migrations applied. Opening a store
applies the missing ones in order, each in its own transaction, so a database
written by an older newsgraph is brought up to date and one written by a newer
newsgraph is refused with a clear message. Migrations are only ever appended:
never edit one that has shipped.

Tables holding rows that full-text indexes point at get an ``INTEGER PRIMARY
KEY`` (``seq``) so that ``VACUUM`` cannot renumber their rowids.
"""

from __future__ import annotations

import logging
import sqlite3

from ._errors import SchemaError

log = logging.getLogger(__name__)

_V1_TABLES = """
CREATE TABLE articles (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT,
    published TEXT,
    published_from TEXT,
    author TEXT,
    outlet TEXT,
    url TEXT,
    path TEXT,
    text TEXT NOT NULL,
    json TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);

CREATE TABLE entities (
    id TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    country TEXT,
    sector TEXT,
    role TEXT,
    aliases TEXT NOT NULL DEFAULT '[]',
    n_mentions INTEGER NOT NULL DEFAULT 0,
    confidence REAL,
    rule TEXT,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
CREATE INDEX entities_country ON entities(country);

CREATE TABLE mentions (
    article_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_id, start, end),
    FOREIGN KEY (article_id, entity_id) REFERENCES entities(article_id, id) ON DELETE CASCADE
);

CREATE TABLE quotes (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    content TEXT NOT NULL,
    content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL,
    cue TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    source TEXT,
    source_start INTEGER,
    source_end INTEGER,
    speaker TEXT,
    speaker_name TEXT,
    unnamed INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    confidence REAL NOT NULL,
    rule TEXT NOT NULL,
    time_id TEXT,
    place_id TEXT,
    json TEXT NOT NULL,
    UNIQUE (article_id, id)
);
CREATE INDEX quotes_speaker_name ON quotes(speaker_name COLLATE NOCASE);

CREATE TABLE events (
    id TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    mode TEXT,
    quad INTEGER,
    cameo TEXT,
    goldstein REAL,
    trigger_text TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    source_codes TEXT,
    source_names TEXT,
    target_codes TEXT,
    target_names TEXT,
    negated INTEGER NOT NULL,
    hypothetical INTEGER NOT NULL,
    background INTEGER NOT NULL,
    reported_by TEXT,
    context TEXT NOT NULL DEFAULT '[]',
    place_text TEXT,
    place_id TEXT,
    time_text TEXT,
    time_id TEXT,
    time_value TEXT,
    event_date TEXT,
    sentence INTEGER NOT NULL,
    evidence TEXT,
    evidence_start INTEGER,
    evidence_end INTEGER,
    confidence REAL NOT NULL,
    rule TEXT NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_cameo ON events(cameo);
CREATE INDEX events_date ON events(event_date);

CREATE TABLE event_actors (
    article_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('source', 'target')),
    position INTEGER NOT NULL,
    entity_id TEXT,
    code TEXT,
    country TEXT,
    sector TEXT,
    name TEXT,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    PRIMARY KEY (article_id, event_id, role, position),
    FOREIGN KEY (article_id, event_id) REFERENCES events(article_id, id) ON DELETE CASCADE
);
CREATE INDEX event_actors_code ON event_actors(code);
CREATE INDEX event_actors_country ON event_actors(country);

CREATE TABLE places (
    id TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    geonameid INTEGER,
    name TEXT NOT NULL,
    feature TEXT NOT NULL,
    country_code TEXT,
    lat REAL,
    lon REAL,
    metonymy INTEGER NOT NULL,
    confidence REAL NOT NULL,
    rule TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX places_geonameid ON places(geonameid);

CREATE TABLE times (
    id TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT,
    granularity TEXT,
    interval_from TEXT,
    interval_to TEXT,
    anchor TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    rule TEXT NOT NULL,
    confidence REAL NOT NULL,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX times_value ON times(value);
"""

# External-content FTS5 indexes, kept in sync by triggers, then filled from existing rows.
_V2_FULL_TEXT = """
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    content, content='quotes', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, content) VALUES (new.seq, new.content);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, content) VALUES ('delete', old.seq, old.content);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, content) VALUES ('delete', old.seq, old.content);
    INSERT INTO quotes_fts(rowid, content) VALUES (new.seq, new.content);
END;
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
"""

# Corpus-level tables (newsgraph.corpus): near-duplicate clusters, the actor registry, events
# counted across articles (GDELT-style) and quotes grouped into statements. Every row links
# back to the article records it was built from; rebuilt by `newsgraph dedupe`.
_V3_CORPUS = """
CREATE TABLE article_signatures (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    minhash BLOB NOT NULL
);
CREATE TABLE article_clusters (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    cluster_id TEXT NOT NULL,
    is_copy INTEGER NOT NULL DEFAULT 0,
    copy_of TEXT,
    similarity REAL
);
CREATE INDEX article_clusters_cluster ON article_clusters(cluster_id);

CREATE TABLE actors (
    id TEXT PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    type TEXT,
    country TEXT,
    sector TEXT,
    code TEXT,
    aliases TEXT NOT NULL DEFAULT '[]',
    roles TEXT NOT NULL DEFAULT '[]',
    n_articles INTEGER NOT NULL DEFAULT 0,
    n_mentions INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT,
    last_seen TEXT
);
CREATE INDEX actors_country ON actors(country);
CREATE TABLE actor_names (
    actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('name', 'alias', 'role', 'code')),
    name_key TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (name_key, kind, actor_id)
);
CREATE INDEX actor_names_actor ON actor_names(actor_id);
CREATE TABLE actor_entities (
    article_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_id),
    FOREIGN KEY (article_id, entity_id) REFERENCES entities(article_id, id) ON DELETE CASCADE
);
CREATE INDEX actor_entities_actor ON actor_entities(actor_id);

CREATE TABLE corpus_events (
    id TEXT PRIMARY KEY,
    root_code TEXT NOT NULL,
    actor1_key TEXT NOT NULL,
    actor2_key TEXT NOT NULL,
    place_key TEXT,
    date TEXT NOT NULL,
    first_seen TEXT,
    last_seen TEXT,
    num_mentions INTEGER NOT NULL DEFAULT 0,
    num_sources INTEGER NOT NULL DEFAULT 0,
    num_articles INTEGER NOT NULL DEFAULT 0,
    is_root INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX corpus_events_key ON corpus_events(root_code, actor1_key, actor2_key, date);
CREATE INDEX corpus_events_date ON corpus_events(date);
CREATE TABLE corpus_event_mentions (
    article_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    source_position INTEGER NOT NULL,
    target_position INTEGER NOT NULL,
    corpus_event_id TEXT NOT NULL,
    date TEXT NOT NULL,
    date_resolution TEXT,
    is_root INTEGER NOT NULL,
    PRIMARY KEY (article_id, event_id, source_position, target_position),
    FOREIGN KEY (article_id, event_id) REFERENCES events(article_id, id) ON DELETE CASCADE
);
CREATE INDEX corpus_event_mentions_event ON corpus_event_mentions(corpus_event_id);

CREATE TABLE statements (
    id TEXT PRIMARY KEY,
    speaker_key TEXT NOT NULL,
    actor_id TEXT,
    speaker_name TEXT,
    content TEXT NOT NULL,
    first_article_id TEXT,
    first_quote_id TEXT,
    first_published TEXT,
    first_outlet TEXT,
    n_quotes INTEGER NOT NULL DEFAULT 0,
    n_articles INTEGER NOT NULL DEFAULT 0,
    n_outlets INTEGER NOT NULL DEFAULT 0,
    outlets TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX statements_speaker ON statements(speaker_key);
CREATE INDEX statements_actor ON statements(actor_id);
CREATE TABLE statement_quotes (
    article_id TEXT NOT NULL,
    quote_id TEXT NOT NULL,
    statement_id TEXT NOT NULL,
    similarity REAL NOT NULL,
    PRIMARY KEY (article_id, quote_id),
    FOREIGN KEY (article_id, quote_id) REFERENCES quotes(article_id, id) ON DELETE CASCADE
);
CREATE INDEX statement_quotes_statement ON statement_quotes(statement_id);
CREATE INDEX quotes_article_speaker ON quotes(article_id, speaker);
CREATE INDEX event_actors_entity ON event_actors(article_id, entity_id);
"""

# Corpus events remember their date's resolution and their first mention (for exports).
_V4_CORPUS_EVENT_FIRST = """
ALTER TABLE corpus_events ADD COLUMN date_resolution TEXT;
ALTER TABLE corpus_events ADD COLUMN first_article_id TEXT;
ALTER TABLE corpus_events ADD COLUMN first_event_id TEXT;
ALTER TABLE corpus_events ADD COLUMN first_source_position INTEGER;
ALTER TABLE corpus_events ADD COLUMN first_target_position INTEGER;
"""

# Corpus events by actor (either side) and date range.
_V5_CORPUS_EVENT_ACTORS = """
CREATE INDEX corpus_events_actor1 ON corpus_events(actor1_key, date);
CREATE INDEX corpus_events_actor2 ON corpus_events(actor2_key, date);
"""

# Framing records (how outlets label actors) and article tone (newsgraph_framing). ``actor``
# groups one actor's labels across articles: entity name, else generic code (SYRREB).
_V6_FRAMING = """
CREATE TABLE framing (
    id TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    target TEXT,
    target_name TEXT,
    target_code TEXT,
    actor TEXT NOT NULL,
    polarity REAL NOT NULL,
    sentence INTEGER NOT NULL,
    rule TEXT NOT NULL,
    confidence REAL NOT NULL,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX framing_actor ON framing(actor, label);
CREATE INDEX framing_code ON framing(target_code);
CREATE INDEX framing_label ON framing(label);
CREATE TABLE article_tone (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    tone REAL NOT NULL,
    positive REAL NOT NULL,
    negative REAL NOT NULL,
    polarity REAL NOT NULL,
    words INTEGER NOT NULL
);
"""

# Event actors by exact name and text (searches fold each distinct name once, then look up).
_V7_EVENT_ACTOR_NAMES = """
CREATE INDEX event_actors_name ON event_actors(name);
CREATE INDEX event_actors_text ON event_actors(text);
"""

# Framing by actor: the actor filter compares case-insensitively (actor or generic code), so it
# needs NOCASE indexes to avoid reading every framing record.
_V8_FRAMING_NOCASE = """
CREATE INDEX framing_actor_nocase ON framing(actor COLLATE NOCASE, label);
CREATE INDEX framing_code_nocase ON framing(target_code COLLATE NOCASE);
"""

# An event's own date: its time expression's value when that is a calendar date (a year,
# month or day), else its day-resolved date, else the article's publication day.
EVENT_WHEN = (
    "COALESCE(CASE WHEN e.time_value GLOB '[0-9][0-9][0-9][0-9]' "
    "OR e.time_value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' "
    "THEN substr(e.time_value, 1, 10) END, "
    "e.event_date, substr(a.published, 1, 10))"
)
_WHEN_OF = f"SELECT {EVENT_WHEN} FROM events e JOIN articles a ON a.id = e.article_id"

# The timeline's order kept in an index (ux24): an event's own date needs its article's
# publication day, so it was computed and sorted for every event on every page (a deep page
# sorted and skipped all the rows before it). ``when_day`` holds it, set by a trigger on
# every write path (single articles, batches, merged Dask shards); the events list's order
# (event date, article, position) gets its own index too.
_V9_EVENT_ORDER = f"""
ALTER TABLE events ADD COLUMN when_day TEXT;
UPDATE events SET when_day = ({_WHEN_OF} WHERE e.rowid = events.rowid);
CREATE INDEX events_when ON events(when_day IS NULL, when_day, article_id, trigger_start, id);
CREATE INDEX events_order ON events(event_date, article_id, trigger_start, id);
CREATE TRIGGER events_when_day AFTER INSERT ON events BEGIN
    UPDATE events SET when_day = ({_WHEN_OF} WHERE e.rowid = new.rowid)
    WHERE rowid = new.rowid;
END;
"""

# The events list puts undated events after dated ones (ux26: they came first, a page of blank
# dates before any dated event, as statements and quotes did before ux22), read off an index.
_V10_UNDATED_LAST = """
DROP INDEX IF EXISTS events_order;
CREATE INDEX events_order ON events(event_date IS NULL, event_date, article_id, trigger_start, id);
"""

#: Ordered migrations; migration ``n`` (1-based) takes ``user_version`` from ``n - 1`` to ``n``.
MIGRATIONS: list[str] = [
    _V1_TABLES,
    _V2_FULL_TEXT,
    _V3_CORPUS,
    _V4_CORPUS_EVENT_FIRST,
    _V5_CORPUS_EVENT_ACTORS,
    _V6_FRAMING,
    _V7_EVENT_ACTOR_NAMES,
    _V8_FRAMING_NOCASE,
    _V9_EVENT_ORDER,
    _V10_UNDATED_LAST,
]

#: The schema version this code writes.
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    """The number of migrations applied to ``conn``'s database."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, *, target: int = SCHEMA_VERSION, name: str = "") -> int:
    """Apply the missing migrations up to ``target``; returns the resulting version.

    ``conn`` must be in autocommit mode (``isolation_level=None``). Each migration runs
    in its own ``BEGIN IMMEDIATE`` transaction (the database's write lock, waited for up
    to the connection's busy timeout) and re-reads the version under that lock, so
    several processes opening a fresh store at once apply each migration exactly once:
    the others find it applied and move on. A failing migration is rolled back whole.
    """
    _check_known(schema_version(conn), name)
    fresh = schema_version(conn) == 0  # ux30: a new store said "migrating" once per version
    if fresh and target:
        log.info("creating %s at schema version %d", name or "store", target)
    for version in range(schema_version(conn) + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = schema_version(conn)  # another process may have got here first
            _check_known(current, name)
            if current < version:
                if not fresh:
                    log.info("migrating %s to schema version %d", name or "store", version)
                for statement in _statements(MIGRATIONS[version - 1]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return schema_version(conn)


def _check_known(current: int, name: str) -> None:
    if current > SCHEMA_VERSION:
        raise SchemaError(
            f"{name or 'the database'} has schema version {current}, but this newsgraph "
            f"only knows up to {SCHEMA_VERSION}: upgrade newsgraph to open it."
        )


def _statements(script: str) -> list[str]:
    """``script`` split into complete SQL statements (trigger bodies kept whole)."""
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        statements.append(pending.strip())
    return statements
