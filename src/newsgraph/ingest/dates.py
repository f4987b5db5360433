"""Publication dates given by users (``--published``, ``published=``).

Any ISO 8601 date or date-time, and the natural forms feeds, headers and pages write
("Wed, 29 Aug 2018 10:00:00 +0000", "Aug 29, 2018", "29 August 2018 10:00 CET"), read by the
standard library's RFC 2822 reader and dateutil. A numeric date whose day and month could be
swapped ("03/04/2018") is refused rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime

from dateutil import parser as _dateutil

_NUMERIC = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})\s*$")
_HINT = "use an ISO date or date-time, e.g. 2018-08-29 or 2018-08-29T10:00:00Z"


def iso_published(value: str) -> str:
    """The date (``YYYY-MM-DD``) of a date or date-time, as written.

    ``2018-08-29``, ``20180829``, ``2018-08-29T10:00:00Z``, ``2018-08-29 10:00``,
    ``2018-08-29T23:30:00-05:00``, ``Wed, 29 Aug 2018 10:00:00 +0000``, ``Aug 29, 2018`` and
    ``29/08/2018`` are accepted; the date is the one written (a time zone does not shift it:
    the outlet's own date anchors "yesterday"). A date without a year, month or day, or a
    numeric date whose day and month could be swapped, raises ValueError.
    """
    text = value.strip()
    for read in (dt.date.fromisoformat, lambda s: dt.datetime.fromisoformat(s).date()):
        try:
            return read(text).isoformat()
        except ValueError:
            pass
    if not text or not any(ch.isdigit() for ch in text):
        raise ValueError(f"{value!r} is not a date; {_HINT}")
    numeric = _NUMERIC.match(text)
    if numeric:
        first, second = int(numeric.group(1)), int(numeric.group(2))
        if first <= 12 and second <= 12 and first != second:
            raise ValueError(
                f"{value!r} is not a date: day and month could be either way round; {_HINT}"
            )
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    return _natural(value, text)


def _natural(value: str, text: str) -> str:
    """A natural-language date, only when it names a year, a month and a day."""
    readings = []
    # Two defaults that differ in every date field: a field the text does not give shows up
    # as a difference between the two readings.
    for default in (dt.datetime(2001, 1, 1), dt.datetime(2002, 2, 2)):
        try:
            readings.append(_dateutil.parse(text, default=default, dayfirst=True).date())
        except (ValueError, OverflowError):
            raise ValueError(f"{value!r} is not a date; {_HINT}") from None
    if readings[0] != readings[1]:
        raise ValueError(f"{value!r} is not a date: it needs a year, a month and a day; {_HINT}")
    return readings[0].isoformat()
