"""ux24: analyze checks its options before the model loads: a wrong --non-english waited
for the model (about 8 s) before its one line, and --json with --jsonl silently printed
one of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import analyze as analyze_module
from newsgraph.cli import app


@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def loaded(*args: object, **kwargs: object) -> None:
        raise AssertionError("the model was loaded before the options were checked")

    monkeypatch.setattr(analyze_module, "_pipeline", loaded)


@pytest.fixture
def text(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text("The mayor of Paris said on Monday that the city would review the tax.")
    return path


def test_a_wrong_non_english_is_refused_before_the_model(no_model: None, text: Path) -> None:
    result = CliRunner().invoke(app, ["analyze", str(text), "--non-english", "maybe"])
    assert result.exit_code == 2, result.output
    assert result.output.strip() == "error: --non-english 'maybe' is not one of: skip, flag"


def test_json_and_jsonl_together_are_refused(no_model: None, text: Path) -> None:
    result = CliRunner().invoke(app, ["analyze", str(text), "--json", "--jsonl"])
    assert result.exit_code == 2, result.output
    assert result.output.strip().startswith("error: --json and --jsonl: give one")


def test_good_options_reach_the_model(no_model: None, text: Path) -> None:
    # control: with valid options analyze goes on to load the model (here: the stand-in)
    result = CliRunner().invoke(app, ["analyze", str(text), "--jsonl", "--non-english", "flag"])
    assert isinstance(result.exception, AssertionError)
