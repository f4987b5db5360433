"""Unit tests of the framing component on hand-built parses (no model)."""

from __future__ import annotations

import json

import numpy as np
import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.errors import ResourceError
from newsgraph.model import Entity, Span
from newsgraph.nlp.framing import _lexicon, _tagger
from newsgraph.nlp.framing._tone import tone
from newsgraph.nlp.framing.component import FramingComponent

NLP = spacy.blank("en")


def _doc(rows: list[tuple[str, int, str, str, str]], spaces: list[bool] | None = None) -> Doc:
    """rows: (word, head index, dep, pos, lemma)."""
    words = [r[0] for r in rows]
    doc = Doc(
        NLP.vocab,
        words=words,
        spaces=spaces or [True] * (len(words) - 1) + [False],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        lemmas=[r[4] for r in rows],
    )
    doc._.ng_cache = {}
    return doc


def _component() -> FramingComponent:
    return FramingComponent(NLP, "framing", tagger=False)


def test_lexicon_reads_phrases_the_way_spacy_tokenises_them() -> None:
    table = _lexicon.entries()
    so_called = [e for e in table["so"] if e.label == "so-called"]
    assert so_called and so_called[0].words == ("so", "-", "called")
    assert so_called[0].kind == "distancing"
    assert table["terror"][0].label == "terrorist"  # normalised
    assert table["regime"][0].sector == "GOV"


def test_predicate_nominal_attaches_the_label_to_the_named_group() -> None:
    # HTS is a terrorist group .
    doc = _doc(
        [
            ("HTS", 1, "nsubj", "PROPN", "HTS"),
            ("is", 1, "ROOT", "AUX", "be"),
            ("a", 4, "det", "DET", "a"),
            ("terrorist", 4, "amod", "ADJ", "terrorist"),
            ("group", 1, "attr", "NOUN", "group"),
            (".", 1, "punct", "PUNCT", "."),
        ],
        spaces=[True, True, True, True, False, False],
    )
    hts = Entity(
        "entity-hts", "Hayat Tahrir al-Sham", "ORG", "SYR", "REB", mentions=[Span(0, 3, "HTS")]
    )
    doc._.ng_entities = [hts]
    doc._.ng_places = []
    recs = _component()(doc)._.ng_framing
    assert len(recs) == 1
    r = recs[0]
    assert (r.kind, r.label, r.span.text) == ("name_calling", "terrorist", "terrorist")
    assert doc.text[r.span.start : r.span.end] == "terrorist"
    assert r.target == "entity-hts" and r.target_code == "SYRREB"
    assert r.rule == "lexicon+predicate"
    assert r.polarity < 0 and 0 < r.confidence <= 1


def test_so_called_distances_the_noun_it_modifies_as_a_generic_actor() -> None:
    # the so-called opposition groups refused .
    doc = _doc(
        [
            ("the", 5, "det", "DET", "the"),
            ("so", 3, "advmod", "ADV", "so"),
            ("-", 3, "punct", "PUNCT", "-"),
            ("called", 5, "amod", "VERB", "call"),
            ("opposition", 5, "compound", "NOUN", "opposition"),
            ("groups", 6, "nsubj", "NOUN", "group"),
            ("refused", 6, "ROOT", "VERB", "refuse"),
            (".", 6, "punct", "PUNCT", "."),
        ],
        spaces=[True, False, False, True, True, True, False, False],
    )
    doc._.ng_entities = []
    doc._.ng_places = []
    recs = _component()(doc)._.ng_framing
    assert [(r.kind, r.span.text) for r in recs] == [("distancing", "so-called")]
    assert recs[0].target is None
    assert recs[0].target_code == "OPP"  # opposition, no country named
    assert "groups" in (recs[0].target_name or "")


def test_scare_quote_around_a_modifier_labels_the_rebels() -> None:
    # the 'moderate' rebels fought .
    doc = _doc(
        [
            ("the", 4, "det", "DET", "the"),
            ("'", 2, "punct", "PUNCT", "'"),
            ("moderate", 4, "amod", "ADJ", "moderate"),
            ("'", 2, "punct", "PUNCT", "'"),
            ("rebels", 5, "nsubj", "NOUN", "rebel"),
            ("fought", 5, "ROOT", "VERB", "fight"),
            (".", 5, "punct", "PUNCT", "."),
        ],
        spaces=[True, False, False, True, True, False, False],
    )
    doc._.ng_entities = []
    doc._.ng_places = []
    recs = _component()(doc)._.ng_framing
    assert [(r.kind, r.span.text, r.label) for r in recs] == [
        ("scare_quote", "'moderate'", "moderate")
    ]
    assert recs[0].target_code == "REB"


