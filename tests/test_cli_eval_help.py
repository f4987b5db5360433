"""ux23: each ``newsgraph eval <task> --help`` says what gold it reads, the measure, and what
its --part and --limit do (the texts were one generic sentence for every scorer)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.cli._eval_help import GOLD, SPLITS
from newsgraph.eval import gate


def _help(*args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    return " ".join(result.output.replace("│", " ").split())


def test_every_scorer_has_its_help_and_the_splits_agree_with_the_scorers() -> None:
    assert set(GOLD) == set(gate.SCORERS)
    assert set(SPLITS) == {name for name in gate.SCORERS if gate.splits(name)}


@pytest.mark.parametrize(
    ("name", "phrases"),
    [
        (
            "framing",
            [
                "the PTC folder (articles/article*.txt and labels.tsv",
                "Loaded_Language",
                "without it: the check half",
                "--limit N scores only the first N articles",
            ],
        ),
        (
            "quotes",
            [
                "a PolNeAR split folder",
                "Source, Cue and Content",
                "No --part",
                "--limit N scores only the first N articles (sorted by name)",
            ],
        ),
        ("timeml", ["TempEval-3", "without it: the whole set", "first N documents"]),
        ("times", ["TIMEX3", "No --part", "Not for times", "Score only the first N sentences"]),
    ],
)
def test_an_eval_help_names_its_gold_measure_part_and_limit(name: str, phrases: list[str]) -> None:
    text = _help("eval", name)
    for phrase in phrases:
        assert phrase in text, (phrase, text)
    assert "Score only the first N documents." not in text or name == "timeml"


def test_the_part_check_and_eval_gate_help_stay(tmp_path: Path) -> None:
    refused = CliRunner().invoke(app, ["eval", "quotes", str(tmp_path), "--part", "tune"])
    assert refused.exit_code == 2
    assert "the quotes scorer scores its whole gold set" in refused.output
    assert "Run every scorer with a pinned floor" in _help("eval", "gate")
