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

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import numpy as np
from spacy.tokens import Doc, Token

from newsgraph.errors import ResourceError
from newsgraph.nlp._doc import tokens
from newsgraph.nlp.framing import _clusters
from newsgraph.nlp.framing._crf import crf_marginals, sentence_bounds
from newsgraph.nlp.framing._crf import fit_crf as fit_crf
from newsgraph.nlp.framing._features import (
    CLASSES,
    FEATURES_VERSION,
    KINDS,
    OFFSETS,
    _head_keys,
    _rows,
    _syntax_keys,
    _word_keys,
)
from newsgraph.nlp.framing._features import token_keys as token_keys

WEIGHTS_FILE = "tagger.npz"
META_FILE = "meta.json"


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

    def __init__(
        self,
        vocab: list[str],
        weights: np.ndarray,
        meta: dict[str, Any],
        clusters: _clusters.Table | None = None,
        transitions: np.ndarray | None = None,
    ) -> None:
        # a linear-chain CRF's label-to-label weights (classes x classes, from -> to); without
        # them each token's classes are a softmax of its own scores
        self.transitions = (
            None if transitions is None else np.asarray(transitions, dtype=np.float64)
        )
        self.cluster_table = clusters  # trained with word-cluster keys (saved beside the weights)
        self.clusters = _clusters.keys_of(*clusters) if clusters is not None else None
        self.index = {k: i for i, k in enumerate(vocab)}
        self.weights = weights.astype(np.float32)  # (len(OFFSETS), len(vocab)+1, classes-1)
        self.meta = meta
        self.threshold = float(meta["threshold"])
        self.low = float(meta.get("threshold_low", self.threshold))
        self.gap = int(meta.get("gap", 0))
        self.head_words = bool(meta.get("head_words", False))  # trained with head-word keys

        # all offsets' weights side by side; per word, per syntax context, per sentence heat
        # and for quotation, the summed weights are cached as rows of one matrix (row 0: zeros)
        self._stacked = np.concatenate(list(self.weights), axis=1)  # (vocab+1, offsets*c)
        self._mat = np.zeros((4096, self._stacked.shape[1]), dtype=np.float32)
        self._used = 1
        self._word_rows: dict[tuple[int, int, int, int], tuple[bool, int]] = {}
        self._syntax_rows: dict[tuple[int, int, int, int], int] = {}
        self._head_rows: dict[tuple[int, int, int, int], int] = {}
        self._key_rows: dict[str, int] = {}

    def _row(self, keys: Iterable[str], *, filler: bool = False) -> int:
        """A new matrix row holding the summed weights of ``keys`` (and the filler column)."""
        ids = [self.index[k] for k in keys if k in self.index]
        if filler:
            ids.append(len(self.index))
        if self._used == len(self._mat):
            self._mat = np.concatenate([self._mat, np.zeros_like(self._mat)])
        self._mat[self._used] = self._stacked[ids].sum(axis=0) if ids else 0.0
        self._used += 1
        return self._used - 1

    def _key_row(self, key: str) -> int:
        row = self._key_rows.get(key)
        if row is None:
            row = self._key_rows[key] = self._row((key,))
        return row

    def token_rows(self, doc: Doc) -> np.ndarray:
        """(tokens, 5) rows of the cached weight matrix summing to each token's score: its
        word (with the filler column), its syntax context, its sentence heat, quotation, its
        head word.

        Each column is looked up for all tokens at once (one comprehension over the attribute
        columns); only keys met for the first time build a row, in token order."""
        arr, heat, inside = _rows(doc)
        n = len(arr)
        if n == 0:
            return np.zeros((0, 5), dtype=np.int64)
        strings = doc.vocab.strings
        rel = arr[:, 5].astype(np.int64)  # HEAD: relative offsets, stored as uint64
        head_at = np.arange(n, dtype=np.int64) + rel
        orth, lemma, pos, tag, dep, ent = (arr[:, c].tolist() for c in (0, 1, 2, 3, 4, 6))
        hpos, hlemma, hent = (arr[head_at, c].tolist() for c in (2, 1, 6))
        has_head = rel.astype(bool).tolist()
        out = np.zeros((n, 5), dtype=np.int64)

        # the word, with the filler column; a whitespace token has nothing else
        word_rows = self._word_rows
        found = [word_rows.get(k) for k in zip(orth, lemma, pos, ent, strict=True)]
        for i, w in enumerate(found):
            if w is None:
                wkey = (orth[i], lemma[i], pos[i], ent[i])
                w = word_rows.get(wkey)  # the same new word earlier in this doc
                if w is None:
                    w = word_rows[wkey] = self._word_row(
                        strings[orth[i]], strings[lemma[i]], strings[pos[i]],
                        strings[ent[i]] if ent[i] else "",
                    )  # fmt: skip
                found[i] = w
        words = cast("list[tuple[bool, int]]", found)  # every None filled in
        out[:, 0] = [w[1] for w in words]
        space = np.array([w[0] for w in words], dtype=bool)

        # the syntax context: part of speech, tag, dependency, the head's part of speech
        syntax_rows = self._syntax_rows
        syn = [syntax_rows.get(k) for k in zip(pos, tag, dep, hpos, strict=True)]
        if None in syn:
            for i, row in enumerate(syn):
                if row is None and not space[i]:
                    skey = (pos[i], tag[i], dep[i], hpos[i])
                    row = syntax_rows.get(skey)  # the same new context earlier in this doc
                    if row is None:
                        row = syntax_rows[skey] = self._row(
                            _syntax_keys(
                                strings[pos[i]], strings[tag[i]], strings[dep[i]],
                                strings[hpos[i]],
                            )
                        )  # fmt: skip
                    syn[i] = row
            syn = [0 if r is None else r for r in syn]
        out[:, 1] = cast("list[int]", syn)
        heat_rows = {h: self._key_row(h) for h in set(heat)}
        out[:, 2] = [heat_rows[h] for h in heat]
        out[np.array(inside, dtype=bool), 3] = self._key_row("q")
        if self.head_words:
            # the head word: the dependency (none for the root), its lemma, part of speech,
            # entity
            head_rows = self._head_rows
            hdep = [d if h else 0 for d, h in zip(dep, has_head, strict=True)]
            hw = [head_rows.get(k) for k in zip(hdep, hlemma, hpos, hent, strict=True)]
            if None in hw:
                for i, hrow in enumerate(hw):
                    if hrow is None and not space[i]:
                        hkey = (hdep[i], hlemma[i], hpos[i], hent[i])
                        hrow = head_rows.get(hkey)
                        if hrow is None:
                            hrow = head_rows[hkey] = self._row(
                                _head_keys(
                                    strings[dep[i]] if has_head[i] else "ROOT",
                                    strings[hlemma[i]], strings[hpos[i]],
                                    strings[hent[i]] if hent[i] else "",
                                )
                            )  # fmt: skip
                        hw[i] = hrow
                hw = [0 if r is None else r for r in hw]
            out[:, 4] = cast("list[int]", hw)
        out[space, 1:] = 0  # a whitespace token is its word alone
        return out

    def _word_row(self, text: str, lemma: str, pos: str, ent: str) -> tuple[bool, int]:
        """(whitespace?, row) of a word not met before."""
        if text.isspace():
            return True, self._row(("b", "space"), filler=True)
        ks = _word_keys(text, lemma, pos, ent)
        if self.clusters is not None and "name" not in ks:
            ks += self.clusters.get(text.lower(), ())
        return False, self._row(("b", *ks), filler=True)

    # -- scoring -------------------------------------------------------------------
    def probabilities(self, doc: Doc) -> np.ndarray:
        """(tokens, classes) probabilities."""
        n = len(doc)
        c = len(CLASSES) - 1
        if n == 0:
            return np.zeros((0, len(CLASSES)))
        pad = len(self.index)
        idx = self.token_rows(doc)
        mat = self._mat
        summed = mat[idx[:, 0]] + mat[idx[:, 1]] + mat[idx[:, 2]] + mat[idx[:, 3]] + mat[idx[:, 4]]
        z = np.zeros((n, c), dtype=np.float32)
        for oi, o in enumerate(OFFSETS):
            # each token's row holds the filler column once, as in training; tokens beyond
            # the edges see the filler column alone
            s = summed[:, oi * c : (oi + 1) * c]
            if o < 0:
                z[-o:] += s[: n + o]
                z[:-o] += self.weights[oi][pad]
            elif o > 0:
                z[: n - o] += s[o:]
                z[n - o :] += self.weights[oi][pad]
            else:
                z += s
        full = np.concatenate([np.zeros((n, 1), dtype=np.float32), z], axis=1)
        if self.transitions is not None:
            return crf_marginals(full.astype(np.float64), self.transitions, sentence_bounds(doc))
        full -= full.max(axis=1, keepdims=True)
        e = np.exp(full)
        return np.asarray(e / e.sum(axis=1, keepdims=True))

    def spans(self, doc: Doc, threshold: float | None = None) -> list[TaggedSpan]:
        """Decoded spans of loaded language and name-calling."""
        probs = self.probabilities(doc)
        if threshold is None:
            return decode(tokens(doc), probs, self.threshold, self.low, self.gap)
        return decode(tokens(doc), probs, threshold, min(self.low, threshold), self.gap)


