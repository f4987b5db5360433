"""MinHash signatures of article texts, for near-duplicate detection (datasketch).

An article's text becomes the set of its word 3-grams (folded: case and accents ignored); a
128-permutation MinHash of that set (``affine32`` scheme) is kept as 512 bytes (128 unsigned
32-bit values). :mod:`newsgraph.store.corpus.dedupe` stores the signatures and clusters them.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from datasketch import LeanMinHash, MinHash

from newsgraph.corpus._text import shingles

NUM_PERM = 128
SHINGLE = 3
THRESHOLD = 0.5
_SCHEME = "affine32"
_SEED = 1


@lru_cache(maxsize=1)
def _permutations() -> object:
    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations


def signature(text: str) -> np.ndarray:
    """The MinHash signature of ``text``'s word 3-grams as ``NUM_PERM`` uint32 values."""
    m = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME, permutations=_permutations())
    grams = shingles(text, SHINGLE)
    if grams:
        m.update_batch([g.encode("utf-8") for g in grams])
    return np.asarray(m.hashvalues, dtype=np.uint32)


def to_blob(sig: np.ndarray) -> bytes:
    return np.asarray(sig, dtype="<u4").tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4")


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def lean(sig: np.ndarray) -> LeanMinHash:
    return LeanMinHash(seed=_SEED, hashvalues=sig.astype(np.uint64), scheme=_SCHEME)
