"""The cue scorer's threshold chosen on all five folds' held-out scores (``cv=True``).

:func:`newsgraph.train.quotes.fit_docs` with ``cv=False`` (``--held-back-threshold``) picks the
threshold on one held-back fifth (fitted on the other four) by exact Content F1, in 0.05 steps;
one step moves a fold's scores as much as a small candidate change (docs/quotes.md, quotes9).
With ``cv=True`` (the default since 2026-11-30, quotes12) every article
of the split is scored by cue weights fitted on the other four fifths (article *k* in fold
*k* mod 5), the exact-F1 counts of each threshold are pooled over all five held-out fifths,
and the threshold with the best mean of source, cue and content exact F1 wins (ties: the
one nearer 0.5, then the lower), as the framing trainer's ``cv=True`` chooses on pooled
out-of-fold predictions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from newsgraph.eval.quotes import ROLES, GoldDoc, Tally, doc_roles, score_article
from newsgraph.nlp.quotes._model import LinearModel, QuoteWeights
from newsgraph.nlp.quotes.component import QuoteFinder

FOLDS = 5


def mean_exact_f1(tallies: Mapping[str, Tally]) -> float:
    """The mean of the roles' exact F1 (source, cue, content) of pooled counts."""
    return sum(tallies[role].exact_f1 for role in ROLES) / len(ROLES)


def pooled_choice(table: Mapping[float, Mapping[str, Tally]]) -> float:
    """The threshold whose pooled counts have the best mean exact F1 over the three roles;
    among equals the one nearer 0.5, then the lower."""
    if not table:
        raise ValueError("no thresholds to choose from")
    return max(sorted(table), key=lambda t: (round(mean_exact_f1(table[t]), 12), -abs(t - 0.5), -t))


def pool(tables: Sequence[Mapping[float, Mapping[str, Tally]]]) -> dict[float, dict[str, Tally]]:
    """Sum the counts of several held-out fifths, threshold by threshold and role by role
    (every table must hold the same thresholds)."""
    out: dict[float, dict[str, Tally]] = {}
    for table in tables:
        if out and set(table) != set(out):
            raise ValueError("the folds' tables hold different thresholds")
        for t, roles in table.items():
            acc = out.setdefault(t, {role: Tally() for role in ROLES})
            for role in ROLES:
                acc[role].add(roles[role], 1.0)
    return out


def fold_of(n: int, folds: int = FOLDS) -> list[int]:
    """Each of ``n`` articles' fold: article *k* in fold *k* mod ``folds``."""
    return [k % folds for k in range(n)]


def out_of_fold_table(
    n: int,
    fit_and_score: Callable[[list[int], list[int]], Mapping[float, Mapping[str, Tally]]],
    folds: int = FOLDS,
) -> dict[float, dict[str, Tally]]:
    """The pooled out-of-fold table: ``fit_and_score(train, held)`` fits on the ``train``
    indices and returns the held-out counts per threshold; the folds' counts are summed."""
    fold = fold_of(n, folds)
    tables = []
    for k in range(folds):
        held = [i for i in range(n) if fold[i] == k]
        if not held:
            continue
        tables.append(fit_and_score([i for i in range(n) if fold[i] != k], held))
    return pool(tables)


def tallies(
    docs: Sequence[Any], golds: Sequence[Sequence[GoldDoc]], finder: QuoteFinder
) -> dict[str, Tally]:
    """The exact-F1 counts per role of ``finder`` on parsed docs (unrounded, to pool)."""
    totals = {role: Tally() for role in ROLES}
    for doc, gs in zip(docs, golds, strict=True):
        doc._.ng_quotes = None
        finder(doc)
        for role, tally in score_article(doc.text, list(gs), doc_roles(doc)).items():
            totals[role].add(tally, 1.0)
    return totals


def cv_threshold(
    docs: Sequence[Any],
    golds: Sequence[Sequence[GoldDoc]],
    fit_cue_on: Callable[[list[int]], LinearModel],
    thresholds: Sequence[float],
    say: Callable[[str], Any] = lambda _msg: None,
) -> tuple[float, dict[str, float]]:
    """The pooled out-of-fold choice: ``fit_cue_on(indices)`` fits the cue scorer on those
    articles; each held-out fifth is scored at every threshold without the end chooser (as the
    one-fifth choice does). Returns the threshold and its pooled exact F1 per role."""
    no_end = LinearModel.from_weights({})

    def fit_and_score(train: list[int], held: list[int]) -> dict[float, dict[str, Tally]]:
        say(f"fitting on {len(train)} articles to score {len(held)} held out")
        cue = fit_cue_on(train)
        hd, hg = [docs[i] for i in held], [golds[i] for i in held]
        return {
            t: tallies(
                hd, hg, QuoteFinder(None, end_model=False, weights=QuoteWeights(cue, no_end, t))
            )
            for t in thresholds
        }

    table = out_of_fold_table(len(docs), fit_and_score)
    best = pooled_choice(table)
    f1 = {role: round(table[best][role].exact_f1, 4) for role in ROLES}
    say(f"threshold {best}: pooled out-of-fold exact F1 {f1}")
    return best, f1


def held_back_threshold(
    docs: Sequence[Any],
    golds: Sequence[Sequence[GoldDoc]],
    fit_cue_on: Callable[[list[int]], LinearModel],
    thresholds: Sequence[float],
    say: Callable[[str], Any] = lambda _msg: None,
) -> tuple[float, dict[str, float]]:
    """The one-fifth choice (``cv=False``): the cue scorer fitted on four fifths (article *k*
    with *k* mod 5 != 4), the threshold with the best exact Content F1 (rounded to 4 places;
    ties: nearer 0.5) on the fifth held back; returns it and that fifth's exact F1 per role."""
    say("fitting on four fifths to choose the threshold")
    fold = fold_of(len(docs))
    cue = fit_cue_on([i for i in range(len(docs)) if fold[i] != FOLDS - 1])
    held = [i for i in range(len(docs)) if fold[i] == FOLDS - 1]
    hd, hg = [docs[i] for i in held], [golds[i] for i in held]
    no_end = LinearModel.from_weights({})
    by_threshold: dict[float, dict[str, float]] = {}
    for t in thresholds:
        finder = QuoteFinder(None, end_model=False, weights=QuoteWeights(cue, no_end, t))
        by_threshold[t] = {r: round(x.exact_f1, 4) for r, x in tallies(hd, hg, finder).items()}
    best = max(thresholds, key=lambda t: (by_threshold[t]["content"], -abs(t - 0.5)))
    say(f"threshold {best}: held-back exact F1 {by_threshold[best]}")
    return best, by_threshold[best]
