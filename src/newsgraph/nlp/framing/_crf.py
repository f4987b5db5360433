"""The framing span tagger's optional linear-chain CRF (:mod:`._tagger`): sentence chains,
forward-backward marginals and fitting with ``python-crfsuite``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
from spacy.tokens import Doc

from newsgraph.nlp.framing._features import CLASSES, OFFSETS


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the sentences (the whole doc when it has no sentence boundaries): the
    CRF's chains."""
    if not len(doc):
        return []
    if doc.has_annotation("DEP") or doc.has_annotation("SENT_START"):
        return [(sent.start, sent.end) for sent in doc.sents]
    return [(0, len(doc))]


def crf_marginals(
    emit: np.ndarray, transitions: np.ndarray, bounds: Sequence[tuple[int, int]]
) -> np.ndarray:
    """Per-token label marginals of a linear-chain CRF (forward-backward, each step
    normalised), every sentence in ``bounds`` a chain; all sentences advance together, so the
    Python loop runs once per position of the longest sentence, not once per token.
    ``emit``: (tokens, classes) state scores; ``transitions``: (classes, classes) from -> to."""
    n, c = emit.shape
    out = np.zeros((n, c))
    if not bounds:
        return out
    lens = np.array([b - a for a, b in bounds])
    s_n, t_n = len(bounds), int(lens.max())
    pot = np.ones((s_n, t_n, c))  # exp(state score), 1 beyond a sentence's end
    for k, (a, b) in enumerate(bounds):
        e = emit[a:b]
        pot[k, : b - a] = np.exp(e - e.max(axis=1, keepdims=True))
    trans = np.exp(transitions - transitions.max())
    alpha = np.empty((s_n, t_n, c))
    beta = np.ones((s_n, t_n, c))
    alpha[:, 0] = pot[:, 0] / pot[:, 0].sum(axis=1, keepdims=True)
    for t in range(1, t_n):
        a_t = (alpha[:, t - 1] @ trans) * pot[:, t]
        alpha[:, t] = a_t / a_t.sum(axis=1, keepdims=True)
    for t in range(t_n - 2, -1, -1):
        b_t = (pot[:, t + 1] * beta[:, t + 1]) @ trans.T
        live = (t < lens - 1)[:, None]  # a sentence's last token keeps beta = 1
        beta[:, t] = np.where(live, b_t / b_t.sum(axis=1, keepdims=True), 1.0)
    p = alpha * beta
    p /= p.sum(axis=2, keepdims=True)
    for k, (a, b) in enumerate(bounds):
        out[a:b] = p[k, : b - a]
    return out


def fit_crf(
    docs_keys: Iterable[Sequence[Sequence[str]]],
    docs_labels: Iterable[Sequence[int]],
    docs_bounds: Iterable[Sequence[tuple[int, int]]],
    *,
    min_docs: int = 4,
    c1: float = 0.05,
    c2: float = 0.01,
    iterations: int = 150,
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """A linear-chain CRF over the same windowed keys (``python-crfsuite``, L-BFGS with L1
    ``c1`` and L2 ``c2``), one chain per sentence (``docs_bounds``); returns (vocab, weights,
    transitions) in the softmax tagger's layout, so scoring is shared: each key's weights are
    stored minus its weight for O (a per-token shift of every class's score, which leaves the
    chain's distribution unchanged) and the filler column is zero. The L1 term leaves most
    keys at zero; only keys with a weight are kept."""
    import pycrfsuite

    from newsgraph.nlp._crfsuite import trained_info

    all_keys = [list(k) for k in docs_keys]
    df: dict[str, int] = {}
    for keys in all_keys:
        for k in {k for ks in keys for k in ks}:
            df[k] = df.get(k, 0) + 1
    allowed = {k for k, c in df.items() if c >= min_docs}
    trainer = pycrfsuite.Trainer(verbose=False)
    for keys, labels, bounds in zip(all_keys, docs_labels, docs_bounds, strict=True):
        feats = _windowed([[k for k in ks if k in allowed] for ks in keys])
        tags = [CLASSES[y] for y in labels]
        for a, b in bounds:
            trainer.append(pycrfsuite.ItemSequence(feats[a:b]), tags[a:b])
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True}
    )
    info = trained_info(trainer)
    c = len(CLASSES)
    transitions = np.zeros((c, c))
    for (a, b), w in info.transitions.items():
        transitions[CLASSES.index(a), CLASSES.index(b)] = w
    state: dict[tuple[int, str], np.ndarray] = {}
    for (attr, label), w in info.state_features.items():
        o, _, key = attr.partition("|")
        state.setdefault((int(o), key), np.zeros(c))[CLASSES.index(label)] += w
    vocab = sorted({key for _o, key in state})
    index = {k: i for i, k in enumerate(vocab)}
    weights = np.zeros((len(OFFSETS), len(vocab) + 1, c - 1))
    for (o, key), w in state.items():
        weights[OFFSETS.index(o), index[key]] = w[1:] - w[0]
    return vocab, weights, transitions


def _windowed(ids: Sequence[Sequence[str]]) -> list[list[str]]:
    """Each token's attributes for the CRF: the keys of the tokens at ``OFFSETS`` around it,
    prefixed by the offset (``-1|w=dirty``)."""
    n = len(ids)
    out: list[list[str]] = []
    for i in range(n):
        feats: list[str] = []
        for o in OFFSETS:
            j = i + o
            if 0 <= j < n:
                feats.extend(f"{o}|{k}" for k in ids[j])
        out.append(feats)
    return out
