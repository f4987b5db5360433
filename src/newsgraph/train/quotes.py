"""``newsgraph train quotes``: learn the weights of ``newsgraph_quotes`` from attribution gold.

``newsgraph train quotes ../shared/data/polnear/train --out DIR`` parses the split once and fits
three linear models with scikit-learn:

* the **cue scorer**: every cue candidate the rules find (lexicon cues and the broad ones) is a
  row of feature strings (:func:`newsgraph.nlp.quotes._model.features`), labelled by the share
  of annotators marking its cue word as a Cue. A logistic regression learns from it (a soft label
  ``y`` is a positive row of weight ``y`` and a negative row of weight ``1 - y``). The decision
  threshold is chosen by cross-validation on the split (the default, ``--cv-threshold``: all five
  folds' pooled held-out scores, ``quotes_threshold``; ``--held-back-threshold``: the old choice,
  exact Content F1 on one held-back fifth fitted on the other four; ``--threshold X``: held at X,
  no search, the shipped weights' 0.45 since quotes14); the final weights are then fitted on the
  whole split.
* the **content-end chooser**: for each found attribution whose content starts where the gold's
  does, the places it could end are options and the gold's end is the right one. The right
  option's features minus each wrong one's are the rows of a logistic regression without
  intercept (a pairwise ranking model), so the weights score options against each other.
* the **content-start chooser**, fitted first the same way: for each found attribution whose
  content follows its cue, the places it could start (the parse's start and the words from the
  cue's end to a few words in) are options and the gold's start is the right one. Words it
  passes over join the cue ("made the case | that ...").

With ``dense=True`` (:func:`train`, :func:`fit_docs`; off by default) each of the three models
also gets weights on the parse model's contextual token vectors (``doc.tensor``, 96 numbers a
word from en_core_web_sm's tok2vec): the cue word's vector and the mean over the words within
two of it (:func:`~newsgraph.nlp.quotes._model.cue_vector`), the vectors either side of an end
or a start (:func:`~newsgraph.nlp.quotes._bounds.end_vectors`, ``start_vectors``). Measured
five-fold on train it gained nothing over the feature strings (README, quotes row), so the
shipped weights have none.

With ``crf=True`` (``newsgraph train quotes --crf``; off by default) it also fits the
**sequence tagger** (:mod:`newsgraph.nlp.quotes._crf`): a linear-chain CRF over each sentence
labelling words B/I of Cue, Source, Content or O (the first annotator's attributions), trained
with python-crfsuite (a train-time dependency, the ``dev`` extra) and written as ``crf.npz``;
the component decodes it with numpy when its ``crf`` setting is on. Measured out of fold on
train it does not beat the rules and linear models beyond the spread between folds
(docs/quotes.md), so the shipped weights have none.

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
    GoldDoc,
    article_files,
    extent,
    minus,
    parse_ann,
)
from newsgraph.nlp.quotes._bounds import (
    _token_tensor,
    end_features,
    end_options,
    end_vectors,
    start_vectors,
)
from newsgraph.nlp.quotes._crf import (
    LABELS,
    SequenceTagger,
    sentence_bounds,
    token_features,
    token_labels,
)
from newsgraph.nlp.quotes._lexicon import Lexicon
from newsgraph.nlp.quotes._marks import find_quote_spans
from newsgraph.nlp.quotes._model import (
    CUE_WINDOW,
    LinearModel,
    QuoteWeights,
    cue_vector,
    features,
    spacy_model_of,
)
from newsgraph.nlp.quotes._nesting import nest_rules
from newsgraph.nlp.quotes._rules import Char, find_candidates
from newsgraph.nlp.quotes._starts import start_options, start_rows
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.train.quotes_threshold import cv_threshold, held_back_threshold, tallies

THRESHOLDS = tuple(round(0.2 + 0.05 * k, 2) for k in range(13))  # 0.20 .. 0.80
CUE_C = 0.2  # inverse L2 strength of the cue scorer (scikit-learn's C)
END_C = 0.05  # and of the end chooser
START_C = 0.5  # and of the start chooser (chosen on a held-back fifth of train)
CRF_C1 = 0.05  # L1 strength of the sequence tagger (python-crfsuite's c1)
CRF_C2 = 0.01  # and its L2 strength (c2)
CRF_ITERATIONS = 150  # L-BFGS iterations of the sequence tagger
MIN_COUNT = 2  # features seen fewer times are left out


# one choice among the places a content could start or end: the options' feature rows, which
# of them is right and (optionally) the options' dense inputs
Choice = tuple[list[list[str]], int] | tuple[list[list[str]], int, Any]


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
) -> tuple[list[list[str]], list[float], list[Any]]:
    """Features, soft labels (share of annotators marking the cue word) and dense inputs
    (:func:`cue_vector`, None without token vectors) of one article's cue candidates."""
    quoted = [(q.start, q.end) for q in find_quote_spans(doc.text)]
    covers = [cue_coverage(g) for g in golds]
    rows: list[list[str]] = []
    labels: list[float] = []
    vectors: list[Any] = []
    cands = find_candidates(doc, finder.lexicon, broad=True)
    for cand, nest in zip(cands, nest_rules(cands), strict=True):
        tok = doc[cand.head]
        chars = range(tok.idx, tok.idx + len(tok))
        hit = sum(any(i in cov for i in chars) for cov in covers) / max(1, len(covers))
        rows.append(features(doc, cand, quoted, finder.lexicon, nest=nest))
        labels.append(hit)
        vectors.append(cue_vector(doc, cand.head))
    return rows, labels, vectors