def test_a_reported_quote_is_no_scare_quote() -> None:
    from newsgraph.model import Quote

    doc = _doc(
        [
            ("the", 4, "det", "DET", "the"),
            ("'", 2, "punct", "PUNCT", "'"),
            ("moderate", 4, "amod", "ADJ", "moderate"),
            ("'", 2, "punct", "PUNCT", "'"),
            ("rebels", 5, "nsubj", "NOUN", "rebel"),
            ("fought", 5, "ROOT", "VERB", "fight"),
        ],
        spaces=[True, False, False, True, True, False],
    )
    doc._.ng_entities = []
    doc._.ng_places = []
    whole = Span(0, len(doc.text), doc.text)
    doc._.ng_quotes = [Quote("q", "indirect", whole, None, None, None, None, True, 0, 0.5, "r")]
    assert _component()(doc)._.ng_framing == []


def test_passive_loaded_verb_labels_its_subject() -> None:
    # the militants were liquidated
    doc = _doc(
        [
            ("the", 1, "det", "DET", "the"),
            ("militants", 3, "nsubjpass", "NOUN", "militant"),
            ("were", 3, "auxpass", "AUX", "be"),
            ("liquidated", 3, "ROOT", "VERB", "liquidate"),
        ]
    )
    doc._.ng_entities = []
    doc._.ng_places = []
    recs = _component()(doc)._.ng_framing
    by_kind = {r.kind: r for r in recs}
    assert by_kind["loaded_language"].label == "liquidate"
    assert by_kind["loaded_language"].rule == "lexicon+object"
    assert by_kind["loaded_language"].target_name == by_kind["name_calling"].target_name


def test_tone_counts_rated_words_like_gdelt() -> None:
    # VADER rates "good" +1.9, "terrible" -2.1, "table" not at all
    doc = NLP("good terrible table table")
    t = tone(doc)
    assert t.words == 4
    assert t.positive == 25.0 and t.negative == 25.0
    assert t.tone == 0.0 and t.polarity == 50.0


def test_bio_decoding_joins_and_splits_spans() -> None:
    doc = NLP("a very dirty war and evil men")
    # classes: O, B-LL, I-LL, B-NC, I-NC
    p = np.array(
        [
            [0.9, 0.05, 0.05, 0, 0],  # a
            [0.2, 0.7, 0.1, 0, 0],  # very  B-LL
            [0.3, 0.1, 0.6, 0, 0],  # dirty I-LL
            [0.8, 0.1, 0.1, 0, 0],  # war   O
            [0.9, 0.1, 0, 0, 0],  # and   O
            [0.4, 0.0, 0.0, 0.5, 0.1],  # evil  B-NC
            [0.1, 0.0, 0.0, 0.1, 0.8],  # men   I-NC
        ]
    )
    spans = _tagger.decode(list(doc), p, 0.5)
    assert [(doc.text[s.start : s.end], s.kind) for s in spans] == [
        ("very dirty", "loaded_language"),
        ("evil men", "name_calling"),
    ]


def _ll(p_in: list[float]) -> np.ndarray:
    """Probabilities with every tagged token an I-LL: (1 - p, 0, p, 0, 0)."""
    return np.array([[1 - p, 0.0, p, 0.0, 0.0] for p in p_in])


def test_hysteresis_keeps_weak_neighbours_of_a_strong_token_only() -> None:
    doc = NLP("they did dirty , rotten work today")
    assert len(doc) == 7
    p = _ll([0.05, 0.05, 0.6, 0.2, 0.3, 0.15, 0.02])
    text = lambda spans: [doc.text[s.start : s.end] for s in spans]  # noqa: E731
    assert text(_tagger.decode(list(doc), p, 0.5)) == ["dirty"]
    # a floor of 0.12 lets the run "dirty , rotten work" through: its peak (0.6) reaches 0.5
    assert text(_tagger.decode(list(doc), p, 0.5, 0.12)) == ["dirty , rotten work"]
    # a run whose peak stays below the threshold is dropped however low the floor
    weak = _ll([0.05, 0.05, 0.3, 0.2, 0.3, 0.15, 0.02])
    assert _tagger.decode(list(doc), weak, 0.5, 0.12) == []


