"""ux25: Ctrl-C during a read command (show, search, stats, quotes, actors, events, framing)
exited 130 without a word; it is now one line saying nothing was changed, like the write
commands' (ux23, ux24)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsgraph import cli
from newsgraph.cli import read
from newsgraph.store.sqlite import Store

COMMANDS = [
    ["show", "abc"],
    ["search", "talks"],
    ["stats"],
    ["quotes"],
    ["actors"],
    ["events"],
    ["framing"],
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "n.db"
    Store(path).close()
    return path


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
def test_ctrl_c_in_a_read_command_is_one_line(
    db: Path, args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*a: Any, **k: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(read, "_read", interrupted)
    result = CliRunner().invoke(cli.app, [*args, "--db", str(db)])
    assert result.exit_code == 130
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert errors == [f"error: interrupted: {args[0]} only reads the store; nothing was changed."]


@pytest.mark.parametrize("args", COMMANDS[1:], ids=lambda a: a[0])
def test_without_ctrl_c_read_commands_are_unchanged(db: Path, args: list[str]) -> None:
    # control: an empty store still answers with its one line and exit 0
    result = CliRunner().invoke(cli.app, [*args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "interrupted" not in result.output


def test_ctrl_c_in_extract_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsgraph.ingest as ingest

    text = tmp_path / "a.txt"
    text.write_text("Talks in Oslo\n\nMinisters of Norway and Chile met in Oslo on Monday.\n")

    def interrupted(*a: Any, **k: Any) -> Any:
        yield from ()
        raise KeyboardInterrupt

    monkeypatch.setattr(ingest, "iter_articles", interrupted)
    result = CliRunner().invoke(cli.app, ["extract", str(text)])
    assert result.exit_code == 130
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert errors == ["error: interrupted: 0 articles printed, 0 failed; extract stores nothing."]


def test_extract_without_ctrl_c_is_unchanged(tmp_path: Path) -> None:
    # control
    text = tmp_path / "a.txt"
    text.write_text("Talks in Oslo\n\nMinisters of Norway and Chile met in Oslo on Monday.\n")
    result = CliRunner().invoke(cli.app, ["extract", str(text)])
    assert result.exit_code == 0 and "interrupted" not in result.output
