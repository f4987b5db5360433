"""Publication dates given by users (``--published``, ``published=``) in any ISO 8601 form."""

from __future__ import annotations

import datetime as dt


def iso_published(value: str) -> str:
    """The date (``YYYY-MM-DD``) of an ISO 8601 date or date-time, as written.

    ``2018-08-29``, ``20180829``, ``2018-08-29T10:00:00Z``, ``2018-08-29 10:00`` and
    ``2018-08-29T23:30:00-05:00`` are accepted; the date is the one written (a time zone does
    not shift it: the outlet's own date anchors "yesterday"). Raises ValueError otherwise.
    """
    text = value.strip()
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        raise ValueError(
            f"{value!r} is not a date; use an ISO date or date-time, e.g. 2018-08-29 or "
            "2018-08-29T10:00:00Z"
        ) from None
