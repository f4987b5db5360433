"""Every CLI command has help text and an entry in the README."""

from __future__ import annotations

import typer.main
from typer.testing import CliRunner

from newsgraph.cli import app
from tests.conftest import ROOT


def _commands():
    group = typer.main.get_command(app)
    for name, cmd in group.commands.items():
        if hasattr(cmd, "commands"):
            for sub in cmd.commands:
                yield f"{name} {sub}", cmd.commands[sub]
        else:
            yield name, cmd


def test_every_command_has_help_and_readme_entry():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = []
    for name, cmd in _commands():
        names.append(name)
        assert (cmd.help or "").strip(), f"`newsgraph {name}` has no help text"
        top = name.split()[0]
        assert f"newsgraph {top}" in readme, f"`newsgraph {name}` is not documented in README.md"
    assert {"analyze", "extract", "ingest", "show", "search", "stats", "export"} <= set(names)


def test_help_runs():
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "analyze" in result.output