def decode(
    toks: Sequence[Token],
    probs: np.ndarray,
    threshold: float,
    low: float | None = None,
    gap: int = 0,
) -> list[TaggedSpan]:
    """BIO decoding with hysteresis: a span is a run of tokens whose P(not O) reaches ``low``
    (default: ``threshold``) and is kept when its best token reaches ``threshold``. B starts a
    span, I continues a span of the same kind (or starts one). Punctuation at either edge and
    stop words at the end are trimmed; a span of stop words alone ("a", "the") is dropped.
    With ``gap`` > 0, two spans of the same kind at most ``gap`` tokens apart (on one line) are
    joined ("dirty, [rotten] work")."""
    lo = threshold if low is None else min(low, threshold)
    out: list[TaggedSpan] = []
    cur: list[int] = []
    cur_kind = ""
    conf: list[float] = []

    def close() -> None:
        if not cur or max(conf) < threshold:
            return
        while cur and (toks[cur[-1]].is_punct or toks[cur[-1]].is_stop):
            cur.pop()
        while cur and toks[cur[0]].is_punct:
            cur.pop(0)
        if cur and not all(toks[i].is_stop or toks[i].is_punct for i in cur):
            a, b = toks[cur[0]], toks[cur[-1]]
            out.append(
                TaggedSpan(
                    a.idx, b.idx + len(b), KINDS[cur_kind], cur[0], cur[-1], float(np.mean(conf))
                )
            )

    # each token's P(not O) and likeliest other class, read out of numpy once per doc
    p_ins = (1.0 - np.asarray(probs[:, 0], dtype=np.float64)).tolist() if len(toks) else []
    best = (np.argmax(probs[:, 1:], axis=1) + 1).tolist() if len(toks) else []
    for i, tok in enumerate(toks):
        p_in = p_ins[i]
        if p_in < lo or tok.is_space or "\n" in tok.text:
            if cur:
                close()
                cur, conf = [], []
            continue
        k = best[i]
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
    return _bridge(toks, out, gap) if gap > 0 else out


