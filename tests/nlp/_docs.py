"""Docs for tests that need entities without running the model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc


def tagged(text: str, ents: list[tuple[str, str]]) -> Doc:
    """A sentencized blank-English doc with the given entities, each found left to right
    after the previous one."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    spans, pos = [], 0
    for phrase, label in ents:
        start = text.index(phrase, pos)
        pos = start + len(phrase)
        sp = doc.char_span(start, pos, label=label)
        assert sp is not None, phrase
        spans.append(sp)
    doc.ents = spans
    return doc
