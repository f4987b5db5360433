"""``newsgraph train quotes``: learn the weights of ``newsgraph_quotes`` from attribution gold.

``newsgraph train quotes ../shared/data/polnear/train --out DIR`` parses the split once and fits
three linear models with scikit-learn:

* the **cue scorer**: every cue candidate the rules find (lexicon cues and the broad ones) is a
  row of feature strings (:func:`newsgraph.nlp.quotes._model.features`), labelled by the share
  of annotators marking its cue word as a Cue. A logistic regression learns from it (a soft label
  ``y`` is a positive row of weight ``y`` and a negative row of weight ``1 - y``). The decision
  threshold maximises exact Content F1 on a held-back fifth of the split, fitted on the other
  four; the final weights are then fitted on the whole split.
* the **content-end chooser**: for each found attribution whose content starts where the gold's
  does, the places it could end are options and the gold's end is the right one. The right
  option's features minus each wrong one's are the rows of a logistic regression without
  intercept (a pairwise ranking model), so the weights score options against each other.
* the **content-start chooser**, fitted first the same way: for each found attribution whose
  content follows its cue, the places it could start (the parse's start and the words from the
  cue's end to a few words in) are options and the gold's start is the right one. Words it
  passes over join the cue ("made the case | that ...").

The weights folder it writes (``cue.npz``, ``start.npz``, ``end.npz``, ``meta.json``) is what
the component loads (:class:`~newsgraph.nlp.quotes._model.QuoteWeights`); the shipped one is
``src/newsgraph/nlp/quotes/weights``. The meta record names the feature-template version, the
SHA-256 of the training data, the spaCy model, the date and the library versions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.eval.quotes import (
    ROLES,
    GoldDoc,
    Tally,
    article_files,
    doc_roles,
    extent,
    minus,
    parse_ann,
    score_article,
)
from newsgraph.nlp.quotes._bounds import (
    end_features,
    end_options,
    start_options,
    start_rows,
)
from newsgraph.nlp.quotes._marks import find_quote_spans
from newsgraph.nlp.quotes._model import LinearModel, QuoteWeights, features, spacy_model_of
from newsgraph.nlp.quotes._rules import Char, find_candidates
from newsgraph.nlp.quotes.component import QuoteFinder

THRESHOLDS = tuple(round(0.2 + 0.05 * k, 2) for k in range(13))  # 0.20 .. 0.80
CUE_C = 0.2  # inverse L2 strength of the cue scorer (scikit-learn's C)
END_C = 0.05  # and of the end chooser
START_C = 0.5  # and of the start chooser (chosen on a held-back fifth of train)
MIN_COUNT = 2  # features seen fewer times are left out


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int


def data_sha256(path: Path) -> str:
    """SHA-256 over the split's text and annotation files (names and bytes, sorted)."""
    h = hashlib.sha256()
    root = Path(path)
    for sub in ("text", "attributions"):
        for f in sorted((root / sub).glob("*")):
            if f.is_file():
                h.update(f"{sub}/{f.name}\0".encode())
                h.update(f.read_bytes())
                h.update(b"\0")
    return h.hexdigest()


def read_split(
    path: Path, limit: int | None = None
) -> tuple[list[str], list[str], list[list[GoldDoc]]]:
    """Article names, texts and gold (one GoldDoc per annotator) of a PolNeAR-style split."""
    files = article_files(Path(path))
    names = sorted(files)[:limit] if limit is not None else sorted(files)
    texts = [(Path(path) / "text" / f"{n}.txt").read_text(encoding="utf-8") for n in names]
    golds = [[parse_ann(a.read_text(encoding="utf-8")) for a in files[n]] for n in names]
    return names, texts, golds


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
    quoted = [(q.start, q.end) for q in find_quote_spans(doc.text)]
    covers = [cue_coverage(g) for g in golds]
    rows: list[list[str]] = []
    labels: list[float] = []
    for cand in find_candidates(doc, finder.lexicon, broad=True):
        tok = doc[cand.head]
        chars = range(tok.idx, tok.idx + len(tok))
        hit = sum(any(i in cov for i in chars) for cov in covers) / max(1, len(covers))
        rows.append(features(doc, cand, quoted, finder.lexicon))
        labels.append(hit)
    return rows, labels


def end_examples(
    doc: Doc, golds: Sequence[GoldDoc], finder: QuoteFinder
) -> list[tuple[list[list[str]], int]]:
    """One choice per (attribution, annotator) whose content starts where the gold's does: the
    feature rows of the places the content could end, and which of them ends with the gold."""
    text = doc.text
    out: list[tuple[list[list[str]], int]] = []
    for att in finder._attributions(doc):
        if att.cue is None or att.kind == "direct":
            continue
        cue = att.cue
        for match in _gold_match(golds, cue):
            want = extent(text, match.roles["content"])
            have = _scored_extent(text, att.content, cue, att.source)
            if want is None or have is None or have[0] != want[0]:
                continue
            rows: list[list[str]] = []
            right = -1
            for end in end_options(doc, att.content, cue):
                ext = _scored_extent(text, (att.content[0], end), cue, att.source)
                if right < 0 and ext is not None and ext[1] == want[1]:
                    right = len(rows)
                rows.append(
                    end_features(
                        doc, att.content, end, att.content[1], att.rule, att.head, att.kind
                    )
                )
            if right >= 0 and len(rows) > 1:
                out.append((rows, right))
    return out


