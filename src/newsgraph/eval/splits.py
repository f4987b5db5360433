"""Deterministic tune/check splits of the development gold sets.

Every development gold set is split in two: rules, thresholds and models are fitted on the
*tune* part; the gate and the README report the *check* part. An item (an article, a sentence,
a gold row) belongs to ``check`` when the SHA-1 of its key, read as an integer, is odd, and to
``tune`` otherwise. Keys are stable names (file stems, document ids, row ids), so the split does
not move when a set grows. Where a corpus ships its own split (PolNeAR train/dev) that split is
used instead, and where a whole corpus serves as the check set of another (GeoVirus for the
resolver fitted on LGL) the whole file is one part. The TimeML corpora (TimeBank, AQUAINT) are
split by document name, each into its own tune and check halves. ``docs/evaluation.md`` lists
which is which.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Literal, TypeVar

Part = Literal["tune", "check"]
T = TypeVar("T")


def part_of(key: str) -> Part:
    """``"check"`` when sha1(key) is odd, else ``"tune"``."""
    return "check" if int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % 2 else "tune"


def select(items: Iterable[T], key: Callable[[T], str], part: Part | None) -> list[T]:
    """The items of one part (all of them when ``part`` is None)."""
    return [x for x in items if part is None or part_of(key(x)) == part]
