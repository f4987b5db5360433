"""Normalise a grammar candidate to a TIMEX3-style value relative to an anchor date.

Each grammar rule has a handler: calendar dates and years in :mod:`._dates`, quarters and
seasons in :mod:`._periods`, days and units relative to the anchor in :mod:`._relative`,
lengths, recurrences and clock times in :mod:`._durations`; what they share (the context,
the result, small date helpers) is in :mod:`._values`.
"""

from __future__ import annotations

from newsgraph.nlp.times._dates import (
    _century,
    _decade,
    _holiday,
    _iso,
    _month_alone,
    _month_day,
    _monyear,
    _nth_weekday,
    _numeric,
    _spyear,
    _yapos,
    _year,
    _yrange,
)
from newsgraph.nlp.times._durations import (
    _dur,
    _longdur,
    _perdur,
    _pxdur,
    _rate,
    _set,
    _time,
    _vague,
)
from newsgraph.nlp.times._grammar import Candidate
from newsgraph.nlp.times._periods import _modunit, _qref, _quarter, _season
from newsgraph.nlp.times._relative import (
    _ago,
    _dayrel,
    _deictic,
    _halfyear,
    _inday,
    _later,
    _modpart,
    _ordday,
    _reln,
    _relunit,
    _theunit,
    _thispart,
    _unitend,
    _weekday,
    _weekend,
    _yearended,
)
from newsgraph.nlp.times._values import Context, Resolved


def resolve(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    """A resolved value for the candidate, or None when it is not a temporal expression."""
    fn = _HANDLERS.get(c.rule)
    return fn(c, text, ctx) if fn else None


_HANDLERS = {
    "iso": _iso,
    "numeric": _numeric,
    "mdy": _month_day,
    "dmy": _month_day,
    "monyear": _monyear,
    "holiday": _holiday,
    "nthwd": _nth_weekday,
    "month": _month_alone,
    "yrange": _yrange,
    "spyear": _spyear,
    "decade": _decade,
    "century": _century,
    "year": _year,
    "yapos": _yapos,
    "modunit": _modunit,
    "rate": _rate,
    "quarter": _quarter,
    "qref": _qref,
    "season": _season,
    "weekday": _weekday,
    "deictic": _deictic,
    "thispart": _thispart,
    "modpart": _modpart,
    "inday": _inday,
    "theunit": _theunit,
    "dayrel": _dayrel,
    "ordday": _ordday,
    "yearended": _yearended,
    "weekend": _weekend,
    "halfyear": _halfyear,
    "unitend": _unitend,
    "ago": _ago,
    "later": _later,
    "relunit": _relunit,
    "reln": _reln,
    "set": _set,
    "dur": _dur,
    "pxdur": _pxdur,
    "longdur": _longdur,
    "perdur": _perdur,
    "time": _time,
    "clockpd": _time,
    "vague": _vague,
}


def clock_of(value: str | None) -> str | None:
    """The ``Thh:mm`` / ``TMO`` part of a TIME value, if any."""
    if value and "T" in value:
        return value[value.index("T") :]
    return None
