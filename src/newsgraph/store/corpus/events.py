"""Events counted like GDELT: the same event reported by several articles is one event.

Every article event that is neither negated nor hypothetical is expanded into one
*mention* per (source, target) pair (an event with two sources and one target gives two;
a missing side is empty). A mention joins an existing corpus event when all of these hold:

- the same CAMEO root code (first two digits: ``04`` CONSULT, ``19`` FIGHT, ...);
- the same coded actor pair, in order (actor codes such as ``RUSGOV``; an uncoded actor
  by its folded name);
- its date is within :data:`WINDOW_DAYS` days (default 2) of the corpus event's date (the
  date of the mention that founded it);
- the same place (GeoNames id, else the folded place text), or no place on either side.

Among several matches the nearest in date wins. A mention's date is the event's own date
when the text gives one (the event's attached time: a day, or the first day of a week,
month or year, or of an interval's start) else the article's publication date; its
resolution says which. ``IsRootEvent``: the event is in the article's first
:data:`ROOT_SENTENCES` sentences, our stand-in for GDELT's "lead paragraph" (scraped text
keeps no reliable paragraph breaks). Counts per corpus event: ``NumMentions`` (mentions),
``NumArticles`` (distinct articles), ``NumSources`` (distinct outlets; an article with no
known outlet counts as its own source), first and last seen (publication dates).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Iterable

from newsgraph.corpus._text import name_key
from newsgraph.corpus.events import (
    ROOT_SENTENCES,
    WINDOW_DAYS,
    Mention,
    actor_key,
    event_date,
)
from newsgraph.store.corpus._order import articles_by_date


def count_undated(conn: sqlite3.Connection) -> int:
    """Events (neither negated nor hypothetical) with no date, neither their own time's nor
    their article's publication date: they join no corpus event (:func:`mentions` leaves them
    out), which ``export --table corpus_events`` says (ux28: the rows went missing silently)."""
    rows = conn.execute(
        """SELECT t.value, t.interval_from, a.published
           FROM events e JOIN articles a ON a.id = e.article_id
           LEFT JOIN times t ON t.article_id = e.article_id AND t.id = e.time_id
           WHERE e.negated = 0 AND e.hypothetical = 0"""
    )
    return sum(1 for value, start, published in rows if event_date(value, start, published) is None)


def mentions(conn: sqlite3.Connection, article_id: str) -> list[Mention]:
    """The corpus mentions of one stored article's events."""
    out: list[Mention] = []
    events = conn.execute(
        """SELECT e.id, e.cameo, e.type, e.sentence, e.place_text, p.geonameid,
                  t.value, t.interval_from, a.published
           FROM events e JOIN articles a ON a.id = e.article_id
           LEFT JOIN places p ON p.article_id = e.article_id AND p.id = e.place_id
           LEFT JOIN times t ON t.article_id = e.article_id AND t.id = e.time_id
           WHERE e.article_id = ? AND e.negated = 0 AND e.hypothetical = 0
           ORDER BY e.trigger_start, e.id""",
        (article_id,),
    ).fetchall()
    for eid, cameo, type_, sentence, place_text, geonameid, value, start, published in events:
        when = event_date(value, start, published)
        if when is None:
            continue
        sides: dict[str, list[tuple[int, str]]] = {"source": [], "target": []}
        for role, pos, code, name, text in conn.execute(
            "SELECT role, position, code, name, text FROM event_actors "
            "WHERE article_id = ? AND event_id = ? ORDER BY role, position",
            (article_id, eid),
        ):
            sides[role].append((pos, actor_key(code, name, text)))
        place = str(geonameid) if geonameid is not None else (name_key(place_text) or None)
        for spos, a1 in sides["source"] or [(-1, "")]:
            for tpos, a2 in sides["target"] or [(-1, "")]:
                out.append(
                    Mention(
                        article_id,
                        eid,
                        spos,
                        tpos,
                        (cameo or type_)[:2],
                        a1,
                        a2,
                        place,
                        when[0],
                        when[1],
                        sentence < ROOT_SENTENCES,
                    )
                )
    return out