def end_examples(doc: Doc, golds: Sequence[GoldDoc], finder: QuoteFinder) -> list[Choice]:
    """One choice per (attribution, annotator) whose content starts where the gold's does: the
    feature rows of the places the content could end, which of them ends with the gold and the
    options' dense inputs (:func:`end_vectors`, None when the doc has no vectors)."""
    text = doc.text
    out: list[Choice] = []
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
            options = end_options(doc, att.content, cue)
            for end in options:
                ext = _scored_extent(text, (att.content[0], end), cue, att.source)
                if right < 0 and ext is not None and ext[1] == want[1]:
                    right = len(rows)
                rows.append(
                    end_features(
                        doc, att.content, end, att.content[1], att.rule, att.head, att.kind
                    )
                )
            if right >= 0 and len(rows) > 1:
                out.append((rows, right, end_vectors(doc, options, att.content[1])))
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


def start_examples(doc: Doc, golds: Sequence[GoldDoc], finder: QuoteFinder) -> list[Choice]:
    """One choice per (attribution, annotator) whose content follows its cue and whose gold
    content starts at one of the places it could start: the options' feature rows, which of
    them starts with the gold and their dense inputs (:func:`start_vectors`)."""
    text = doc.text
    out: list[Choice] = []
    for att in finder._attributions(doc):
        if att.cue is None or att.kind == "direct" or att.head is None:
            continue
        options = start_options(doc, att.content, att.cue, att.source)
        if len(options) < 2:
            continue
        rows = start_rows(doc, att.content, options, att.cue, att.rule, att.head)
        vectors = start_vectors(doc, options)
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
                out.append((rows, right, vectors))
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
    return {role: round(t.exact_f1, 4) for role, t in tallies(docs, golds, finder).items()}


def crf_sequences(
    doc: Doc, golds: Sequence[GoldDoc], lex: Lexicon
) -> list[tuple[list[list[str]], list[str]]]:
    """The sentences of one article as (feature strings, BIO labels) per word, labelled by its
    first annotator (none without gold)."""
    if not golds:
        return []
    quoted = [(q.start, q.end) for q in find_quote_spans(doc.text)]
    feats = token_features(doc, lex, quoted)
    labels = token_labels(doc, [a.roles for a in golds[0].attributions])
    return [(feats[a:b], labels[a:b]) for a, b in sentence_bounds(doc)]


