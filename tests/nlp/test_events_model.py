"""The learned event-type classifier: weights as component state, meta checks, decisions."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.errors import ResourceError
from newsgraph.nlp._doc import register_extensions
from newsgraph.nlp.events._features import FEATURE_VERSION, features
from newsgraph.nlp.events._model import META_FILE, TypeModel, load_shipped, shipped_dir
from newsgraph.nlp.events.component import EventCoder

register_extensions()
NLP = spacy.blank("en")


def _model(**meta: object) -> TypeModel:
    # two features, three classes; "lem=storm" pushes ASSAULT, "bias" favours NONE
    return TypeModel(
        classes=["ASSAULT", "NONE", "PROTEST"],
        features=["bias", "lem=storm"],
        coef=np.array([[0.0, 1.0, 0.0], [3.0, 0.0, 0.0]]),
        intercept=np.array([0.0, 0.0, 0.0]),
        meta={"feature_version": FEATURE_VERSION, "spacy_model": "en_core_web_sm 3.8.0", **meta},
    )


def test_probabilities_are_a_softmax_of_summed_weights() -> None:
    p = _model().probs(["bias", "lem=storm", "lem=unseen"])
    z = [3.0, 1.0, 0.0]
    total = sum(math.exp(v) for v in z)
    assert p["ASSAULT"] == pytest.approx(math.exp(3) / total, rel=1e-5)
    assert p["NONE"] == pytest.approx(math.exp(1) / total, rel=1e-5)


def test_round_trip_and_meta_checks(tmp_path: Path) -> None:
    m = _model(thresholds={"propose": 0.5})
    m.to_disk(tmp_path / "w")
    back = TypeModel.from_disk(tmp_path / "w", spacy_model="en_core_web_sm 3.8.1")
    assert back.classes == m.classes and back.features == m.features
    assert back.thresholds["propose"] == 0.5 and back.thresholds["veto"] == 0.9
    with pytest.raises(ResourceError, match="trained on parses of 'en_core_web_sm 3.8.0'"):
        TypeModel.from_disk(tmp_path / "w", spacy_model="en_core_web_trf 3.8.0")
    meta_path = tmp_path / "w" / META_FILE
    meta = json.loads(meta_path.read_text())
    meta["feature_version"] = "events-features-0"
    meta_path.write_text(json.dumps(meta))
    with pytest.raises(ResourceError, match="feature templates 'events-features-0'"):
        TypeModel.from_disk(tmp_path / "w")
    with pytest.raises(ResourceError, match="missing"):
        TypeModel.from_disk(tmp_path / "nothing")


def test_shipped_weights_are_small_and_recorded() -> None:
    folder = shipped_dir()
    assert sum(f.stat().st_size for f in folder.iterdir()) < 1_000_000
    meta = json.loads((folder / META_FILE).read_text())
    for key in (
        "feature_version",
        "training_data_sha256",
        "spacy_model",
        "date",
        "sklearn_version",
    ):
        assert meta[key], key
    model = load_shipped()
    # no feature is built from a proper noun: names only ever appear as entity types
    assert not any(
        f.startswith("lem=") and f[4:5].isupper() and f[4:] != f[4:].upper() for f in model.features
    )


def _doc() -> Doc:
    # Soldiers stormed the parliament . (soldiers, not rioters: rioters storming a building
    # riot, PROTEST, by _retype.riot; these tests are about the classifier)
    words = ["Soldiers", "stormed", "the", "parliament", "."]
    return Doc(
        NLP.vocab,
        words=words,
        spaces=[True, True, True, False, False],
        heads=[1, 1, 3, 1, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "punct"],
        pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT"],
        lemmas=["soldier", "storm", "the", "parliament", "."],
    )


def test_classifier_proposes_a_verb_no_pattern_knows() -> None:
    doc = _doc()
    assert "lem=storm" in features(doc[1], None, None)
    model = _model(thresholds={"propose": 0.5, "veto": 1.01, "retype": 1.01, "bare": 1.01})
    coder = EventCoder(model=model)
    coder.index._by.pop(("V", "storm"), None)  # as if no pattern knew the verb
    (ev,) = coder(doc)._.ng_events
    assert ev.type == "ASSAULT" and ev.rule == "model:assault.storm"
    assert ev.confidence == pytest.approx(round(math.exp(3) / (math.exp(3) + math.exp(1) + 1), 2))
    # the object is the target (actor spans leave out the determiner)
    assert ev.cameo == "190" and [a.span.text for a in ev.targets] == ["parliament"]
    off = EventCoder(model=_model(thresholds={"propose": 1.01}))
    off.index._by.pop(("V", "storm"), None)
    assert off(_doc())._.ng_events == []


def test_below_skips_only_candidates_no_type_can_reach_the_floor() -> None:
    m = _model()
    # "bias" alone: z = (0, 1, 0), P(ASSAULT) = 1 / (2 + e) = 0.21; the gap to NONE is -1, so
    # the bound is sigmoid(-1) = 0.269: below 0.3 proven, below 0.25 not provable
    only_bias = ["bias"]
    assert m.probs(only_bias)["ASSAULT"] == pytest.approx(1 / (2 + math.e), rel=1e-5)
    assert m.below([only_bias], 0.3) == [True]
    assert m.below([only_bias], 0.25) == [False]
    # "storm": z = (3, 1, 0), P(ASSAULT) = 0.84, never skipped; an unseen word changes nothing
    stormy = ["bias", "lem=storm", "lem=unseen"]
    assert m.below([only_bias, stormy, ["lem=unseen"]], 0.3) == [True, False, False]
    assert m.below([stormy], 0.9) == [True]  # 0.84 < 0.9: no type reaches that floor
    assert m.below([only_bias], 0.0) == [False] and m.below([only_bias], 1.0) == [False]
    assert m.below([], 0.3) == []


def test_below_never_skips_a_candidate_the_shipped_classifier_would_propose() -> None:
    m = load_shipped()
    rng = np.random.default_rng(7)
    feats = [
        [m.features[k] for k in rng.choice(len(m.features), size=n, replace=False)]
        for n in rng.integers(1, 30, size=400)
    ]
    for floor in (0.1, 0.3, 0.6):
        skipped = m.below(feats, floor)
        for f, skip in zip(feats, skipped, strict=True):
            p = m.probs(f)
            if skip:
                assert max(v for c, v in p.items() if c != "NONE") < floor
        assert any(skipped) and not all(skipped)


def test_component_state_to_and_from_disk(tmp_path: Path) -> None:
    coder = EventCoder(model=_model())
    coder.to_disk(tmp_path / "state")
    fresh = EventCoder(model=False).from_disk(tmp_path / "state")
    assert fresh.model is not None and fresh.model.features == ["bias", "lem=storm"]


def test_pipeline_saves_and_loads_the_classifier(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("newsgraph_events")
    nlp.to_disk(tmp_path / "pipe")
    saved = sorted(p.name for p in (tmp_path / "pipe" / "newsgraph_events").iterdir())
    assert saved == ["event_types.meta.json", "event_types.npz"]
    loaded = spacy.load(tmp_path / "pipe").get_pipe("newsgraph_events")
    assert loaded.model is not None
    assert loaded.model.features == load_shipped().features


def _doubtful_model(keep: float) -> TypeModel:
    # the pattern's type (ASSAULT, p = 0.16) is less likely than no event (p = 0.74), but not
    # so unlikely that the veto (NONE >= 0.9) applies
    return TypeModel(
        classes=["ASSAULT", "NONE", "PROTEST"],
        features=["bias", "lem=storm"],
        coef=np.array([[0.0, 2.0, 0.0], [0.5, 0.0, 0.0]]),
        intercept=np.array([0.0, 0.0, 0.0]),
        meta={
            "feature_version": FEATURE_VERSION,
            "thresholds": {"propose": 1.01, "veto": 0.9, "retype": 1.01, "keep": keep},
        },
    )


def test_keep_threshold_drops_a_doubtful_pattern_match() -> None:
    p = _doubtful_model(0.0).probs(["bias", "lem=storm"])
    assert p["ASSAULT"] == pytest.approx(math.exp(0.5) / (math.exp(0.5) + math.exp(2) + 1))
    kept = EventCoder(model=_doubtful_model(0.0))(_doc())._.ng_events
    assert [(e.type, e.rule) for e in kept] == [("ASSAULT", "assault.storm")]
    assert EventCoder(model=_doubtful_model(0.3))(_doc())._.ng_events == []
    # a threshold below the pattern type's probability keeps it
    assert len(EventCoder(model=_doubtful_model(0.1))(_doc())._.ng_events) == 1


def _two_sentences(one: bool) -> Doc:
    # "Police arrested him . Soldiers stormed the parliament ." (one=True: "... him and soldiers
    # stormed the parliament ." in one sentence)
    words = ["Police", "arrested", "him", "." if not one else "and"]
    words += ["Soldiers" if not one else "soldiers", "stormed", "the", "parliament", "."]
    heads = [1, 1, 1, 1, 5, 5 if not one else 1, 7, 5, 5]
    deps = ["nsubj", "ROOT", "dobj", "punct" if not one else "cc", "nsubj"]
    deps += ["ROOT" if not one else "conj", "det", "dobj", "punct"]
    return Doc(
        NLP.vocab,
        words=words,
        spaces=[True, True, False, True, True, True, True, False, False],
        heads=heads,
        deps=deps,
        pos=["NOUN", "VERB", "PRON", "PUNCT" if not one else "CCONJ", "NOUN", "VERB", "DET"]
        + ["NOUN", "PUNCT"],
        lemmas=["police", "arrest", "he", "." if not one else "and", "soldier", "storm", "the"]
        + ["parliament", "."],
        sent_starts=[True, False, False, False, not one, False, False, False, False],
    )


def test_fill_adds_the_likeliest_proposal_to_a_sentence_without_event() -> None:
    # P(ASSAULT | storm) = e^3 / (e^3 + e + 1) = 0.867: under "propose" (0.9), over "fill"
    def coder(fill: float) -> EventCoder:
        c = EventCoder(model=_model(thresholds={"propose": 0.9, "veto": 1.01, "fill": fill}))
        c.index._by.pop(("V", "storm"), None)  # as if no pattern knew the verb
        return c

    got = [(e.type, e.rule, e.sentence) for e in coder(0.5)(_two_sentences(False))._.ng_events]
    assert got == [("COERCE", "coerce.arrest", 0), ("ASSAULT", "model:assault.storm", 1)]
    # not over the fill threshold: the pattern's event alone
    got = [e.rule for e in coder(0.95)(_two_sentences(False))._.ng_events]
    assert got == ["coerce.arrest"]
    # the sentence already has an event: nothing is filled in
    got = [e.rule for e in coder(0.5)(_two_sentences(True))._.ng_events]
    assert got == ["coerce.arrest"]


def test_cluster_features_and_the_cluster_table_check(tmp_path: Path) -> None:
    from newsgraph.nlp.events._features import cluster_sha256, clusters

    table = clusters()
    assert len(table) > 10_000 and cluster_sha256()
    # the trigger's and the object's clusters are features ("storm", "parliament" are in it)
    coarse, fine = table["storm"]
    feats = features(_doc()[1], None, None)
    assert f"cl={coarse}" in feats and f"cc={fine}|V" in feats
    assert f"ocl={table['parliament'][1]}" in feats
    # weights trained with another cluster table are refused, naming the file
    m = _model(word_clusters_sha256="0" * 64)
    m.to_disk(tmp_path / "w")
    with pytest.raises(ResourceError, match="another word-cluster table"):
        TypeModel.from_disk(tmp_path / "w")
    _model(word_clusters_sha256=cluster_sha256()).to_disk(tmp_path / "ok")
    assert TypeModel.from_disk(tmp_path / "ok").features == ["bias", "lem=storm"]


def _tensor_doc() -> Doc:
    doc = _doc()  # Soldiers stormed the parliament .
    doc.tensor = np.arange(10, dtype=np.float32).reshape(5, 2)
    return doc


def test_dense_features_read_the_model_tensor() -> None:
    from newsgraph.nlp.events._features import DENSE_PARTS, dense

    assert DENSE_PARTS == ("trigger", "dependents", "sentence")
    # "stormed" is row [2, 3]; its dependents (no punctuation): "Soldiers" [0, 1] and
    # "parliament" [6, 7], mean [3, 4]; the sentence's five rows average [4, 5]
    assert dense(_tensor_doc()[1]).tolist() == [2.0, 3.0, 3.0, 4.0, 4.0, 5.0]
    # a word with no dependents stands for itself: "Soldiers" [0, 1]
    assert dense(_tensor_doc()[0]).tolist() == [0.0, 1.0, 0.0, 1.0, 4.0, 5.0]
    # a doc without a tensor (a blank pipeline): no dense features
    assert dense(_doc()[1]) is None


def _dense_model() -> TypeModel:
    m = _model()
    m.dense_coef = np.array([[1.0, 0.0, 0.0], [0.0, 0.0, 2.0]], dtype=np.float32)
    m.dense_mean = np.array([0.5, 0.25], dtype=np.float32)
    return m


def test_dense_weights_add_to_the_scores_and_round_trip(tmp_path: Path) -> None:
    m = _dense_model()
    assert m.dense_width == 2
    p = m.probs(["bias", "lem=storm"], np.array([1.0, 1.0], dtype=np.float32))
    z = [3.0 + 1.0, 1.0, 0.0 + 2.0]
    assert p["PROTEST"] == pytest.approx(math.exp(2) / sum(math.exp(v) for v in z), rel=1e-5)
    # no vector, or one of another width: the training mean stands in
    at_mean = m.probs(["bias"], m.dense_mean)
    assert m.probs(["bias"]) == pytest.approx(at_mean)
    assert m.probs(["bias"], np.ones(7, dtype=np.float32)) == pytest.approx(at_mean)
    m.to_disk(tmp_path / "w")
    back = TypeModel.from_disk(tmp_path / "w")
    assert (
        back.dense_width == 2
        and json.loads((tmp_path / "w" / META_FILE).read_text())["dense_width"] == 2
    )
    v = np.array([0.3, -2.0], dtype=np.float32)
    assert back.probs(["lem=storm"], v) == pytest.approx(m.probs(["lem=storm"], v), rel=1e-5)
    # a meta record that does not describe the dense weights is refused
    meta_path = tmp_path / "w" / META_FILE
    meta = json.loads(meta_path.read_text())
    meta["dense_width"] = 0
    meta_path.write_text(json.dumps(meta))
    with pytest.raises(ResourceError, match="does not describe these weights"):
        TypeModel.from_disk(tmp_path / "w")


def test_classifier_reads_the_tensor_in_the_coder() -> None:
    # the dense weights alone decide: the trigger's first number pushes PROTEST
    m = TypeModel(
        classes=["ASSAULT", "NONE", "PROTEST"],
        features=["bias"],
        coef=np.array([[0.0, 1.0, 0.0]]),
        intercept=np.zeros(3),
        meta={"feature_version": FEATURE_VERSION, "thresholds": {"propose": 0.5, "veto": 1.01}},
        dense_coef=np.array([[0.0, 0.0, 1.0]] + [[0.0, 0.0, 0.0]] * 5),
        dense_mean=np.zeros(6),
    )
    coder = EventCoder(model=m)
    coder.index._by.pop(("V", "storm"), None)  # as if no pattern knew the verb
    (ev,) = coder(_tensor_doc())._.ng_events  # "stormed": 2.0 -> P(PROTEST) = e^2/(e^2+e+1)
    assert ev.rule == "model:protest.storm"
    assert ev.confidence == pytest.approx(round(math.exp(2) / (math.exp(2) + math.e + 1), 2))
    assert coder(_doc())._.ng_events == []  # no tensor: NONE is likelier


def test_pipeline_keeps_the_tensor_for_the_event_classifier(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Rebels attacked an army convoy near the border on Tuesday.")
    assert doc.tensor.shape == (len(doc), 96)
    model = nlp.get_pipe("newsgraph_events").model
    assert model.dense_width in (0, 3 * doc.tensor.shape[1])
