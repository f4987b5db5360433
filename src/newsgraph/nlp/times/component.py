"""Temporal tagging and normalisation: the ``newsgraph_times`` spaCy component.

Finds temporal expressions with a regular grammar (``times_grammar``), takes the model's
DATE/TIME entities as extra candidates, joins pieces into intervals ("since March 2011",
"from 2010 to 2015") and clock times onto their day ("3 p.m. Wednesday"), and resolves each
against the publication date ``doc._.ng_published`` into a TIMEX3-style value
(``times_resolve``). Bare weekdays and months follow the governing verb's tense
(``times_tense``). Relative expressions without an anchor get value None, anchor "unknown".
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.model import TimeRef, record_id
from newsgraph.nlp._doc import doc_ents, doc_text, register_extensions, sentence_index, span
from newsgraph.nlp.times._calendar import week_bounds, week_value
from newsgraph.nlp.times._grammar import Candidate, candidates, select
from newsgraph.nlp.times._lexicon import lexicon
from newsgraph.nlp.times._resolve import Context, Resolved, clock_of, resolve
from newsgraph.nlp.times._tense import direction

register_extensions()  # the Doc._.ng_* extensions records live on

log = logging.getLogger(__name__)

_NON_TIME_LABELS = {"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "FAC", "ORG", "PRODUCT", "LAW"}
_STREET = re.compile(
    r"\s+[A-Z][a-z]+\.?\s+(?:St|Street|Ave|Avenue|Road|Rd|Blvd|Boulevard|Drive|Dr|Lane|Ln|Way|"
    r"Court|Ct|Place|Pl|Highway|Hwy)\b"
)
# a number after one of these words names a thing, not a year ("Route 2010", "Flight 1549",
# "Resolution 2254", "Room 1812", bills "HB 1523", "SB 1070", "H.R. 1776")
_NUMBERED = re.compile(
    r"(?i)\b(?:route|highway|interstate|flight|room|suite|apartment|apt\.?|gate|platform|"
    r"exit|pier|bus|model|version|chapter|article|section|resolution|bill|lot|no\.?|"
    r"number|proposition|prop\.|amendment|form|"
    r"(?:h|s|a)\.?\s?b\.?|h\.\s?r\.|hr|#)\s*$"
)
_YEAR_PREP = re.compile(
    r"(?i)\b(?:in|since|by|of|from|until|to|through|before|after|during|"
    r"and|the|early|late|mid|circa|c\.)\s+$"
)
_PART_OF = re.compile(r"(?i)\b(?:the\s+)?(morning|afternoon|evening|night)\s+of\s+$")
_WEEK_OF = re.compile(r"(?i)\bthe\s+week\s+of\s+$")
_SINCE = re.compile(r"(?i)\bsince\s+$")
_RANGE_OPEN = re.compile(r"(?i)\b(from|between)\s+$")
_RANGE_GAP = {
    "from": re.compile(r"(?i)^\s*(?:to|until|till|through|-|–)\s*$"),
    "between": re.compile(r"(?i)^\s*(?:and|-|–)\s*$"),
}
_CLOCK_GAP = re.compile(r"(?i)^\s*,?\s*(?:on|at)?\s*$")
_NER_TIME_WORD = re.compile(
    r"\b(?:\d{1,4}|Christmas|Easter|Ramadan|Eid|Hanukkah|Passover|Diwali|Nowruz|Yom\s+Kippur)\b"
)
_TITLE_CASE_RULES = ("vague", "deictic", "theunit", "inday", "modpart", "relunit", "dur")
_PERIOD = re.compile(r"(\d{4})(?:-(0[1-9]|1[0-2])\b)?")
_WHOLE_DATE = re.compile(r"^\d{4}(?:-\d\d(?:-\d\d)?)?$")
_NUMBER_PAIR = re.compile(  # "between 11 and 15", "aged 18 to 24": ages/counts, not dates
    r"(?i)(?:(?:between|from)\s+)?(?:aged?\s+|(?:the\s+)?ages?\s+(?:of\s+)?)?\d{1,3}\s*"
    r"(?:and|to|or|-|–)\s*\d{1,3}"
)
_PER_PERIOD_FIGURE = re.compile(
    r"(?i)[\s-]+(?:(?:cash|net|pretax|average|operating|interest)\s+)?(?:dividends?|payouts?|"
    r"sales|revenues?|volume|turnover|rates?|results|earnings|profits?|loss(?:es)?|income|"
    r"output|yields?|returns?|growth|inflation|budgets?|salar(?:y|ies)|fees?|costs?|"
    r"spending|production|shipments|payments?|premiums?|rent|share\s+turnover)\b"
)
_BARE_PART = re.compile(
    r"(?i)(?:mid|early|late)[\s-]?(?:morning|afternoon|evening|night|overnight)"
)
_AGE = re.compile(
    r"(?i)\b(?:\d+|[a-z]+-[a-z]+)[\s-]+(?:years?|months?)[\s-]+(?:olds?|of\s+age)\b|\bage[ds]?\s+\d|"
    r"^\D*\d{1,3}\s+(?:or|and)\s+(?:above|over|older|younger|under|below|more|less)\b"
)
# a number with only degree words around it ("under 30", "Barely 30", "30 and a half"):
# an age or a count, no time (the grammar tags numbers that name a time unit)
_BARE_COUNT = re.compile(
    r"(?i)(?:(?:under|over|barely|nearly|about|almost|around|just|only|some|aged?|at\s+least|"
    r"more\s+than|less\s+than|older\s+than|younger\s+than)\s+)*\d{1,3}(?:\s+and\s+a\s+half)?"
)
_SENT_END = (".", "!", "?", '"', "“", ":", "—", "(", "\n")
_IMPERATIVE = re.compile(r"(?i),?\s+(?:let['’]?s?\b|let\s+us\b|imagine\b|consider\b|remember\b)")


@dataclass(slots=True)
class _Item:
    start: int
    end: int
    rule: str
    res: Resolved


def _anchor(doc: Doc) -> tuple[date | None, str]:
    pub = doc._.ng_published
    kind = "inferred" if (doc._.ng_cache or {}).get("published_inferred") else "published"
    if not pub:
        return None, kind
    try:
        return date.fromisoformat(str(pub)[:10]), kind
    except ValueError:
        log.warning("ignoring unreadable publication date %r", pub)
        return None, kind


_DATELINE = re.compile(
    r"\s*[A-Z][A-Za-z.'’ -]{1,40}?,\s+(?:[A-Z][A-Za-z.'’ -]{1,30}?,\s+)?(?P<mon>[A-Z][a-z]{2,8})"
    r"\.?\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:,?\s+(?P<y>(?:19|20)\d\d))?\s*(?:\(|--|—|–|_|-\s)"
)


def _dateline_day(text: str, anchor: date) -> date | None:
    """The date of a dateline opening the text ("WASHINGTON, March 12 (Xinhua) --") when it
    lies one to three days before the publication date: the story was filed that day (wire
    stories are dated by their archive a day later), so "today" and "Friday" count from it."""
    m = _DATELINE.match(text[:120])
    if m is None or m.group("mon") not in lexicon().months:
        return None
    year = int(m.group("y")) if m.group("y") else anchor.year
    for y in (year, year - 1) if not m.group("y") else (year,):
        try:
            day = date(y, lexicon().months[m.group("mon")], int(m.group("d")))
        except ValueError:
            return None
        if 1 <= (anchor - day).days <= 3:
            return day
    return None


def _ent_label(doc: Doc, start: int, end: int) -> str | None:
    for ent in doc_ents(doc):
        if ent.start_char < end and start < ent.end_char:
            return str(ent.label_)
    return None


# "Monday Night Football", "Saturday Night Live", "the Sunday Times": names, not days
_WEEKDAY_NAME = re.compile(
    r"\s+(?:(?:Night|Morning|Evening|Afternoon)\s+[A-Z]|(?:Times|Telegraph|Mirror|Express|"
    r"Herald|Post|Mail|Star|Independent|Tribune|Sport|Business)\b)"
)


_RESTATED_CLOCK = re.compile(r"(?i)[ap]\.?m\.?(?:\s+[A-Z]{2,4}|\s+local\s+time)?\s*\(\s*$")


def _plausible(doc: Doc, c: Candidate) -> bool:
    """Context checks the regexes cannot make (numbers that are not years, addresses)."""
    text = doc_text(doc)
    if c.rule == "weekday" and not c.groups.get("part") and _WEEKDAY_NAME.match(text, c.end):
        return False
    if c.rule == "time" and c.groups.get("h5") and _RESTATED_CLOCK.search(text[: c.start]):
        return False  # "at 10:35 a.m. (0735 GMT)": the same moment restated in GMT
    if (c.rule in _TITLE_CASE_RULES or (c.rule == "time" and c.groups.get("w"))) and _in_title(
        text, c.start, c.end
    ):
        return False  # a name or title: ABC's "This Week", "60 Minutes", "High Noon"
    if c.rule == "set" and c.groups.get("word") and text[c.start].isupper():
        if _in_title(text, c.start, c.end) or re.match(r"\s+[A-Z]", text[c.end :]):
            return False  # part of a name ("The Daily Beast", "Daily Mail")
        prev = text[max(0, c.start - 25) : c.start].rstrip()
        if prev and not prev.endswith(_SENT_END):
            return False  # a name mid-sentence ("and Daily acknowledged")
    if c.rule == "set" and c.groups.get("word") and _PER_PERIOD_FIGURE.match(text, c.end):
        return False  # "quarterly dividend", "annual sales": a figure per period, not a time
    if c.rule == "vague" and _discourse_now(doc, c):
        return False
    if c.rule not in ("year", "yrange"):
        return True
    before = text[max(0, c.start - 5) : c.start]
    if _STREET.match(text, c.end) or _NUMBERED.search(text[max(0, c.start - 14) : c.start]):
        return False
    if c.groups.get("mod") or re.search(r"(?i)\b(?:post|pre)-$", before):
        return True  # "mid-1990", "post-1959 politics": the year in a compound
    label = _ent_label(doc, c.start, c.end)
    if label in _NON_TIME_LABELS:
        return False
    if label == "DATE" or _YEAR_PREP.search(text[max(0, c.start - 12) : c.start]):
        return True
    nxt = doc.char_span(c.end, len(text), alignment_mode="expand")
    return not (nxt is not None and len(nxt) and nxt[0].tag_ == "NNS")


_BEFORE_VERB = re.compile(
    r"(?i)\b(?:will|would|to|could|may|might|should|can|must|shall|'ll|n['’]t|not|did|does|do|"
    r"expected\s+to)\s+$"
)


def _verb_last(text: str, c: Candidate) -> bool:
    """ "will last 24 hours", "expected to last several weeks": "last" is the verb, so the
    candidate reading it as "the last ..." is dropped before the longest match is chosen (the
    duration inside it stays)."""
    rel = c.groups.get("rel")
    if c.rule != "reln" or not rel or rel.lower() != "last" or c.groups.get("the"):
        return False  # "to last year's level", "compared to last week": the relative word
    return _BEFORE_VERB.search(text[max(0, c.start - 20) : c.start]) is not None


def _discourse_now(doc: Doc, c: Candidate) -> bool:
    """Sentence-initial "Now" before an imperative or a comma ("Now, let's see", "Now tell
    us", "Now, he says, ..."): a discourse marker, not the present."""
    text = doc_text(doc)
    if text[c.start : c.end].lower() != "now":
        return False
    prev = text[max(0, c.start - 200) : c.start].rstrip()
    if not prev and c.start > 200:
        prev = text[: c.start].rstrip()
    if prev and not prev.endswith(_SENT_END):
        return False
    if _IMPERATIVE.match(text, c.end) or text.startswith(",", c.end):
        return True  # "Now, let's see"; "Now, he says, ...": a turn in the telling
    nxt = doc.char_span(c.end, len(text), alignment_mode="expand")
    first = next((t for t in (nxt or []) if not t.is_space and t.text != ","), None)
    return first is not None and first.tag_ == "VB" and first.text[:1].islower()


@lru_cache(maxsize=1)
def _calendar_names() -> frozenset[str]:
    lex = lexicon()
    return frozenset(lex.weekdays) | frozenset(lex.months)


def _in_title(text: str, start: int, end: int) -> bool:
    """Part of a name or title: "Shaping the Future", "Lopez Tonight" (a weekday or month
    name, capitalised anyway, says nothing: "early morning Friday")."""
    names = _calendar_names()
    if any(w[:1].isupper() and w.rstrip(".,") not in names for w in text[start:end].split()[1:]):
        return True
    if start == 0 or not text[start].isupper():
        return False
    prev = text[max(0, start - 25) : start].rstrip()
    if not prev or prev.endswith((".", "!", "?", '"', "“", ":", "—", "(")):
        return False
    return re.search(r"\b[A-Z][\w'’]*$", prev) is not None  # "People's Daily"


def _resolve_all(doc: Doc, cands: list[Candidate], anchor: date | None) -> list[_Item]:
    items: list[_Item] = []
    ref: date | None = None
    quarter: tuple[int, int] | None = None
    period: date | None = None
    days: dict[tuple[int, int], date] = {}
    for c in cands:
        ctx = Context(anchor, direction(doc, c.start, c.end), ref, quarter, period)
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
        if res.quarter is not None:
            quarter = res.quarter
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
        if it.rule == "mdy+day" or not any(a.start < it.end and it.start < a.end for a in added)
    ]


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


