"""A malformed user pattern file is one error line naming the file and the line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app

runner = CliRunner()


@pytest.mark.model
def test_malformed_patterns_file_is_one_line(tmp_path: Path) -> None:
    pats = tmp_path / "mine.tsv"
    pats.write_text(
        "# my patterns\nmine.meet\tV\tmeet\t-\tCONSULT\t-\t040\nbroken\tV\tmeet\n",
        encoding="utf-8",
    )
    text = tmp_path / "a.txt"
    text.write_text("Iran met Turkey on Monday.\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(text), "--patterns", str(pats)])
    assert result.exit_code == 2
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert lines == [
        f"error: {pats}: line 3: pattern has 3 tab-separated columns; expected 7 to 10 "
        "(name, pos, lemma, with, type, mode, cameo[, targets, context, options])"
    ]
    assert "Traceback" not in result.output
