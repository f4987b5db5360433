"""ux37 walk (`newsgraph analyze FOLDER --jsonl > out.jsonl` on a long run): with the records
going to a file or pipe, analyze said nothing on stderr until its totals (ingest has said a
plain progress line every 30 s since ux28): it says "analyze: N analysed, M failed (m:ss so
far)" as often. Control: the records on stdout stay JSON Lines alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph import runner
from newsgraph.cli import app


def test_analyze_into_a_file_says_its_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runner, "PROGRESS_EVERY", 0.0)  # a line at every article
    (tmp_path / "a.txt").write_text("The mayor of Lyon opened the bridge on Monday.\n")
    (tmp_path / "b.txt").write_text("The mayor of Lille closed the market on Tuesday.\n")
    (tmp_path / "c.txt").write_text("")
    result = CliRunner().invoke(app, ["analyze", str(tmp_path), "--jsonl"])
    assert result.exit_code == 0, result.output
    said = [x.split(" (")[0] for x in result.stderr.splitlines() if x.startswith("analyze: ")]
    assert said[0] == "analyze: 1 analysed, 0 failed" or said[0] == "analyze: 0 analysed, 1 failed"
    assert said[-1] == "analyze: 2 analysed, 1 failed"
    assert len(said) == 3


def test_control_stdout_holds_only_the_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runner, "PROGRESS_EVERY", 0.0)
    (tmp_path / "a.txt").write_text("The mayor of Lyon opened the bridge on Monday.\n")
    result = CliRunner().invoke(app, ["analyze", str(tmp_path), "--jsonl"])
    records = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(records) == 1 and "Lyon" in records[0]["text"]


def test_analyze_into_a_file_ends_with_its_totals(tmp_path: Path) -> None:
    # all went well, and the records went to a file: the run ended with no word at all
    (tmp_path / "a.txt").write_text("The mayor of Lyon opened the bridge on Monday.\n")
    for command in ("analyze", "extract"):
        result = CliRunner().invoke(app, [command, str(tmp_path), "--jsonl"])
        assert result.stderr.splitlines()[-1] == "1 succeeded, 0 failed", command
