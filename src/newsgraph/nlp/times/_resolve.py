"""Normalise a grammar candidate to a TIMEX3-style value relative to an anchor date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from newsgraph.nlp.times import _calendar as cal
from newsgraph.nlp.times._grammar import Candidate
from newsgraph.nlp.times._lexicon import DECADE_WORDS, lexicon, number_value, spelled_year

_PREP_BEFORE_MONTH = re.compile(
    r"(?i)\b(?:in|since|until|till|by|from|to|through|of|during|early|late|mid|between|and|"
    r"before|after|last|next|this|that|or|on)\s+$"
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
_ORDINAL_NEXT = re.compile(
    r"\s+(?!(?:later|earlier|before|after|ago|or|and|of|in|to|for|too|longer|more)\b)[A-Za-z]"
)
_QUARTER_ENDED = re.compile(r"\s+(?:ended|ending|through|to)\s+([A-Z][a-z]{2,8})\b")
_YEAR_PREP_WORD = re.compile(r"(?i)\b(?:in|since|by|until|of|from|to|through|before|after)\s+$")
_DEADLINE = re.compile(
    r"(?i)\b(?:by|until|till|through|before)\s+(?:early|mid|late|the\s+end\s+of\s+)?-?\s*$"
)
_NOT_SEASON_AFTER = re.compile(r"(?i)\s*(?:of|in|to|from|on|at)\b(?!\s+(?:1[5-9]|20)\d\d\b)")
_EFFECTIVE = re.compile(r"(?i)\beffective\s+(?:on\s+|from\s+|as\s+of\s+)?$")
_AHEAD_OF_DAY = re.compile(
    r"(?i)(?:\bas\s+(?:soon|early)\s+as|\b(?:postponed?|postponing|delay(?:ed|ing|s)?|"
    r"extend(?:ed|ing|s)?|adjourn(?:ed|ing|s)?|deadline|given|gave)\b[^.;!?]{0,40}?\buntil)"
    r"\s+(?:[\d:.]+\s*(?:a\.?m\.?|p\.?m\.?)\s+(?:[A-Z]{2,4}\s+)?)?$"
)
_EVENT_MONTH = re.compile(r"(?i)\b(?:the|its|his|her|their)\s+$")
_AHEAD_OF = re.compile(r"(?i)\b(?:ahead\s+of|in\s+advance\s+of|until|till)\s+$")
_SOMEDAY = re.compile(
    r"(?i)\b(?:will|would|could|might|may|can|shall|should|he|she|they|we|you|I|to)\s+$"
)
_PART_PREP = re.compile(
    r"(?i)\b(?:by|in|at|until|till|since|from|during|the|through|before|after|around|about)\s+$"
)
_SPORTS = re.compile(
    r"(?i)\b(?:touchdowns?|field\s+goals?|halftime|quarterbacks?|rebounds?|free\s+throws?|"
    r"three-pointers?|overtime|innings?|scored|scoring|points?\s+in\s+the|the\s+game|buzzer)\b"
)
_DURATION_PREP = re.compile(r"(?i)\b(?:in|over|within|during|for|throughout)\s+$")


@dataclass(slots=True)
class Context:
    """What a candidate is resolved against."""

    anchor: date | None  # publication date (or inferred one)
    direction: int = 0  # -1 past, +1 future, 0 unknown, 2 plain present (governing verb's tense)
    ref: date | None = None  # last day-level date mentioned before (for "the next day")
    quarter: tuple[int, int] | None = None  # last quarter named before ("the third quarter")
    period: date | None = None  # last year or month named before (day 1 of it), for "that year"


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
    """A two-digit year ("'16") in the century that puts it within 50 years of the anchor."""
    base = anchor.year if anchor else 2030
    y = (base // 100) * 100 + yy
    if y > base + 50:
        y -= 100
    elif y < base - 50:
        y += 100
    return y


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


def resolve(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    """A resolved value for the candidate, or None when it is not a temporal expression."""
    fn = _HANDLERS.get(c.rule)
    return fn(c, text, ctx) if fn else None


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


def _month_day(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    g = c.groups
    m, d = _month(g["mon"] or ""), _day(g["d"] or "0")
    if g["y"]:
        return _day_result(_date_or_none(int(g["y"]), m, d), relative=False, conf=0.95)
    if ctx.anchor is None:
        if not 1 <= d <= 31:
            return None
        return Resolved("DATE", f"XXXX-{m:02d}-{d:02d}", "day", confidence=0.7)
    direction = _calendar_direction(ctx)
    if _EFFECTIVE.search(text[max(0, c.start - 16) : c.start]):
        direction = 1  # "a pact effective June 1": a change announced ahead of its start
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
    if not rel and not g["mod"]:
        before = text[max(0, c.start - 30) : c.start]
        after = text[c.end : c.end + 20]
        prep = bool(_PREP_BEFORE_MONTH.search(before))
        if name == "May" and not prep:
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
    else:
        direction = _calendar_direction(ctx)
        if ctx.direction == 0 and _EVENT_MONTH.search(text[max(0, c.start - 12) : c.start]):
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


def _holiday(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    g = c.groups
    rule = lexicon().holidays[" ".join((g["hol"] or "").split())]

    def on(y: int) -> date:
        return cal.holiday_date(rule, y)

    if g["y"]:
        return _day_result(on(int(g["y"])), relative=False, conf=0.9)
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
    cands = [on(y) for y in (a.year - 1, a.year, a.year + 1)]
    if direction < 0:
        d = max(x for x in cands if x <= a)
    elif direction > 0:
        d = min(x for x in cands if x >= a)
    else:
        d = min(cands, key=lambda x: abs((x - a).days))
    return _day_result(d, relative=True, conf=0.8)


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


def _modunit(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    """ "early-week", "mid-month", "midweek": the part of the current unit (its value)."""
    return _current(_unit(c.groups["u"] or "week"), ctx, 0.7)


def _rate(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    """A rate ("£4.50 a week", "twice a year"): a SET recurring once per unit."""
    unit = _unit(c.groups["pu"] or "")
    return Resolved("SET", cal.duration_value(1.0, unit), None, relative=False, confidence=0.8)


def _quarter(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    """ "the third quarter (of 2016)", "third-quarter profit", "this year's first quarter",
    "the 1988 second quarter", "the year-ago third quarter", "Q2 2016"."""
    g = c.groups
    if g["qn"]:
        return Resolved("DATE", f"{g['qy']}-Q{g['qn']}", "quarter", relative=False, confidence=0.95)
    q = _ORDINALS[(g["q"] or "").lower()]
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
        q = (m - 1) // 3 + 1
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


def _with_part(d: date, part: str | None, conf: float) -> Resolved:
    if part:
        code = lexicon().parts[part.lower()]
        return Resolved("TIME", f"{d.isoformat()}T{code}", "partofday", confidence=conf, day=d)
    return Resolved("DATE", d.isoformat(), "day", confidence=conf, day=d)


def _weekday(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    g = c.groups
    wd = lexicon().weekdays[g["wd"] or ""]
    # "a Monday" / "an ... Monday" is any Monday; the article must be a word of its own
    # ("began Tuesday", "plan Friday" end in "an " too)
    before = text[max(0, c.start - 12) : c.start]
    if g["pl"] or (re.search(r"(?i)(?<!\w)an?\s+$", before) and not g["rel"]):
        return Resolved("SET", f"XXXX-WXX-{wd}", "day", relative=False, confidence=0.75)
    if ctx.anchor is None:
        return Resolved("TIME" if g["part"] else "DATE", None, "day", confidence=0.6)
    rel = _rel_word(g["rel"])
    if rel in ("previous", "following"):  # "the previous Friday": before the day last named
        base = ctx.ref or ctx.anchor
        step = -1 if rel == "previous" else 1
        d = base + timedelta(days=step)
        while d.isoweekday() != wd:
            d += timedelta(days=step)
        return _with_part(d, g["part"], 0.75)
    rel_arg = rel if rel in ("last", "next", "this", "past", "coming") else None
    direction = min(ctx.direction, 1)
    if _AHEAD_OF_DAY.search(text[max(0, c.start - 80) : c.start]):
        direction = 1  # "as soon as Tuesday", "postponed until Tuesday morning"
    d = cal.weekday_date(wd, ctx.anchor, direction, rel_arg)
    return _with_part(d, g["part"], 0.85 if rel_arg else 0.8)


def _deictic(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    g = c.groups
    w = " ".join((g["w"] or "").lower().split())
    if w[0] in "t" and text[c.start].isupper() and c.start > 0:
        prev = text[max(0, c.start - 25) : c.start].rstrip()
        if (
            prev
            and not prev.endswith((".", "!", "?", '"', "“", ":"))
            and re.search(r"[A-Z]\w*$", prev)
        ):
            return None  # part of a title ("Lopez Tonight")
    offset = {
        "today": 0,
        "tonight": 0,
        "tomorrow": 1,
        "yesterday": -1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }[w]
    if ctx.anchor is None:
        return Resolved(
            "TIME" if g["part"] or w == "tonight" else "DATE", None, "day", confidence=0.6
        )
    d = ctx.anchor + timedelta(days=offset)
    return _with_part(d, "night" if w == "tonight" else g["part"], 0.9)


def _thispart(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    g = c.groups
    if ctx.anchor is None:
        return Resolved("TIME", None, "partofday", confidence=0.6)
    rel = _rel_word(g["rel"])
    part = (g["part"] or "").lower()
    if rel not in ("this", "last"):
        # "that night", "the next morning": of the day last named (else the publication day)
        base = ctx.ref or ctx.anchor
        step = {"the next": 1, "the following": 1, "the previous": -1}.get(rel, 0)
        return _with_part(base + timedelta(days=step), part, 0.7)
    d = (
        ctx.anchor - timedelta(days=1)
        if rel == "last" and part in ("night", "evening")
        else (ctx.anchor)
    )
    return _with_part(d, part, 0.85)


def _dayrel(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    base = ctx.ref or ctx.anchor
    if base is None:
        return Resolved("DATE", None, "day", confidence=0.5)
    step = 1 if (c.groups["dir"] or "").lower() == "after" else -1
    return _day_result(base + timedelta(days=step), relative=True, conf=0.65)


def _modpart(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    """ "mid-afternoon", "late morning yesterday", "early evening on Tuesday": that part of
    the day named, else of the last day mentioned (or the publication day)."""
    g = c.groups
    if not (g["w"] or g["wd"]) and not _PART_PREP.search(text[max(0, c.start - 10) : c.start]):
        return None  # "his late-night show": a kind of show, not a time
    base = ctx.ref or ctx.anchor
    if g["w"]:
        base = ctx.anchor and ctx.anchor + timedelta(
            days={"yesterday": -1, "today": 0, "tomorrow": 1}[g["w"].lower()]
        )
    elif g["wd"]:
        wd = lexicon().weekdays[g["wd"]]
        base = ctx.anchor and cal.weekday_date(wd, ctx.anchor, min(ctx.direction, 1), None)
    if base is None:
        return Resolved("TIME", None, "partofday", confidence=0.5)
    return _with_part(base, g["part"], 0.75 if g["w"] or g["wd"] else 0.6)


def _current(unit: str, ctx: Context, conf: float = 0.85) -> Resolved:
    if ctx.anchor is None:
        return Resolved("DATE", None, None, confidence=0.6)
    value, gran = cal.format_at(ctx.anchor, unit)
    return Resolved("DATE", value, gran, confidence=conf, day=ctx.anchor if unit == "D" else None)


def _inday(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    return _current(_unit(c.groups["u"] or "day"), ctx)


def _theunit(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    return _current(_unit(c.groups["u"] or "day"), ctx, 0.6)


def _yearended(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    """ "the (fiscal) year ended Sept. 30": a year's length ending on that day (TimeML: P1Y)."""
    return Resolved("DURATION", "P1Y", None, relative=False, confidence=0.8)


