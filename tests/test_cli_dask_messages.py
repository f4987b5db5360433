"""`ingest --dask`: only newsgraph's own lines on the terminal (issue 14.8), and a --dask value
that cannot be a cluster is one line, never a traceback or a runaway local cluster."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app


def test_dask_library_log_lines_stay_off_the_terminal(tmp_path: Path) -> None:
    # an empty input: the cluster starts and stops without loading a model (about 10 s)
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    db = tmp_path / "n.db"
    cli = "from newsgraph.cli import run; run()"
    cmd = [sys.executable, "-c", cli, "ingest", str(tmp_path / "empty.txt")]
    done = subprocess.run(
        [*cmd, "--db", str(db), "--dask", "local:1"],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=tmp_path,
    )
    lines = done.stderr.strip().splitlines()
    # distributed printed ~25 lines ("State start", "Scheduler at: ...", "Nanny at ... closed.")
    assert lines == [f"error: {tmp_path / 'empty.txt'}: empty input", "0 succeeded, 1 failed"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", "is not a cluster"),  # an empty --dask ran a local:1 cluster
        ("tcp://[::1", "is not a cluster"),  # a traceback from distributed's address parser
        ("local:99999", "workers at most"),  # would start 99,999 worker processes
    ],
)
def test_bad_dask_values_are_one_line(tmp_path: Path, value: str, expected: str) -> None:
    (tmp_path / "a.txt").write_text("Envoys met in Geneva on Friday.", encoding="utf-8")
    args = ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "n.db"), "--dask", value]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], result.output
    assert not (tmp_path / "n.db").exists()