def _join_week_of(doc: Doc, items: list[_Item]) -> None:
    """ "the week of March 6": the ISO week holding that day."""
    for it in items:
        m = _WEEK_OF.search(doc_text(doc)[max(0, it.start - 16) : it.start])
        day = it.res.day
        if m and day is not None and it.res.type == "DATE" and it.res.granularity == "day":
            mon, sun = week_bounds(day)
            it.start -= len(m.group(0))
            it.res.value, it.res.granularity = week_value(day), "week"
            it.res.interval = {"from": mon.isoformat(), "to": sun.isoformat()}
            it.rule += "+weekof"


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


def _ner_items(doc: Doc, items: list[_Item]) -> list[_Item]:
    """DATE/TIME entities the grammar missed (kept with value None, low confidence)."""
    extra: list[_Item] = []
    for ent in doc_ents(doc):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        s, e = ent.start_char, ent.end_char
        if any(it.start < e and s < it.end for it in items):
            continue
        if re.fullmatch(r"(?i)(?:(?:the\s+)?ages?\s+(?:of\s+)?)?\d{1,3}", ent.text) or (
            _WHOLE_DATE.match(ent.text)
        ):
            continue  # ages ("Henry, 19,") and plain years the grammar already judged
        if re.fullmatch(r"[\d\s,.()+–-]+", ent.text):
            continue  # "2470+", "020 8583 5555": a count or a phone number, not a date
        if (
            _NUMBER_PAIR.fullmatch(ent.text)
            or _AGE.search(ent.text)
            or _BARE_COUNT.fullmatch(ent.text)
        ):
            continue  # "between 11 and 15", "52 years old", "26 or above": ages and counts
        if not _NER_TIME_WORD.search(ent.text):
            continue
        digit = re.search(r"\d", ent.text)
        if digit and _NUMBERED.search(
            doc_text(doc)[max(0, s + digit.start() - 14) : s + digit.start()]
        ):
            continue  # "Flight 1549": a numbered thing
        kind = "TIME" if ent.label_ == "TIME" else "DATE"
        extra.append(_Item(s, e, "ner", Resolved(kind, None, None, confidence=0.4)))
    return extra


