"""ux25: ``analyze --json`` and ``extract`` over several articles printed several indented JSON
documents one after another (not one document for ``json.load`` or ``jq``); several articles
are now one JSON array, one article is still its object, and Ctrl-C closes the array."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsgraph import cli
from tests._pipeline_stub import stub_folder


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return stub_folder(tmp_path, monkeypatch)


def _stdout(result: Any) -> str:
    return "".join(x for x in result.stdout.splitlines(keepends=True) if not x.startswith("error"))


@pytest.mark.parametrize("command", [["analyze", "--json"], ["extract"]])
def test_several_articles_are_one_json_array(folder: Path, command: list[str]) -> None:
    result = CliRunner().invoke(cli.app, [command[0], str(folder), *command[1:]])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert isinstance(records, list)
    assert sorted(
        Path(r["path"] if "path" in r else r["source"]["path"]).name for r in records
    ) == [
        "a0.txt",
        "a1.txt",
        "a2.txt",
    ]


@pytest.mark.parametrize("command", [["analyze", "--json"], ["extract"]])
def test_one_article_is_still_its_object(folder: Path, command: list[str]) -> None:
    # control: one article prints its record as before (an object, not a list)
    result = CliRunner().invoke(cli.app, [command[0], str(folder / "a1.txt"), *command[1:]])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert isinstance(record, dict)
    assert "Bergen" in record["text"]


def test_jsonl_is_still_one_record_a_line(folder: Path) -> None:
    # control: --jsonl streams one object a line
    result = CliRunner().invoke(cli.app, ["analyze", str(folder), "--jsonl"])
    lines = result.stdout.splitlines()
    assert len(lines) == 3 and all(isinstance(json.loads(x), dict) for x in lines)


def test_ctrl_c_leaves_one_valid_array(folder: Path) -> None:
    (folder / "a3.txt").write_text("Talks in Quito\n\nMinisters met in Quito. STOP\n")
    result = CliRunner().invoke(cli.app, ["analyze", str(folder), "--json"])
    assert result.exit_code == 130
    assert len(json.loads(_stdout(result))) == 3
