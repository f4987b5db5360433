"""Handlers for lengths (DURATION), recurrences (SET), clock times (TIME) and vague
words from the lexicon ("soon", "the weeks ahead").
"""

from __future__ import annotations

import re
from datetime import timedelta

from newsgraph.nlp.times import _calendar as cal
from newsgraph.nlp.times._grammar import Candidate
from newsgraph.nlp.times._lexicon import lexicon, number_value
from newsgraph.nlp.times._values import Context, Resolved, _unit

_ORDINAL_NEXT = re.compile(
    r"\s+(?!(?:later|earlier|before|after|ago|or|and|of|in|to|for|too|longer|more)\b)[A-Za-z]"
)


_SOMEDAY = re.compile(
    r"(?i)\b(?:will|would|could|might|may|can|shall|should|he|she|they|we|you|I|to)\s+$"
)


def _rate(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    """A rate ("£4.50 a week", "twice a year"): a SET recurring once per unit."""
    unit = _unit(c.groups["pu"] or "")
    return Resolved("SET", cal.duration_value(1.0, unit), None, relative=False, confidence=0.8)


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


# no fraction is "several quarters of" anything: "after several quarters of losses" is a length
_VAGUE_COUNTS = frozenset({"several", "few", "a few", "many", "some"})
# "several quarters of the city": parts of a whole (or districts), not a length
_OF_A_WHOLE = re.compile(r"(?i)\s+of\s+(?:the|a|an|its|his|her|their|this|that|these|those)\b")


def _dur(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    g = c.groups
    unit = _unit(g["u"] or "")
    num = (g["num"] or "").lower()
    after = text[c.end : c.end + 4]
    if unit == "Q" and (
        num in ("a", "an", "one")
        or (
            after.startswith(" of") and (num not in _VAGUE_COUNTS or _OF_A_WHOLE.match(text, c.end))
        )
        or after.startswith("-")
        or ("-" in (g["sep"] or "") and (g["u"] or "").lower().endswith("s"))
    ):
        return None  # "a quarter of students", "three-quarters from donors": fractions
    if num in ("a", "an") and re.match(r"\s+(?:when|in\s+which)\b", text[c.end :]):
        # a day or year the clause picks out, no length: "in 1988, a year when Bush won" names
        # the year again (no record), "On a day when most candidates rested" one not named
        # (a DATE of unknown value)
        before = text[max(0, c.start - 8) : c.start]
        if re.search(r"\d,\s+$", before):
            return None
        if re.search(r"(?i)\b(?:on|in|at|during)\s+$", before):
            return Resolved("DATE", None, None, confidence=0.5)
    if unit == "WE" and num in ("a", "an", "one"):
        return None
    if unit == "S" and num in ("a", "an") and _ORDINAL_NEXT.match(text, c.end):
        return None  # "a second debate": the ordinal
    if num == "one" and unit == "D" and _SOMEDAY.search(text[max(0, c.start - 12) : c.start]):
        return Resolved(
            "DATE", "FUTURE_REF", None, relative=False, confidence=0.6
        )  # "will one day"
    if g["old"] or re.match(r"\s+(?:old|of\s+age)\b", text[c.end :]):
        return None  # an age ("52 years old", "a 6-year-old boy", "8 years of age")
    n = number_value(num)
    if n is None and num not in lexicon().numbers:
        return None
    if n is not None and (g["frac"] or g["half0"] or g["half"] or g["half1"]):
        n += 0.5  # "2 1/2 years", "a minute and a half", "two and a half years"
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
    elif g.get("h4"):  # "at 4 in the morning", "at 11 at night", "at 10:15 tonight"
        h, m = int(g["h4"] or 0), int(g["mi4"] or 0)
        pd = " ".join((g["pd"] or "").lower().split())
        late = "morning" not in pd and not (pd.endswith("night") and h < 5)
        h = (h % 12) + (12 if late else 0)  # "at 2 at night" is 02:00
        if ctx.anchor is not None and (pd.startswith(("this", "last")) or pd == "tonight"):
            # "at 6:45 this morning", "at 10:15 tonight", "at 11:30 last night": the
            # publication day's (or the night before's) part of day
            night = ctx.anchor - timedelta(days=1 if pd.startswith("last") else 0)
            value = f"{night.isoformat()}T{h:02d}:{m:02d}"
            return Resolved("TIME", value, "minute", confidence=0.8, day=night)
    else:  # "15:30 GMT", "at 09:00", "1442 GMT" (wire-service clock time)
        h = int(g["h2"] or g["h3"] or g.get("h5") or 0)
        m = int(g["mi2"] or g["mi3"] or g.get("mi5") or 0)
        if (g.get("h3") or "0")[0] != "0" and 1 <= h <= 11 and _late_in_sentence(text, c):
            h += 12  # "at 5:30" on "Monday evening", "tonight at 10:15": a 12-hour clock
    clock = f"T{h:02d}:{m:02d}"
    # a clock time told in the past tense belongs to the past day the story last named ("was
    # shot on Oct. 23 ... at 10 p.m."), one told in the future or the present (a schedule) to
    # the coming day it last named ("On Sunday, April 5 ... The museum will be open at 10
    # a.m.", "the vigil on Monday evening starts at 5:30"), else to the publication day
    past_ref = ctx.ref is not None and (ctx.anchor is None or ctx.ref <= ctx.anchor)
    future_ref = ctx.ref is not None and ctx.anchor is not None and ctx.ref > ctx.anchor
    day = ctx.anchor
    if (ctx.direction == -1 and past_ref) or (ctx.direction in (1, 2) and future_ref):
        day = ctx.ref
    if day is None:
        return Resolved("TIME", None, "minute", confidence=0.6)
    return Resolved("TIME", day.isoformat() + clock, "minute", confidence=0.8, day=day)


_LATE_PART = re.compile(r"(?i)\b(?:tonight|evening|afternoon|night)\b")
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z\"“])")


def _late_in_sentence(text: str, c: Candidate) -> bool:
    """A later part of the day named in the clock time's own sentence ("Monday evening ... at
    5:30", "at 10:15 tonight")."""
    before = _SENTENCE_BREAK.split(text[max(0, c.start - 100) : c.start])[-1]
    after = _SENTENCE_BREAK.split(text[c.end : c.end + 60])[0]
    return _LATE_PART.search(before) is not None or _LATE_PART.search(after) is not None


# a plan, hope or modal in the clause before "soon": what it names still lies ahead
_LOOKS_AHEAD = re.compile(
    r"(?i)\b(?:to|would|could|might|should|may|must|expect\w*|hope\w*|plan\w*|promis\w*|"
    r"predict\w*|likely|vow\w*|pledg\w*|intend\w*|want\w*|wish\w*)\b"
)


def _clause_before(text: str, c: Candidate) -> str:
    """The words of the candidate's clause before it (back to a sentence end, colon or
    semicolon, at most 80 characters)."""
    before = text[max(0, c.start - 80) : c.start]
    before = re.split(r"[.!?;:][\"'”’)]*\s+", before)[-1]
    return re.split(r",\s+(?:and|but|while|as)\s+", before)[-1]  # "..., and the tag was soon"


def _vague(c: Candidate, text: str, ctx: Context) -> Resolved | None:
    word = " ".join((c.groups["v"] or "").lower().split())
    if word == "soon" and (
        re.search(r"(?i)\bas\s+$", text[max(0, c.start - 4) : c.start])
        or re.match(r"(?i)\s+(?:as|after|afterwards?|before|thereafter)\b", text[c.end :])
    ):
        return None  # "as soon as they left", "soon after the vote": relative to an event
    if (
        word == "soon"
        and ctx.parsed
        and ctx.direction == -1
        and not _LOOKS_AHEAD.search(_clause_before(text, c))
    ):
        # "He was soon released", "a trickle that soon became a flood": soon after a past
        # event the story tells, not a time ahead of the publication (untagged in TimeML);
        # "hoped to meet him soon", "an agreement was expected soon" still look ahead
        return None
    if word == "the future" and re.match(r"(?i)\s+of\b", text[c.end :]):
        return None  # "the future of our peoples": the fate of a thing, not a time
    if word in ("the past", "the future") and re.match(
        r"(?i)\s+(?:\d+|few|several|many|couple|two|three|four|five|six|seven|eight|nine|ten|"
        r"half|dozen|half-dozen|tense)\b",
        text[c.end :],
    ):
        # "the past three periods of rising rates", "13 of the past 19 contests": an
        # adjective, not the past; "the past tense" is grammar
        return None
    if text[c.start - 1 : c.start] == "-" or text[c.end : c.end + 1] == "-":
        return None  # "a Johnny-come-lately", "a quarter-century ago": part of a compound
    v = lexicon().vague[word]
    kind = "DURATION" if re.match(r"P[\dX]", v) else "DATE"  # "the weeks ahead": PXW
    return Resolved(kind, v, None, relative=False, confidence=0.5)