def tag(doc: Doc, *, use_ner: bool = True, vague: bool = True) -> list[TimeRef]:
    """The temporal expressions of ``doc`` as TimeRef records (in text order)."""
    anchor, anchor_kind = _anchor(doc)
    if anchor is not None and (filed := _dateline_day(doc_text(doc), anchor)) is not None:
        anchor, anchor_kind = filed, "inferred"  # the dateline's day, read from the text
    text = doc_text(doc)
    cands = [
        c
        for c in select([c for c in candidates(text) if not _verb_last(text, c)])
        if _plausible(doc, c)
    ]
    if not vague:
        cands = [c for c in cands if c.rule != "vague"]
    items = _second_days(doc, _resolve_all(doc, cands, anchor))
    if doc.has_annotation("TAG"):
        _rates(doc, items)
    _part_to_next_day(doc, items)
    _join_part_of(doc, items)
    _join_week_of(doc, items)
    items = _join_ranges(doc, _join_clock(doc, items), anchor)
    if use_ner:
        items = sorted(items + _ner_items(doc, items), key=lambda it: it.start)
    has_sents = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
    out: list[TimeRef] = []
    for it in items:
        r = it.res
        if not r.relative:
            anchor_name = "absolute"
        elif anchor is not None and r.value is not None:
            anchor_name = anchor_kind
        else:
            anchor_name = "unknown"
            if r.value is not None and not r.value.startswith("XXXX"):
                r.value = None
        if r.value in ("PAST_REF", "PRESENT_REF", "FUTURE_REF"):
            anchor_name = anchor_kind if anchor is not None else "unknown"
        out.append(
            TimeRef(
                id=record_id(doc._.ng_id, "time", it.start, it.end),
                span=span(doc, it.start, it.end),
                type=r.type,
                value=r.value,
                granularity=r.granularity,
                interval=r.interval,
                anchor=anchor_name,
                sentence=sentence_index(doc, it.start) if has_sents else 0,
                rule=it.rule,
                confidence=round(r.confidence, 2),
            )
        )
    return out


