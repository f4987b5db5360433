"""The learned parts of newsgraph_quotes: the cue scorer and the content-end chooser."""

from __future__ import annotations

import math

import pytest
from spacy.language import Language

from newsgraph.nlp.quotes._bounds import end_options
from newsgraph.nlp.quotes._model import (
    END_MODEL_FILE,
    MODEL_FILE,
    CueModel,
    fit,
    fit_choice,
    load_model,
    parse_model,
)
from newsgraph.nlp.quotes.component import QuoteFinder

# -- the linear models (no spaCy model) ------------------------------------------------------


def test_fit_learns_which_feature_marks_a_cue() -> None:
    rows = [["bias", "lem=say"]] * 40 + [["bias", "lem=eat"]] * 40 + [["bias", "lem=walk"]] * 40
    labels = [1.0] * 40 + [0.0] * 80
    model = CueModel(fit(rows, labels, epochs=200), 0.5)
    assert model.probability(["bias", "lem=say"]) > 0.9
    assert model.probability(["bias", "lem=eat"]) < 0.1
    # a feature never seen in training weighs nothing: only the bias is left
    assert model.probability(["bias", "lem=unseen"]) == pytest.approx(
        1 / (1 + math.exp(-model.weights["bias"]))
    )


def test_fit_takes_soft_labels_as_the_share_of_annotators() -> None:
    rows = [["bias", "lem=think"]] * 60
    labels = [1.0, 0.0, 0.0] * 20  # one annotator in three marks it
    model = CueModel(fit(rows, labels, l2=0.0, min_count=1, epochs=400))
    assert model.probability(["bias", "lem=think"]) == pytest.approx(1 / 3, abs=0.02)


def test_fit_choice_ranks_the_right_option_of_each_group_first() -> None:
    rows, groups, labels = [], [], []
    for g in range(30):  # the right option is always the one that ends the sentence
        for feats, right in ((["cut-at-comma"], 0.0), (["sentence-end"], 1.0), (["parse"], 0.0)):
            rows.append(feats)
            groups.append(g)
            labels.append(right)
    w = fit_choice(rows, groups, labels, epochs=200)
    assert w["sentence-end"] > w["parse"] and w["sentence-end"] > w["cut-at-comma"]


def test_weights_file_round_trips_and_bad_lines_are_named() -> None:
    model = CueModel({"lem=say": 2.5, "bias": -1.25}, 0.45)
    again = parse_model(model.to_tsv())
    assert again == model
    with pytest.raises(ValueError, match=r"x\.tsv:2: bad weight line"):
        parse_model("threshold\t0.5\nlem=say\tlots\n", "x.tsv")


def test_shipped_models_load() -> None:
    cue = load_model(MODEL_FILE)
    end = load_model(END_MODEL_FILE)
    assert cue is not None and end is not None
    assert 0.2 <= cue.threshold <= 0.8
    assert cue.weights["lem=say"] > 0 > cue.weights["lex=False"]
    assert load_model("no_such_model.tsv") is None


def test_a_missing_model_resource_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no cue model resource 'nope.tsv'"):
        QuoteFinder(None, cue_model="nope.tsv")


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
def test_rules_only_mode_keeps_to_the_lexicon(bare_nlp: Language) -> None:
    import copy

    nlp = copy.deepcopy(bare_nlp)
    nlp.add_pipe("newsgraph_quotes", config={"cue_model": "", "end_model": ""})
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


def _write_split(root) -> None:  # type: ignore[no-untyped-def]
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
def test_train_quotes_writes_models_the_component_loads(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from typer.testing import CliRunner

    from newsgraph.cli import app

    _write_split(tmp_path / "split")
    out = tmp_path / "models"
    result = CliRunner().invoke(
        app, ["train", "quotes", str(tmp_path / "split"), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    info = json.loads(result.stdout[: result.stdout.rindex("}") + 1])
    assert info["articles"] == 6
    assert info["positive"] == 7.0  # one cue word per gold attribution, all found as candidates
    cue = parse_model((out / MODEL_FILE).read_text(encoding="utf-8"))
    end = parse_model((out / END_MODEL_FILE).read_text(encoding="utf-8"))
    assert cue.weights and end.weights is not None
    finder = QuoteFinder(None, cue_model=cue, end_model=end)
    assert finder.model == cue


def test_train_quotes_names_a_wrong_directory(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from newsgraph.cli import app

    result = CliRunner().invoke(app, ["train", "quotes", str(tmp_path)])
    assert result.exit_code == 2
    assert "want a directory with text/ and attributions/" in " ".join(result.output.split())
