"""Per-doc word indices: which tokens carry a lemma or a lower-case form, built once per doc.

Rules that look for a handful of words ("order", "close", "claim") used to walk every token of
the doc (or of every sentence) and read ``Token.lemma_`` on each, a Token object made per look:
with an index they visit only the tokens carrying one of their words, in document order, and
a doc without them costs one dictionary look-up. Valid after the parse is final (the pipeline's
``newsgraph_prepare`` step and later); the index lives in the doc's cache, which a component
that rebuilds the doc restarts (:func:`newsgraph.nlp._doc.restart_cache`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsgraph.nlp._doc import _cached, doc_ents, tokens

# lemma values -> their strings lower-cased, looked up once per process (a hash names one string
# for good)
_FOLDED: dict[int, str] = {}


class _Lemmas:
    """Every token's lemma value (``values``) and, per lower-cased lemma, the values that spell
    it ("Trump" and "trump": two values, one word)."""

    __slots__ = ("values", "by_word")

    def __init__(self, doc: Doc) -> None:
        self.values = doc.to_array([LEMMA]).reshape(-1)
        strings = doc.vocab.strings
        self.by_word: dict[str, list[int]] = {}
        for value in np.unique(self.values).tolist():  # one look-up per distinct lemma
            word = _FOLDED.get(value)
            if word is None:
                word = _FOLDED[value] = strings[value].lower()
            self.by_word.setdefault(word, []).append(value)


def _where(values: np.ndarray, wanted: list[int]) -> list[int]:
    if not wanted:
        return []
    return np.flatnonzero(np.isin(values, wanted)).tolist()  # type: ignore[no-any-return]


def lemma_indices(doc: Doc, lemmas: Iterable[str]) -> list[int]:
    """Ascending indices of the doc's tokens whose lower-cased lemma (``t.lemma_.lower()``)
    is one of ``lemmas``."""
    col: _Lemmas = _cached(doc, "lemma_column", lambda: _Lemmas(doc))
    by_word = col.by_word
    return _where(col.values, [v for w in lemmas for v in by_word.get(w, ())])


def lower_indices(doc: Doc, words: Iterable[str]) -> list[int]:
    """Ascending indices of the doc's tokens whose lower-case form (``t.lower_``) is one of
    ``words`` (lower-case themselves: a form's value is the hash of its string)."""
    values = _cached(doc, "lower_column", lambda: doc.to_array([LOWER]).reshape(-1))
    strings = doc.vocab.strings
    return _where(values, [strings[w] for w in words])


def with_lemma(doc: Doc, lemmas: Iterable[str]) -> list[Token]:
    """The doc's tokens whose lower-cased lemma is one of ``lemmas``, in document order."""
    toks = tokens(doc)
    return [toks[i] for i in lemma_indices(doc, lemmas)]


def with_lower(doc: Doc, words: Iterable[str]) -> list[Token]:
    """The doc's tokens whose lower-case form is one of ``words``, in document order."""
    toks = tokens(doc)
    return [toks[i] for i in lower_indices(doc, words)]


def ent_with_token(doc: Doc, i: int) -> SpacySpan | None:
    """The entity of :func:`~newsgraph.nlp._doc.doc_ents` holding token ``i``, or None (the
    entities do not overlap and are sorted: one bisection, not a walk over all of them)."""
    ents = doc_ents(doc)
    starts: list[int] = _cached(doc, "ent_starts", lambda: [e.start for e in ents])
    k = bisect.bisect_right(starts, i) - 1
    if k >= 0 and i < ents[k].end:
        return ents[k]
    return None