def fit_crf(
    sequences: Sequence[tuple[list[list[str]], list[str]]],
    *,
    c1: float = CRF_C1,
    c2: float = CRF_C2,
    iterations: int = CRF_ITERATIONS,
    min_freq: int = MIN_COUNT,
) -> SequenceTagger:
    """A linear-chain CRF (python-crfsuite, L-BFGS with L1 ``c1`` and L2 ``c2``; features seen
    fewer than ``min_freq`` times are left out) read back into a :class:`SequenceTagger`.
    Every label must occur in ``sequences``."""
    import numpy as np
    import pycrfsuite

    from newsgraph.nlp._crfsuite import trained_info

    seen = {label for _, labels in sequences for label in labels}
    if seen != set(LABELS):
        # crfsuite leaves a label it never saw out of its model; ours would give it weight 0
        raise ValueError(f"no {sorted(set(LABELS) - seen)} in the training sequences")
    trainer = pycrfsuite.Trainer(verbose=False)
    for feats, labels in sequences:
        trainer.append(feats, labels)
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": iterations, "feature.minfreq": min_freq}
    )
    info = trained_info(trainer)
    names = sorted({name for name, _ in info.state_features})
    index = {n: i for i, n in enumerate(names)}
    state = np.zeros((len(names), len(LABELS)), dtype=np.float32)
    for (name, label), w in info.state_features.items():
        state[index[name], LABELS.index(label)] = w
    trans = np.zeros((len(LABELS), len(LABELS)), dtype=np.float32)
    for (a, b), w in info.transitions.items():
        trans[LABELS.index(a), LABELS.index(b)] = w
    meta = {
        "c1": c1,
        "c2": c2,
        "iterations": iterations,
        "min_freq": min_freq,
        "sequences": len(sequences),
        "tokens": sum(len(labels) for _, labels in sequences),
    }
    return SequenceTagger(names, state, trans, meta)


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
    vectors: Any = None,
    c: float = CUE_C,
    min_count: int = MIN_COUNT,
) -> LinearModel:
    """Logistic regression on soft labels in [0, 1] (scikit-learn, L2, lbfgs).

    ``vectors``: an optional array with one dense input per row (:func:`cue_vector`); their
    weights become the model's ``dense`` part.
    """
    import numpy as np
    from scipy.sparse import csr_matrix, hstack, vstack
    from sklearn.linear_model import LogisticRegression

    names = [n for n in _vocabulary(rows, min_count) if n != "bias"]
    x = _matrix(rows, {n: i for i, n in enumerate(names)})
    width = 0
    if vectors is not None:
        dense_x = np.asarray(vectors, dtype=np.float64)
        if dense_x.shape[0] != x.shape[0]:
            raise ValueError(f"{x.shape[0]} rows but {dense_x.shape[0]} vectors")
        width = dense_x.shape[1]
        x = hstack([x, csr_matrix(dense_x)]).tocsr()
    y = np.asarray(labels, dtype=np.float64)
    keep_pos, keep_neg = y > 0, y < 1
    xx = vstack([x[keep_pos], x[keep_neg]]).tocsr()
    yy = np.concatenate([np.ones(int(keep_pos.sum())), np.zeros(int(keep_neg.sum()))])
    ww = np.concatenate([y[keep_pos], 1.0 - y[keep_neg]])
    model = LogisticRegression(C=c, max_iter=2000, tol=1e-6)
    model.fit(xx, yy, sample_weight=ww)
    coef = model.coef_[0]
    if width:
        sparse, dense = coef[: len(names)], coef[len(names) :]
        return _pruned(names, sparse, float(model.intercept_[0]), dense)
    return _pruned(names, coef, float(model.intercept_[0]))


