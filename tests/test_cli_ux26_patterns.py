"""ux26: `--patterns FILE` holding no pattern (empty, comments only, or another kind of file
with no tab-separated row) was taken silently, as if the option were not given, while an
actor dictionary with no entries was refused. It is one line before the model loads (exit
2), for analyze, ingest and ingest --dask; a malformed row is named by its line there too.
Control: a file with one hand-written pattern passes and the analysis runs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsgraph import api
from newsgraph.cli import app
from tests._pipeline_stub import stub_folder


class _NoModel:
    def __init__(self, **kw: Any) -> None:
        raise AssertionError("the model was loaded before --patterns was checked")


@pytest.mark.parametrize("command", [["analyze"], ["ingest", "--db", "DB"]])
def test_a_patterns_file_with_no_pattern_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    folder = stub_folder(tmp_path, monkeypatch)
    monkeypatch.setattr(api, "Pipeline", _NoModel)
    empty = tmp_path / "mine.tsv"
    empty.write_text("# my patterns, to be written\n\n")
    args = [c.replace("DB", str(tmp_path / "n.db")) for c in command]
    result = CliRunner().invoke(app, [*args, str(folder), "--patterns", str(empty)])
    assert result.exit_code == 2, result.output
    assert result.output.strip() == (
        f"error: {empty}: no event patterns in it (is this a pattern file? docs/events.md)"
    )
    assert not (tmp_path / "n.db").exists()


def test_a_malformed_patterns_row_is_one_line_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = stub_folder(tmp_path, monkeypatch)
    monkeypatch.setattr(api, "Pipeline", _NoModel)
    bad = tmp_path / "bad.tsv"
    bad.write_text("meet with the press\n")
    result = CliRunner().invoke(app, ["analyze", str(folder), "--patterns", str(bad)])
    assert result.exit_code == 2
    assert result.output.startswith(f"error: {bad}: line 1: ")


def test_control_a_file_with_a_pattern_is_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = stub_folder(tmp_path, monkeypatch)  # the model-free stand-in pipeline
    good = tmp_path / "mine.tsv"
    good.write_text("# mine\nconsult.confer\tV\tconfer\t-\tCONSULT\t-\t040\twith\t-\t-\n")
    result = CliRunner().invoke(app, ["analyze", str(folder), "--patterns", str(good), "--jsonl"])
    assert result.exit_code == 0, result.output
    assert len([x for x in result.output.splitlines() if x.startswith("{")]) == 3
