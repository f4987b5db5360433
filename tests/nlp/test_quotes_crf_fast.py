"""The sequence tagger's vectorised features and decoding (``_crf_fast``): the same weight rows
as the feature strings python-crfsuite trains on, and the same labels and marginals as a
brute-force sum over every labelling."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from spacy.language import Language

from newsgraph.nlp.quotes._crf import (
    LABELS,
    SequenceTagger,
    _inside,
    _spans,
    sentence_bounds,
    tag_doc,
    tagged_spans,
    token_features,
)
from newsgraph.nlp.quotes._crf_fast import FeatureTables, viterbi_marginals
from newsgraph.nlp.quotes._lexicon import load_lexicon
from newsgraph.nlp.quotes._marks import quote_spans

# -- decoding (no spaCy model) --------------------------------------------------------------


def _brute(emit: np.ndarray, trans: np.ndarray) -> tuple[list[int], list[float]]:
    """Best labelling and each position's marginal of its label, by enumerating them all."""
    n, n_lab = emit.shape
    best, best_score = None, -math.inf
    weight: dict[tuple[int, ...], float] = {}
    for path in itertools.product(range(n_lab), repeat=n):
        score = sum(emit[t, y] for t, y in enumerate(path))
        score += sum(trans[a, b] for a, b in itertools.pairwise(path))
        weight[path] = math.exp(score)
        if score > best_score:
            best, best_score = path, score
    assert best is not None
    total = sum(weight.values())
    marg = [sum(w for p, w in weight.items() if p[t] == best[t]) / total for t in range(n)]
    return list(best), marg


def test_vectorised_decoding_equals_enumerating_every_labelling() -> None:
    rng = np.random.default_rng(7)
    n_lab = 4
    trans = rng.normal(0, 2, (n_lab, n_lab))
    lens = [3, 1, 4, 2, 4]  # unsorted, ties and a one-word sequence: sorted inside, read back
    emit = rng.normal(0, 2, (sum(lens), n_lab))
    labels, prob = viterbi_marginals(emit, lens, trans)
    k = 0
    for n in lens:
        want, marg = _brute(emit[k : k + n], trans)
        assert labels[k : k + n].tolist() == want
        assert prob[k : k + n] == pytest.approx(marg, abs=1e-9)
        k += n
    # marginals only where label 3 is chosen (and, with skip, not on a skipped word)
    only, only_prob = viterbi_marginals(emit, lens, trans, only=[3])
    assert only.tolist() == labels.tolist()
    k = 0
    for n in lens:
        part = only_prob[k : k + n]
        if 3 in labels[k : k + n]:
            assert part == pytest.approx(prob[k : k + n], abs=1e-9)
        else:
            assert np.isnan(part).all()
        k += n
    skip = labels == 3
    _, none = viterbi_marginals(emit, lens, trans, only=[3], skip=skip)
    assert np.isnan(none).all()


def test_long_sequences_stay_finite() -> None:
    # 400 words with strong weights: probabilities are rescaled, never overflow or vanish
    rng = np.random.default_rng(3)
    trans = rng.normal(0, 8, (7, 7))
    emit = rng.normal(0, 15, (400, 7))
    labels, prob = viterbi_marginals(emit, [400], trans)
    assert np.isfinite(prob).all() and (prob > 0).all() and (prob <= 1 + 1e-9).all()

    # the Viterbi path's score is at least that of the labels chosen word by word
    def score(path: np.ndarray) -> float:
        return float(emit[np.arange(400), path].sum() + trans[path[:-1], path[1:]].sum())

    assert score(labels) >= score(emit.argmax(axis=1))


def test_spans_of_label_ids_equal_the_string_reading() -> None:
    labels = ["B-SRC", "I-SRC", "B-CUE", "I-CON", "I-CON", "O", "B-CON", "B-CON", "I-CUE"]
    ids = np.array([LABELS.index(x) for x in labels])
    prob = np.array([0.9, 0.8, 0.99, 0.7, 0.6, 1.0, 0.5, 0.4, 0.95])
    want = tagged_spans(labels, prob)
    assert _spans(ids, prob, [(0, len(ids))]) == want
    # two ranges: a span never runs from one into the next (I-CON at 4 opens its own)
    two = _spans(ids, prob, [(0, 4), (4, 9)])
    assert [(s.role, s.start, s.end) for s in two] == [
        ("source", 0, 2),
        ("cue", 2, 3),
        ("content", 3, 4),
        ("content", 4, 5),
        ("content", 6, 7),
        ("content", 7, 8),
        ("cue", 8, 9),
    ]
    assert two[3].prob == pytest.approx(0.6)


# -- features of parsed text ----------------------------------------------------------------