def test_gap_joins_spans_of_one_kind_across_a_token() -> None:
    doc = NLP("they did dirty , rotten work today")
    p = _ll([0.05, 0.05, 0.6, 0.05, 0.55, 0.05, 0.02])
    text = lambda spans: [doc.text[s.start : s.end] for s in spans]  # noqa: E731
    assert text(_tagger.decode(list(doc), p, 0.5)) == ["dirty", "rotten"]
    joined = _tagger.decode(list(doc), p, 0.5, gap=1)
    assert text(joined) == ["dirty , rotten"]
    assert (joined[0].first, joined[0].last) == (2, 4)
    assert joined[0].confidence == pytest.approx(0.575)
    # a different kind is not joined
    p[4] = [0.45, 0.0, 0.0, 0.0, 0.55]  # rotten: I-NC
    assert [s.kind for s in _tagger.decode(list(doc), p, 0.5, gap=1)] == [
        "loaded_language",
        "name_calling",
    ]


def test_decoding_choice_never_trades_a_gated_metric() -> None:
    from newsgraph.train.framing import choose_decoding

    def m(p: float, r: float, f: float, ll: float = 0.2, nc: float = 0.2) -> dict[str, float]:
        return {"pooled_precision": p, "pooled_recall": r, "pooled_f1": f, "ll_f1": ll,
                "nc_f1": nc}  # fmt: skip

    results = {
        (0.2, 0.2, 0): m(0.30, 0.20, 0.24),  # plain, best plain F1: the baseline
        (0.1, 0.1, 0): m(0.20, 0.25, 0.222),  # plain, worse
        (0.2, 0.1, 0): m(0.28, 0.30, 0.29),  # best F1 but lower precision: refused
        (0.2, 0.15, 1): m(0.30, 0.23, 0.26),  # better on every gated metric: chosen
        (0.2, 0.12, 1): m(0.31, 0.25, 0.277, nc=0.19),  # name-calling F1 fell: refused
    }
    assert choose_decoding(results) == ((0.2, 0.15, 1), (0.2, 0.2, 0))
    del results[(0.2, 0.15, 1)]
    assert choose_decoding(results) == ((0.2, 0.2, 0), (0.2, 0.2, 0))


def test_token_labels_bio_and_io() -> None:
    from newsgraph.train.framing import token_labels

    doc = NLP("the evil men came")
    assert doc.text[4:12] == "evil men"
    gold = {"loaded_language": [(4, 12)], "name_calling": []}
    b_ll, i_ll = _tagger.CLASSES.index("B-LL"), _tagger.CLASSES.index("I-LL")
    assert token_labels(doc, gold) == [0, b_ll, i_ll, 0]
    assert token_labels(doc, gold, bio=False) == [0, i_ll, i_ll, 0]


def test_weights_from_another_model_are_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    vocab = ["w=evil"]
    w = np.zeros((len(_tagger.OFFSETS), 2, len(_tagger.CLASSES) - 1))
    meta = {
        "features": _tagger.FEATURES_VERSION,
        "data_sha256": "0" * 64,
        "model": "en_core_web_lg",
        "model_version": "3.8.0",
        "date": "2026-11-28",
        "threshold": 0.3,
    }
    _tagger.save(tmp_path, vocab, w, meta)
    with pytest.raises(ResourceError, match="en_core_web_lg 3.8.0"):
        _tagger.load(tmp_path, {"lang": "en", "name": "core_web_sm", "version": "3.8.0"})
    meta["features"] = "framing-tagger/0"
    (tmp_path / _tagger.META_FILE).write_text(json.dumps(meta))
    with pytest.raises(ResourceError, match="newsgraph train framing"):
        _tagger.load(tmp_path, None)
    meta["features"] = _tagger.FEATURES_VERSION
    (tmp_path / _tagger.META_FILE).write_text(json.dumps(meta))
    tagger = _tagger.load(tmp_path, {"lang": "en", "name": "core_web_lg", "version": "3.8.0"})
    assert tagger.threshold == 0.3


