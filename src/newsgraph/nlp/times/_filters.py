"""Which grammar candidates and model entities are times: context checks the regular grammar
cannot make (numbers that name a thing or an age, addresses, names and titles, figures per
period, a discourse "Now", "last" as a verb), and the model's DATE/TIME entities the grammar
missed.

Split out of ``component`` by responsibility (code moved verbatim).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from newsgraph.nlp._doc import doc_ents, doc_text
from newsgraph.nlp.times._grammar import Candidate
from newsgraph.nlp.times._items import _Item
from newsgraph.nlp.times._lexicon import lexicon
from newsgraph.nlp.times._resolve import Resolved

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
_NER_TIME_WORD = re.compile(
    r"\b(?:\d{1,4}|Christmas|Easter|Ramadan|Eid|Hanukkah|Passover|Diwali|Nowruz|Yom\s+Kippur)\b"
)
_TITLE_CASE_RULES = ("vague", "deictic", "theunit", "inday", "modpart", "relunit", "dur")
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
_AGE = re.compile(
    r"(?i)\b(?:\d+|[a-z]+-[a-z]+)[\s-]+(?:years?|months?)[\s-]+(?:olds?|of\s+age)\b|\bage[ds]?\s+(?:of\s+)?\d|"
    r"^\D*\d{1,3}\s+(?:or|and)\s+(?:above|over|older|younger|under|below|more|less)\b"
)
# a number with only degree words around it ("under 30", "Barely 30", "30 and a half"):
# an age or a count, no time (the grammar tags numbers that name a time unit)
_BARE_COUNT = re.compile(
    r"(?i)(?:(?:under|over|barely|nearly|about|almost|around|just|only|some|aged?|at\s+least|"
    r"more\s+than|less\s+than|older\s+than|younger\s+than|between|minus|plus)\s+)*\d{1,3}"
    r"(?:\s+and\s+a\s+half)?"
)
# an age in weeks or days ("a 12-week-old infant", "a 10-day-old calf"): no time of the story
_YOUNG_AGE = re.compile(r"(?i)\b\d+[\s-]+(?:weeks?|days?)[\s-]+olds?\b")
_SENT_END = (".", "!", "?", '"', "“", ":", "—", "(", "\n")
_IMPERATIVE = re.compile(r"(?i),?\s+(?:let['’]?s?\b|let\s+us\b|imagine\b|consider\b|remember\b)")


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
    if (
        c.rule == "time"
        and c.groups.get("w")
        and text[c.start].isupper()
        and (name := re.match(r"[\"“]?\s*([A-Z][a-z]+)", text[c.end + 1 : c.end + 16]))
        and name.group(1) not in lexicon().weekdays
        and name.group(1).rstrip(".") not in lexicon().months
    ):
        return False  # a name: the "Midnight Crew", "High Noon Saloon"
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
    if c.rule == "deictic" and _named_deictic(text, c):
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


def _named_deictic(text: str, c: Candidate) -> bool:
    """A capitalised "Today", "Tonight" ... after "the" or a possessive, or before "show" /
    "programme", names a programme ("the Today show", "BBC Radio 4's Today programme", "the
    Tonight Show"): no day is ever "the today". Elsewhere (opening a sentence, a quote, a line,
    in a title-case headline) it is the day."""
    if not text[c.start].isupper() or c.groups.get("pre"):
        return False
    if _PROGRAMME_NOUN.match(text, c.end):
        return True
    before = text[max(0, c.start - 25) : c.start]
    words = re.findall(r"[\w'’]+", before)
    if not words or "\n" in before[len(before.rstrip()) :]:
        return False  # the text or a line opens with it
    last = words[-1]
    return last.lower() == "the" or last.lower().endswith(("'s", "’s"))


_PROGRAMME_NOUN = re.compile(r"\s+(?:show|programme|program|Show|Programme|Program)\b")


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
            or _YOUNG_AGE.search(ent.text)
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