def _gold_match(golds: Sequence[GoldDoc], cue: Char) -> list[Any]:
    """Per annotator, the first gold attribution with a content whose cue overlaps ``cue``."""
    out = []
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
        if match is not None:
            out.append(match)
    return out


def start_examples(
    doc: Doc, golds: Sequence[GoldDoc], finder: QuoteFinder
) -> list[tuple[list[list[str]], int]]:
    """One choice per (attribution, annotator) whose content follows its cue and whose gold
    content starts at one of the places it could start: the options' feature rows and which
    of them starts with the gold."""
    text = doc.text
    out: list[tuple[list[list[str]], int]] = []
    for att in finder._attributions(doc):
        if att.cue is None or att.kind == "direct" or att.head is None:
            continue
        options = start_options(doc, att.content, att.cue, att.source)
        if len(options) < 2:
            continue
        rows = start_rows(doc, att.content, options, att.cue, att.rule, att.head)
        for match in _gold_match(golds, att.cue):
            want = extent(text, match.roles["content"])
            if want is None:
                continue
            right = next(
                (
                    k
                    for k, start in enumerate(options)
                    if (ext := _scored_extent(text, (start, att.content[1]), None, att.source))
                    is not None
                    and ext[0] == want[0]
                ),
                -1,
            )
            if right >= 0:
                out.append((rows, right))
    return out


def _scored_extent(
    text: str, content: Char, cue: Char | None, source: Char | None
) -> tuple[int, int] | None:
    """The content extent the scorer compares: content minus cue and source, first to last."""
    holes = [_Span(*x) for x in (cue, source) if x is not None]
    return extent(text, minus(_Span(*content), holes))


def score_docs(
    docs: Sequence[Doc], golds: Sequence[Sequence[GoldDoc]], finder: QuoteFinder
) -> dict[str, float]:
    """Exact F1 per role of ``finder`` on parsed docs (the ``newsgraph eval quotes`` counts)."""
    totals = {role: Tally() for role in ROLES}
    for doc, gs in zip(docs, golds, strict=True):
        doc._.ng_quotes = None
        finder(doc)
        for role, tally in score_article(doc.text, list(gs), doc_roles(doc)).items():
            totals[role].add(tally, 1.0)
    return {role: round(t.exact_f1, 4) for role, t in totals.items()}


def _vocabulary(rows: Sequence[Sequence[str]], min_count: int) -> list[str]:
    counts: dict[str, int] = {}
    for r in rows:
        for f in set(r):
            counts[f] = counts.get(f, 0) + 1
    return sorted(f for f, c in counts.items() if c >= min_count)


def _matrix(rows: Sequence[Sequence[str]], index: dict[str, int]) -> Any:
    import numpy as np
    from scipy.sparse import csr_matrix

    cols: list[int] = []
    ptr = [0]
    for r in rows:
        ids = sorted({index[f] for f in r if f in index})
        cols.extend(ids)
        ptr.append(len(cols))
    data = np.ones(len(cols), dtype=np.float64)
    return csr_matrix((data, cols, ptr), shape=(len(rows), len(index)))


def fit_cue(
    rows: Sequence[Sequence[str]],
    labels: Sequence[float],
    *,
    c: float = CUE_C,
    min_count: int = MIN_COUNT,
) -> LinearModel:
    """Logistic regression on soft labels in [0, 1] (scikit-learn, L2, lbfgs)."""
    import numpy as np
    from scipy.sparse import vstack
    from sklearn.linear_model import LogisticRegression

    names = [n for n in _vocabulary(rows, min_count) if n != "bias"]
    x = _matrix(rows, {n: i for i, n in enumerate(names)})
    y = np.asarray(labels, dtype=np.float64)
    keep_pos, keep_neg = y > 0, y < 1
    xx = vstack([x[keep_pos], x[keep_neg]]).tocsr()
    yy = np.concatenate([np.ones(int(keep_pos.sum())), np.zeros(int(keep_neg.sum()))])
    ww = np.concatenate([y[keep_pos], 1.0 - y[keep_neg]])
    model = LogisticRegression(C=c, max_iter=2000, tol=1e-6)
    model.fit(xx, yy, sample_weight=ww)
    return _pruned(names, model.coef_[0], float(model.intercept_[0]))


