"""A read command that finds nothing says so in one line (no empty table)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["search", "nothingxyz"], "no articles match 'nothingxyz' in DB"),
        (["quotes", "--speaker", "nobody"], "no quotes match --speaker 'nobody' in DB"),
        (["quotes", "--statements"], "no statements in DB"),
        (
            ["actors", "--name", "x", "--country", "RUS"],
            "no actors match --country 'RUS' --name 'x' in DB",
        ),
        (["events", "--type", "AGREE"], "no events match --type 'AGREE' in DB"),
        (["events"], "no events in DB"),
    ],
)
def test_nothing_found_is_one_line(tmp_path: Path, args: list[str], expected: str) -> None:
    db = tmp_path / "n.db"
    Store(db).close()
    result = CliRunner().invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines() == [expected.replace("DB", str(db))]