def _weekend(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    if ctx.anchor is None:
        return Resolved("DATE", None, "week", confidence=0.6)
    a = ctx.anchor
    sat = a + timedelta(days=6 - a.isoweekday())  # this ISO week's Saturday
    ahead = _AHEAD_OF.search(text[max(0, c.start - 20) : c.start])  # "ahead of the weekend"
    if ctx.direction not in (1, 2) and a.isoweekday() < 6 and not ahead:
        sat -= timedelta(days=7)
    return Resolved(
        "DATE",
        cal.week_value(sat) + "-WE",
        "week",
        {"from": sat.isoformat(), "to": (sat + timedelta(days=1)).isoformat()},
        confidence=0.75,
    )


def _unitend(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    """ "by the end of the month", "by year-end", "since year's end": the unit's value (TIMEX3
    marks the part with MOD="END"); an end counted from ("since year-end") or told in the
    past tense ("fell at the end of the month") is the last one passed, of the previous unit;
    a deadline ("by year-end", "until the end of the month") is this unit's end."""
    g = c.groups
    unit = _unit(g["u"] or g["u2"] or "year")
    if ctx.anchor is None:
        return Resolved("DATE", None, None, confidence=0.5)
    base = ctx.anchor
    prep = text[max(0, c.start - 8) : c.start].split()[-1:] or [""]
    since = prep[0].lower() == "since"
    deadline = prep[0].lower() in ("by", "until", "before", "through")
    if (g["pos"] or "end").lower() == "end" and (since or (ctx.direction == -1 and not deadline)):
        base = cal.shift(ctx.anchor, -1, unit)
    return _unit_at(base, unit, 0.7)


def _unit_at(d: date, unit: str, conf: float) -> Resolved:
    value, gran = cal.format_at(d, unit)
    interval: dict[str, str | None] | None = None
    if unit in ("W", "WE"):
        mon, sun = cal.week_bounds(d)
        if unit == "WE":
            mon = sun - timedelta(days=1)
        interval = {"from": mon.isoformat(), "to": sun.isoformat()}
    return Resolved("DATE", value, gran, interval, confidence=conf, day=d if unit == "D" else None)


def _ago(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    g = c.groups
    unit = _unit(g["u"] or "")
    n = number_value(g["num"]) if g["num"] else None
    if n is None or not float(n).is_integer():
        return Resolved("DATE", "PAST_REF", None, relative=False, confidence=0.6)
    if ctx.anchor is None:
        return Resolved("DATE", None, None, confidence=0.6)
    if n == 1 and unit == "Y" and (yq := _year_before_quarter(ctx)) is not None:
        return yq
    d = cal.shift(ctx.anchor, -n, unit)
    return _unit_at(d, unit if unit not in ("H", "MIN", "S") else "D", 0.85)


def _later(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    """ "three days later", "a few weeks earlier": TimeML annotates the length ("three days",
    DURATION P3D; "later" is a signal), so the value is the duration and the interval runs
    from the day last named (else publication) to the day meant, which later anaphora count
    from. "a year earlier" / "a year later" compare periods (earnings: "up from $5 million a
    year earlier") and stay the year (or quarter) meant."""
    g = c.groups
    unit = _unit(g["u"] or "")
    n = number_value(g["num"] or "")
    base = ctx.ref or ctx.anchor
    sign = 1 if (g["dir"] or "") == "later" else -1
    if n == 1 and unit == "Y":
        if base is None:
            return Resolved("DATE", None, None, confidence=0.5)
        if sign < 0 and (yq := _year_before_quarter(ctx)) is not None:
            return yq
        return _unit_at(cal.shift(base, sign, unit), unit, 0.7)
    interval: dict[str, str | None] | None = None
    day: date | None = None
    if n is not None and float(n).is_integer() and base is not None and unit not in _CLOCK_UNITS:
        other = cal.shift(base, sign * n, unit)
        lo, hi = sorted((base, other))
        interval = {"from": lo.isoformat(), "to": hi.isoformat()}
        day = other if unit == "D" else None
    return Resolved(
        "DURATION",
        cal.duration_value(n, unit),
        None,
        interval,
        relative=False,
        confidence=0.7,
        day=day,
    )


_CLOCK_UNITS = ("H", "MIN", "S")


def _relunit(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    g = c.groups
    rel = _rel_word(g["rel"])
    unit = _unit(g["u"] or "")
    the = bool(g["the"])
    before = text[max(0, c.start - 12) : c.start]
    if (
        the
        and rel in ("past", "last")
        or (the and rel in ("next", "coming") and _DURATION_PREP.search(before))
    ):
        return _duration(1.0, unit, rel, ctx, 0.8)
    if rel == "that" and the:
        return None
    anaphoric = rel in ("same", "that", "following", "previous") or (the and rel == "next")
    base = (ctx.ref or ctx.anchor) if anaphoric else ctx.anchor
    if anaphoric and unit in ("Y", "M") and ctx.period is not None:
        base = ctx.period  # "later that year", "the following month": of the last one named
    if base is None:
        return Resolved("DATE", None, None, confidence=0.6)
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(
        rel, 0
    )
    if unit == "D" and rel in ("last", "past"):
        return None  # "last day" is not "yesterday"
    if (
        rel == "this"
        and ctx.direction == -1
        and ((unit == "WE" and base.isoweekday() < 6) or (unit == "W" and base.isoweekday() == 1))
    ):
        step = -1  # "this weekend" said in the past tense on a Monday: the one just gone
    if unit == "Q" and rel in ("that", "same") and ctx.quarter is not None:
        return Resolved("DATE", f"{ctx.quarter[0]}-Q{ctx.quarter[1]}", "quarter", confidence=0.7)
    return _unit_at(cal.shift(base, step, unit), unit, 0.75 if anaphoric else 0.9)


def _duration(n: float | None, unit: str, rel: str, ctx: Context, conf: float) -> Resolved:
    interval: dict[str, str | None] | None = None
    if (
        ctx.anchor is not None
        and n is not None
        and float(n).is_integer()
        and unit not in ("H", "MIN", "S")
    ):
        if rel in ("past", "last"):
            interval = {
                "from": cal.shift(ctx.anchor, -n, unit).isoformat(),
                "to": ctx.anchor.isoformat(),
            }
        elif rel in ("next", "coming"):
            interval = {
                "from": ctx.anchor.isoformat(),
                "to": cal.shift(ctx.anchor, n, unit).isoformat(),
            }
    return Resolved(
        "DURATION", cal.duration_value(n, unit), None, interval, relative=False, confidence=conf
    )


def _reln(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    g = c.groups
    word = (g["u"] or "").lower()
    unit = _unit(word)
    n = number_value(g["num"]) if g["num"] else None
    if not g["num"] and not word.endswith("s"):
        return None
    rel = _rel_word(g["rel"])
    if rel == "coming" and not g["num"]:
        # "in coming months": the future, as "the coming months" in the vague lexicon
        return Resolved("DATE", "FUTURE_REF", None, relative=False, confidence=0.6)
    return _duration(n, unit, rel, ctx, 0.85)


def _set(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    g = c.groups
    lex = lexicon()
    if g["word"]:
        return Resolved("SET", lex.sets[g["word"].lower()], None, relative=False, confidence=0.8)
    word = g["u"] or g["pu"] or ""
    if word in lex.months:  # "each July"
        return Resolved("SET", f"XXXX-{lex.months[word]:02d}", "month", relative=False)
    if word.lower() in lex.seasons:
        return Resolved("SET", f"XXXX-{lex.seasons[word.lower()]}", "season", relative=False)
    if word in lex.weekdays:
        return Resolved(
            "SET", f"XXXX-WXX-{lex.weekdays[word]}", "day", relative=False, confidence=0.9
        )
    if word.lower() in lex.parts:
        return Resolved(
            "SET",
            f"XXXX-XX-XXT{lex.parts[word.lower()]}",
            "partofday",
            relative=False,
            confidence=0.85,
        )
    n = number_value(g["num"]) if g["num"] else 1.0
    if g["other"]:
        n = 2.0
    return Resolved(
        "SET", cal.duration_value(n, _unit(word)), None, relative=False, confidence=0.85
    )


def _dur(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    g = c.groups
    unit = _unit(g["u"] or "")
    num = (g["num"] or "").lower()
    after = text[c.end : c.end + 4]
    if unit == "Q" and (num in ("a", "an", "one") or after.startswith((" of", "-"))):
        return None  # "a quarter of students"
    if unit == "WE" and num in ("a", "an", "one"):
        return None
    if unit == "S" and num in ("a", "an") and _ORDINAL_NEXT.match(text, c.end):
        return None  # "a second debate": the ordinal
    if num == "one" and unit == "D" and _SOMEDAY.search(text[max(0, c.start - 12) : c.start]):
        return Resolved(
            "DATE", "FUTURE_REF", None, relative=False, confidence=0.6
        )  # "will one day"
    if g["old"] or re.match(r"\s+old\b", text[c.end :]):
        return None  # an age ("52 years old", "a 6-year-old boy"), not a time in the story
    n = number_value(num)
    if n is None and num not in lexicon().numbers:
        return None
    if n is not None and (g["frac"] or g["half0"] or g["half"]):
        n += 0.5  # "2 1/2 years", "a minute and a half"
    return _duration(n, unit, "", ctx, 0.85)


def _perdur(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    n = number_value(c.groups["num"] or "")
    if n is None:
        return None
    return _duration(n, _unit(c.groups["u"] or ""), "", ctx, 0.8)


def _longdur(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    """ "a year-long probe" (P1Y), "a two-week-long strike" (P2W), "the decades-long battle"
    (an unknown number of decades)."""
    word = (c.groups["u"] or "").lower()
    unit = _unit(word)
    if c.groups["num"]:
        n = number_value(c.groups["num"])
        if n is None:
            return None
    else:
        n = None if word.endswith("s") else 1.0
    return _duration(n, unit, "", ctx, 0.75)


def _pxdur(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    return Resolved(
        "DURATION",
        cal.duration_value(None, _unit(c.groups["u"] or "")),
        None,
        relative=False,
        confidence=0.6,
    )


def _time(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    g = c.groups
    if w := g.get("w"):
        if re.search(r"(?i)\bhigh\s+$", text[max(0, c.start - 6) : c.start]):
            return None  # "high noon comes today": the idiom
        h, m = {"noon": (12, 0), "midday": (12, 0), "midnight": (0, 0)}[w.lower()]
    elif g.get("h"):
        h, m = int(g["h"] or 0), int(g["mi"] or 0)
        pm = (g["ap"] or "").lower().startswith("p")
        h = (h % 12) + (12 if pm else 0)
    elif g.get("h4"):  # "at 4 in the morning", "at 11 at night"
        h, m = int(g["h4"] or 0), int(g["mi4"] or 0)
        pd = (g["pd"] or "").lower()
        late = "morning" not in pd and not (pd.endswith("night") and h < 5)
        h = (h % 12) + (12 if late else 0)  # "at 2 at night" is 02:00
    else:
        h, m = int(g["h2"] or g["h3"] or 0), int(g["mi2"] or g["mi3"] or 0)
    clock = f"T{h:02d}:{m:02d}"
    # a clock time told in the past tense belongs to the past day the story last named ("was
    # shot on Oct. 23 ... at 10 p.m."), else to the publication day
    past_ref = ctx.ref is not None and (ctx.anchor is None or ctx.ref <= ctx.anchor)
    day = ctx.ref if ctx.direction == -1 and past_ref else ctx.anchor
    if day is None:
        return Resolved("TIME", None, "minute", confidence=0.6)
    return Resolved("TIME", day.isoformat() + clock, "minute", confidence=0.8, day=day)


def _vague(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    word = " ".join((c.groups["v"] or "").lower().split())
    if word == "soon" and (
        re.search(r"(?i)\bas\s+$", text[max(0, c.start - 4) : c.start])
        or re.match(r"(?i)\s+(?:as|after|afterwards?|before|thereafter)\b", text[c.end :])
    ):
        return None  # "as soon as they left", "soon after the vote": relative to an event
    v = lexicon().vague[word]
    kind = "DURATION" if re.match(r"P[\dX]", v) else "DATE"  # "the weeks ahead": PXW
    return Resolved(kind, v, None, relative=False, confidence=0.5)


_HANDLERS = {
    "iso": _iso,
    "numeric": _numeric,
    "mdy": _month_day,
    "dmy": _month_day,
    "monyear": _monyear,
    "holiday": _holiday,
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
    "yearended": _yearended,
    "weekend": _weekend,
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
