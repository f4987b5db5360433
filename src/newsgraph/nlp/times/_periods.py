"""Handlers for quarters (named and anaphoric reporting periods), seasons and the part of
the current unit ("mid-month").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsgraph.nlp.times import _calendar as cal
from newsgraph.nlp.times._grammar import Candidate
from newsgraph.nlp.times._lexicon import lexicon
from newsgraph.nlp.times._values import (
    Context,
    Resolved,
    _calendar_direction,
    _current,
    _month,
    _rel_word,
    _unit,
)

_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "last": 4,
}


_QUARTER_ENDED = re.compile(r"\s+(?:ended|ending|through|to)\s+([A-Z][a-z]{2,8})\b")


_NOT_SEASON_AFTER = re.compile(r"(?i)\s*(?:of|in|to|from|on|at)\b(?!\s+(?:1[5-9]|20)\d\d\b)")


_SPORTS = re.compile(
    r"(?i)\b(?:touchdowns?|field\s+goals?|halftime|quarterbacks?|rebounds?|free\s+throws?|"
    r"three-pointers?|overtime|innings?|scored|scoring|points?\s+in\s+the|the\s+game|buzzer)\b"
)


def _modunit(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    """ "early-week", "mid-month", "midweek": the part of the current unit (its value)."""
    return _current(_unit(c.groups["u"] or "week"), ctx, 0.7)


def _quarter(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    """ "the third quarter (of 2016)", "third-quarter profit", "this year's first quarter",
    "the 1988 second quarter", "the year-ago third quarter", "Q2 2016"."""
    g = c.groups
    if g["qn"]:
        return Resolved("DATE", f"{g['qy']}-Q{g['qn']}", "quarter", relative=False, confidence=0.95)
    bq = g.get("bq") or g.get("bq2")  # a bare "Q3": as "the third quarter"
    q = int(bq) if bq else _ORDINALS[(g["q"] or "").lower()]
    explicit = g["y"] or g["py"]
    if explicit:
        return Resolved("DATE", f"{explicit}-Q{q}", "quarter", relative=False, confidence=0.95)
    bare = not g["the"] and g["hy"] != "-" and not g["ry"] and not g["pr"] and not g["pago"]
    if bare and re.search(r"(?i)\b(?:a|an|one|another|every|each)\s+$", text[: c.start]):
        return None  # "a third quarter of voters" (the grammar refuses "quarter of")
    if not (g["ry"] or g["pr"]) and _SPORTS.search(text[max(0, c.start - 120) : c.end + 120]):
        return None  # "a third-quarter touchdown": a period of a game
    if ctx.anchor is None:
        return Resolved("DATE", None, "quarter", confidence=0.6)
    a = ctx.anchor
    ry = (g["ry"] or g["pr"] or "").lower()
    current = (a.month - 1) // 3 + 1
    y = a.year - 1 if ry.startswith("last") else a.year + 1 if ry.startswith("next") else a.year
    if not ry:
        # the latest such quarter that has begun, unless the tense looks ahead past the
        # quarter just ended (results for it are still to be reported)
        if q > current and ctx.direction != 1:
            y -= 1
        elif q < current - 1 and ctx.direction == 1:
            y += 1
    if g["pago"]:
        y -= 1
    return Resolved("DATE", f"{y}-Q{q}", "quarter", confidence=0.8, quarter=_reported(y, q, a))


def _reported(y: int, q: int, anchor: date) -> tuple[int, int] | None:
    """(y, q) when that quarter ended within the half year before ``anchor``: the quarter an
    earnings story reports on, which "the quarter" and "a year earlier" then refer to."""
    end = cal.shift(date(y, 3 * q - 2, 1), 1, "Q") - timedelta(days=1)
    return (y, q) if 0 <= (anchor - end).days <= 183 else None


def _reporting_quarter(ctx: Context) -> tuple[int, int] | None:
    """The quarter an earnings story is about: the last one named in the text, else the last
    quarter completed before publication."""
    if ctx.quarter is not None:
        return ctx.quarter
    if ctx.anchor is None:
        return None
    q = (ctx.anchor.month - 1) // 3
    return (ctx.anchor.year, q) if q else (ctx.anchor.year - 1, 4)


def _qref(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    """Anaphoric reporting periods: "the quarter", "the latest period", "the year-ago
    quarter", "the 1988 period", "the corresponding period last year", "year-earlier"."""
    g = c.groups
    if g["lyq"]:
        if ctx.anchor is None:
            return Resolved("DATE", None, "quarter", confidence=0.5)
        rq = _reporting_quarter(ctx) or (ctx.anchor.year, 1)
        y = ctx.anchor.year + {"last": -1, "next": 1}.get(g["lyq"].lower(), 0)
        return Resolved("DATE", f"{y}-Q{rq[1]}", "quarter", confidence=0.65)
    ended = _QUARTER_ENDED.match(text, c.end)
    if ended and ended.group(1) not in lexicon().months:
        ended = None
    if g["qu"] == "quarter" and not g["qa"] and ended and ctx.anchor is not None:
        m = _month(ended.group(1))
        y = ctx.anchor.year if m <= ctx.anchor.month else ctx.anchor.year - 1
        # the calendar quarter holding most of the three months that end in ``m`` (its middle
        # month): "the quarter ended July 31" (May-July) is Q2, "ended Jan. 31" Q4 of the year
        # before; a quarter ended in March, June, September or December is that one
        mid = m - 1 if m > 1 else 12
        y -= m == 1
        q = (mid - 1) // 3 + 1
        return Resolved(
            "DATE", f"{y}-Q{q}", "quarter", confidence=0.7, quarter=_reported(y, q, ctx.anchor)
        )
    qa = " ".join((g["qa"] or g["adj"] or "").lower().split())
    back = qa in ("year-ago", "year-earlier") or bool(g["qlast"])
    if g["qu"] == "period" and not (qa in ("latest", "most recent") or g["qy"] or back):
        return None  # "the period", "the same period": no calendar quarter named
    if qa in ("same", "comparable", "corresponding") and not back:
        return None
    if g["adj"] and ctx.quarter is None:
        if ctx.anchor is None:
            return None
        return Resolved("DATE", f"{ctx.anchor.year - 1}", "year", confidence=0.6)
    if qa == "current":
        return _current("Q", ctx, 0.8)
    if g["qu"] == "period" and back and not g["qy"] and ctx.quarter is None:
        # "the same period last year" with no quarter named: no reporting quarter to take
        # back a year, so the year before (as "a year ago" without a named quarter)
        if ctx.anchor is None:
            return None
        return Resolved("DATE", f"{ctx.anchor.year - 1}", "year", confidence=0.6)
    rep = _reporting_quarter(ctx)
    if rep is None:
        return Resolved("DATE", None, "quarter", confidence=0.5)
    y, q = rep
    if g["qy"]:
        y = int(g["qy"])
    elif back:
        y -= 1
    return Resolved("DATE", f"{y}-Q{q}", "quarter", confidence=0.65)


