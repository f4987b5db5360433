"""Handlers for calendar dates and years: ISO and numeric dates, month and day, a month
alone, holidays, year ranges, spelled-out years, decades and centuries.
"""

from __future__ import annotations

import re
from datetime import date

from newsgraph.nlp.times import _calendar as cal
from newsgraph.nlp.times._grammar import Candidate
from newsgraph.nlp.times._lexicon import DECADE_WORDS, lexicon, spelled_year
from newsgraph.nlp.times._values import (
    Context,
    Resolved,
    _calendar_direction,
    _date_or_none,
    _day,
    _day_result,
    _month,
    _rel_word,
    _year2,
    _year_near,
)

_PREP_BEFORE_MONTH = re.compile(
    r"(?i)\b(?:in|since|until|till|by|from|to|through|of|during|early|late|mid|between|and|"
    r"before|after|last|next|this|that|or|on)\s+$"
)


# A month name right after a capitalized word that is no preposition, determiner, weekday or
# month ("the Million Man March", "the Long March", "Black September") is part of a name;
# with a day or a year after it ("Tuesday March 5", "Washington March 2013") it stays a date
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)\s+$")
_NOT_NAME_WORDS = frozenset(
    "in on at by of to for from since until till through during before after between and or "
    "the a an this that these last next early late mid each every its his her their our "
    "around about until as when since beginning end start middle".split()
)
_DAY_OR_YEAR_AFTER = re.compile(r"\s*,?\s*\d")
# "Helicopters That May Have Conducted" (a headline in title case): the modal, not the month
_MODAL_MAY = re.compile(
    r"\s+(?i:have|be|not|also|well|never|still|soon|need|want|seem|help|become|lose|win|"
    r"cause|mean|face|take|make|get|go|come)\b"
)


_YEAR_PREP_WORD = re.compile(r"(?i)\b(?:in|since|by|until|of|from|to|through|before|after)\s+$")


_DEADLINE = re.compile(
    r"(?i)\b(?:by|until|till|through|before)\s+(?:early|mid|late|the\s+end\s+of\s+)?-?\s*$"
)


_EFFECTIVE = re.compile(r"(?i)\beffective\s+(?:on\s+|from\s+|as\s+of\s+)?$")


_EVENT_MONTH = re.compile(r"(?i)\b(?:the|its|his|her|their)\s+$")
# "toward the November election", "ahead of the June vote": an event the story looks ahead to
# an event on a calendar ("the November election", "after the November results"): the coming
# one, not the nearer one back
_SCHEDULED_EVENT = re.compile(
    r"(?i)\s+(?:general\s+|presidential\s+|national\s+|midterm\s+)?(?:elections?|votes?|"
    r"primary|primaries|caucus(?:es)?|conventions?|summit|referendum|ballot|results|runoff|"
    r"debates?|deadline|congress|conference|talks|olympics|games|polls?)\b"
)
_TOWARD_EVENT = re.compile(
    r"(?i)\b(?:toward|towards|ahead\s+of|before|until|till|in\s+advance\s+of|run-up\s+to|"
    r"for)\s+(?:the|its|his|her|their)\s+$"
)


