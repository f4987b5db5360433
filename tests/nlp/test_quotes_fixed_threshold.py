"""The cue threshold held fixed (``newsgraph train quotes --threshold X``, the lead's decision of
2026-11-30, quotes14): no search, ``counts.threshold_choice = "fixed"`` in meta.json; the
``--cv-threshold`` / ``--held-back-threshold`` choices keep working."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

import newsgraph.train.quotes as trainer
from newsgraph.cli import app

from .test_quotes_model import _write_split


def _no_search(*_args: object, **_kwargs: object) -> tuple[float, dict]:
    raise AssertionError("a fixed threshold must not be searched")


def test_train_quotes_passes_threshold_to_the_trainer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    split = tmp_path / "split"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    seen: list[tuple[bool, float | None]] = []

    def fake_train(path, **kwargs):
        seen.append((kwargs["cv"], kwargs["threshold"]))
        raise ValueError("stop before fitting")

    monkeypatch.setattr(trainer, "train", fake_train)
    runner = CliRunner()
    runs = (["--threshold", "0.45"], [], ["--held-back-threshold"], ["--threshold", "0.4"])
    for k, args in enumerate(runs):
        result = runner.invoke(
            app, ["train", "quotes", str(split), "--out", str(tmp_path / f"w{k}"), *args]
        )
        assert result.exit_code == 2, result.output
    # the fixed value reaches the trainer; without it the CV default and the old choice stay
    assert seen == [(True, 0.45), (True, None), (False, None), (True, 0.4)]


@pytest.mark.parametrize("value", ["0", "1", "1.5", "-0.2"])
def test_a_threshold_outside_zero_to_one_is_one_line_before_training(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    split = tmp_path / "split"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    called: list[object] = []
    monkeypatch.setattr(trainer, "train", lambda *a, **k: called.append(a))
    result = CliRunner().invoke(
        app, ["train", "quotes", str(split), "--out", str(tmp_path / "w"), "--threshold", value]
    )
    assert result.exit_code == 2
    assert "want a number between 0 and 1" in " ".join(result.output.split())
    assert called == []


def test_fit_docs_refuses_a_threshold_outside_zero_to_one() -> None:
    with pytest.raises(ValueError, match="between 0 and 1"):
        trainer.fit_docs([], [], threshold=1.0)


@pytest.mark.model
def test_a_fixed_threshold_is_kept_unsearched_and_recorded(
    bare_nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write_split(tmp_path / "split")
    monkeypatch.setattr(trainer, "cv_threshold", _no_search)
    monkeypatch.setattr(trainer, "held_back_threshold", _no_search)
    for cv in (True, False):  # the fixed value wins over either choice
        weights, info = trainer.train(tmp_path / "split", nlp=bare_nlp, threshold=0.45, cv=cv)
        assert weights.threshold == 0.45
        assert info["threshold"] == 0.45
        assert info["threshold_choice"] == "fixed"
        assert info["held_back_exact_f1"] is None
    weights.to_disk(tmp_path / "w")
    meta = json.loads((tmp_path / "w" / "meta.json").read_text())
    assert meta["threshold"] == 0.45
    assert meta["counts"]["threshold_choice"] == "fixed"


@pytest.mark.model
def test_without_a_fixed_threshold_the_chosen_one_is_recorded(
    bare_nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # control: the held-back and CV choices still choose, and say which choice made the weights
    _write_split(tmp_path / "split")
    calls: list[str] = []

    def choice(name: str, value: float):
        def choose(*_args: object, **_kwargs: object) -> tuple[float, dict]:
            calls.append(name)
            return value, {"source": 0.5, "cue": 0.5, "content": 0.5}

        return choose

    monkeypatch.setattr(trainer, "cv_threshold", choice("cv", 0.35))
    monkeypatch.setattr(trainer, "held_back_threshold", choice("held", 0.55))
    weights, info = trainer.train(tmp_path / "split", nlp=bare_nlp)
    assert (weights.threshold, info["threshold_choice"]) == (0.35, "pooled out-of-fold, 5 folds")
    weights, info = trainer.train(tmp_path / "split", nlp=bare_nlp, cv=False)
    assert (weights.threshold, info["threshold_choice"]) == (0.55, "held-back fifth")
    assert calls == ["cv", "held"]
