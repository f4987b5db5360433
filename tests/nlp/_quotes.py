"""Helpers of the quote tests under tests/nlp: the characters of a part of a text, and the
quotes a doc's quote finder cued by "said"."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.model import Quote


def part_span(text: str, part: str) -> tuple[int, int]:
    """The (start, end) characters of the first ``part`` in ``text``."""
    a = text.index(part)
    return (a, a + len(part))


def said_quotes(doc: Doc) -> list[Quote]:
    """The quotes of ``doc._.ng_quotes`` whose cue is the word "said"."""
    return [q for q in doc._.ng_quotes if q.cue is not None and q.cue.text == "said"]
