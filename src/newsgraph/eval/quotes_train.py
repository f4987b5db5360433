"""Learn the cue scorer of ``newsgraph_quotes`` from PolNeAR-style attribution gold.

``newsgraph train quotes ../shared/data/polnear/train`` parses the split once, turns every cue
candidate the rules find (lexicon cues and the broad ones) into features, labels it by whether
the gold marks its cue word as a Cue (the mean over annotators), fits a logistic regression and
picks the decision threshold that maximises exact Content F1 on a held-back fifth of the split.
The weights file it writes is what :mod:`newsgraph.nlp.quotes_model` loads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..nlp import quotes_model
from ..nlp.quotes import QuoteFinder
from ..nlp.quotes_marks import find_quote_spans
from ..nlp.quotes_rules import find_candidates
from .quotes import ROLES, GoldDoc, _articles, _doc_roles, _prf, _Tally, parse_ann, score_article

THRESHOLDS = tuple(round(0.2 + 0.05 * k, 2) for k in range(13))  # 0.20 .. 0.80


def cue_coverage(gold: GoldDoc) -> set[int]:
    """Character offsets inside any gold Cue fragment."""
    out: set[int] = set()
    for att in gold.attributions:
        for a, b in att.roles.get("cue", ()):
            out.update(range(a, b))
    return out


def examples(
    doc: Doc, golds: Sequence[GoldDoc], finder: QuoteFinder
) -> tuple[list[list[str]], list[float]]:
    """Features and soft labels (share of annotators marking the cue word) of one article."""
    text = doc.text
    quoted = [(q.start, q.end) for q in find_quote_spans(text)]
    covers = [cue_coverage(g) for g in golds]
    rows: list[list[str]] = []
    labels: list[float] = []
    for cand in find_candidates(doc, finder.lexicon, broad=True):
        tok = doc[cand.head]
        chars = range(tok.idx, tok.idx + len(tok))
        hit = sum(any(i in cov for i in chars) for cov in covers) / max(1, len(covers))
        rows.append(quotes_model.features(doc, cand, quoted, finder.lexicon))
        labels.append(hit)
    return rows, labels


def score_docs(
    docs: Sequence[Doc], golds: Sequence[Sequence[GoldDoc]], finder: QuoteFinder
) -> dict[str, float]:
    """Exact F1 per role of ``finder`` on parsed docs (the ``newsgraph eval quotes`` counts)."""
    totals = {role: _Tally() for role in ROLES}
    for doc, gs in zip(docs, golds, strict=True):
        doc._.ng_quotes = None
        finder(doc)
        for role, tally in score_article(doc.text, list(gs), _doc_roles(doc)).items():
            totals[role].add(tally, 1.0)
    return {role: _prf(t.exact_hit, t.exact_hit, t.n_pred, t.n_gold)[2] for role, t in totals.items()}


def train(
    path: Path,
    *,
    nlp: Language | None = None,
    limit: int | None = None,
    progress: Callable[[str], Any] | None = None,
    **fit_options: Any,
) -> tuple[quotes_model.CueModel, dict[str, Any]]:
    """Fit the cue scorer on a split; returns the model and what was measured on the way."""
    say = progress or (lambda _msg: None)
    if nlp is None:
        from ..nlp.pipeline import load_model

        nlp = load_model()
    articles = _articles(Path(path))
    names = sorted(articles)[:limit] if limit is not None else sorted(articles)
    texts = [(Path(path) / "text" / f"{n}.txt").read_text(encoding="utf-8") for n in names]
    golds = [[parse_ann(a.read_text(encoding="utf-8")) for a in articles[n]] for n in names]
    say(f"parsing {len(texts)} articles")
    docs = list(nlp.pipe(texts, batch_size=16))
    return fit_docs(docs, golds, say=say, **fit_options)


def fit_docs(
    docs: Sequence[Doc],
    golds: Sequence[Sequence[GoldDoc]],
    *,
    say: Callable[[str], Any] = lambda _msg: None,
    **fit_options: Any,
) -> tuple[quotes_model.CueModel, dict[str, Any]]:
    """Fit on parsed docs: threshold from a held-back fifth, then weights from all of them."""
    base = QuoteFinder(None, cue_model="")  # candidates and features only
    feats = [examples(d, g, base) for d, g in zip(docs, golds, strict=True)]
    fold = [k % 5 == 4 for k in range(len(docs))]
    say("fitting on four fifths to choose the threshold")
    rows = [r for (rs, _), f in zip(feats, fold, strict=True) if not f for r in rs]
    labels = [y for (_, ys), f in zip(feats, fold, strict=True) if not f for y in ys]
    weights = quotes_model.fit(rows, labels, **fit_options)
    held_docs = [d for d, f in zip(docs, fold, strict=True) if f]
    held_golds = [g for g, f in zip(golds, fold, strict=True) if f]
    by_threshold: dict[float, dict[str, float]] = {}
    for t in THRESHOLDS:
        finder = QuoteFinder(None, cue_model=quotes_model.CueModel(weights, t))
        by_threshold[t] = score_docs(held_docs, held_golds, finder)
    best = max(THRESHOLDS, key=lambda t: (by_threshold[t]["content"], -abs(t - 0.5)))
    say(f"threshold {best}: held-back exact F1 {by_threshold[best]}")
    say("fitting on all articles")
    rows = [r for rs, _ in feats for r in rs]
    labels = [y for _, ys in feats for y in ys]
    model = quotes_model.CueModel(quotes_model.fit(rows, labels, **fit_options), best)
    info = {
        "articles": len(docs),
        "candidates": len(rows),
        "positive": round(sum(labels), 1),
        "features": len(model.weights),
        "threshold": best,
        "held_back": by_threshold[best],
    }
    return model, info
