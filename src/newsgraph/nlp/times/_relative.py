"""Handlers for days and units relative to the anchor: weekdays, "today", parts of a
day, "this week", week-ends, the end of a unit, "three days ago", "a week later",
"next month", "the past two years".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsgraph.nlp.times import _calendar as cal
from newsgraph.nlp.times._durations import _duration
from newsgraph.nlp.times._grammar import Candidate
from newsgraph.nlp.times._lexicon import lexicon, number_value
from newsgraph.nlp.times._periods import _SPORTS, _year_before_quarter
from newsgraph.nlp.times._values import (
    Context,
    Resolved,
    _current,
    _day_result,
    _rel_word,
    _unit,
    _unit_at,
    _with_part,
)

_AHEAD_OF_DAY = re.compile(
    r"(?i)(?:\bas\s+(?:soon|early)\s+as|\b(?:postponed?|postponing|delay(?:ed|ing|s)?|"
    r"extend(?:ed|ing|s)?|adjourn(?:ed|ing|s)?|deadline|given|gave)\b[^.;!?]{0,40}?\buntil)"
    r"\s+(?:[\d:.]+\s*(?:a\.?m\.?|p\.?m\.?)\s+(?:[A-Z]{2,4}\s+)?)?$"
)


# a deadline or the end of a stretch ("stay open through Friday", "send it by Friday"): in a
# clause with no tense of its own the coming day, as "through January" is the coming month
_UNTIL_DAY = re.compile(r"(?i)\b(?:by|until|till|through|thru)\s+(?:early\s+|late\s+)?$")


_AHEAD_OF = re.compile(r"(?i)\b(?:ahead\s+of|in\s+advance\s+of|until|till)\s+$")


_PART_PREP = re.compile(
    r"(?i)\b(?:by|in|at|until|till|since|from|during|the|through|before|after|around|about)\s+$"
)


_DURATION_PREP = re.compile(r"(?i)\b(?:in|over|within|during|for|throughout)\s+$")


_ONE_OFF_EVENT = re.compile(
    r"(?i)\s+(?:(?:morning|afternoon|evening|night)\s+)?(?:interviews?|speech|statement|"
    r"meeting|(?:phone\s+)?call|(?:news|press)\s+conference|vote|debate|rally|election|primary|"
    r"hearing|briefing|announcement|address|letter|e-?mail|post|tweet|attack|raid|shooting|"
    r"crash|ruling|decision|session|report|breakfast|lunch(?:eon)?|dinner|fundraiser|event|"
    r"appearance|summit|ceremony|deadline)\b"
)


def _weekday(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    g = c.groups
    wd = lexicon().weekdays[g["wd"] or ""]
    # "a Monday" / "an ... Monday" is any Monday; the article must be a word of its own
    # ("began Tuesday", "plan Friday" end in "an " too)
    before = text[max(0, c.start - 12) : c.start]
    # "a Friday interview", "a Tuesday night meeting": one Friday, told as an event's
    # modifier ("a Sunday talk show" recurs)
    modifier = _ONE_OFF_EVENT.match(text, c.end)
    if (
        g["pl"]
        or g["ppl"]
        or (re.search(r"(?i)(?<!\w)an?\s+$", before) and not g["rel"] and not modifier)
    ):
        # "Mondays", "on Monday nights": every Monday (night)
        code = f"T{lexicon().parts[g['part'].lower()]}" if g["part"] else ""
        return Resolved("SET", f"XXXX-WXX-{wd}{code}", "day", relative=False, confidence=0.75)
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
    ahead = _AHEAD_OF_DAY.search(text[max(0, c.start - 80) : c.start])
    if ahead and (ctx.direction != -1 or not ahead.group(0).lower().startswith("as")):
        # "as soon as Tuesday", "postponed until Tuesday morning"; a past "reported as early
        # as Wednesday night" is that past night
        direction = 1
    elif (
        ctx.direction == 0
        and not rel_arg
        and _UNTIL_DAY.search(text[max(0, c.start - 14) : c.start])
    ):
        direction = 1
    d = cal.weekday_date(wd, ctx.anchor, direction, rel_arg)
    return _with_part(d, g["part"], 0.85 if rel_arg else 0.8)


_OF_BEFORE = re.compile(r"(?i)\b([a-z]+)\s+of\s+$")
# "the end of tomorrow", "the morning of tomorrow": still the day after publication
_PART_OF_DAY_NOUNS = frozenset(
    "end start beginning middle rest morning afternoon evening night close session".split()
)


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
    if w == "tomorrow" and (m := _OF_BEFORE.search(text[max(0, c.start - 30) : c.start])):
        if m.group(1).lower() not in _PART_OF_DAY_NOUNS:
            return None  # "the people of tomorrow", "the cars of tomorrow": the future at large
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
    if rel == "that" and part == "overnight":
        return None  # "you can't do that overnight": the pronoun and "in a short time"
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


def _ordday(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    """ "resumed on 14 March and ended on the 18th": that day of the month of the day last
    named (else of the publication month)."""
    base = ctx.ref or ctx.anchor
    if base is None:
        return Resolved("DATE", None, "day", confidence=0.5)
    try:
        day = base.replace(day=int(c.groups["d"] or 0))
    except ValueError:
        return None
    return _day_result(day, relative=True, conf=0.6)


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


def _ago(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    g = c.groups
    unit = _unit(g["u"] or "")
    n = number_value(g["num"]) if g["num"] else None
    if n is None and text[c.start - 1 : c.start] == "-":
        return None  # "a quarter-century ago": a compound the grammar does not count
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
        and unit == "Y"
        and ctx.anchor is not None
        and not re.match(r"\s+of\b", text[c.end :])
    ):
        # "over the past year", "the last year": TimeML's previous calendar year (TimeBank
        # tune 1 of 1; issue 12, eleventh pass, the lead's decision), not the twelve months
        # to publication; "the last year of his term" is not counted back from publication
        return _unit_at(cal.shift(ctx.anchor, -1, "Y"), "Y", 0.8)
    if (
        the
        and rel in ("past", "last")
        or (the and rel in ("next", "coming") and _DURATION_PREP.search(before))
    ):
        return _duration(1.0, unit, rel, ctx, 0.8)
    if rel == "that" and the:
        return None
    anaphoric = rel in ("same", "that", "following", "previous") or (the and rel == "next")
    if rel in ("that", "same") and unit == "D" and ctx.ref is None:
        # "strong redemptions that day", "trades made that day" with no day named before: a
        # generic or unknown day, never the publication day itself
        return None
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
    if unit == "WE" and rel == "coming" and base.isoweekday() < 6:
        step = 0  # "the coming weekend" said on a weekday: this week's, the next to begin
    if unit == "Q" and rel in ("that", "same") and ctx.last_quarter is not None:
        y, q = ctx.last_quarter  # "that quarter": the one named last
        return Resolved("DATE", f"{y}-Q{q}", "quarter", confidence=0.7)
    return _unit_at(cal.shift(base, step, unit), unit, 0.75 if anaphoric else 0.9)


def _halfyear(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    """ "the second half of the year" (the story's year), "the first half of next year": the
    half of a year, TIMEX3 ``2013-H2``."""
    if c.groups["hh"] and _SPORTS.search(text[max(0, c.start - 120) : c.end + 120]):
        return None  # "a second-half goal": a half of a game
    if ctx.anchor is None:
        return Resolved("DATE", None, None, confidence=0.6)
    if c.groups["hh"]:
        # "first-half profit": the latest such half that has begun (a past tense moves one
        # not begun yet a year back, like a bare ordinal quarter)
        h = 1 if c.groups["hh"].lower() == "first" else 2
        y = ctx.anchor.year - (h == 2 and ctx.anchor.month <= 6 and ctx.direction != 1)
        return Resolved("DATE", f"{y:04d}-H{h}", "half", confidence=0.75)
    step = {"next": 1, "last": -1}.get(_rel_word(c.groups["rel"]), 0)
    half = "H1" if (c.groups["h"] or "").lower() == "first" else "H2"
    return Resolved("DATE", f"{ctx.anchor.year + step:04d}-{half}", "half", confidence=0.8)


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
