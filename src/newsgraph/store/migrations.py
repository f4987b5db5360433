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

#: Ordered migrations; migration ``n`` (1-based) takes ``user_version`` from ``n - 1`` to ``n``.
MIGRATIONS: list[str] = [_V1_TABLES, _V2_FULL_TEXT]

#: The schema version this code writes.
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    """The number of migrations applied to ``conn``'s database."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, *, target: int = SCHEMA_VERSION, name: str = "") -> int:
    """Apply the missing migrations up to ``target``; returns the resulting version.

    ``conn`` must be in autocommit mode (``isolation_level=None``): each migration
    runs in its own explicit transaction and is rolled back whole if it fails.
    """
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise SchemaError(
            f"{name or 'the database'} has schema version {current}, but this newsgraph "
            f"only knows up to {SCHEMA_VERSION}: upgrade newsgraph to open it."
        )
    for version in range(current + 1, target + 1):
        log.info("migrating %s to schema version %d", name or "store", version)
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{MIGRATIONS[version - 1]}\nPRAGMA user_version = {version};\n"
                "COMMIT;"
            )
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return schema_version(conn)