def test_fitted_weights_score_the_way_they_were_trained(tmp_path) -> None:  # type: ignore[no-untyped-def]
    texts = ["they are evil men", "such evil deeds", "the men are here", "deeds are done"]
    docs = [NLP(t) for t in texts]
    for d in docs:
        d._.ng_cache = {}
    b_ll = _tagger.CLASSES.index("B-LL")
    labels = [[b_ll if t.text == "evil" else 0 for t in d] for d in docs]
    vocab, w = _tagger.fit([_tagger.token_keys(d) for d in docs], labels, min_docs=1, l2=0.1)
    meta = {
        "features": _tagger.FEATURES_VERSION,
        "data_sha256": "0" * 64,
        "model": "en_pipeline",
        "model_version": "x",
        "date": "2026-11-28",
        "threshold": 0.5,
    }
    _tagger.save(tmp_path, vocab, w, meta)
    tagger = _tagger.load(tmp_path, None)
    doc = NLP("we are evil here")
    doc._.ng_cache = {}
    probs = tagger.probabilities(doc)
    assert probs.shape == (4, len(_tagger.CLASSES))
    assert [int(p.argmax()) for p in probs] == [0, 0, b_ll, 0]
    spans = tagger.spans(doc)
    assert [(doc.text[s.start : s.end], s.kind) for s in spans] == [("evil", "loaded_language")]


def test_token_keys_name_the_head_word_but_never_a_name() -> None:
    # "Trump 's dirty work": dirty -amod-> work -ROOT; Trump -poss-> work
    doc = _doc(
        [
            ("Trump", 3, "poss", "PROPN", "Trump"),
            ("'s", 0, "case", "PART", "'s"),
            ("dirty", 3, "amod", "ADJ", "dirty"),
            ("work", 3, "ROOT", "NOUN", "work"),
            ("for", 3, "prep", "ADP", "for"),
            ("Trump", 4, "pobj", "PROPN", "Trump"),
        ],
        spaces=[False, True, True, True, True, False],
    )
    keys = _tagger.token_keys(doc, head_words=True)
    assert {"hw=work", "hd=amod|work"} <= set(keys[2])
    assert "hw=root" in keys[3] and not any(k.startswith("hd=") for k in keys[3])
    assert {"hw=name", "hd=case|name"} <= set(keys[1])  # the head is a proper noun
    assert not any("trump" in k.lower() for ks in keys for k in ks)


def test_head_word_weights_score_tokens_as_their_keys_say(tmp_path) -> None:  # type: ignore[no-untyped-def]
    def dirty(noun: str) -> Doc:
        return _doc(
            [
                ("the", 2, "det", "DET", "the"),
                ("dirty", 2, "amod", "ADJ", "dirty"),
                (noun, 2, "ROOT", "NOUN", noun),
            ]
        )

    docs = [dirty("work"), dirty("water"), dirty("work"), dirty("floor")]
    i_ll = _tagger.CLASSES.index("I-LL")
    labels = [[0, i_ll, 0], [0, 0, 0], [0, i_ll, 0], [0, 0, 0]]
    keys = [_tagger.token_keys(d, head_words=True) for d in docs]
    assert "hd=amod|work" in keys[0][1] and "hd=amod|work" not in _tagger.token_keys(docs[0])[1]
    vocab, w = _tagger.fit(keys, labels, min_docs=1, l2=0.1)
    meta = {
        "features": _tagger.FEATURES_VERSION,
        "data_sha256": "0" * 64,
        "model": "en_pipeline",
        "model_version": "x",
        "date": "2026-11-29",
        "threshold": 0.5,
        "head_words": True,
    }
    _tagger.save(tmp_path, vocab, w, meta)
    tagger = _tagger.load(tmp_path, None)
    w16 = w.astype(np.float16).astype(np.float32)  # the saved precision
    index = {k: i for i, k in enumerate(vocab)}
    for doc in (dirty("work"), dirty("water")):
        ks = _tagger.token_keys(doc, head_words=True)
        z = np.zeros((len(doc), len(_tagger.CLASSES) - 1))
        for i in range(len(doc)):
            for oi, o in enumerate(_tagger.OFFSETS):
                j = i + o
                ids = [index[k] for k in ks[j] if k in index] if 0 <= j < len(doc) else []
                z[i] += w16[oi][[*ids, len(vocab)]].sum(axis=0)
        full = np.concatenate([np.zeros((len(doc), 1)), z], axis=1)
        want = np.exp(full) / np.exp(full).sum(axis=1, keepdims=True)
        assert np.allclose(tagger.probabilities(doc), want, atol=1e-4)
    # "dirty" is loaded language only as the modifier of "work"
    assert tagger.probabilities(dirty("work"))[1].argmax() == i_ll
    assert tagger.probabilities(dirty("water"))[1].argmax() == 0


