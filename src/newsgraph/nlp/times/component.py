"""Temporal tagging and normalisation: the ``newsgraph_times`` spaCy component.

Finds temporal expressions with a regular grammar (``times_grammar``), takes the model's
DATE/TIME entities as extra candidates, joins pieces into intervals ("since March 2011",
"from 2010 to 2015") and clock times onto their day ("3 p.m. Wednesday"), and resolves each
against the publication date ``doc._.ng_published`` into a TIMEX3-style value
(``times_resolve``). Bare weekdays and months follow the governing verb's tense
(``times_tense``). Relative expressions without an anchor get value None, anchor "unknown".

Helpers live beside it: ``_filters`` (which candidates and entities are times) and ``_items``
(resolved expressions in text order and the joins between them).
"""

from __future__ import annotations

import logging
import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.model import TimeRef, record_id
from newsgraph.nlp._doc import doc_text, register_extensions, sentence_index, span
from newsgraph.nlp.times._filters import _ner_items, _plausible, _verb_last
from newsgraph.nlp.times._grammar import candidates, select
from newsgraph.nlp.times._items import (
    _join_clock,
    _join_part_of,
    _join_ranges,
    _join_the,
    _join_week_of,
    _part_to_next_day,
    _rates,
    _resolve_all,
    _second_days,
)
from newsgraph.nlp.times._lexicon import lexicon
from newsgraph.nlp.times._resolve import Context, resolve

register_extensions()  # the Doc._.ng_* extensions records live on

log = logging.getLogger(__name__)


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
    _join_the(doc, items)
    items = _join_week_of(doc, items)
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