class TimeTagger:
    """spaCy component: assigns ``doc._.ng_times`` (list[TimeRef])."""

    def __init__(self, *, use_ner: bool = True, vague: bool = True) -> None:
        self.use_ner = use_ner
        self.vague = vague

    def __call__(self, doc: Doc) -> Doc:
        doc._.ng_times = tag(doc, use_ner=self.use_ner, vague=self.vague)
        return doc


@Language.factory(
    "newsgraph_times",
    requires=["token.dep", "token.tag", "doc.ents"],  # morph: from the attribute_ruler
    assigns=["doc._.ng_times"],
    default_config={"use_ner": True, "vague": True},
)
def make_time_tagger(nlp: Language, name: str, *, use_ner: bool, vague: bool) -> TimeTagger:
    """Factory for ``newsgraph_times``: use_ner adds the model's DATE/TIME entities the grammar
    missed; vague keeps PAST_REF/PRESENT_REF expressions ("recently", "now")."""
    return TimeTagger(use_ner=use_ner, vague=vague)


_FULL_DATE_RULES = ("iso", "mdy", "dmy", "numeric")


def infer_published(text: str, *, paragraphs: int = 3) -> str | None:
    """A publication date read from the text: a dateline's date, else the latest full date
    (day, month and year) in the first paragraphs; None when there is none."""
    paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()][:paragraphs]
    head = "\n\n".join(paras)
    found: list[tuple[int, date]] = []
    ctx = Context(None)
    for c in select(candidates(head)):
        if c.rule not in _FULL_DATE_RULES or (c.rule in ("mdy", "dmy") and not c.groups.get("y")):
            continue
        res = resolve(c, head, ctx)
        if res is not None and res.day is not None:
            found.append((c.start, res.day))
    if not found:
        return None
    first_start, first_day = found[0]
    if first_start < 200:  # a dateline or byline date at the top
        return first_day.isoformat()
    return max(d for _, d in found).isoformat()