def add(conn: sqlite3.Connection, article_ids: Iterable[str]) -> set[str]:
    """Count the given articles' events into corpus events; returns the ids touched."""
    touched: set[str] = set()
    for aid in article_ids:
        if conn.execute(
            "SELECT 1 FROM corpus_event_mentions WHERE article_id = ? LIMIT 1", (aid,)
        ).fetchone():
            continue
        for m in mentions(conn, aid):
            ce = _match(conn, m)
            if ce is None:
                ce = (
                    "cevt-"
                    + hashlib.sha1(
                        f"{m.article_id}:{m.event_id}:{m.source_position}:{m.target_position}".encode()
                    ).hexdigest()[:16]
                )
                conn.execute(
                    """INSERT INTO corpus_events (id, root_code, actor1_key, actor2_key,
                           place_key, date, date_resolution) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                    (ce, m.root, m.actor1, m.actor2, m.place, m.date, m.resolution),
                )
            elif m.place:
                conn.execute(
                    "UPDATE corpus_events SET place_key = ? WHERE id = ? AND place_key IS NULL",
                    (m.place, ce),
                )
            conn.execute(
                """INSERT OR IGNORE INTO corpus_event_mentions (article_id, event_id,
                       source_position, target_position, corpus_event_id, date,
                       date_resolution, is_root) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    m.article_id,
                    m.event_id,
                    m.source_position,
                    m.target_position,
                    ce,
                    m.date,
                    m.resolution,
                    int(m.is_root),
                ),
            )
            touched.add(ce)
    for ce in touched:
        _refresh(conn, ce)
    return touched


def _match(conn: sqlite3.Connection, m: Mention) -> str | None:
    rows = conn.execute(
        f"""SELECT id, date, place_key FROM corpus_events
            WHERE root_code = ? AND actor1_key = ? AND actor2_key = ?
              AND date BETWEEN date(?, '-{WINDOW_DAYS} days') AND date(?, '+{WINDOW_DAYS} days')
            ORDER BY date, id""",
        (m.root, m.actor1, m.actor2, m.date, m.date),
    ).fetchall()
    day = dt.date.fromisoformat(m.date)
    fits = [
        (abs((dt.date.fromisoformat(d) - day).days), d, cid)
        for cid, d, place in rows
        if place is None or m.place is None or place == m.place
    ]
    return min(fits)[2] if fits else None


def _refresh(conn: sqlite3.Connection, ce: str) -> None:
    conn.execute(
        """UPDATE corpus_events SET
               num_mentions = (SELECT count(*) FROM corpus_event_mentions m
                               WHERE m.corpus_event_id = corpus_events.id),
               num_articles = (SELECT count(DISTINCT m.article_id) FROM corpus_event_mentions m
                               WHERE m.corpus_event_id = corpus_events.id),
               num_sources = (SELECT count(DISTINCT coalesce(a.outlet, a.id))
                              FROM corpus_event_mentions m JOIN articles a ON a.id = m.article_id
                              WHERE m.corpus_event_id = corpus_events.id),
               is_root = (SELECT coalesce(max(m.is_root), 0) FROM corpus_event_mentions m
                          WHERE m.corpus_event_id = corpus_events.id),
               first_seen = (SELECT min(a.published) FROM corpus_event_mentions m
                             JOIN articles a ON a.id = m.article_id
                             WHERE m.corpus_event_id = corpus_events.id),
               last_seen = (SELECT max(a.published) FROM corpus_event_mentions m
                            JOIN articles a ON a.id = m.article_id
                            WHERE m.corpus_event_id = corpus_events.id)
           WHERE id = ?""",
        (ce,),
    )
    first = conn.execute(
        """SELECT m.article_id, m.event_id, m.source_position, m.target_position
           FROM corpus_event_mentions m JOIN articles a ON a.id = m.article_id
           JOIN events e ON e.article_id = m.article_id AND e.id = m.event_id
           WHERE m.corpus_event_id = ?
           ORDER BY a.published IS NULL, a.published, a.seq, e.trigger_start, m.source_position,
                    m.target_position LIMIT 1""",
        (ce,),
    ).fetchone()
    if first:
        conn.execute(
            """UPDATE corpus_events SET first_article_id = ?, first_event_id = ?,
                   first_source_position = ?, first_target_position = ? WHERE id = ?""",
            (*first, ce),
        )


def rebuild(conn: sqlite3.Connection) -> int:
    """Recount every stored event into corpus events; returns the number of corpus events."""
    conn.execute("DELETE FROM corpus_event_mentions")
    conn.execute("DELETE FROM corpus_events")
    add(conn, articles_by_date(conn))
    return int(conn.execute("SELECT count(*) FROM corpus_events").fetchone()[0])