def test_words_used_alike_share_a_cluster() -> None:
    from newsgraph.train.framing import learn_clusters

    # "outrageous" and "shameful" (and "red" and "green") occur in exactly the same contexts
    texts = [
        "they said the outrageous lie was told again",
        "they said the shameful lie was told again",
        "we ate red apples in the garden today",
        "we ate green apples in the garden today",
    ] * 3
    words, sizes, labels = learn_clusters(texts, sizes=(2, 4), min_count=3, window=2, dims=5)
    assert sizes == [2, 4] and labels.shape == (len(words), 2)
    assert "outrageous" in words and "red" in words
    at = {w: labels[i].tolist() for i, w in enumerate(words)}
    assert at["outrageous"] == at["shameful"]
    assert at["red"] == at["green"]


def test_cluster_keys_reach_unseen_words_but_never_names(tmp_path) -> None:  # type: ignore[no-untyped-def]
    def sent(adj: str, pos: str = "ADJ") -> Doc:
        return _doc(
            [
                ("a", 2, "det", "DET", "a"),
                (adj, 2, "amod", pos, adj),
                ("lie", 2, "ROOT", "NOUN", "lie"),
            ]
        )

    table = (["shameful", "outrageous", "red", "boston"], [8], np.array([[3], [3], [5], [3]]))
    ckeys = {"shameful": ("c8=3",), "outrageous": ("c8=3",), "red": ("c8=5",), "boston": ("c8=3",)}
    keys = _tagger.token_keys(sent("outrageous"), clusters=ckeys)
    assert "c8=3" in keys[1] and not any(k.startswith("c8=") for k in keys[0])
    assert not any(
        k.startswith("c8=") for k in _tagger.token_keys(sent("Boston", "PROPN"), clusters=ckeys)[1]
    )
    # trained on "shameful" (a loaded word) and "red" (not), the tagger marks "outrageous",
    # which it never saw, through the cluster it shares with "shameful"
    i_ll = _tagger.CLASSES.index("I-LL")
    docs = [sent("shameful"), sent("red"), sent("shameful"), sent("red")]
    labels = [[0, i_ll, 0], [0, 0, 0], [0, i_ll, 0], [0, 0, 0]]
    vocab, w = _tagger.fit(
        [_tagger.token_keys(d, clusters=ckeys) for d in docs], labels, min_docs=1, l2=0.1
    )
    assert "c8=3" in vocab
    meta = {
        "features": _tagger.FEATURES_VERSION,
        "data_sha256": "0" * 64,
        "model": "en_pipeline",
        "model_version": "x",
        "date": "2026-11-29",
        "threshold": 0.5,
    }
    _tagger.save(tmp_path, vocab, w, meta, table)
    tagger = _tagger.load(tmp_path, None)
    assert tagger.clusters is not None and tagger.clusters["outrageous"] == ("c8=3",)
    assert tagger.probabilities(sent("outrageous"))[1].argmax() == i_ll
    assert tagger.probabilities(sent("red"))[1].argmax() == 0
    assert tagger.probabilities(sent("Boston", "PROPN"))[1].argmax() == 0  # a name: no cluster
    # a cluster table other than the one the weights were trained with is refused
    from newsgraph.nlp.framing import _clusters

    _clusters.save(tmp_path, ["shameful"], [8], np.array([[1]]))
    with pytest.raises(ResourceError, match="newsgraph train framing"):
        _tagger.load(tmp_path, None)


