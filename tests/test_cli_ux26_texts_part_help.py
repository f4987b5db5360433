"""ux26 walk: every `newsgraph eval TASK --help` offered --texts-part ("only the tune or the
check texts of the folder"), which only the actors scorer takes; the others refused it when
given. It is shown for actors only, and the table saying which scorer takes it agrees with
the scorers' signatures. Control: --texts-part on another scorer is still one line."""

from __future__ import annotations

import importlib
import inspect

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.eval import gate


def _help(*args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    return result.output


def test_texts_part_is_offered_where_it_is_taken() -> None:
    from newsgraph.cli._eval_help import TEXTS_PART

    takes = {
        name
        for name, (module, _default) in gate.SCORERS.items()
        if "texts_part" in inspect.signature(importlib.import_module(module).evaluate).parameters
    }
    assert takes == set(TEXTS_PART) == {"actors"}
    assert "--texts-part" in _help("eval", "actors")
    assert "--texts-part" not in _help("eval", "times")
    assert "--texts-part" not in _help("eval", "quotes")


def test_control_texts_part_elsewhere_is_one_line() -> None:
    result = CliRunner().invoke(app, ["eval", "times", "--texts-part", "tune", "."])
    assert result.exit_code == 2
    assert result.output.strip() == (
        "error: --texts-part: the times scorer has no folder of texts to split"
    )