def fit_end(
    choices: Sequence[Choice],
    *,
    c: float = END_C,
    min_count: int = MIN_COUNT,
    dense: bool = False,
) -> LinearModel:
    """Pairwise ranking: the right option's features minus each wrong option's, both signs.

    ``dense``: each choice carries a third item, one dense input per option
    (:func:`~newsgraph.nlp.quotes._bounds.end_vectors`); their weights become the model's
    ``dense`` part.
    """
    import numpy as np
    from scipy.sparse import csr_matrix, hstack, vstack
    from sklearn.linear_model import LogisticRegression

    names = _vocabulary([r for choice in choices for r in choice[0]], min_count)
    index = {n: i for i, n in enumerate(names)}
    diffs = []
    for choice in choices:
        rows, right = choice[0], choice[1]
        x = _matrix(rows, index)
        if dense:
            vectors = choice[2] if len(choice) > 2 else None
            if vectors is None or len(vectors) != len(rows):
                raise ValueError("a choice without one dense input per option")
            x = hstack([x, csr_matrix(np.asarray(vectors, dtype=np.float64))]).tocsr()
        wrong = [k for k in range(len(rows)) if k != right]
        diffs.append(x[[right] * len(wrong)] - x[wrong])
    d = vstack(diffs).tocsr()
    xx = vstack([d, -d]).tocsr()
    yy = np.concatenate([np.ones(d.shape[0]), np.zeros(d.shape[0])])
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=2000, tol=1e-6)
    model.fit(xx, yy)
    coef = model.coef_[0]
    if dense:
        return _pruned(names, coef[: len(names)], 0.0, coef[len(names) :])
    return _pruned(names, coef, 0.0)


def _pruned(names: Sequence[str], coef: Any, bias: float, dense: Any = None) -> LinearModel:
    kept = [(n, float(w)) for n, w in zip(names, coef, strict=True) if abs(w) >= 5e-4]
    return LinearModel.from_weights(dict(kept), bias, dense)


def train(
    path: Path,
    *,
    nlp: Language | None = None,
    limit: int | None = None,
    progress: Callable[[str], Any] | None = None,
    dense: bool = False,
    crf: bool = False,
    cv: bool = True,
    threshold: float | None = None,
) -> tuple[QuoteWeights, dict[str, Any]]:
    """Fit the cue scorer and the content-end chooser (and with ``crf`` the sequence tagger)
    on a split; returns the weights (with their meta record) and what was measured on the
    way. ``threshold`` holds the cue threshold fixed (``cv`` is then unused)."""
    say = progress or (lambda _msg: None)
    if nlp is None:
        from newsgraph.nlp.pipeline import load_model

        nlp = load_model()
    names, texts, golds = read_split(Path(path), limit)
    say(f"parsing {len(texts)} articles")
    docs = list(nlp.pipe(texts, batch_size=16))
    weights, info = fit_docs(docs, golds, say=say, dense=dense, cv=cv, threshold=threshold)
    provenance = {
        "training_data": {
            "path": Path(path).name,
            "articles": len(names),
            "sha256": data_sha256(Path(path)) if limit is None else None,
            "limit": limit,
        },
        "spacy_model": spacy_model_of(nlp),
        "date": dt.date.today().isoformat(),
        "libraries": _versions(),
    }
    if crf:
        say("fitting the sequence tagger")
        lex = QuoteFinder(None, cue_model=False, end_model=False, start_model=False).lexicon
        seqs = [s for d, g in zip(docs, golds, strict=True) for s in crf_sequences(d, g, lex)]
        weights.crf = fit_crf(seqs)
        weights.crf.meta.update(provenance)
        info["crf_features"] = len(weights.crf.names)
    weights.meta.update(provenance, counts=info)
    return weights, info


