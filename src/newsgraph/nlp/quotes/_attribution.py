"""An attribution being built (cue, source, content) and the span work on it: the content's
start and end the choosers prefer, lead-ins, clauses of the cue's own, closing quotation marks,
token lookups by character, and one attribution per cue and content.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsgraph.nlp import _doc
from newsgraph.nlp.quotes._bounds import (
    end_options,
    end_rows,
    end_vectors,
    start_vectors,
)
from newsgraph.nlp.quotes._marks import QuoteSpan
from newsgraph.nlp.quotes._model import LinearModel
from newsgraph.nlp.quotes._rules import Candidate, Char
from newsgraph.nlp.quotes._starts import start_options, start_rows

_SENT_BREAK = re.compile(r"[.!?:][\"'”’]*\s+(?=[\"'“‘A-Z])")
_FIRST_WORD = re.compile(r"[\"'“‘«]+\s*(\w+)")
_OPENERS = '"“‘«'
_CLOSERS = "\"'”’»"
_ADDRESSED = {"tell", "ask"}
_OWN_CLAUSE_RULES = {"verb-ccomp", "verb-xcomp", "verb-dobj", "verb-pobj"}
_ASIDE_PREPS = {"to", "of", "about"}
# verbs of saying whose words are their object or clause, never a prepositional object: after
# them "to X" is whom the words were for and "of X" / "about X" what they were about (unlike
# "referred to", "warned of", "bragged about", "pointed to")
_SAYING = {"say", "write", "assert", "respond", "reply", "declare", "state", "remark", "insist"}
_ASIDE_OBJECTS = {"NOUN", "PROPN", "PRON"}


@dataclass(slots=True)
class _Attribution:
    cue: Char | None
    source: Char | None
    content: Char
    kind: str
    rule: str
    weight: float
    source_token: int | None = None
    quotes: list[QuoteSpan] = field(default_factory=list)
    head: int | None = None  # token index of the cue word


def _best_start(doc: Doc, att: _Attribution, chooser: LinearModel) -> None:
    """Start the content where the start chooser prefers. Words it leaves out between the cue
    and the content join the cue ("made the case | that ...", "blamed the network for |
    reporting ..."), as the annotators mark them."""
    cue = att.cue
    if cue is None or att.head is None:
        return
    a, b = att.content
    options = start_options(doc, att.content, cue, att.source)
    if len(options) < 2:
        return
    best, top = a, -math.inf
    rows = start_rows(doc, att.content, options, cue, att.rule, att.head)
    vectors = start_vectors(doc, options) if chooser.dense is not None else None
    if vectors is None:
        scores = [chooser.score(row) for row in rows]
    else:
        scores = [chooser.score(row, vec) for row, vec in zip(rows, vectors, strict=True)]
    for start, score in zip(options, scores, strict=True):
        if score > top:
            best, top = start, score
    if best == a:
        return
    text = _doc.doc_text(doc)
    if best > a and not text[cue[1] : a].strip():
        end = best
        while end > cue[1] and text[end - 1] in _CUE_TRIM:
            end -= 1
        att.cue = (cue[0], end)
    att.content = (best, b)


_CUE_TRIM = " \t\u00a0,:;—–-\"“‘'"


def _best_end(doc: Doc, att: _Attribution, chooser: LinearModel) -> Char:
    """The content's end the end chooser prefers among the places it could end."""
    a, b = att.content
    best, top = b, -math.inf
    options = end_options(doc, att.content, att.cue)
    rows = end_rows(doc, att.content, options, b, att.rule, att.head, att.kind)
    vectors = end_vectors(doc, options, b) if chooser.dense is not None else None
    if vectors is None:
        scores = [chooser.score(row) for row in rows]
    else:
        scores = [chooser.score(row, vec) for row, vec in zip(rows, vectors, strict=True)]
    for end, score in zip(options, scores, strict=True):
        if score > top:
            best, top = end, score
    return (a, best)


def _overlaps(a: Char | None, b: Char) -> bool:
    return a is not None and a[0] < b[1] and b[0] < a[1]


def _lead_in(doc: Doc, quote: int, cue: int, source: Char | None) -> int | None:
    """Where a quotation's sentence starts when the words before it belong to the content.

    A partial quote takes the words leading into it (``The plans are ''irresponsible,'' said
    Bell``), and so does a quote after an interrupting cue (``Of course, Clinton said, "..."``).
    """
    text = _doc.doc_text(doc)
    first = min(quote, cue, source[0] if source else cue)
    start = text.rfind("\n", 0, first) + 1
    for m in _SENT_BREAK.finditer(text, start, first + 1):
        start = m.end()
    lead = text[start:first].rstrip()
    if not any(ch.isalnum() for ch in lead):
        return None
    if first < quote and not (lead.endswith(",") and _continues(text, quote)):
        return None  # 'Lavrov said: "..."'; but 'That, he said, "would help"' goes on a sentence
    return start


def _continues(text: str, quote: int) -> bool:
    """The quotation opens in lower case: it carries on a sentence begun before its cue."""
    m = _FIRST_WORD.match(text, quote)
    return m is not None and m.group(1)[:1].islower()


def _own_clause(doc: Doc, cand: Candidate, quotes: list[QuoteSpan]) -> bool:
    """The parse gives the cue unquoted content after it: ``claimed that ...``.

    The object of ``told``/``asked`` is whom the words were for (``"...," he told CNN``).
    """
    if cand.content is None or cand.content[0] <= cand.cue[1]:
        return False
    rule = cand.rule.split("+")[0]
    if rule not in _OWN_CLAUSE_RULES:
        return False
    if rule == "verb-dobj" and doc[cand.head].lemma_.lower() in _ADDRESSED:
        return False
    if _aside_prep(doc, cand) is not None:
        return False
    a = cand.content[0]
    return not any(q.start <= a < q.end or q.start - 2 <= a <= q.start for q in quotes)


def _aside_prep(doc: Doc, cand: Candidate) -> Token | None:
    """The preposition of a saying verb's object that says whom the words were for or what they
    were about, not what was said, when a quotation before the cue is what was said
    (``"...," she said to reporters``, ``"...," he said of the plan``)."""
    if cand.content_token is None or not cand.rule.startswith("verb-pobj"):
        return None
    if doc[cand.head].lemma_.lower() not in _SAYING:
        return None
    obj = doc[cand.content_token]
    prep = obj.head
    if obj.dep_ != "pobj" or prep.lower_ not in _ASIDE_PREPS or obj.pos_ not in _ASIDE_OBJECTS:
        return None
    return prep


def _quote_close(doc: Doc, b: int) -> int:
    """Where a quotation closing right after ``b`` ends (``b`` when none does)."""
    text = _doc.doc_text(doc)
    j = b
    while j < len(text) and text[j] in ".,!?;:":
        j += 1
    while j < len(text) and text[j] in "\"'”’»":
        j += 1
    return j if j > b and text[j - 1] in "\"'”’»" else b


def _opens_sentence(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    if j > 0 and text[j] == "'" and text[j - 1] in ".!?'":
        return True  # after a quotation closed by two apostrophes ('... Press.'' ''She ...')
    return j < 0 or text[j] in '\n.!?"”’:'


def _token_at_or_after(doc: Doc, char: int) -> int | None:
    starts = _doc._cached(doc, "tok_starts", lambda: [t.idx for t in _doc.tokens(doc)])
    i = bisect.bisect_left(starts, char)
    return i if i < len(doc) else None


def _token_before(doc: Doc, char: int) -> int | None:
    starts = _doc._cached(doc, "tok_starts", lambda: [t.idx for t in _doc.tokens(doc)])
    i = bisect.bisect_left(starts, char) - 1
    return i if i >= 0 else None


def without_inner_cues(atts: list[_Attribution]) -> list[_Attribution]:
    """Drop an attribution whose cue lies inside another attribution's longer cue: the same act
    read twice, once from the support verb and once from its noun ("expressed concern" /
    "concern", "issued a statement saying" / "saying", "made no secret of" / "secret of").
    The longer cue, which carries the source, is the attribution (PolNeAR's cues never nest)."""
    cues = sorted({a.cue for a in atts if a.cue is not None})
    if len(cues) < 2:
        return atts
    inner = {c for c in cues for d in cues if d != c and d[0] <= c[0] and c[1] <= d[1]}
    return [a for a in atts if a.cue not in inner] if inner else atts


def _dedupe(atts: list[_Attribution], quoted: list[Char]) -> list[_Attribution]:
    """Keep one attribution per (cue, content); drop indirect ones inside quotation marks.

    A cue inside someone's quoted words ("I think ...") is part of what they said, not the
    article's attribution.
    """
    direct = [(q.start, q.end) for a in atts for q in a.quotes] + quoted
    seen: set[tuple[Char | None, Char]] = set()
    out: list[_Attribution] = []
    for a in atts:
        key = (a.cue, a.content)
        if key in seen:
            continue
        if a.kind != "direct" and a.cue is not None:
            c0, c1 = a.cue
            if any(d0 < c0 and c1 < d1 for d0, d1 in direct):
                continue  # a cue quoted inside someone's direct quote
        seen.add(key)
        out.append(a)
    return out
