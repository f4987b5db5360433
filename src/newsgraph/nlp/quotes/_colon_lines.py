"""Speaker lines (``Name: content``, ``... - Name: "quote"``): matching them and their content."""

from __future__ import annotations

import re

from newsgraph.nlp.quotes._attribution import _OPENERS
from newsgraph.nlp.quotes._rules import Char, trim

_COLON_LINE = re.compile(r"^([A-Z][\w.’'\- ]{0,40}?):\s+(\S.*)$")
_DASH_COLON_LINE = re.compile(r"^.{3,200}?\s[-—–]\s*([A-Z][\w.’'\- ]{0,40}?):\s+(\S.*)$")
_SOURCE_TAG = re.compile(r"\s*\[[^\]\n]{1,40}\]\s*$")


def _colon_match(line: str, labels: frozenset[str]) -> re.Match[str] | None:
    """``Name: content`` at a line's start, or ``... - Name: "quote"`` after a digest's dash."""
    m = _COLON_LINE.match(line)
    if m and _speaker_like(m.group(1), labels):
        return m
    m = _DASH_COLON_LINE.match(line)
    if m and _speaker_like(m.group(1), labels) and m.group(2)[:1] in _OPENERS:
        return m
    return None


def _colon_content(text: str, a: int, b: int) -> Char | None:
    """What a speaker line says, without a trailing source tag ("[Pew.]").

    A bare figure ("Sanders: 1,547") is a table row, not speech.
    """
    tag = _SOURCE_TAG.search(text, a, b)
    if tag is not None:
        b = tag.start()
    span = trim(text, (a, b))
    if span is None or not any(ch.isalpha() for ch in text[span[0] : span[1]]):
        return None
    return span


def _speaker_like(name: str, labels: frozenset[str]) -> bool:
    words = name.split()
    if words and words[-1].lower() in labels:
        return False
    return len(words) <= 4 and not any(ch.isdigit() for ch in name) and "-" not in words