def _bridge(toks: Sequence[Token], spans: list[TaggedSpan], gap: int) -> list[TaggedSpan]:
    """Spans of one kind at most ``gap`` tokens apart, with no line break between, joined."""
    out: list[TaggedSpan] = []
    for s in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == s.kind
            and s.first - prev.last - 1 <= gap
            and not any("\n" in toks[j].text for j in range(prev.last + 1, s.first))
        ):
            n0, n1 = prev.last - prev.first + 1, s.last - s.first + 1
            prev.end, prev.last = s.end, s.last
            prev.confidence = (prev.confidence * n0 + s.confidence * n1) / (n0 + n1)
        else:
            out.append(s)
    return out


# -- state ---------------------------------------------------------------------------
def model_id(nlp_meta: dict[str, Any]) -> tuple[str, str]:
    return f"{nlp_meta.get('lang', '')}_{nlp_meta.get('name', '')}", str(nlp_meta.get("version"))


def save(
    path: Path,
    vocab: list[str],
    weights: np.ndarray,
    meta: dict[str, Any],
    clusters: _clusters.Table | None = None,
    transitions: np.ndarray | None = None,
) -> None:
    """Write the weights (with a CRF's ``transitions``, if any), their meta record and (if the
    tagger uses them) the word clusters, whose SHA-256 the meta records."""
    if any("\n" in k for k in vocab):
        raise ValueError("feature keys must not contain newlines")
    path.mkdir(parents=True, exist_ok=True)
    meta = dict(meta)
    if clusters is not None:
        meta["clusters_sha256"] = _clusters.save(path, *clusters)
    else:
        meta.pop("clusters_sha256", None)
    blob = np.frombuffer("\n".join(vocab).encode("utf-8"), dtype=np.uint8)
    w16 = weights.astype(np.float16)
    if transitions is None:
        np.savez_compressed(path / WEIGHTS_FILE, vocab=blob, weights=w16)
    else:
        trans = np.asarray(transitions, dtype=np.float32)
        np.savez_compressed(path / WEIGHTS_FILE, vocab=blob, weights=w16, transitions=trans)
    (path / META_FILE).write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", "utf-8")