_TEXTS = [
    'Officials said that the bridge stays shut, "for now". Trump, the mayor, told CNN it '
    "would reopen.\n\nTraffic was light on Monday, according to the police.",
    "The White House has denied that the talks collapsed.\n\"It's over,\" Warsaw's "
    "minister claimed in a statement. Iowa farmers warned of  losses; Said Ahmed disagreed.",
    "  Apple shares rose. apple pies sold out, a baker reported  \n  in New York.",
    # a word far below the cue: the branch search climbs many steps
    "Officials said that the firm which the office of the mayor of the town had hired to "
    "repair the old bridge over the wide river near the small town would finish the work.",
]


def _tagger_knowing(feats: list[list[list[str]]], extra: list[str]) -> SequenceTagger:
    """A tagger whose feature names are every string of ``feats`` (some left out) and ``extra``
    (names no word has), with random weights."""
    names = sorted({f for doc in feats for tok in doc for f in tok} | set(extra))
    flags = {"b", "cue", "nl", "sp", "para-start"}
    names = [n for k, n in enumerate(names) if k % 7 != 3 or n in flags]  # some left out
    rng = np.random.default_rng(11)
    state = rng.normal(0, 1, (len(names), len(LABELS))).astype(np.float32)
    trans = rng.normal(0, 1, (len(LABELS), len(LABELS))).astype(np.float32)
    return SequenceTagger(names, state, trans, {})


@pytest.mark.model
def test_vectorised_features_have_the_feature_strings_weights(bare_nlp: Language) -> None:
    lex = load_lexicon()
    docs = [bare_nlp(t) for t in _TEXTS]
    quoted = [[(q.start, q.end) for q in quote_spans(d)] for d in docs]
    assert quoted[0] and quoted[1]  # quotation states are exercised
    feats = [token_features(d, lex, q) for d, q in zip(docs, quoted, strict=True)]
    seen = {f for doc in feats for tok in doc for f in tok}
    for kind in ("para-start", "nl", "sp", "cue|", "hcue|", "br=ccomp", "q=open", "q=close"):
        assert any(f.startswith(kind) for f in seen), kind  # every template is exercised
    assert {"w=<PERSON>", "w-1=<edge>", "w2=<edge>"} <= seen
    extra = ["w=<edge>", "br=nsubj|L|VB", "brq=-|in", "hw=zzz|nsubj", "cue|NN|zzz", "wd=a|b|c"]
    tagger = _tagger_knowing(feats, extra)
    tables = FeatureTables(tagger.names)
    index = {n: i for i, n in enumerate(tagger.names)}
    for doc, q, f in zip(docs, quoted, feats, strict=True):
        bounds = sentence_bounds(doc)
        assert bounds == [(s.start, s.end) for s in doc.sents]
        rows, used, known = tables.rows(doc, lex, q, bounds)
        assert used == bounds and len(rows) == len(doc) and known is None
        assert tables.rows(doc, lex, q)[1] == bounds  # no bounds: the sentences
        for i, tok_feats in enumerate(f):
            want = sorted(index[n] for n in tok_feats if n in index)
            got = sorted(int(r) for r in rows[i] if r != tables.missing)
            assert got == want, (doc[i].text, [tagger.names[r] for r in got])
        # the emission scores and the tags are those of the strings
        emit = tagger.emissions(f)
        assert tagger._padded32[rows].sum(axis=1) == pytest.approx(emit, abs=1e-4)
        ids, prob, _ = tagger.tag_doc_tokens(doc, lex, q, bounds)
        labels, marg = tagger.tag(f, bounds)
        assert [LABELS[x] for x in ids] == labels
        cue = (ids == 1) | (ids == 2)
        assert prob[cue] == pytest.approx(marg[cue], abs=1e-5)


@pytest.mark.model
def test_only_sentences_that_can_hold_a_new_cue_are_tagged(bare_nlp: Language) -> None:
    lex = load_lexicon()
    text = 'Traffic was light. Officials said it. "Soon," he added. Rain fell.'
    doc = bare_nlp(text)
    quoted = [(q.start, q.end) for q in quote_spans(doc)]
    tables = FeatureTables(["b"])
    bounds = sentence_bounds(doc)
    assert len(bounds) == 4
    _, used, _ = tables.rows(doc, lex, quoted, bounds, cue_sentences=True)
    # 'said' is a lexicon cue, the third sentence holds quotation marks; the others neither
    assert used == [bounds[1], bounds[2]]
    said = text.index("said")
    known = _inside(doc, [(said, said + 4)])
    assert known.tolist() == [t.text == "said" for t in doc]
    _, used, inside = tables.rows(
        doc, lex, quoted, bounds, cue_sentences=True, known_cues=[(said, said + 4)]
    )
    assert inside.tolist() == known.tolist()
    assert used == [bounds[2]]  # 'said' is a cue found already; the quotation still counts
    tagged = tag_doc(
        SequenceTagger(["b"], np.zeros((1, 7)), np.zeros((7, 7))),
        doc,
        lex,
        quoted,
        cue_sentences=True,
    )
    assert tagged.attributions == []  # all-zero weights: every label alike, O first
