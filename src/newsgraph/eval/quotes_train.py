"""Learn the cue scorer of ``newsgraph_quotes`` from PolNeAR-style attribution gold.

``newsgraph train quotes ../shared/data/polnear/train`` parses the split once, turns every cue
candidate the rules find (lexicon cues and the broad ones) into features, labels it by whether
the gold marks its cue word as a Cue (the mean over annotators), fits a logistic regression and
picks the decision threshold that maximises exact Content F1 on a held-back fifth of the split.
The weights file it writes is what :mod:`newsgraph.nlp.quotes._model` loads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.eval.quotes import (
    ROLES,
    GoldDoc,
    _articles,
    _doc_roles,
    _extent,
    _minus,
    _prf,
    _Tally,
    parse_ann,
    score_article,
)
from newsgraph.nlp.quotes import _model as quotes_model
from newsgraph.nlp.quotes._bounds import end_features, end_options
from newsgraph.nlp.quotes._marks import find_quote_spans
from newsgraph.nlp.quotes._rules import Char, find_candidates
from newsgraph.nlp.quotes.component import QuoteFinder


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int


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


def end_examples(
    doc: Doc, golds: Sequence[GoldDoc], finder: QuoteFinder, first_group: int = 0
) -> tuple[list[list[str]], list[int], list[float]]:
    """One choice group per (attribution, annotator) whose content starts where the gold's does:
    the places the content could end, marked right when the scored extent ends with the gold's."""
    text = doc.text
    rows: list[list[str]] = []
    groups: list[int] = []
    labels: list[float] = []
    group = first_group
    for att in finder._attributions(doc):
        if att.cue is None or att.kind == "direct":
            continue
        cue = att.cue
        for gold in golds:
            match = next(
                (
                    g
                    for g in gold.attributions
                    if "content" in g.roles
                    and any(a < cue[1] and cue[0] < b for a, b in g.roles.get("cue", ()))
                ),
                None,
            )
            if match is None:
                continue
            want = _extent(text, match.roles["content"])
            have = _scored_extent(text, att.content, cue, att.source)
            if want is None or have is None or have[0] != want[0]:
                continue
            for end in end_options(doc, att.content, cue):
                ext = _scored_extent(text, (att.content[0], end), cue, att.source)
                rows.append(end_features(doc, att.content, end, att.content[1], att.rule))
                groups.append(group)
                labels.append(1.0 if ext is not None and ext[1] == want[1] else 0.0)
            group += 1
    return rows, groups, labels


def _scored_extent(
    text: str, content: Char, cue: Char | None, source: Char | None
) -> tuple[int, int] | None:
    """The content extent the scorer compares: content minus cue and source, first to last."""
    holes = [_Span(*x) for x in (cue, source) if x is not None]
    return _extent(text, _minus(_Span(*content), holes))


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
    return {
        role: _prf(t.exact_hit, t.exact_hit, t.n_pred, t.n_gold)[2] for role, t in totals.items()
    }


def train(
    path: Path,
    *,
    nlp: Language | None = None,
    limit: int | None = None,
    progress: Callable[[str], Any] | None = None,
    **fit_options: Any,
) -> tuple[quotes_model.CueModel, quotes_model.CueModel, dict[str, Any]]:
    """Fit the cue scorer and the content-end chooser on a split; returns both models and what
    was measured on the way."""
    say = progress or (lambda _msg: None)
    if nlp is None:
        from newsgraph.nlp.pipeline import load_model

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
    end_l2: float = 1e-3,
    **fit_options: Any,
) -> tuple[quotes_model.CueModel, quotes_model.CueModel, dict[str, Any]]:
    """Fit on parsed docs: the cue threshold from a held-back fifth, then the cue weights from
    all of them; then the end chooser on the attributions the cue scorer finds."""
    base = QuoteFinder(None, cue_model="", end_model="")  # candidates and features only
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
        finder = QuoteFinder(None, cue_model=quotes_model.CueModel(weights, t), end_model="")
        by_threshold[t] = score_docs(held_docs, held_golds, finder)
    best = max(THRESHOLDS, key=lambda t: (by_threshold[t]["content"], -abs(t - 0.5)))
    say(f"threshold {best}: held-back exact F1 {by_threshold[best]}")
    say("fitting on all articles")
    rows = [r for rs, _ in feats for r in rs]
    labels = [y for _, ys in feats for y in ys]
    model = quotes_model.CueModel(quotes_model.fit(rows, labels, **fit_options), best)
    say("fitting the content-end chooser")
    finder = QuoteFinder(None, cue_model=model, end_model="")
    end_rows: list[list[str]] = []
    end_groups: list[int] = []
    end_labels: list[float] = []
    for doc, gs in zip(docs, golds, strict=True):
        r, g, y = end_examples(doc, gs, finder, first_group=end_groups[-1] + 1 if end_groups else 0)
        end_rows += r
        end_groups += g
        end_labels += y
    end_model = quotes_model.CueModel(
        quotes_model.fit_choice(end_rows, end_groups, end_labels, l2=end_l2), 0.0
    )
    info = {
        "articles": len(docs),
        "candidates": len(rows),
        "positive": round(sum(labels), 1),
        "features": len(model.weights),
        "threshold": best,
        "held_back": by_threshold[best],
        "end_choices": len(set(end_groups)),
        "end_features": len(end_model.weights),
    }
    return model, end_model, info