def test_unlabeled_texts_reads_each_source_and_the_tune_articles(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import gzip

    from newsgraph.eval.framing import PtcArticle
    from newsgraph.train.framing import unlabeled_texts

    (tmp_path / "polnear" / "train" / "text").mkdir(parents=True)
    (tmp_path / "polnear" / "train" / "text" / "a.txt").write_text("Senators clashed.", "utf-8")
    (tmp_path / "events" / "synthetic").mkdir(parents=True)
    with gzip.open(tmp_path / "events" / "synthetic" / "s.csv.gz", "wt", encoding="utf-8") as f:
        f.write('title,text\nT,"Teachers struck, again."\n')
    (tmp_path / "extraction" / "html").mkdir(parents=True)
    with gzip.open(tmp_path / "extraction" / "html" / "p.html.gz", "wt", encoding="utf-8") as f:
        f.write("<html><script>var x;</script><p>A <b>shameful</b> vote &amp; more</p><p>Two</p>")
    tune = [PtcArticle("111", "The tune text.", {})]
    assert unlabeled_texts(tmp_path, tune) == [
        "Senators clashed.",
        "Teachers struck, again.",
        "A  shameful  vote & more\nTwo",
        "The tune text.",
    ]


def test_crf_marginals_match_brute_force_enumeration() -> None:
    import itertools

    rng = np.random.default_rng(7)
    c = len(_tagger.CLASSES)
    emit = rng.normal(size=(5, c))
    trans = rng.normal(size=(c, c))
    bounds = [(0, 3), (3, 5)]  # two chains: no transition between tokens 2 and 3
    got = _tagger.crf_marginals(emit, trans, bounds)
    want = np.zeros((5, c))
    for a, b in bounds:
        total = 0.0
        for seq in itertools.product(range(c), repeat=b - a):
            score = sum(emit[a + t, y] for t, y in enumerate(seq))
            score += sum(trans[x, y] for x, y in itertools.pairwise(seq))
            total += np.exp(score)
            for t, y in enumerate(seq):
                want[a + t, y] += np.exp(score)
        want[a:b] /= total
    assert np.allclose(got, want, atol=1e-9)
    assert np.allclose(got.sum(axis=1), 1.0)


def test_fitted_crf_tags_a_two_word_span_and_round_trips(tmp_path) -> None:  # type: ignore[no-untyped-def]
    texts = [
        "they are very evil men", "such very evil deeds", "the men are here", "deeds are done",
        "a very evil plan", "the plan is here",
    ]  # fmt: skip
    docs = [NLP(t) for t in texts]
    for d in docs:
        d._.ng_cache = {}
    b_ll, i_ll = _tagger.CLASSES.index("B-LL"), _tagger.CLASSES.index("I-LL")
    labels = [
        [b_ll if t.text == "very" else i_ll if t.text == "evil" else 0 for t in d] for d in docs
    ]
    keys = [_tagger.token_keys(d) for d in docs]
    bounds = [_tagger.sentence_bounds(d) for d in docs]
    assert bounds[0] == [(0, 5)]  # no parse: the whole doc is one chain
    vocab, w, trans = _tagger.fit_crf(keys, labels, bounds, min_docs=1, c1=0.0, c2=0.01)
    assert w.shape == (len(_tagger.OFFSETS), len(vocab) + 1, len(_tagger.CLASSES) - 1)
    # I-LL never follows O in the data: the CRF learns to disfavour that transition
    assert trans[0, i_ll] < trans[b_ll, i_ll]
    meta = {
        "features": _tagger.FEATURES_VERSION,
        "data_sha256": "0" * 64,
        "model": "en_pipeline",
        "model_version": "x",
        "date": "2026-11-29",
        "threshold": 0.5,
        "decoder": "crf",
    }
    _tagger.save(tmp_path, vocab, w, meta, transitions=trans)
    tagger = _tagger.load(tmp_path, None)
    doc = NLP("we had a very evil day")
    doc._.ng_cache = {}
    probs = tagger.probabilities(doc)
    assert np.allclose(probs.sum(axis=1), 1.0)
    assert [int(p.argmax()) for p in probs] == [0, 0, 0, b_ll, i_ll, 0]
    spans = tagger.spans(doc)
    assert [(doc.text[s.start : s.end], s.kind) for s in spans] == [
        ("very evil", "loaded_language")
    ]
    # weights saved without their transitions are refused, not read as a softmax tagger
    _tagger.save(tmp_path, vocab, w, meta)
    with pytest.raises(ResourceError, match="decoder"):
        _tagger.load(tmp_path, None)
