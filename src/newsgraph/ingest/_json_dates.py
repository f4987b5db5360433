"""The publication date of a JSON article, under the names scrapers and APIs give it.

ux25: only ``published`` was read, so an article whose date was under ``date``,
``published_at``, ``pubDate``, ``datePublished``... was analysed undated without a word (its
"yesterday" resolved against today). The first of :data:`DATE_FIELDS` that reads as a date
wins (``published`` first); a date-like field that cannot be read is named in one line.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsgraph.ingest.dates import iso_published

#: the fields read as the publication date, in this order (the first readable one wins)
DATE_FIELDS = (
    "published",
    "date",
    "published_at",
    "publishedAt",
    "published_date",
    "publication_date",
    "publish_date",
    "pub_date",
    "pubDate",
    "datePublished",
    "date_published",
    "created_at",
    "createdAt",
    "dateCreated",
)

# Unix times between 2001-09-09 and 2096-10-02, in seconds or milliseconds.
_SECONDS = (1_000_000_000, 4_000_000_000)


def _epoch(value: int | float) -> str | None:
    for scale in (1, 1000):
        if _SECONDS[0] * scale <= value < _SECONDS[1] * scale:
            return dt.datetime.fromtimestamp(value / scale, dt.UTC).date().isoformat()
    return None


def iso_date(value: object) -> str | None:
    """The ISO date of a JSON date value, else None: a date text naming a year, a month and a
    day (:func:`~newsgraph.ingest.dates.iso_published`; '2018' or 'March 2018' is no day, and a
    numeric date whose day and month could be swapped is not guessed), or a Unix time in
    seconds or milliseconds."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _epoch(value)
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.isdigit() and len(text) in (10, 13):
        return _epoch(int(text))
    try:  # a year, a month and a day, as written (ux25: '2018' was read as today's day of 2018)
        return iso_published(text)
    except (ValueError, OverflowError):
        return None


def record_date(record: dict[str, Any]) -> tuple[str | None, str | None]:
    """``(date, unread)``: the first readable date of :data:`DATE_FIELDS`, and, when none
    reads, the first such field that has a value (to be named in a warning), else None."""
    unread = None
    for key in DATE_FIELDS:
        value = record.get(key)
        if value is None or value == "":
            continue
        date = iso_date(value)
        if date:
            return date, None
        unread = unread or key
    return None, unread
