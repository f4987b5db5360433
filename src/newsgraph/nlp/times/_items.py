"""Resolved expressions as items in text order, and the joins between them: a second day
after a month-day, rates ("a year" after an amount), a bare part of day taking the next day,
"the morning of", "the week of", clock times onto their day, ranges ("from ... to ...") and
"since".

Split out of ``component`` by responsibility (code moved verbatim).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc

from newsgraph.nlp._doc import doc_text
from newsgraph.nlp.times._calendar import week_bounds, week_value
from newsgraph.nlp.times._grammar import Candidate
from newsgraph.nlp.times._resolve import Context, Resolved, clock_of, resolve
from newsgraph.nlp.times._tense import direction

_PART_OF = re.compile(r"(?i)\b(?:the\s+)?(morning|afternoon|evening|night)\s+of\s+$")
_WEEK_OF = re.compile(r"(?i)\bthe\s+week\s+of\s+$")
_SINCE = re.compile(r"(?i)\bsince\s+$")
_RANGE_OPEN = re.compile(r"(?i)\b(from|between)\s+$")
_RANGE_GAP = {
    "from": re.compile(r"(?i)^\s*(?:to|until|till|through|-|–)\s*$"),
    "between": re.compile(r"(?i)^\s*(?:and|-|–)\s*$"),
}
_CLOCK_GAP = re.compile(r"(?i)^\s*,?\s*(?:on|at)?\s*$")
_PERIOD = re.compile(r"(\d{4})(?:-(0[1-9]|1[0-2])\b)?")
_BARE_PART = re.compile(
    r"(?i)(?:mid|early|late)[\s-]?(?:morning|afternoon|evening|night|overnight)"
)


@dataclass(slots=True)
class _Item:
    start: int
    end: int
    rule: str
    res: Resolved


def _resolve_all(doc: Doc, cands: list[Candidate], anchor: date | None) -> list[_Item]:
    items: list[_Item] = []
    ref: date | None = None
    quarter: tuple[int, int] | None = None
    last_quarter: tuple[int, int] | None = None
    period: date | None = None
    days: dict[tuple[int, int], date] = {}
    parsed = doc.has_annotation("DEP")
    for c in cands:
        ctx = Context(
            anchor, direction(doc, c.start, c.end), ref, quarter, period, parsed, last_quarter
        )
        res = resolve(c, doc_text(doc), ctx)
        if res is None:
            continue
        if c.rule in ("mdy", "dmy") and res.day is not None and res.granularity == "day":
            key = (res.day.month, res.day.day)
            if not c.groups.get("y") and key in days and days[key] != res.day:
                # the same month and day again ("the Dec. 5 deadline ... closed beyond Dec.
                # 5"): the day already named, not one a year off
                res.day, res.value = days[key], days[key].isoformat()
            days.setdefault(key, res.day)
        items.append(_Item(c.start, c.end, c.rule, res))
        if res.type == "DATE" and res.value and (m := _PERIOD.match(res.value)):
            period = date(int(m.group(1)), int(m.group(2) or 1), 1)
        if res.day is not None:
            ref = res.day
        if res.quarter is not None and (quarter is None or res.quarter >= quarter):
            # the story's reporting quarter is the latest completed one it names: "After a
            # flat second quarter" in a third-quarter report does not become "the period"
            quarter = res.quarter
        if res.quarter is not None:
            last_quarter = res.quarter
    return items


_SECOND_DAY = re.compile(
    r"\s*(?:and|or|to|through|until|till|-|–)\s*(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
    r"(?![.,:/]?\d|-|%)(?:,?\s+(?P<y>(?:1[5-9]|20)\d\d)\b(?![.,]?\d))?"
)
# what may follow the second day: the end of a clause or a preposition, not a noun it counts
# ("April 24 and 25 people")
_AFTER_DAY = re.compile(
    r"(?i)\s*(?:$|[.,;:)!?\"'”’—–]|(?:in|at|on|of|and|or|when|as|for|with|during|before|"
    r"after|this|next|last|by|to|from|until|respectively)\b)"
)


def _second_days(doc: Doc, items: list[_Item]) -> list[_Item]:
    """A second day of the same month after a month-day ("April 24 and 25", "from Sept. 19 to
    22", "May 3-4, 1999"): a date of its own (TimeML tags "25" as 1999-04-25); a year after it
    is both days' year."""
    text = doc_text(doc)
    out: list[_Item] = []
    added: list[_Item] = []
    for it in items:
        out.append(it)
        first = it.res.day
        if it.rule == "dmy" and it.res.granularity == "day" and first is not None:
            if (lead := _first_day(text, it)) is not None:
                added.append(lead)
                out.insert(len(out) - 1, lead)
            continue
        if it.rule != "mdy" or it.res.granularity != "day" or first is None:
            continue
        m = _SECOND_DAY.match(text, it.end)
        if m is None or not (m.group("y") or _AFTER_DAY.match(text, m.end())):
            continue
        year = int(m.group("y")) if m.group("y") else first.year
        try:
            second = date(year, first.month, int(m.group("d")))
            first = first.replace(year=year)
        except ValueError:
            continue
        if second <= first:
            continue
        if m.group("y"):  # "May 3-4, 1999": the year written after the second day
            it.res.value, it.res.day, it.res.relative = first.isoformat(), first, False
        res = Resolved(
            "DATE",
            second.isoformat(),
            "day",
            relative=it.res.relative,
            confidence=min(it.res.confidence, 0.75),
            day=second,
        )
        added.append(_Item(m.start("d"), m.end(), "mdy+day", res))
        out.append(added[-1])
    if not added:
        return items
    return [
        it
        for it in out
        if it.rule in ("mdy+day", "dmy+day")
        or not any(a.start < it.end and it.start < a.end for a in added)
    ]


# a first day before a day-month ("22-23 March", "19 and 20 May", "from 19 to 22 September")
_FIRST_DAY = re.compile(
    r"(?<![\w.,/$£€-])(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s*"
    r"(?:and|or|to|through|until|till|-|–)\s*$"
)

# what comes before that first day: a preposition, a bracket or a comma ("rose 5-23 March" is
# a figure)
_BEFORE_FIRST_DAY = re.compile(
    r"(?i)(?:\b(?:on|from|between|for|of|over|until|till|by|since|during|the)|[,(])\s*$"
)


def _first_day(text: str, it: _Item) -> _Item | None:
    """The first day of a day range written day-first ("22-23 March"): a date of its own in
    the second day's month and year (TimeML tags both days)."""
    second = it.res.day
    m = _FIRST_DAY.search(text, max(0, it.start - 16), it.start)
    if second is None or m is None or not _BEFORE_FIRST_DAY.search(text, 0, m.start("d")):
        return None
    try:
        first = second.replace(day=int(m.group("d")))
    except ValueError:
        return None
    if first >= second:
        return None
    res = Resolved(
        "DATE",
        first.isoformat(),
        "day",
        relative=it.res.relative,
        confidence=min(it.res.confidence, 0.75),
        day=first,
    )
    return _Item(m.start("d"), m.end("d"), "dmy+day", res)


_PER_UNIT = re.compile(r"(?i)(?:a|an|per)\s+[a-z]+$")
_AMOUNT_WORDS = frozenset(
    "dozens hundreds thousands millions billions tens scores many several few".split()
)


def _rates(doc: Doc, items: list[_Item]) -> None:
    """ "50 million passengers a year", "hundreds of interviews a day": an amount per unit is
    a rate, TIMEX3 SET P1Y (like "$4 a week"), not a stretch of time. The word before must
    be a plural noun with a number or an amount word shortly before it in the sentence."""
    text = doc_text(doc)
    for it in items:
        r = it.res
        if (
            it.rule != "dur"
            or r.type != "DURATION"
            or not _PER_UNIT.fullmatch(text[it.start : it.end])
        ):
            continue
        first = doc.char_span(it.start, it.end, alignment_mode="expand")
        if first is None or first.start == 0:
            continue
        prev = doc[first.start - 1]
        if prev.tag_ not in ("NNS", "NNPS") or prev.lower_ in _AMOUNT_WORDS:
            continue
        lo = max(prev.sent.start, prev.i - 6)
        if any(t.like_num or t.lower_ in _AMOUNT_WORDS or t.tag_ == "$" for t in doc[lo : prev.i]):
            r.type, r.interval = "SET", None


def _part_to_next_day(doc: Doc, items: list[_Item]) -> None:
    """A bare "early morning" takes the day named just after it in the same sentence ("the
    early morning call on Dec. 6")."""
    text = doc_text(doc)
    for it, nxt in zip(items, items[1:], strict=False):
        if it.rule != "modpart" or not _BARE_PART.fullmatch(text[it.start : it.end]):
            continue
        gap = text[it.end : nxt.start]
        if len(gap) < 40 and not re.search(r"[.;!?]", gap) and nxt.res.day is not None:
            it.res.value = f"{nxt.res.day.isoformat()}{clock_of(it.res.value) or ''}"
            it.res.relative = nxt.res.relative


def _join_part_of(doc: Doc, items: list[_Item]) -> None:
    for it in items:
        m = _PART_OF.search(doc_text(doc)[max(0, it.start - 24) : it.start])
        if m and it.res.granularity == "day" and it.res.value and it.res.type == "DATE":
            code = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
            it.start -= len(m.group(0))
            it.res.type, it.res.granularity = "TIME", "partofday"
            it.res.value = f"{it.res.value}T{code[m.group(1).lower()]}"
            it.rule += "+partof"


# "the nine months", "the four days": a counted length after a bare "the" (TimeML's span
# holds the determiner, as in "the past two months")
_BARE_THE = re.compile(r"(?i)(?<![\w-])the\s+$")
_COUNTED = re.compile(r"(?i)(?:\d+|[a-z]+)\s+(?:days|weeks|months|quarters|years|decades|hours)")


_THIS_BEFORE = re.compile(r"(?i)(?<![\w-])this\s+$")


def _join_the(doc: Doc, items: list[_Item]) -> None:
    text = doc_text(doc)
    for it in items:
        if re.match(r"(?i)(?:past|coming)\s", text[it.start : it.end]) and (
            m := _THIS_BEFORE.search(text[max(0, it.start - 6) : it.start])
        ):
            # "this past September", "this past spring", "this coming Tuesday": one expression
            # (TimeML's span "this past spring")
            it.start -= len(m.group(0))
            continue
        if it.rule != "dur" or it.res.type != "DURATION":
            continue
        if not _COUNTED.fullmatch(text[it.start : it.end]):
            continue
        if m := _BARE_THE.search(text[max(0, it.start - 8) : it.start]):
            it.start -= len(m.group(0))


_NTH_WEEK_OF = re.compile(
    r"(?i)\bthe\s+(?P<n>first|second|third|fourth|last|final)\s+week\s+of\s+$"
)
_MONTH_VALUE = re.compile(r"^(\d{4})-(\d\d)$")


def _nth_week(value: str | None, n: str) -> date | None:
    """The Thursday of "the second week of March" (weeks counted as ISO counts them: a week
    belongs to the month that holds its Thursday); ``None`` unless ``value`` is a month."""
    m = _MONTH_VALUE.match(value or "")
    if m is None:
        return None
    first = date(int(m.group(1)), int(m.group(2)), 1)
    thursday = first + timedelta(days=(4 - first.isoweekday()) % 7)
    if n in ("last", "final"):
        while (thursday + timedelta(days=7)).month == first.month:
            thursday += timedelta(days=7)
        return thursday
    return thursday + timedelta(days=7 * ("first second third fourth".split().index(n)))


def _join_week_of(doc: Doc, items: list[_Item]) -> list[_Item]:
    """ "the week of March 6": the ISO week holding that day; "the first week of April", "the
    last week of March": that week of the month (what it swallows, "the last week", goes)."""
    grown: list[_Item] = []
    for it in items:
        nth = _NTH_WEEK_OF.search(doc_text(doc)[max(0, it.start - 26) : it.start])
        if nth and it.res.type == "DATE" and it.res.granularity == "month":
            if (thu := _nth_week(it.res.value, nth.group("n").lower())) is not None:
                mon, sun = week_bounds(thu)
                it.start -= len(nth.group(0))
                it.res.value, it.res.granularity = week_value(thu), "week"
                it.res.interval = {"from": mon.isoformat(), "to": sun.isoformat()}
                it.rule += "+weekof"
                grown.append(it)
            continue
        m = _WEEK_OF.search(doc_text(doc)[max(0, it.start - 16) : it.start])
        day = it.res.day
        if m and day is not None and it.res.type == "DATE" and it.res.granularity == "day":
            mon, sun = week_bounds(day)
            it.start -= len(m.group(0))
            it.res.value, it.res.granularity = week_value(day), "week"
            it.res.interval = {"from": mon.isoformat(), "to": sun.isoformat()}
            it.rule += "+weekof"
    return [
        it
        for it in items
        if not any(g is not it and g.start <= it.start and it.end <= g.end for g in grown)
    ]


_CLOCK_RULES = ("time", "clockpd")


def _join_clock(doc: Doc, items: list[_Item]) -> list[_Item]:
    out: list[_Item] = []
    for it in items:
        prev = out[-1] if out else None
        if prev is not None and _CLOCK_GAP.match(doc_text(doc)[prev.end : it.start]):
            clock, day = (prev, it) if prev.rule in _CLOCK_RULES else (it, prev)
            if (
                clock.rule in _CLOCK_RULES
                and day.rule not in _CLOCK_RULES
                and day.res.granularity == "day"
                and (day.res.type == "DATE")
            ):
                t = clock_of(clock.res.value) or ""
                if re.match(r"(?i)midnight\b", doc_text(doc)[clock.start : clock.end]):
                    t = "T24:00"  # "midnight Friday": the end of that day (TimeBank: T24)
                value = f"{day.res.value}{t}" if day.res.value and t else None
                merged = Resolved(
                    "TIME",
                    value,
                    "minute",
                    None,
                    day.res.relative,
                    min(clock.res.confidence, day.res.confidence),
                    day.res.day,
                )
                out[-1] = _Item(prev.start, it.end, f"{day.rule}+time", merged)
                continue
        out.append(it)
    return out


def _join_ranges(doc: Doc, items: list[_Item], anchor: date | None) -> list[_Item]:
    out: list[_Item] = []
    i = 0
    while i < len(items):
        it = items[i]
        m = _RANGE_OPEN.search(doc_text(doc)[max(0, it.start - 10) : it.start])
        nxt = items[i + 1] if i + 1 < len(items) else None
        if (
            m
            and nxt is not None
            and it.res.type in ("DATE", "TIME")
            and (_RANGE_GAP[m.group(1).lower()].match(doc_text(doc)[it.end : nxt.start]))
        ):
            v1, v2 = it.res.value, nxt.res.value
            clock = clock_of(v1) if it.rule in _CLOCK_RULES else None
            if clock and nxt.res.type == "TIME" and nxt.res.day is not None:
                # "from 4 p.m. to 6 p.m. Monday, Feb. 18": both ends on the day named last
                v1 = f"{nxt.res.day.isoformat()}{clock}"
            if v2 == "PRESENT_REF":
                v2 = anchor.isoformat() if anchor else None
            if nxt.res.type in ("DATE", "TIME") and v2 != "PAST_REF":
                value = f"{v1}/{v2}" if v1 and v2 else None
                res = Resolved(
                    it.res.type,
                    value,
                    it.res.granularity,
                    {"from": v1, "to": v2},
                    it.res.relative or nxt.res.relative,
                    min(it.res.confidence, nxt.res.confidence),
                )
                out.append(_Item(it.start - len(m.group(0)), nxt.end, "range", res))
                i += 2
                continue
        m = _SINCE.search(doc_text(doc)[max(0, it.start - 8) : it.start])
        if m and it.res.type in ("DATE", "TIME") and it.res.value and "REF" not in it.res.value:
            it.start -= len(m.group(0))
            it.res.interval = {"from": it.res.value, "to": None}
            it.rule += "+since"
        out.append(it)
        i += 1
    return out
