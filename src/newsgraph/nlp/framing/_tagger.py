"""A learned span tagger for loaded language and name-calling (BIO over tokens).

Each token is described by a handful of strings (:func:`token_keys`): its lower-case word and
lemma *only for common words* (seen in several training articles, never a proper noun: the
tagger must not learn names), its part of speech, tag, dependency, suffixes, shape, its VADER
valence bucket, membership of the hand-written framing lexicon and whether it sits inside
quotation marks. A token's features are those strings at offsets -2..2 around it. A softmax
regression over five classes (O, B-/I-loaded, B-/I-name-calling) scores them; decoding marks a
token when its chance of not being O reaches the tuned threshold, and B/I tags join tokens into
spans.

The weights are component state: ``tagger.npz`` (the key vocabulary and a float16 weight
array) with ``meta.json`` (feature-template version, SHA-256 of the training data, the spaCy
model name and version, the date, the threshold). Loading checks the meta against this code
and the running model; a mismatch is a clear error, not silently wrong output.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc, Token

from newsgraph.errors import ResourceError
from newsgraph.nlp._doc import doc_text, tokens
from newsgraph.nlp.framing import _lexicon
from newsgraph.nlp.framing._tone import lexicon as vader_lexicon
from newsgraph.nlp.quotes._marks import find_quote_spans

FEATURES_VERSION = "framing-tagger/1"
CLASSES = ("O", "B-LL", "I-LL", "B-NC", "I-NC")
KINDS = {"LL": "loaded_language", "NC": "name_calling"}
OFFSETS = (-2, -1, 0, 1, 2)
WEIGHTS_FILE = "tagger.npz"
META_FILE = "meta.json"


def _valence(v: float | None) -> str:
    if v is None:
        return "v0"
    if v <= -2.0:
        return "v--"
    if v < 0:
        return "v-"
    if v >= 2.0:
        return "v++"
    return "v+"


def _shape(text: str) -> str:
    if text.isupper() and len(text) > 1:
        return "UP"
    if text[:1].isupper():
        return "Tt"
    if text.isalpha():
        return "lo"
    if any(c.isdigit() for c in text):
        return "d"
    return "p"


def _quoted(doc: Doc) -> list[tuple[int, int]]:
    return [q.inner for q in find_quote_spans(doc_text(doc))]


def token_keys(doc: Doc) -> list[list[str]]:
    """The feature strings of every token of ``doc`` (before windowing)."""
    vader = vader_lexicon()
    lexwords = _lexicon.label_words()
    quoted = _quoted(doc)
    starts = [a for a, _ in quoted]
    toks = tokens(doc)
    # how emotive the token's sentence is: its count of strongly rated words, bucketed
    heat: list[str] = []
    for sent in doc.sents:
        n = sum(1 for t in toks[sent.start : sent.end] if abs(vader.get(t.lower_, 0.0)) >= 1.5)
        heat.extend([f"heat={min(n, 3)}"] * (sent.end - sent.start))
    out: list[list[str]] = []
    for tok in toks:
        if tok.is_space:
            out.append(["b", "space"])
            continue
        low = tok.lower_
        keys = ["b", f"p={tok.pos_}", f"t={tok.tag_}", f"d={tok.dep_}", f"s={_shape(tok.text)}"]
        if tok.pos_ != "PROPN" and tok.ent_type_ not in ("PERSON", "ORG", "GPE"):
            lemma = tok.lemma_.lower()
            keys.append(f"w={low}")
            keys.append(f"l={lemma}")
            if len(low) > 3:
                keys.append(f"x3={low[-3:]}")
                keys.append(f"x2={low[-2:]}")
            keys.append(_valence(vader.get(low)))
            if low in lexwords or lemma in lexwords:
                keys.append("lex")
        else:
            keys.append("name")
        keys.append(f"dh={tok.dep_}|{tok.head.pos_}")
        keys.append(heat[tok.i])
        k = bisect.bisect_right(starts, tok.idx) - 1
        if k >= 0 and quoted[k][0] <= tok.idx < quoted[k][1]:
            keys.append("q")
        out.append(keys)
    return out


@dataclass(slots=True)
class TaggedSpan:
    start: int  # character offsets
    end: int
    kind: str  # loaded_language | name_calling
    first: int  # token indices [first, last]
    last: int
    confidence: float


class SpanTagger:
    """Scores tokens with the learned weights and decodes spans."""

    def __init__(self, vocab: list[str], weights: np.ndarray, meta: dict[str, Any]) -> None:
        self.index = {k: i for i, k in enumerate(vocab)}
        self.weights = weights.astype(np.float32)  # (len(OFFSETS), len(vocab)+1, classes-1)
        self.meta = meta
        self.threshold = float(meta["threshold"])

    # -- scoring -------------------------------------------------------------------
    def probabilities(self, doc: Doc) -> np.ndarray:
        """(tokens, classes) probabilities."""
        keys = token_keys(doc)
        n = len(keys)
        c = len(CLASSES) - 1
        if n == 0:
            return np.zeros((0, len(CLASSES)))
        pad = len(self.index)
        index = self.index
        ids: list[int] = []
        starts: list[int] = []
        for ks in keys:
            starts.append(len(ids))
            ids.append(pad)  # always-present column: rows are never empty
            ids.extend(index[k] for k in ks if k in index)
        idx = np.asarray(ids, dtype=np.int64)
        st = np.asarray(starts, dtype=np.int64)
        z = np.zeros((n, c), dtype=np.float32)
        for oi, o in enumerate(OFFSETS):
            # each row holds the filler column once, as in training; tokens beyond the edges
            # see the filler column alone
            s = np.add.reduceat(self.weights[oi][idx], st, axis=0)
            if o < 0:
                z[-o:] += s[: n + o]
                z[:-o] += self.weights[oi][pad]
            elif o > 0:
                z[: n - o] += s[o:]
                z[n - o :] += self.weights[oi][pad]
            else:
                z += s
        full = np.concatenate([np.zeros((n, 1), dtype=np.float32), z], axis=1)
        full -= full.max(axis=1, keepdims=True)
        e = np.exp(full)
        return np.asarray(e / e.sum(axis=1, keepdims=True))

    def spans(self, doc: Doc, threshold: float | None = None) -> list[TaggedSpan]:
        """Decoded spans of loaded language and name-calling."""
        probs = self.probabilities(doc)
        return decode(tokens(doc), probs, self.threshold if threshold is None else threshold)


def decode(toks: Sequence[Token], probs: np.ndarray, threshold: float) -> list[TaggedSpan]:
    """BIO decoding: a token is tagged when P(not O) >= threshold; B starts a span, I continues
    a span of the same kind (or starts one). Punctuation at either edge is trimmed."""
    out: list[TaggedSpan] = []
    cur: list[int] = []
    cur_kind = ""
    conf: list[float] = []

    def close() -> None:
        while cur and toks[cur[-1]].is_punct:
            cur.pop()
        while cur and toks[cur[0]].is_punct:
            cur.pop(0)
        if cur:
            a, b = toks[cur[0]], toks[cur[-1]]
            out.append(
                TaggedSpan(
                    a.idx, b.idx + len(b), KINDS[cur_kind], cur[0], cur[-1], float(np.mean(conf))
                )
            )

    for i, tok in enumerate(toks):
        p_in = 1.0 - float(probs[i, 0])
        if p_in < threshold or tok.is_space or "\n" in tok.text:
            if cur:
                close()
                cur, conf = [], []
            continue
        k = int(np.argmax(probs[i, 1:])) + 1
        bio, kind = CLASSES[k].split("-")
        if cur and (bio == "B" or kind != cur_kind):
            close()
            cur, conf = [], []
        if not cur:
            cur_kind = kind
        cur.append(i)
        conf.append(p_in)
    if cur:
        close()
    return out


# -- state ---------------------------------------------------------------------------
def model_id(nlp_meta: dict[str, Any]) -> tuple[str, str]:
    return f"{nlp_meta.get('lang', '')}_{nlp_meta.get('name', '')}", str(nlp_meta.get("version"))


def save(path: Path, vocab: list[str], weights: np.ndarray, meta: dict[str, Any]) -> None:
    if any("\n" in k for k in vocab):
        raise ValueError("feature keys must not contain newlines")
    path.mkdir(parents=True, exist_ok=True)
    blob = np.frombuffer("\n".join(vocab).encode("utf-8"), dtype=np.uint8)
    np.savez_compressed(path / WEIGHTS_FILE, vocab=blob, weights=weights.astype(np.float16))
    (path / META_FILE).write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", "utf-8")


def load(path: Path, nlp_meta: dict[str, Any] | None) -> SpanTagger:
    """Load the tagger from ``path``; the meta must match this code and the running model."""
    where = str(path)
    try:
        meta = json.loads((path / META_FILE).read_text("utf-8"))
        with np.load(path / WEIGHTS_FILE, allow_pickle=False) as z:
            vocab = bytes(z["vocab"]).decode("utf-8").split("\n")
            weights = np.asarray(z["weights"])
    except FileNotFoundError as exc:
        raise ResourceError(where, f"no framing tagger weights ({exc.filename})") from exc
    except (OSError, ValueError, KeyError) as exc:
        raise ResourceError(where, f"framing tagger weights cannot be read ({exc})") from exc
    check_meta(where, meta, nlp_meta)
    want = (len(OFFSETS), len(vocab) + 1, len(CLASSES) - 1)
    if weights.shape != want:
        raise ResourceError(where, f"weights have shape {weights.shape}, expected {want}")
    return SpanTagger(vocab, weights, meta)


def check_meta(where: str, meta: dict[str, Any], nlp_meta: dict[str, Any] | None) -> None:
    for key in ("features", "data_sha256", "model", "model_version", "date", "threshold"):
        if key not in meta:
            raise ResourceError(where, f"framing tagger meta lacks {key!r}")
    if meta["features"] != FEATURES_VERSION:
        raise ResourceError(
            where,
            f"framing tagger weights were built for features {meta['features']!r}, this code "
            f"computes {FEATURES_VERSION!r}; rebuild them with `newsgraph train framing`",
        )
    if nlp_meta is not None:
        name, version = model_id(nlp_meta)
        if (meta["model"], meta["model_version"]) != (name, version):
            raise ResourceError(
                where,
                f"framing tagger weights were trained with the spaCy model {meta['model']} "
                f"{meta['model_version']}, the pipeline runs {name} {version}; rebuild them "
                "with `newsgraph train framing` or disable the tagger (tagger = false)",
            )


# -- fitting -------------------------------------------------------------------------
def fit(
    docs_keys: Iterable[Sequence[Sequence[str]]],
    docs_labels: Iterable[Sequence[int]],
    *,
    min_docs: int = 3,
    l2: float = 1.0,
    iterations: int = 300,
) -> tuple[list[str], np.ndarray]:
    """Softmax regression over windowed token keys (L2, L-BFGS); returns (vocab, weights).

    Keys seen in fewer than ``min_docs`` training articles are left out, so rare words (and
    the names that slip past the proper-noun guard) carry no weight. ``l2`` is the penalty on
    the summed (not averaged) log-likelihood.
    """
    from scipy import sparse
    from scipy.optimize import minimize

    all_keys = [list(k) for k in docs_keys]
    all_labels = [list(y) for y in docs_labels]
    df: dict[str, int] = {}
    for keys in all_keys:
        for k in {k for ks in keys for k in ks}:
            df[k] = df.get(k, 0) + 1
    vocab = sorted(k for k, c in df.items() if c >= min_docs)
    index = {k: i for i, k in enumerate(vocab)}
    v1 = len(vocab) + 1  # + the filler column (padding beyond the edges, always-on)
    cols: list[int] = []
    indptr: list[int] = [0]
    ys: list[int] = []
    for keys, labels in zip(all_keys, all_labels, strict=True):
        ids = [[index[k] for k in ks if k in index] for ks in keys]
        n = len(ids)
        for i in range(n):
            for oi, o in enumerate(OFFSETS):
                j = i + o
                base = oi * v1
                if 0 <= j < n:
                    cols.extend(base + c for c in ids[j])
                cols.append(base + v1 - 1)
            indptr.append(len(cols))
            ys.extend(labels[i : i + 1])
    n_rows, c = len(ys), len(CLASSES) - 1
    n_feats = len(OFFSETS) * v1
    x = sparse.csr_matrix(
        (np.ones(len(cols), dtype=np.float64), np.asarray(cols), np.asarray(indptr)),
        shape=(n_rows, n_feats),
    )
    xt = x.T.tocsr()
    onehot = np.zeros((n_rows, c + 1))
    onehot[np.arange(n_rows), np.asarray(ys, dtype=np.int64)] = 1.0

    def loss(flat: np.ndarray) -> tuple[float, np.ndarray]:
        w = flat.reshape(n_feats, c)
        z = np.zeros((n_rows, c + 1))
        z[:, 1:] = x @ w
        z -= z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        nll = -float((onehot * logp).sum()) + 0.5 * l2 * float((w * w).sum())
        diff = np.exp(logp) - onehot
        grad = np.asarray(xt @ diff[:, 1:]) + l2 * w
        return nll, grad.ravel()

    res = minimize(
        loss,
        np.zeros(n_feats * c),
        jac=True,
        method="L-BFGS-B",
        options={"maxiter": iterations},
    )
    return vocab, res.x.reshape(len(OFFSETS), v1, c)
