"""Word clusters for the framing span tagger, learned from unlabeled news text.

PTC's 154 tune articles are too few to see most emotive words even once; words that occur in
the same contexts in a larger body of news ("outrageous", "shameful", "intolerable") fall into
one cluster, so a weight learned for a cluster reaches words the tagger never saw labelled.
``newsgraph train framing`` learns them (:func:`newsgraph.train.framing.learn_clusters`:
positive PMI of words within four tokens of each other, reduced to 100 dimensions by SVD,
k-means at several granularities) and stores only each word's cluster numbers
(``clusters.npz`` beside the weights); the tagger's keys are ``c32=7``, ``c128=90``, ...
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import numpy as np

from newsgraph.errors import ResourceError

CLUSTERS_FILE = "clusters.npz"
WORD_RE = re.compile(r"[a-z]+(?:[-'][a-z]+)*")  # the learning corpus's words (lower case)

ClusterKeys = dict[str, tuple[str, ...]]
Table = tuple[list[str], list[int], np.ndarray]  # words, granularities, words x granularities


def save(path: Path, words: list[str], sizes: list[int], labels: np.ndarray) -> str:
    """Write the table (``labels``: words x granularities) and return its SHA-256."""
    if any("\n" in w for w in words):
        raise ValueError("cluster words must not contain newlines")
    path.mkdir(parents=True, exist_ok=True)
    blob = np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8)
    np.savez_compressed(
        path / CLUSTERS_FILE,
        words=blob,
        sizes=np.asarray(sizes, dtype=np.int32),
        labels=np.asarray(labels, dtype=np.int16),
    )
    return sha256(path)


def sha256(path: Path) -> str:
    return hashlib.sha256((path / CLUSTERS_FILE).read_bytes()).hexdigest()


def keys_of(words: list[str], sizes: list[int], labels: np.ndarray) -> ClusterKeys:
    """word -> its cluster keys (``c{size}={cluster}`` per granularity)."""
    rows = np.asarray(labels).tolist()
    return {w: tuple(f"c{s}={c}" for s, c in zip(sizes, row, strict=True)) for w, row in
            zip(words, rows, strict=True)}  # fmt: skip


def load(path: Path) -> Table:
    """The cluster table stored in ``path`` (the tagger's weights folder)."""
    where = str(path / CLUSTERS_FILE)
    try:
        with np.load(path / CLUSTERS_FILE, allow_pickle=False) as z:
            words = bytes(z["words"]).decode("utf-8").split("\n")
            sizes = [int(s) for s in z["sizes"]]
            labels = np.asarray(z["labels"])
    except FileNotFoundError as exc:
        raise ResourceError(where, "no word clusters for the framing tagger") from exc
    except (OSError, ValueError, KeyError) as exc:
        raise ResourceError(where, f"word clusters cannot be read ({exc})") from exc
    if labels.shape != (len(words), len(sizes)):
        raise ResourceError(where, f"cluster table has shape {labels.shape}, expected "
                            f"{(len(words), len(sizes))}")  # fmt: skip
    return words, sizes, labels
