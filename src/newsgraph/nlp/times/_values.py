"""What a time candidate is resolved against (:class:`Context`) and into
(:class:`Resolved`), and the small date helpers every handler shares.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from newsgraph.nlp.times import _calendar as cal
from newsgraph.nlp.times._lexicon import lexicon


@dataclass(slots=True)
class Context:
    """What a candidate is resolved against."""

    anchor: date | None  # publication date (or inferred one)
    direction: int = 0  # -1 past, +1 future, 0 unknown, 2 plain present (governing verb's tense)
    ref: date | None = None  # last day-level date mentioned before (for "the next day")
    quarter: tuple[int, int] | None = None  # last quarter named before ("the third quarter")
    period: date | None = None  # last year or month named before (day 1 of it), for "that year"
    parsed: bool = True  # direction read from a dependency parse (else guessed from words)
    last_quarter: tuple[int, int] | None = None  # the completed quarter named last ("that quarter")


@dataclass(slots=True)
class Resolved:
    type: str
    value: str | None
    granularity: str | None
    interval: dict[str, str | None] | None = None
    relative: bool = True  # needs the anchor; False when fully specified by itself
    confidence: float = 0.85
    day: date | None = None  # the day meant, when day-level (for later anaphora)
    quarter: tuple[int, int] | None = None  # a completed quarter named (for "the quarter")


def _rel_word(rel: str | None) -> str:
    """The relative word in lower case, one word per meaning ("upcoming" is "coming")."""
    w = " ".join((rel or "").lower().split())
    return "coming" if w == "upcoming" else w


def _calendar_direction(ctx: Context) -> int:
    """Plain present tense says nothing about which March is meant: take the nearest."""
    return 0 if ctx.direction == 2 else ctx.direction


def _year2(yy: str, anchor: date | None) -> int:
    if len(yy) == 4:
        return int(yy)
    y = 2000 + int(yy)
    limit = (anchor.year if anchor else 2030) + 5
    return y if y <= limit else y - 100


def _year_near(yy: int, anchor: date | None) -> int:
    """A two-digit year ("'16", "'62"): the latest such year up to thirty years after the
    anchor (news names past years far more than ones decades ahead: "'62" in a 2013 story is
    1962, not 2062; "'16" in it is 2016; a "'60 target" in 2030 is 2060)."""
    base = (anchor.year if anchor else 2030) + 30
    y = (base // 100) * 100 + yy
    return y - 100 if y > base else y


def _month(name: str) -> int:
    return lexicon().months[name.rstrip(".")]


def _day(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def _date_or_none(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _day_result(d: date | None, *, relative: bool, conf: float) -> Resolved | None:
    if d is None:
        return None
    return Resolved("DATE", d.isoformat(), "day", relative=relative, confidence=conf, day=d)


def _unit(word: str) -> str:
    return lexicon().units[word.lower()]


def _with_part(d: date, part: str | None, conf: float) -> Resolved:
    if part:
        code = lexicon().parts[part.lower()]
        return Resolved("TIME", f"{d.isoformat()}T{code}", "partofday", confidence=conf, day=d)
    return Resolved("DATE", d.isoformat(), "day", confidence=conf, day=d)


def _current(unit: str, ctx: Context, conf: float = 0.85) -> Resolved:
    if ctx.anchor is None:
        return Resolved("DATE", None, None, confidence=0.6)
    value, gran = cal.format_at(ctx.anchor, unit)
    return Resolved("DATE", value, gran, confidence=conf, day=ctx.anchor if unit == "D" else None)


def _unit_at(d: date, unit: str, conf: float) -> Resolved:
    value, gran = cal.format_at(d, unit)
    interval: dict[str, str | None] | None = None
    if unit in ("W", "WE"):
        mon, sun = cal.week_bounds(d)
        if unit == "WE":
            mon = sun - timedelta(days=1)
        interval = {"from": mon.isoformat(), "to": sun.isoformat()}
    return Resolved("DATE", value, gran, interval, confidence=conf, day=d if unit == "D" else None)
