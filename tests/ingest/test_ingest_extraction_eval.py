"""The extraction scorer: benchmark shingle arithmetic on hand-made cases, and a subset run."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsgraph.eval.extraction import evaluate, report, scores, shingle_counts, shingles


def test_shingles_are_four_token_windows() -> None:
    assert shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert shingles("Too short") == {("Too", "short"): 1}  # one short shingle
    assert shingles("") == {}


def test_counts_normalised_per_document() -> None:
    # gold: 3 shingles (abcd, bcde, cdef); prediction: 2 (abcd, bcde) + 1 extra (cdex)
    tp, fp, fn = shingle_counts("a b c d e f", "a b c d e x")
    assert (tp, fp, fn) == pytest.approx((2 / 4, 1 / 4, 1 / 4))
    assert shingle_counts("", "") == (0.0, 0.0, 0.0)


def test_scores_average_over_documents() -> None:
    perfect = (1.0, 0.0, 0.0)
    nothing = (0.0, 0.0, 1.0)  # nothing predicted: counts for recall only
    result = scores([perfect, nothing])
    assert result["precision"] == 1.0
    assert result["recall"] == 0.5
    assert result["f1"] == pytest.approx(2 * 0.5 / 1.5)


def test_evaluate_on_a_subset(shared: Callable[..., Path]) -> None:
    folder = shared("data", "extraction")
    metrics = evaluate(folder, limit=5)
    assert metrics["n"] == 5
    assert 0.5 < metrics["f1"] <= 1.0  # trafilatura scores ~0.96 on the full set
    assert "F1" in report(metrics)
