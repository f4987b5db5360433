"""ux25: ``export --out -`` without ``--format`` said 'cannot tell the export format from -:
name it .jsonl, .ndjson, ...', advice that cannot apply to standard output; the line now says
to pass --format."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store.sqlite import Store


def test_stdout_without_format_says_to_pass_it(tmp_path: Path) -> None:
    db = tmp_path / "n.db"
    Store(db).close()
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--out", "-"])
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        "error: --out - (standard output) has no extension to tell the format by: pass "
        "--format jsonl, json or csv."
    ]


def test_a_file_without_a_known_extension_keeps_its_line(tmp_path: Path) -> None:
    # control: a file name can be renamed, so that advice stays
    db = tmp_path / "n.db"
    Store(db).close()
    out = tmp_path / "rows.txt"
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--out", str(out)])
    assert result.exit_code == 2
    assert f"cannot tell the export format from {out}: name it .jsonl" in result.output
