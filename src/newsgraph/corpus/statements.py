"""Near-identical quote contents: when two quotes of one speaker are the same statement.

Contents are compared on word 2-gram sets (folded: case, accents and punctuation ignored):
Jaccard similarity at least :data:`JACCARD`, or the shorter contained in the longer at
:data:`CONTAINMENT` or more with at least :data:`MIN_CONTAINED` 2-grams (a reprint that trims
a quote). :mod:`newsgraph.store.corpus.statements` groups stored quotes with these.
"""

from __future__ import annotations

from functools import lru_cache

from newsgraph.corpus._text import shingles

JACCARD = 0.6
CONTAINMENT = 0.9
MIN_CONTAINED = 6


@lru_cache(maxsize=200_000)
def _grams(text: str) -> frozenset[str]:
    return frozenset(shingles(text, 2))


def similarity(a: str, b: str) -> float:
    """How near-identical two quote contents are (see the module doc); 0..1."""
    sa, sb = _grams(a), _grams(b)
    if not sa or not sb:
        return 0.0
    inter = len(sa & sb)
    jaccard = inter / len(sa | sb)
    small = min(len(sa), len(sb))
    containment = inter / small if small >= MIN_CONTAINED else 0.0
    return max(jaccard, containment if containment >= CONTAINMENT else 0.0)


def same(a: str, b: str) -> bool:
    return similarity(a, b) >= JACCARD


def match(variants: list[tuple[str, str]], content: str) -> tuple[str | None, float]:
    """The statement whose variant is most similar to ``content``, at the threshold or above."""
    best: tuple[float, str] | None = None
    for stmt, variant in variants:
        sim = similarity(content, variant)
        if sim >= JACCARD and (best is None or (sim, stmt) > best):
            best = (sim, stmt)
    return (best[1], best[0]) if best else (None, 0.0)
