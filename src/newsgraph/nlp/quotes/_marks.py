"""Find quoted stretches of text by their quotation marks (character level, no model).

Handles straight and curly double quotes, guillemets and low-9 marks, and single quotes
(straight or curly) outside double quotes, telling them from apostrophes by their neighbours.
A paragraph that opens a quote without closing it is continued by the next paragraph when that
paragraph opens with a quotation mark (the newspaper convention for multi-paragraph quotes).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import accumulate

from spacy.tokens import Doc

from newsgraph.nlp._doc import _cached, doc_text

_OPEN_DOUBLE = "“„«"
_CLOSE_DOUBLE = "”»"
_OPEN_SINGLE = "‘‹"
_CLOSE_SINGLE = "’›"
_ANY_OPEN = _OPEN_DOUBLE + _OPEN_SINGLE + "\"'"
_PAD = "\x02"
_BEFORE_OPEN = " \t\n([{—–-/:,;\u00a0"
_DOUBLE_MARKS = re.compile(f'[{_OPEN_DOUBLE}{_CLOSE_DOUBLE}"]')
_SINGLE_MARKS = re.compile(f"[{_OPEN_SINGLE}{_CLOSE_SINGLE}']")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quoted stretch: ``[start, end)`` including its marks; ``closed`` is False when cut off."""

    start: int
    end: int
    closed: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1 if self.closed else self.end


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append((pos, end))
        pos = end + 1
    return out


def _can_open(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _BEFORE_OPEN or before in _ANY_OPEN) and not after.isspace()


def _can_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _double_quotes(text: str) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    paras = _paragraphs(text)
    open_at: int | None = None
    for k, (a, b) in enumerate(paras):
        if open_at is not None and not (text[a] in _OPEN_DOUBLE or text[a] == '"'):
            # the previous paragraph's quote was never closed and is not continued
            prev_end = paras[k - 1][1]
            spans.append(QuoteSpan(open_at, prev_end, closed=False))
            open_at = None
        for mark in _DOUBLE_MARKS.finditer(text, a, b):  # only the marks matter
            i = mark.start()
            ch = text[i]
            if open_at is not None and i == a and (ch in _OPEN_DOUBLE or ch == '"'):
                continue  # continuation mark of a multi-paragraph quote
            if ch in _OPEN_DOUBLE and open_at is None:
                open_at = i
            elif ch in _CLOSE_DOUBLE and open_at is not None:
                spans.append(QuoteSpan(open_at, i + 1))
                open_at = None
            elif ch == '"':
                if open_at is None and (_can_open(text, i) or not _can_close(text, i)):
                    open_at = i
                elif open_at is not None:
                    spans.append(QuoteSpan(open_at, i + 1))
                    open_at = None
    if open_at is not None and paras:
        spans.append(QuoteSpan(open_at, paras[-1][1], closed=False))
    return spans


def _single_quotes(text: str, inside: list[QuoteSpan]) -> list[QuoteSpan]:
    covered = sorted((q.start, q.end) for q in inside)
    starts = [s for s, _ in covered]
    reach = list(accumulate((e for _, e in covered), max))  # the furthest end so far
    spans: list[QuoteSpan] = []
    for a, b in _paragraphs(text):
        open_at: int | None = None
        fallback: int | None = None  # an ambiguous closer ("voters' rights"), used if no other
        for mark in _SINGLE_MARKS.finditer(text, a, b):  # only the marks matter
            i = mark.start()
            ch = text[i]
            k = bisect.bisect_right(starts, i)
            if k and reach[k - 1] > i:
                continue  # inside a double-quoted stretch
            opens = ch in _OPEN_SINGLE + "'" and _can_open(text, i)
            if open_at is not None and fallback is not None and opens and not _can_close(text, i):
                spans.append(QuoteSpan(open_at, fallback + 1))  # a new quote opens first
                open_at = fallback = None
            if open_at is None:
                if opens:
                    open_at = i
            elif (ch in _CLOSE_SINGLE + "'") and _can_close(text, i) and i - open_at > 1:
                nxt = text[i + 2] if i + 2 < len(text) else " "
                if text[i - 1] == "s" and text[i + 1 : i + 2] == " " and nxt.islower():
                    fallback = fallback if fallback is not None else i
                    continue
                spans.append(QuoteSpan(open_at, i + 1))
                open_at = fallback = None
        if open_at is not None and fallback is not None:
            spans.append(QuoteSpan(open_at, fallback + 1))
    return spans


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """All outermost quoted stretches of ``text`` in order (marks included)."""
    # two apostrophes stand for a double quote in some house styles (''Like this,'' he said):
    # read them as one '"' followed by a neutral placeholder, then widen spans over it
    work = text.replace("''", '"' + _PAD) if "''" in text else text
    doubles = [
        QuoteSpan(q.start, q.end + 1, q.closed) if work[q.end : q.end + 1] == _PAD else q
        for q in _double_quotes(work)
    ]
    singles = _single_quotes(text, doubles)
    return sorted(doubles + singles, key=lambda q: q.start)


def quote_spans(doc: Doc) -> list[QuoteSpan]:
    """The doc's quoted stretches, found once per doc (quotes and framing both read them)."""
    return _cached(doc, "quote_spans", lambda: find_quote_spans(doc_text(doc)))  # type: ignore[no-any-return]