def load(path: Path, nlp_meta: dict[str, Any] | None) -> SpanTagger:
    """Load the tagger from ``path``; the meta must match this code and the running model."""
    where = str(path)
    try:
        meta = json.loads((path / META_FILE).read_text("utf-8"))
        with np.load(path / WEIGHTS_FILE, allow_pickle=False) as z:
            vocab = bytes(z["vocab"]).decode("utf-8").split("\n")
            weights = np.asarray(z["weights"])
            transitions = np.asarray(z["transitions"]) if "transitions" in z.files else None
    except FileNotFoundError as exc:
        raise ResourceError(where, f"no framing tagger weights ({exc.filename})") from exc
    except (OSError, ValueError, KeyError) as exc:
        raise ResourceError(where, f"framing tagger weights cannot be read ({exc})") from exc
    check_meta(where, meta, nlp_meta)
    clusters = None
    if meta.get("clusters_sha256"):
        clusters = _clusters.load(path)
        if _clusters.sha256(path) != meta["clusters_sha256"]:
            raise ResourceError(
                where,
                "the word clusters are not the ones the weights were trained with; rebuild "
                "them with `newsgraph train framing`",
            )
    want = (len(OFFSETS), len(vocab) + 1, len(CLASSES) - 1)
    if weights.shape != want:
        raise ResourceError(where, f"weights have shape {weights.shape}, expected {want}")
    if (meta.get("decoder") == "crf") != (transitions is not None):
        raise ResourceError(
            where,
            "the meta and the weights disagree on the decoder (CRF transitions "
            f"{'missing' if transitions is None else 'unexpected'}); rebuild them with "
            "`newsgraph train framing`",
        )
    if transitions is not None and transitions.shape != (len(CLASSES), len(CLASSES)):
        raise ResourceError(where, f"CRF transitions have shape {transitions.shape}")
    return SpanTagger(vocab, weights, meta, clusters, transitions)


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
    docs_weights: Iterable[Sequence[float]] | None = None,
) -> tuple[list[str], np.ndarray]:
    """Softmax regression over windowed token keys (L2, L-BFGS); returns (vocab, weights).

    Keys seen in fewer than ``min_docs`` training articles are left out, so rare words (and
    the names that slip past the proper-noun guard) carry no weight. ``l2`` is the penalty on
    the summed (not averaged) log-likelihood. ``docs_weights`` (one per token, default 1)
    weighs each token's log-likelihood: 0 leaves the token out of the fit (its words still
    serve as its neighbours' context).
    """
    from scipy import sparse
    from scipy.optimize import minimize

    all_keys = [list(k) for k in docs_keys]
    all_labels = [list(y) for y in docs_labels]
    all_weights = (
        [list(w) for w in docs_weights]
        if docs_weights is not None
        else [[1.0] * len(y) for y in all_labels]
    )
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
        if len(labels) != len(keys):
            raise ValueError("one label per token")
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
    sw = np.asarray([w for ws in all_weights for w in ws], dtype=np.float64)
    if len(sw) != n_rows:
        raise ValueError("one weight per token")
    onehot *= sw[:, None]  # a token's weight scales its log-likelihood and its gradient

    def loss(flat: np.ndarray) -> tuple[float, np.ndarray]:
        w = flat.reshape(n_feats, c)
        z = np.zeros((n_rows, c + 1))
        z[:, 1:] = x @ w
        z -= z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        nll = -float((onehot * logp).sum()) + 0.5 * l2 * float((w * w).sum())
        diff = np.exp(logp) * sw[:, None] - onehot
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
