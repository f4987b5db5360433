"""Event mentions and their dates, for counting events across articles like GDELT.

:mod:`newsgraph.store.corpus.events` matches stored mentions into corpus events with these
(same CAMEO root, same coded actor pair, dates within :data:`WINDOW_DAYS` days, same or no
place).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from newsgraph.corpus._text import name_key

WINDOW_DAYS = 2
ROOT_SENTENCES = 3

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_MONTH = re.compile(r"(\d{4})-(\d{2})(?!\d)")
_YEAR = re.compile(r"(\d{4})(?![-\d])")


@dataclass(frozen=True, slots=True)
class Mention:
    article_id: str
    event_id: str
    source_position: int
    target_position: int
    root: str
    actor1: str
    actor2: str
    place: str | None
    date: str
    resolution: str
    is_root: bool


def date_of(value: str | None) -> tuple[str, str] | None:
    """(YYYY-MM-DD, resolution) for a TIMEX3 value that names a calendar date, else None.

    >>> date_of("2018-08-29"), date_of("2018-W34"), date_of("2016-01"), date_of("P5Y")
    (('2018-08-29', 'day'), ('2018-08-20', 'week'), ('2016-01-01', 'month'), None)
    """
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            return dt.date(*map(int, m.groups())).isoformat(), "day"
        if m := _WEEK.match(value):
            year, week = map(int, m.groups())
            return dt.date.fromisocalendar(year, week, 1).isoformat(), "week"
        if m := _MONTH.match(value):
            return dt.date(int(m[1]), int(m[2]), 1).isoformat(), "month"
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 1, 1).isoformat(), "year"
    except ValueError:
        return None
    return None


def event_date(
    value: str | None, interval_from: str | None, published: str | None
) -> tuple[str, str] | None:
    """The event's own date from its time (value, else interval start), else the published
    date with resolution ``published``; None when there is neither."""
    own = date_of(value) or date_of(interval_from)
    if own:
        return own
    pub = date_of(published)
    return (pub[0], "published") if pub else None


def actor_key(code: str | None, name: str | None, text: str) -> str:
    return code or ("name:" + name_key(name or text))