def _iso(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    g = c.groups
    d = _date_or_none(int(g["y"] or 0), int(g["m"] or 0), int(g["d"] or 0))
    if d is None:
        return None
    if g["hh"]:
        return Resolved(
            "TIME",
            f"{d.isoformat()}T{g['hh']}:{g['mi']}",
            "minute",
            relative=False,
            confidence=0.95,
            day=d,
        )
    return _day_result(d, relative=False, conf=0.95)


def _numeric(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    g = c.groups
    a, b = int(g["a"] or 0), int(g["b"] or 0)
    m, d = (b, a) if a > 12 else (a, b)
    return _day_result(
        _date_or_none(_year2(g["y"] or "", ctx.anchor), m, d), relative=False, conf=0.85
    )


_PRESENT = 2  # _tense.PRESENT: a plain present tense
_PRESENT_BACK_MONTHS = 4


def _present_ahead(ctx: Context, month: int) -> int:
    """The calendar direction for a bare month, where a plain present tense ("the next
    president takes office in January", "the season opens in March") names a month more than
    four months back in the publication year: a schedule, so the coming one (+1); otherwise
    the tense's own direction (present: none)."""
    a = ctx.anchor
    if ctx.direction == _PRESENT and a is not None and a.month - month > _PRESENT_BACK_MONTHS:
        return 1
    return _calendar_direction(ctx)


def _known_event(text: str, c: Candidate, anchor: date, month: int, day: int) -> bool:
    """A month and day modifying a noun after "the" ("the Sept. 13 event", "the Oct. 23
    shooting") more than half a year ahead: an event the story already knows (the nearer
    occurrence is the past one), unless it is on the calendar ("the Nov. 8 election")."""
    if not _EVENT_MONTH.search(text[max(0, c.start - 12) : c.start]):
        return False
    if not re.match(r"\s+[a-z]", text[c.end : c.end + 3]) or _SCHEDULED_EVENT.match(text, c.end):
        return False
    if _TOWARD_EVENT.search(text[max(0, c.start - 30) : c.start]):
        return False
    try:
        ahead = (date(anchor.year, month, day) - anchor).days
    except ValueError:
        return False
    return ahead > 182


def _month_day(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    g = c.groups
    m, d = _month(g["mon"] or ""), _day(g["d"] or "0")
    if g["y"]:
        return _day_result(_date_or_none(int(g["y"]), m, d), relative=False, conf=0.95)
    if ctx.anchor is None:
        if not 1 <= d <= 31:
            return None
        return Resolved("DATE", f"XXXX-{m:02d}-{d:02d}", "day", confidence=0.7)
    direction = _present_ahead(ctx, m)
    if _EFFECTIVE.search(text[max(0, c.start - 16) : c.start]):
        direction = 1  # "a pact effective June 1": a change announced ahead of its start
    elif direction == 0 and _known_event(text, c, ctx.anchor, m, d):
        direction = -1  # "the Sept. 13 event" in March: the one the story knows, last year's
    y = cal.pick_year(m, d, ctx.anchor, direction)
    wd = lexicon().weekdays.get((g.get("wdn") or "").rstrip("."))
    if wd is not None:  # "Saturday, April 25": the year in which that day is a Saturday
        days = (_date_or_none(x, m, d) for x in (y, y - 1, y + 1))
        fits = [x for x in days if x is not None and x.isoweekday() == wd]
        y = fits[0].year if fits else y
    return _day_result(_date_or_none(y, m, d), relative=True, conf=0.85)


def _monyear(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    g = c.groups
    return Resolved(
        "DATE",
        f"{int(g['y'] or 0):04d}-{_month(g['mon'] or ''):02d}",
        "month",
        relative=False,
        confidence=0.95,
    )


def _month_alone(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    g = c.groups
    name = g["mon"] or ""
    rel = _rel_word(g["rel"]) or None
    if rel in (None, "that") and not g["mod"]:
        before = text[max(0, c.start - 30) : c.start]
        after = text[c.end : c.end + 20]
        prep = rel == "that" or bool(_PREP_BEFORE_MONTH.search(before))
        if name == "May" and (not prep or _MODAL_MAY.match(after)):
            return None
        word = _NAME_WORD_BEFORE.search(before)
        if (
            word
            and not prep
            and word.group(1).lower() not in _NOT_NAME_WORDS
            and word.group(1) not in lexicon().weekdays
            and word.group(1) not in lexicon().months
            and not _DAY_OR_YEAR_AFTER.match(after)
        ):
            return None
        if not prep and re.match(r"\s+(?:of\s+(?:the\s+)?)?[A-Z][a-z]", after):
            return None  # a name ("April Ryan", "the March of the Combatant Mothers")
    m = _month(name)
    if ctx.anchor is None:
        return Resolved("DATE", None, "month", confidence=0.6)
    a = ctx.anchor
    ry = (g["ry"] or "").lower()
    if ry:  # "July last year", "January this year"
        y = a.year + {"last": -1, "next": 1}.get(ry, 0)
        return Resolved("DATE", f"{y:04d}-{m:02d}", "month", confidence=0.85)
    if rel in ("last", "past", "previous"):
        y = a.year if m < a.month else a.year - 1
    elif rel in ("next", "coming"):
        y = a.year if m > a.month else a.year + 1
    elif rel == "this":
        y = a.year
    elif rel == "that" and ctx.period is not None:
        # "in 2015 ... that March": the year last named (TimeML's reference time), as for
        # "that year"
        y = ctx.period.year
    else:
        direction = _present_ahead(ctx, m)
        if (
            ctx.direction == 0
            and _EVENT_MONTH.search(text[max(0, c.start - 12) : c.start])
            and not _TOWARD_EVENT.search(text[max(0, c.start - 30) : c.start])
            and not _SCHEDULED_EVENT.match(text, c.end)
        ):
            ahead = (date(a.year, m, 1) - date(a.year, a.month, 1)).days
            if ahead > 182 and re.match(r"\s+[a-z]", text[c.end : c.end + 3]):
                # "the October slaying" in April: an event the story knows, the nearer
                # one, which is past (not the AP-style same year; "the July convention"
                # in April stays ahead)
                direction = -1
        if direction >= 0 and _DEADLINE.search(text[max(0, c.start - 12) : c.start]):
            direction = 1  # "by February", "loans through January": a deadline ahead
        if _EFFECTIVE.search(text[max(0, c.start - 16) : c.start]):
            direction = 1
        y = cal.pick_year(m, None, a, direction)
    return Resolved("DATE", f"{y:04d}-{m:02d}", "month", confidence=0.8)


# capitalised words after a holiday that keep it a day ("Easter Sunday", "Christmas Eve")
_HOLIDAY_PARTS = frozenset("Day Eve Weekend Morning Night Vigil Mass Week Holiday Holidays".split())


def _holiday(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    g = c.groups
    rule = lexicon().holidays[" ".join((g["hol"] or "").split())]
    name = re.match(r"\s+([A-Z][a-z]+)\b", text[c.end : c.end + 20])
    if (
        name
        and not g["y"]
        and name.group(1) not in _HOLIDAY_PARTS
        and name.group(1) not in lexicon().weekdays
        and name.group(1).rstrip(".") not in lexicon().months
    ):
        return None  # a name: "Easter Seals", "Christmas Island", "Passover Seder Foundation"

    def on(y: int) -> date | None:
        return cal.holiday_date(rule, y)

    if g["y"]:
        if (day := on(int(g["y"]))) is None:  # "Super Tuesday 2032": that year's, day unknown
            return Resolved("DATE", f"{int(g['y'])}-XX-XX", "day", relative=False, confidence=0.6)
        return _day_result(day, relative=False, conf=0.9)
    if ctx.anchor is None:
        return Resolved("DATE", None, "day", confidence=0.6)
    a, rel = ctx.anchor, _rel_word(g["rel"])
    direction = (
        -1
        if rel in ("last", "past", "previous")
        else 1
        if rel in ("next", "coming")
        else (_calendar_direction(ctx))
    )
    if not rel and _AHEAD_OF.search(text[max(0, c.start - 30) : c.start]):
        direction = 1  # "campaign ahead of Super Tuesday", "in the run-up to Christmas"
    # a day set anew each time ("Super Tuesday", every fourth year) may lie years off
    reach = _LISTED_REACH if rule.startswith("dates:") else 1
    cands = [x for y in range(a.year - reach, a.year + reach + 1) if (x := on(y)) is not None]
    if direction < 0:
        cands = [x for x in cands if x <= a]
    elif direction > 0:
        cands = [x for x in cands if x >= a]
    if not cands:  # beyond the listed years: a day, date unknown
        return Resolved("DATE", "XXXX-XX-XX", "day", confidence=0.5)
    d = min(cands, key=lambda x: abs((x - a).days))
    return _day_result(d, relative=True, conf=0.8)


_AHEAD_OF = re.compile(
    r"(?i)\b(?:up\s+to|until|till|ahead\s+of|toward|towards|in\s+advance\s+of|run-up\s+to)"
    r"\s+(?:the\s+)?$"
)
_LISTED_REACH = 4  # years either way a listed day ("Super Tuesday") is looked for


_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}


def _nth_weekday(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    """ "the first Tuesday in September" (that month's, the year as for a bare month); "every
    first Tuesday", "the first Tuesday of each month" recur: TIMEX3 has no value for an n-th
    weekday, so the set is written at the recurrence's own period (monthly ``P1M``, in a named
    month ``XXXX-09`` as "each September")."""
    g = c.groups
    word = (g["n"] or "").lower()  # both groups are required by the pattern
    n = _NTH.get(word) or int(re.sub(r"\D", "", word) or 0)
    wd = lexicon().weekdays[g["wd"] or ""]
    m = _month(g["mon"]) if g["mon"] else None
    if g["every"] or (g["each"] and g["each"].lower() != "the"):
        return Resolved("SET", f"XXXX-{m:02d}" if m else "P1M", None, relative=False)
    if m is None:  # "the first Tuesday of the month": the month the story is in or last named
        base = ctx.period or (ctx.anchor and date(ctx.anchor.year, ctx.anchor.month, 1))
        if base is None:
            return Resolved("DATE", None, "day", confidence=0.6)
        return _day_result(_nth_or_none(base.year, base.month, wd, n), relative=True, conf=0.7)
    if g["y"]:
        return _day_result(_nth_or_none(int(g["y"]), m, wd, n), relative=False, conf=0.9)
    if ctx.anchor is None:
        return Resolved("DATE", None, "day", confidence=0.6)
    this_year = _nth_or_none(ctx.anchor.year, m, wd, n)
    day = this_year.day if this_year else None
    y = cal.pick_year(m, day, ctx.anchor, _present_ahead(ctx, m))
    return _day_result(_nth_or_none(y, m, wd, n), relative=True, conf=0.8)


def _nth_or_none(y: int, m: int, wd: int, n: int) -> date | None:
    try:
        return cal.nth_weekday(y, m, wd, n)
    except IndexError:  # "the fifth Monday in February"
        return None


def _yrange(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    g = c.groups
    y1 = int(g["y1"] or 0)
    y2s = g["y2"] or ""
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if y2 <= y1 or y2 - y1 > 50:
        return None
    return Resolved(
        "DATE",
        f"{y1}/{y2}",
        "year",
        {"from": str(y1), "to": str(y2)},
        relative=False,
        confidence=0.85,
    )


def _spyear(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    """A spelled-out year ("in nineteen ninety-six", "the year two thousand", "January
    nineteen ninety-seven", "the winter of nineteen ninety-four")."""
    g = c.groups
    y = spelled_year(g["sy"] or "")
    if y is None:
        return None
    framed = g["mon"] or g["the"] or g["s"]
    before = text[max(0, c.start - 12) : c.start]
    if not framed and not _YEAR_PREP_WORD.search(before) and not text[c.start].isupper():
        if (g["sy"] or "").lower().startswith("two thousand"):
            return None  # "two thousand people"
    if g["mon"]:
        return Resolved("DATE", f"{y:04d}-{_month(g['mon']):02d}", "month", relative=False)
    if g["s"]:
        code = lexicon().seasons[g["s"].lower()]
        return Resolved("DATE", f"{y:04d}-{code}", "season", relative=False)
    return Resolved("DATE", f"{y:04d}", "year", relative=False, confidence=0.8)


_DECADE_WORDS = {w: 10 * (i + 2) for i, w in enumerate(DECADE_WORDS)}


def _decade(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    if c.groups["wdec"]:  # "the nineties": the latest such decade begun by the anchor
        base = ctx.anchor.year if ctx.anchor else 2030
        y = (base // 100) * 100 + _DECADE_WORDS[c.groups["wdec"].lower()]
        if y > base:
            y -= 100
        return Resolved("DATE", f"{y // 10:03d}", "decade", confidence=0.8)
    dec = (c.groups["dec"] or "").lstrip("'‘’")
    if len(dec) == 2:  # "the '80s": the latest such decade begun by ten years after the anchor
        base = ctx.anchor.year if ctx.anchor else 2030
        y = (base // 100) * 100 + int(dec)
        dec = str(y - 100 if y > base + 10 else y)
    elif dec.endswith("00") and int(dec) < 2000:
        # "the 1800s", "the early 1900s": the century (TIMEX ``18``), not its first decade;
        # "the 2000s" is read as the decade
        return Resolved("DATE", dec[:2], "century", relative=False, confidence=0.85)
    return Resolved("DATE", dec[:3], "decade", relative=False, confidence=0.9)


def _century(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    n = int(c.groups["n"] or 0)
    if not 1 <= n <= 21:
        return None
    return Resolved("DATE", f"{n - 1:02d}", "century", relative=False, confidence=0.9)


def _year(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    y = int(c.groups["y"] or c.groups["y0"] or 0)
    if ctx.anchor is not None and y > ctx.anchor.year + 50:
        return None
    mod = " ".join((c.groups["mod"] or "").lower().split())
    if mod in ("the first half of", "the second half of", "the last half of"):
        half = "H1" if "first" in mod else "H2"
        return Resolved("DATE", f"{y:04d}-{half}", "half", relative=False, confidence=0.85)
    return Resolved("DATE", f"{y:04d}", "year", relative=False, confidence=0.85)


def _yapos(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    y = _year_near(int(c.groups["yy"] or 0), ctx.anchor)
    return Resolved("DATE", f"{y:04d}", "year", relative=ctx.anchor is None, confidence=0.75)
