"""ux23: Ctrl-C during ``newsgraph analyze`` is one line saying what was printed and that
nothing is stored (click said only "Aborted!", exit 1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph import cli
from tests._pipeline_stub import stub_folder


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return stub_folder(tmp_path, monkeypatch)


def test_ctrl_c_during_analyze_is_one_line(folder: Path) -> None:
    (folder / "a2.txt").write_text("Talks in Lima\n\nMinisters met in Lima. STOP\n")
    result = CliRunner().invoke(cli.app, ["analyze", str(folder), "--jsonl"])
    assert result.exit_code == 130
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert errors == [
        "error: interrupted: 2 articles printed, 0 failed; analyze stores nothing "
        "(newsgraph ingest SOURCES --db DB keeps the results and resumes)."
    ]
    assert "Aborted" not in result.output


def test_analyze_without_ctrl_c_is_unchanged(folder: Path) -> None:
    result = CliRunner().invoke(cli.app, ["analyze", str(folder), "--jsonl"])
    assert result.exit_code == 0, result.output
    assert len([line for line in result.output.splitlines() if line.startswith("{")]) == 3
    assert "interrupted" not in result.output