def fit_docs(
    docs: Sequence[Doc],
    golds: Sequence[Sequence[GoldDoc]],
    *,
    say: Callable[[str], Any] = lambda _msg: None,
    cue_c: float = CUE_C,
    end_c: float = END_C,
    start_c: float = START_C,
    dense: bool = False,
    cv: bool = True,
    threshold: float | None = None,
) -> tuple[QuoteWeights, dict[str, Any]]:
    """Fit on parsed docs: the cue threshold from all five folds' held-out scores pooled
    (``cv``, the default, :mod:`newsgraph.train.quotes_threshold`; ``cv=False``: from one
    held-back fifth; ``threshold``: held at that value, no search, ``cv`` unused), then the
    cue weights from all of them; then the end chooser on the attributions the cue scorer
    finds."""
    if threshold is not None and not 0.0 < threshold < 1.0:
        raise ValueError(f"the cue threshold must lie between 0 and 1, not {threshold}")
    if dense and any(_token_tensor(d) is None for d in docs):
        raise ValueError("dense=True needs docs parsed by a model that sets doc.tensor")
    # candidates and features only (no weights loaded: they may be of other feature templates)
    base = QuoteFinder(None, cue_model=False, end_model=False, start_model=False)
    feats = [examples(d, g, base) for d, g in zip(docs, golds, strict=True)]

    def cue_on(keep: list[int]) -> LinearModel:  # the cue scorer fitted on those articles
        part = [feats[i] for i in keep]
        rows = [r for rs, _, _ in part for r in rs]
        labels = [y for _, ys, _ in part for y in ys]
        return fit_cue(rows, labels, vectors=_stacked([v for _, _, v in part], dense), c=cue_c)

    held_f1: dict[str, float] | None = None
    if threshold is not None:
        best, choice = threshold, "fixed"
        say(f"threshold {best}: fixed, not searched")
    else:
        choose = cv_threshold if cv else held_back_threshold
        best, held_f1 = choose(docs, golds, cue_on, THRESHOLDS, say)
        choice = "pooled out-of-fold, 5 folds" if cv else "held-back fifth"
    no_end = LinearModel.from_weights({})
    say("fitting on all articles")
    rows = [r for rs, _, _ in feats for r in rs]
    labels = [y for _, ys, _ in feats for y in ys]
    cue = fit_cue(rows, labels, vectors=_stacked([vs for _, _, vs in feats], dense), c=cue_c)
    say("fitting the content-start chooser")
    finder = QuoteFinder(
        None, end_model=False, start_model=False, weights=QuoteWeights(cue, no_end, best)
    )
    starts = [c for d, g in zip(docs, golds, strict=True) for c in start_examples(d, g, finder)]
    start = fit_end(starts, c=start_c, dense=dense)
    say("fitting the content-end chooser")
    finder = QuoteFinder(None, end_model=False, weights=QuoteWeights(cue, no_end, best, {}, start))
    choices = [c for d, g in zip(docs, golds, strict=True) for c in end_examples(d, g, finder)]
    end = fit_end(choices, c=end_c, dense=dense)
    info: dict[str, Any] = {
        "articles": len(docs),
        "candidates": len(rows),
        "positive": round(sum(labels), 1),
        "cue_features": len(cue.names),
        "threshold": best,
        "threshold_choice": choice,
        "held_back_exact_f1": held_f1,
        "end_choices": len(choices),
        "end_features": len(end.names),
        "start_choices": len(starts),
        "start_features": len(start.names),
    }
    if dense:
        # what the dense weights multiply: the parse model's token vectors (its name and
        # version are the meta record's spacy_model)
        info["dense_inputs"] = {
            "source": "doc.tensor",
            "cue": f"cue word and mean of the words within {CUE_WINDOW} of it",
            "end": "word an end closes on and the word after it",
            "start": "word before a start and the word it opens on",
            "width": int(cue.dense.shape[0]) if cue.dense is not None else 0,
        }
    return QuoteWeights(cue, end, best, {}, start), info


def _stacked(per_doc: Sequence[Sequence[Any]], dense: bool) -> Any:
    """One array of the candidates' dense inputs (None when ``dense`` is off); a doc without
    token vectors cannot train a dense model."""
    if not dense:
        return None
    import numpy as np

    flat = [v for vs in per_doc for v in vs]
    if any(v is None for v in flat):
        raise ValueError("dense=True needs docs parsed by a model that sets doc.tensor")
    return np.asarray(flat, dtype=np.float32)


def _versions() -> dict[str, str]:
    out: dict[str, str] = {}
    for dist in ("newsgraph", "spacy", "numpy", "scipy", "scikit-learn", "python-crfsuite"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "unknown"
    return out
