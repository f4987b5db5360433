"""Arithmetic every scorer shares: precision/recall/F1 and greedy one-to-one matching."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

P = TypeVar("P")
G = TypeVar("G")


def f1(p: float, r: float) -> float:
    """Harmonic mean of precision and recall (0 when both are 0)."""
    return 2 * p * r / (p + r) if p + r else 0.0


def prf(hit_p: float, hit_r: float, n_pred: float, n_gold: float) -> tuple[float, float, float]:
    """Precision = hit_p / n_pred, recall = hit_r / n_gold, and their F1 (unrounded).

    With exact matching ``hit_p == hit_r == tp``; partial-credit scorers pass the credit each
    side earned.
    """
    p = hit_p / n_pred if n_pred else 0.0
    r = hit_r / n_gold if n_gold else 0.0
    return p, r, f1(p, r)


def greedy_pairs(
    pred: Sequence[P], gold: Sequence[G], weight: Callable[[P, G], float]
) -> list[tuple[int, int, float]]:
    """One-to-one pairs (i, j, weight) taken greedily by decreasing weight (> 0 only).

    Ties break by index (the later index first, as ``sorted(..., reverse=True)`` orders them),
    so the result is deterministic.
    """
    cands = sorted(
        (
            (w, i, j)
            for i, p in enumerate(pred)
            for j, g in enumerate(gold)
            if (w := weight(p, g)) > 0
        ),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    out: list[tuple[int, int, float]] = []
    for w, i, j in cands:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j, w))
    return out


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters two half-open spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))
