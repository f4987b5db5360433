"""framing39: PTC's other techniques as doubtful negatives (a per-token weight in the fit)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from newsgraph.errors import InputError
from newsgraph.eval import framing as ptc
from newsgraph.nlp.framing import _tagger
from newsgraph.train import framing as tr

NLP = spacy.blank("en")
META = {
    "features": _tagger.FEATURES_VERSION,
    "data_sha256": "0" * 64,
    "model": "en_pipeline",
    "model_version": "x",
    "date": "2026-12-01",
    "threshold": 0.5,
}


def _docs(texts: list[str]) -> list[spacy.tokens.Doc]:
    docs = [NLP(t) for t in texts]
    for d in docs:
        d._.ng_cache = {}
    return docs


def _tag(texts: list[str], word: str, loaded: set[int], zero: set[int]) -> list[str]:
    """Fit on ``texts`` with ``word`` labelled B-LL in the docs ``loaded`` and O elsewhere,
    the O occurrences in the docs ``zero`` weighted 0; return the words tagged in a new
    sentence (threshold 0.25: the sentence's other words were never seen)."""
    docs = _docs(texts)
    b_ll = _tagger.CLASSES.index("B-LL")
    labels = [[b_ll if t.text == word and i in loaded else 0 for t in d] for i, d in
              enumerate(docs)]  # fmt: skip
    weights = [[0.0 if t.text == word and i in zero else 1.0 for t in d] for i, d in
               enumerate(docs)]  # fmt: skip
    vocab, w = _tagger.fit(
        [_tagger.token_keys(d) for d in docs], labels, min_docs=1, l2=0.1, docs_weights=weights
    )
    tagger = _tagger.SpanTagger(vocab, w, META)
    doc = _docs([f"the council made a {word} decision"])[0]
    return [doc.text[s.start : s.end] for s in tagger.spans(doc, threshold=0.25)]


TEXTS = [
    "they spread appalling lies",
    "such appalling cruelty",
    "the appalling weather returned",
    "appalling traffic again",
    "an appalling queue formed",
]


def test_a_token_weighed_zero_teaches_nothing() -> None:
    # "appalling" is loaded language twice and O three times: left as it is, O wins; with the
    # three O occurrences (filed under another technique) weighed 0, the word is loaded
    assert _tag(TEXTS, "appalling", loaded={0, 1}, zero=set()) == []
    assert _tag(TEXTS, "appalling", loaded={0, 1}, zero={2, 3, 4}) == ["appalling"]


def test_weights_of_one_fit_what_no_weights_fit() -> None:
    docs = _docs(TEXTS[:3])
    keys = [_tagger.token_keys(d) for d in docs]
    labels = [[_tagger.CLASSES.index("B-LL") if t.text == "appalling" else 0 for t in d]
              for d in docs]  # fmt: skip
    plain = _tagger.fit(keys, labels, min_docs=1, l2=0.1)
    ones = _tagger.fit(
        keys, labels, min_docs=1, l2=0.1, docs_weights=[[1.0] * len(d) for d in docs]
    )
    assert plain[0] == ones[0] and (plain[1] == ones[1]).all()


def test_fit_wants_one_weight_per_token() -> None:
    docs = _docs(["a grim tale"])
    with pytest.raises(ValueError, match="one weight per token"):
        _tagger.fit([_tagger.token_keys(d) for d in docs], [[0, 0, 0]], docs_weights=[[1.0]])


def test_token_weights_mark_o_tokens_inside_other_techniques() -> None:
    doc = _docs(["Those treacherous crooks lied again, and again."])[0]
    b_nc = _tagger.CLASSES.index("B-NC")
    labels = [b_nc if t.text == "crooks" else 0 for t in doc]
    # an Exaggeration span over "treacherous crooks lied", a Repetition span over the first
    # "again"; "crooks" is name-calling and keeps its weight
    other = [(6, 29), (30, 35)]
    got = tr.token_weights(doc, labels, other, 0.25)
    assert list(zip([t.text for t in doc], got, strict=True)) == [
        ("Those", 1.0), ("treacherous", 0.25), ("crooks", 1.0), ("lied", 0.25),
        ("again", 0.25), (",", 1.0), ("and", 1.0), ("again", 1.0), (".", 1.0),
    ]  # fmt: skip
    assert tr.token_weights(doc, labels, other, 1.0) == [1.0] * len(doc)


def _ptc(tmp_path: Path, labels: str) -> Path:
    (tmp_path / "articles").mkdir(exist_ok=True)
    (tmp_path / "articles" / "article222222221.txt").write_text(
        "Shameful cowards, shameful cowards, said the mayor.\n", "utf-8"
    )
    (tmp_path / "labels.tsv").write_text(labels, "utf-8")
    return tmp_path


def test_loader_keeps_other_techniques_apart_and_merged(tmp_path: Path) -> None:
    root = _ptc(
        tmp_path,
        "222222221\tName_Calling,Labeling\t0\t16\n"
        "222222221\tRepetition\t18\t34\n"
        "222222221\tExaggeration,Minimisation\t27\t34\n"
        "222222221\tSlogans\t0\t8\n",
    )
    (art,) = ptc.load(root)
    assert art.gold == {"loaded_language": [], "name_calling": [(0, 16)]}
    assert art.other == [(0, 8), (18, 34)]
    assert art.text[18:34] == "shameful cowards"


def test_loader_refuses_bad_offsets_of_other_techniques(tmp_path: Path) -> None:
    root = _ptc(tmp_path, "222222221\tDoubt\tx\t12\n")
    with pytest.raises(InputError, match="line 1: offsets are not integers"):
        ptc.load(root)


def test_the_crf_takes_no_weights() -> None:
    docs = _docs(["Shameful cowards ran."])
    art = ptc.PtcArticle("222222221", docs[0].text, {"name_calling": [(0, 16)]}, [(0, 8)])
    with pytest.raises(ValueError, match="not the CRF"):
        tr.fit_docs([art], docs, NLP, crf=True, other_weight=0.5)
