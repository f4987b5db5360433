"""ux25: user-facing counts said '1 rows', '1 articles added', '(1 copies)'; a count of one
is now singular, other counts stay plural."""

from __future__ import annotations

import pytest

from newsgraph.cli._common import _n


@pytest.mark.parametrize(
    ("count", "word", "plural", "text"),
    [
        (1, "row", None, "1 row"),
        (1, "copy", "copies", "1 copy"),
        (1, "story cluster", None, "1 story cluster"),
    ],
)
def test_one_is_singular(count: int, word: str, plural: str | None, text: str) -> None:
    assert _n(count, word, plural) == text


@pytest.mark.parametrize(
    ("count", "word", "plural", "text"),
    [
        (0, "row", None, "0 rows"),
        (2, "copy", "copies", "2 copies"),
        (37, "article", None, "37 articles"),
    ],
)
def test_other_counts_stay_plural(count: int, word: str, plural: str | None, text: str) -> None:
    # control
    assert _n(count, word, plural) == text