def fit_end(
    choices: Sequence[tuple[Sequence[Sequence[str]], int]],
    *,
    c: float = END_C,
    min_count: int = MIN_COUNT,
) -> LinearModel:
    """Pairwise ranking: the right option's features minus each wrong option's, both signs."""
    import numpy as np
    from scipy.sparse import vstack
    from sklearn.linear_model import LogisticRegression

    names = _vocabulary([r for rows, _ in choices for r in rows], min_count)
    index = {n: i for i, n in enumerate(names)}
    diffs = []
    for rows, right in choices:
        x = _matrix(rows, index)
        wrong = [k for k in range(len(rows)) if k != right]
        diffs.append(x[[right] * len(wrong)] - x[wrong])
    d = vstack(diffs).tocsr()
    xx = vstack([d, -d]).tocsr()
    yy = np.concatenate([np.ones(d.shape[0]), np.zeros(d.shape[0])])
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=2000, tol=1e-6)
    model.fit(xx, yy)
    return _pruned(names, model.coef_[0], 0.0)


def _pruned(names: Sequence[str], coef: Any, bias: float) -> LinearModel:
    kept = [(n, float(w)) for n, w in zip(names, coef, strict=True) if abs(w) >= 5e-4]
    return LinearModel.from_weights(dict(kept), bias)


def train(
    path: Path,
    *,
    nlp: Language | None = None,
    limit: int | None = None,
    progress: Callable[[str], Any] | None = None,
) -> tuple[QuoteWeights, dict[str, Any]]:
    """Fit the cue scorer and the content-end chooser on a split; returns the weights (with
    their meta record) and what was measured on the way."""
    say = progress or (lambda _msg: None)
    if nlp is None:
        from newsgraph.nlp.pipeline import load_model

        nlp = load_model()
    names, texts, golds = read_split(Path(path), limit)
    say(f"parsing {len(texts)} articles")
    docs = list(nlp.pipe(texts, batch_size=16))
    weights, info = fit_docs(docs, golds, say=say)
    weights.meta.update(
        training_data={
            "path": Path(path).name,
            "articles": len(names),
            "sha256": data_sha256(Path(path)) if limit is None else None,
            "limit": limit,
        },
        spacy_model=spacy_model_of(nlp),
        date=dt.date.today().isoformat(),
        libraries=_versions(),
        counts=info,
    )
    return weights, info


def fit_docs(
    docs: Sequence[Doc],
    golds: Sequence[Sequence[GoldDoc]],
    *,
    say: Callable[[str], Any] = lambda _msg: None,
    cue_c: float = CUE_C,
    end_c: float = END_C,
    start_c: float = START_C,
) -> tuple[QuoteWeights, dict[str, Any]]:
    """Fit on parsed docs: the cue threshold from a held-back fifth, then the cue weights from
    all of them; then the end chooser on the attributions the cue scorer finds."""
    # candidates and features only (no weights loaded: they may be of other feature templates)
    base = QuoteFinder(None, cue_model=False, end_model=False, start_model=False)
    feats = [examples(d, g, base) for d, g in zip(docs, golds, strict=True)]
    fold = [k % 5 == 4 for k in range(len(docs))]
    say("fitting on four fifths to choose the threshold")
    rows = [r for (rs, _), f in zip(feats, fold, strict=True) if not f for r in rs]
    labels = [y for (_, ys), f in zip(feats, fold, strict=True) if not f for y in ys]
    cue = fit_cue(rows, labels, c=cue_c)
    held_docs = [d for d, f in zip(docs, fold, strict=True) if f]
    held_golds = [g for g, f in zip(golds, fold, strict=True) if f]
    no_end = LinearModel.from_weights({})
    by_threshold: dict[float, dict[str, float]] = {}
    for t in THRESHOLDS:
        finder = QuoteFinder(None, end_model=False, weights=QuoteWeights(cue, no_end, t))
        by_threshold[t] = score_docs(held_docs, held_golds, finder)
    best = max(THRESHOLDS, key=lambda t: (by_threshold[t]["content"], -abs(t - 0.5)))
    say(f"threshold {best}: held-back exact F1 {by_threshold[best]}")
    say("fitting on all articles")
    rows = [r for rs, _ in feats for r in rs]
    labels = [y for _, ys in feats for y in ys]
    cue = fit_cue(rows, labels, c=cue_c)
    say("fitting the content-start chooser")
    finder = QuoteFinder(
        None, end_model=False, start_model=False, weights=QuoteWeights(cue, no_end, best)
    )
    starts = [c for d, g in zip(docs, golds, strict=True) for c in start_examples(d, g, finder)]
    start = fit_end(starts, c=start_c)
    say("fitting the content-end chooser")
    finder = QuoteFinder(None, end_model=False, weights=QuoteWeights(cue, no_end, best, {}, start))
    choices = [c for d, g in zip(docs, golds, strict=True) for c in end_examples(d, g, finder)]
    end = fit_end(choices, c=end_c)
    info = {
        "articles": len(docs),
        "candidates": len(rows),
        "positive": round(sum(labels), 1),
        "cue_features": len(cue.names),
        "threshold": best,
        "held_back_exact_f1": by_threshold[best],
        "end_choices": len(choices),
        "end_features": len(end.names),
        "start_choices": len(starts),
        "start_features": len(start.names),
    }
    return QuoteWeights(cue, end, best, {}, start), info


def _versions() -> dict[str, str]:
    out: dict[str, str] = {}
    for dist in ("newsgraph", "spacy", "numpy", "scipy", "scikit-learn"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "unknown"
    return out
