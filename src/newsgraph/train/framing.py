"""Learn the framing span tagger from PTC (``newsgraph train framing PTC_DIR``).

Only the *tune* part of PTC is read (``newsgraph.eval.framing.part_of``). Its articles are
parsed with the pipeline's English model; every token gets a BIO label from the gold spans of
``Loaded_Language`` (LL) and ``Name_Calling,Labeling`` (NC) (a token inside both takes NC, the
rarer); :func:`newsgraph.nlp.framing._tagger.fit` fits the softmax regression.

The decoding (threshold, hysteresis floor and gap, see ``_tagger.decode``) is chosen on a
held-back fifth of the tune part (fold 0: sha256 of the article id modulo five is 0) after
fitting on the other four fifths, or with ``cv`` by five-fold cross-validation (every article
scored by weights fitted on the other four folds), by the pooled F1 of what the component
outputs (lexicon records plus tagger spans; see :func:`choose_decoding`); the final weights are
then fitted on the whole tune part.
The weights and their meta record (feature-template version, SHA-256 of the training data, spaCy
model name and version, date, threshold) are written to ``out`` (by default the component's
shipped ``weights/`` folder).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.eval import framing as ptc
from newsgraph.nlp.framing import _clusters, _tagger
from newsgraph.nlp.framing.component import WEIGHTS, FramingComponent
from newsgraph.train._distributional import positive_pmi

THRESHOLDS = tuple(round(0.04 + 0.02 * k, 3) for k in range(24))  # 0.04 .. 0.50
LOWS = (0.04, 0.06, 0.08, 0.10, 0.12)  # the hysteresis floor (tokens joining a kept span)
GAPS = (0, 1)
_NC = "name_calling"
_LL = "loaded_language"


def token_labels(doc: Doc, gold: dict[str, ptc.Spans], *, bio: bool = True) -> list[int]:
    """BIO class index (``_tagger.CLASSES``) of every token of ``doc``; with ``bio`` false,
    IO tags (every token of a span is I-: the B- classes are never seen)."""
    marks: list[tuple[int, int, str]] = []
    for kind, short in ((_LL, "LL"), (_NC, "NC")):  # NC last: it wins where both cover
        marks.extend((s, e, short) for s, e in ptc.merge(ptc_spans(gold, kind)))
    out: list[int] = []
    prev: tuple[int, int, str] | None = None
    for tok in doc:
        hit: tuple[int, int, str] | None = None
        for m in marks:
            if m[0] <= tok.idx < m[1] and not tok.is_space:
                hit = m
        if hit is None:
            out.append(0)
        else:
            tag = "I" if prev == hit or not bio else "B"
            out.append(_tagger.CLASSES.index(f"{tag}-{hit[2]}"))
        prev = hit
    return out


def token_weights(doc: Doc, labels: Sequence[int], other: ptc.Spans, weight: float) -> list[float]:
    """Each token's weight in the fit: ``weight`` for an O token inside a span of one of PTC's
    other techniques (an emotive word the annotators filed as Repetition or Exaggeration, not
    Loaded_Language, is a doubtful negative), 1 for every other token."""
    return [
        weight if y == 0 and any(s <= tok.idx < e for s, e in other) else 1.0
        for tok, y in zip(doc, labels, strict=True)
    ]


def ptc_spans(gold: dict[str, ptc.Spans], kind: str) -> ptc.Spans:
    return gold.get(kind, [])


FOLDS = 5
CRF = False  # ``newsgraph train framing`` fits the softmax tagger (see fit_docs for the CRF)
CRF_C1, CRF_C2, CRF_ITERATIONS = 0.05, 0.01, 150
CLUSTER_SIZES = (32, 128, 512, 1500)


def unlabeled_texts(data: Path, tune: Sequence[ptc.PtcArticle]) -> list[str]:
    """News text to learn word clusters from: the PolNeAR articles, the synthetic event stories
    and the paragraphs of the extraction pages under ``data`` (``../shared/data``), then the
    tune articles' text (never a check article's). Missing folders are skipped."""
    import csv
    import gzip
    import html
    import re

    csv.field_size_limit(10**8)
    texts = [p.read_text("utf-8", errors="replace") for p in sorted(data.glob("polnear/*/text/*"))]
    for p in sorted(data.glob("events/synthetic/*.csv.gz")):
        with gzip.open(p, "rt", encoding="utf-8") as f:
            texts.extend(row["text"] for row in csv.DictReader(f))
    for p in sorted(data.glob("extraction/html/*.gz")):
        with gzip.open(p, "rt", encoding="utf-8", errors="replace") as f:
            h = f.read()
        h = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", h)
        paras = re.findall(r"(?is)<p[^>]*>(.*?)</p>", h)
        texts.append("\n".join(html.unescape(re.sub(r"<[^>]+>", " ", x)) for x in paras))
    return texts + [a.text for a in tune]


def learn_clusters(
    texts: Sequence[str],
    *,
    sizes: Sequence[int] = CLUSTER_SIZES,
    min_count: int = 3,
    contexts: int = 10_000,
    window: int = 4,
    dims: int = 100,
) -> _clusters.Table:
    """Word clusters from unlabeled text: co-occurrence counts of each word (seen ``min_count``
    times) with the ``contexts`` most frequent words within ``window`` tokens (weighted 1/d),
    positive PMI (context counts smoothed to the power 0.75), SVD to ``dims`` dimensions,
    unit-length rows, then k-means (``MiniBatchKMeans``, seeded) at each of ``sizes``."""
    from collections import Counter

    from scipy import sparse
    from scipy.sparse.linalg import svds
    from sklearn.cluster import MiniBatchKMeans

    sents = [_clusters.WORD_RE.findall(t.lower()) for t in texts]
    cnt = Counter(w for s in sents for w in s)
    words = [w for w, c in cnt.most_common() if c >= min_count]
    ctxw = [w for w, _c in cnt.most_common(contexts)]
    wi = {w: i for i, w in enumerate(words)}
    ci = {w: i for i, w in enumerate(ctxw)}
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for s in sents:
        ids = [wi.get(w, -1) for w in s]
        cs = [ci.get(w, -1) for w in s]
        n = len(s)
        for i in range(n):
            if ids[i] < 0:
                continue
            for o in range(1, window + 1):
                for j in (i - o, i + o):
                    if 0 <= j < n and cs[j] >= 0:
                        rows.append(ids[i])
                        cols.append(cs[j])
                        vals.append(1.0 / o)
    ppmi = positive_pmi(sparse.coo_matrix((vals, (rows, cols)), shape=(len(words), len(ctxw))))
    k = min(dims, min(ppmi.shape) - 1)
    u, sv, _vt = svds(ppmi, k=k, random_state=0)
    order = np.argsort(-sv)
    vec = u[:, order] * np.sqrt(sv[order])
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    vec = vec.astype(np.float32)
    labels = np.zeros((len(words), len(sizes)), dtype=np.int16)
    for g, size in enumerate(sizes):
        km = MiniBatchKMeans(
            n_clusters=min(size, len(words)), random_state=0, batch_size=4096, n_init=3
        ).fit(vec)
        labels[:, g] = km.labels_
    return words, list(sizes), labels


def fold_of(article_id: str) -> int:
    """The cross-validation fold (0..4) of a tune article: sha256 of its id modulo five."""
    return int(hashlib.sha256(article_id.encode("utf-8")).hexdigest(), 16) % FOLDS


def combined(
    lexicon: dict[str, ptc.Spans], have: ptc.Spans, tagged: list[_tagger.TaggedSpan]
) -> dict[str, ptc.Spans]:
    """The component's output in PTC kinds: lexicon spans, plus the tagger spans that overlap
    no lexicon record (``have``: the spans of all of them)."""
    out = {k: list(v) for k, v in lexicon.items()}
    for t in tagged:
        if not any(t.start < e and s < t.end for s, e in have):
            out.setdefault(t.kind, []).append((t.start, t.end))
    return out


Decoding = tuple[float, float, int]  # threshold, floor, gap
GATED = ("pooled_precision", "pooled_recall", "pooled_f1", "ll_f1", "nc_f1")


def choose_decoding(results: dict[Decoding, dict[str, Any]]) -> tuple[Decoding, Decoding]:
    """(chosen, baseline) from out-of-fold metrics per decoding: the baseline is the plain
    threshold (floor = threshold, gap 0) with the best pooled F1; the choice is the decoding
    with the best pooled F1 among those scoring at least the baseline on every gated metric
    (so a floor or gap never buys F1 with precision), the baseline on a tie."""
    plain = max(
        (k for k in results if k[1] == k[0] and k[2] == 0),
        key=lambda k: float(results[k]["pooled_f1"]),
    )
    base = results[plain]
    ok = [k for k, m in results.items() if all(float(m[g]) >= float(base[g]) for g in GATED)]
    return max(ok, key=lambda k: (float(results[k]["pooled_f1"]), k == plain)), plain


def train(
    path: Path | str,
    *,
    out: Path | None = None,
    nlp: Language | None = None,
    limit: int | None = None,
    progress: Callable[[str], None] | None = None,
    iterations: int = 300,
    l2: float = 3.0,
    bio: bool = True,
    cv: bool = True,
    head_words: bool = False,
    clusters: bool = True,
    crf: bool = CRF,
    other_weight: float = 1.0,
) -> dict[str, Any]:
    """Fit the tagger on the tune part of PTC at ``path``; write it to ``out``; return a report.

    With ``clusters``, word clusters are first learned from the unlabeled news text in the data
    folder two levels above ``path`` (:func:`unlabeled_texts`, :func:`learn_clusters`)."""
    say = progress or (lambda _m: None)
    arts = ptc.load(path, part="tune", limit=limit)
    table: _clusters.Table | None = None
    if clusters:
        say("learning word clusters from unlabeled news text")
        table = learn_clusters(unlabeled_texts(Path(path).resolve().parent.parent, arts))
    if nlp is None:
        from newsgraph.nlp.pipeline import config, load_model

        nlp = load_model(config()["pipeline"]["model"])
    say(f"parsing {len(arts)} tune articles")
    docs = list(nlp.pipe((a.text for a in arts), batch_size=8))
    return fit_docs(
        arts, docs, nlp, out=out, progress=say, iterations=iterations, l2=l2, bio=bio, cv=cv,
        head_words=head_words, clusters=table, crf=crf, other_weight=other_weight,
    )  # fmt: skip


def fit_docs(
    arts: Sequence[ptc.PtcArticle],
    docs: Sequence[Doc],
    nlp: Language,
    *,
    out: Path | None = None,
    progress: Callable[[str], None] | None = None,
    iterations: int = 300,
    l2: float = 3.0,
    min_docs: int = 4,
    bio: bool = True,
    cv: bool = False,
    head_words: bool = False,
    clusters: _clusters.Table | None = None,
    crf: bool = False,
    other_weight: float = 1.0,
) -> dict[str, Any]:
    """The fit on parsed tune articles (``train`` without the parsing).

    The decoding is chosen on fold 0 (a held-back fifth, after fitting on the other folds), or
    with ``cv`` on all five folds out of fold; ``head_words`` adds the head-word keys,
    ``clusters`` the word-cluster keys; ``crf`` fits a linear-chain CRF (one chain per
    sentence, :func:`_tagger.fit_crf`) instead of the per-token softmax; ``other_weight``
    weighs the softmax's O tokens inside PTC's other techniques' spans (:func:`token_weights`;
    1: as every token)."""
    say = progress or (lambda _m: None)
    ckeys = _clusters.keys_of(*clusters) if clusters is not None else None
    keys = [_tagger.token_keys(d, head_words=head_words, clusters=ckeys) for d in docs]
    labels = [token_labels(d, a.gold, bio=bio) for d, a in zip(docs, arts, strict=True)]
    bounds = [_tagger.sentence_bounds(d) for d in docs]
    weights = [
        token_weights(d, y, a.other, other_weight)
        for d, y, a in zip(docs, labels, arts, strict=True)
    ]
    if crf and other_weight != 1.0:
        raise ValueError("other_weight applies to the softmax tagger, not the CRF")

    def fit(sel: Sequence[int]) -> tuple[list[str], np.ndarray, np.ndarray | None]:
        if crf:
            return _tagger.fit_crf(
                [keys[i] for i in sel], [labels[i] for i in sel], [bounds[i] for i in sel],
                min_docs=min_docs, c1=CRF_C1, c2=CRF_C2, iterations=CRF_ITERATIONS,
            )  # fmt: skip
        vocab, w = _tagger.fit(
            [keys[i] for i in sel], [labels[i] for i in sel],
            iterations=iterations, l2=l2, min_docs=min_docs, docs_weights=[weights[i] for i in sel],
        )  # fmt: skip
        return vocab, np.asarray(w), None

    name, version = _tagger.model_id(dict(nlp.meta))
    meta: dict[str, Any] = {
        "features": _tagger.FEATURES_VERSION,
        "data_sha256": ptc.data_sha256(arts),
        "data": f"PTC tune part ({len(arts)} articles)",
        "model": name,
        "model_version": version,
        "date": _dt.date.today().isoformat(),
        "threshold": 0.5,
        "iterations": iterations,
        "min_docs": min_docs,
        "l2": l2,
        "tags": "BIO" if bio else "IO",
        "head_words": head_words,
        "clusters": (
            f"{len(clusters[0])} words, k-means at {'/'.join(map(str, clusters[1]))}"
            if clusters is not None
            else None
        ),
        "decoding_chosen_on": "5-fold out-of-fold" if cv else "fold 0 held back",
    }
    if other_weight != 1.0:
        meta["other_techniques_weight"] = other_weight
    if crf:
        meta.update(
            decoder="crf", crf_c1=CRF_C1, crf_c2=CRF_C2, iterations=CRF_ITERATIONS,
            chains="sentences",
        )  # fmt: skip
        meta.pop("l2")
    comp = FramingComponent(nlp, "framing", tagger=False, scare_quotes=False)
    folds = [fold_of(a.id) for a in arts]
    oof: list[np.ndarray | None] = [None] * len(docs)
    for f in range(FOLDS) if cv else range(1):
        if not any(x == f for x in folds) or all(x == f for x in folds):
            continue
        say(f"fold {f + 1}/{FOLDS}: fitting on {sum(x != f for x in folds)} articles")
        vocab, w, trans = fit([i for i, x in enumerate(folds) if x != f])
        tagger = _tagger.SpanTagger(vocab, w, meta, clusters, trans)
        for i, (d, x) in enumerate(zip(docs, folds, strict=True)):
            if x == f:
                oof[i] = tagger.probabilities(d)
    checks = []
    for d, a, probs in zip(docs, arts, oof, strict=True):
        if probs is not None:
            lex = ptc.predict(comp(d))
            have = [(f.span.start, f.span.end) for f in d._.ng_framing]
            checks.append((lex, have, list(d), probs, a.gold))
    # every decoding's out-of-fold metrics; the plain threshold (floor = threshold, no gap) with
    # the best pooled F1 is the baseline, and a hysteresis floor or gap is taken only when it
    # trades none of the gate's metrics (pooled P, R, F1 and each kind's F1) for the gain
    results: dict[tuple[float, float, int], dict[str, Any]] = {}
    curve: dict[str, float] = {}
    for th in THRESHOLDS:
        for low in (th, *(x for x in LOWS if x < th)):
            for gap in GAPS:
                pairs = [
                    (combined(lex, have, _tagger.decode(toks, probs, th, low, gap)), gold)
                    for lex, have, toks, probs, gold in checks
                ]
                m = results[(th, low, gap)] = ptc.score(pairs)
                curve[str(th)] = max(float(m["pooled_f1"]), curve.get(str(th), 0.0))
    pick, plain = choose_decoding(results)
    base = results[plain]
    best = (float(results[pick]["pooled_f1"]), *pick)
    meta["threshold"], meta["threshold_low"], meta["gap"] = best[1], best[2], best[3]
    say(
        f"threshold {best[1]}, floor {best[2]}, gap {best[3]} (out-of-fold pooled F1 "
        f"{best[0]:.3f}); fitting on all tune articles"
    )
    vocab, w, trans = fit(range(len(docs)))
    target = out or WEIGHTS
    _tagger.save(target, vocab, w, meta, clusters, trans)
    size = sum(p.stat().st_size for p in target.iterdir() if p.is_file())
    return {
        "articles": len(arts),
        "tokens": sum(len(y) for y in labels),
        "features": len(vocab),
        "threshold": best[1],
        "threshold_low": best[2],
        "gap": best[3],
        "chosen_on": meta["decoding_chosen_on"],
        "pooled_f1": round(best[0], 4),
        "metrics": results[pick],
        "plain": {"threshold": plain[0], "pooled_f1": base["pooled_f1"]},
        "threshold_curve": curve,
        "out": str(target),
        "bytes": size,
        "data_sha256": meta["data_sha256"],
    }
