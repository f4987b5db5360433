"""ux31: ``eval ... --limit`` and ``train ... --limit`` took any integer: ``--limit 0`` scored
the whole gold set (0 read as no limit) or trained on nothing ('no thresholds to choose
from'), ``--limit -3`` scored all but the last 3 documents. A count below 1 is one line and
nothing runs; a count of 1 or more is passed on as before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.eval import gate


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, " ".join(result.output.split())


@pytest.fixture
def scored(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []

    def run(name: str, path: Path, **kwargs: Any) -> dict[str, Any]:
        calls.append({"name": name, **kwargs})
        return {"sentences": 1}

    monkeypatch.setattr(gate, "run", run)
    monkeypatch.setattr(gate, "report", lambda name, metrics: "scored")
    return calls


@pytest.mark.parametrize("value", ["0", "-3"])
def test_eval_limit_below_one_is_one_line_and_scores_nothing(
    value: str, tmp_path: Path, scored: list[dict[str, Any]]
) -> None:
    gold = tmp_path / "gold.tsv"
    gold.write_text("x\n", encoding="utf-8")
    code, text = _run("eval", "times", str(gold), "--limit", value)
    assert code == 2
    assert f"error: --limit {value}: give a number from 1 to" in text
    assert scored == []


def test_control_eval_limit_of_one_or_more_is_passed_on(
    tmp_path: Path, scored: list[dict[str, Any]]
) -> None:
    gold = tmp_path / "gold.tsv"
    gold.write_text("x\n", encoding="utf-8")
    code, text = _run("eval", "times", str(gold), "--limit", "2")
    assert code == 0, text
    assert scored[0]["limit"] == 2


def test_train_quotes_limit_zero_is_one_line_and_trains_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsgraph.train.quotes as quotes_training

    calls: list[Any] = []
    monkeypatch.setattr(quotes_training, "train", lambda *a, **k: calls.append(k) or 1 / 0)
    (tmp_path / "split" / "text").mkdir(parents=True)
    (tmp_path / "split" / "attributions").mkdir()
    code, text = _run(
        "train", "quotes", str(tmp_path / "split"), "--limit", "0", "--out", str(tmp_path / "w")
    )
    assert code == 2
    assert "error: --limit 0: give a number from 1 to" in text
    assert calls == []


def test_train_framing_limit_below_one_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsgraph.train.framing as framing_training

    calls: list[Any] = []
    monkeypatch.setattr(framing_training, "train", lambda *a, **k: calls.append(k) or 1 / 0)
    code, text = _run("train", "framing", str(tmp_path), "--limit", "-1", "--out", str(tmp_path))
    assert code == 2
    assert "error: --limit -1: give a number from 1 to" in text
    assert calls == []


def test_control_train_framing_limit_is_passed_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsgraph.train.framing as framing_training

    calls: list[Any] = []
    monkeypatch.setattr(framing_training, "train", lambda *a, **k: calls.append(k) or {"ok": 1})
    code, text = _run("train", "framing", str(tmp_path), "--limit", "3", "--out", str(tmp_path))
    assert code == 0, text
    assert calls[0]["limit"] == 3
