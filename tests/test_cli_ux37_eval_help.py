"""ux37 walk (a reader of the README's scores, from `newsgraph eval --help` only): the help listed
the scorers but said nothing of how the README's numbers are reproduced, and two of them
(`python -m newsgraph.eval.actor_probes`, `... event_audit`) are no subcommand, so the help
could not lead to them. Its closing text names the README table's command column, both
modules, docs/evaluation.md and `eval gate --full`. Control: a scorer's own help still says
its gold."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from newsgraph.cli import app


def _help(*args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", result.output).split())


def test_eval_help_says_how_to_reproduce_the_readme_scores() -> None:
    said = _help("eval")
    assert "README's evaluation table" in said
    assert "python -m newsgraph.eval.actor_probes --part check" in said
    assert "python -m newsgraph.eval.event_audit" in said
    assert "docs/evaluation.md" in said and "newsgraph eval gate --full" in said


def test_control_a_scorers_help_still_names_its_gold() -> None:
    assert "PolNeAR split folder" in _help("eval", "quotes")