def _year_before_quarter(ctx: Context) -> Resolved | None:
    """ "a year ago" / "a year earlier" in a story about a named quarter: that quarter a year
    before (TimeML's reading of earnings reports, and the period the figures cover)."""
    if ctx.quarter is None:
        return None
    y, q = ctx.quarter
    return Resolved("DATE", f"{y - 1}-Q{q}", "quarter", confidence=0.7)


def _season(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    g = c.groups
    code = lexicon().seasons[(g["s"] or "").lower()]
    if g["y"]:
        return Resolved("DATE", f"{g['y']}-{code}", "season", relative=False, confidence=0.9)
    rel = _rel_word(g["rel"])
    if g["the"]:
        if _NOT_SEASON_AFTER.match(text, c.end):
            return None  # "by the fall in prices", "since the fall of the Wall"
        if ctx.anchor is None:
            return Resolved("DATE", None, "season", confidence=0.5)
        # "over the summer", "into the spring": the season of the story's time: in the past
        # tense the latest one begun, in the future the next one not yet over, else this one
        a, start_m = ctx.anchor, cal.SEASON_START[code]
        direction = _calendar_direction(ctx)
        y = a.year - 1 if code == "WI" and a.month <= 2 else a.year
        if direction < 0 and date(y, start_m, 1) > a:
            y -= 1
        elif direction > 0 and cal.shift(date(y, start_m, 1), 3, "M") <= a:
            y += 1
        return Resolved("DATE", f"{y}-{code}", "season", confidence=0.7)
    if not rel and not g["mod"]:
        return None
    if ctx.anchor is None:
        return Resolved("DATE", None, "season", confidence=0.6)
    rel = rel or "this"
    return Resolved(
        "DATE", f"{cal.season_year(code, ctx.anchor, rel)}-{code}", "season", confidence=0.8
    )
