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
    # ux23: the store is empty, so the line also says what to run first
    hint = "; DB has no articles yet: run newsgraph ingest SOURCES --db DB first"
    assert result.output.strip().splitlines() == [(expected + hint).replace("DB", str(db))]


def test_export_to_stdout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # `--out -` wrote a file named "-"; now it is standard output (format given or refused)
    from tests.store.store_samples import moscow_article

    monkeypatch.chdir(tmp_path)
    db = tmp_path / "n.db"
    with Store(db) as store:
        store.add(moscow_article())
    args = ["export", "--db", str(db), "--table", "articles", "--out", "-"]
    result = CliRunner().invoke(app, [*args, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert '"id":"' + moscow_article().id + '"' in result.stdout
    assert result.stdout.count("\n") == 1 and "rows" not in result.stdout
    assert not (tmp_path / "-").exists()
    refused = CliRunner().invoke(app, args)
    assert refused.exit_code == 2
    assert "pass --format" in refused.output
    parquet = CliRunner().invoke(app, [*args, "--format", "parquet"])
    assert parquet.exit_code == 2 and "Parquet" in parquet.output
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("command", [["search", "x"], ["quotes"], ["actors"], ["events"]])
@pytest.mark.parametrize("limit", ["0", "-5", "99999999999999999999"])
def test_a_limit_out_of_range_is_one_line(tmp_path: Path, command: list[str], limit: str) -> None:
    # -5 meant "no limit" to SQLite; 10**20 was an OverflowError traceback
    db = tmp_path / "n.db"
    Store(db).close()
    result = CliRunner().invoke(app, [*command, "--db", str(db), "--limit", limit])
    assert result.exit_code == 2, result.output
    assert result.output.strip().splitlines() == [
        f"error: --limit {limit}: give a number from 1 to 1000000"
    ]


def test_framing_top_out_of_range_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "n.db"
    Store(db).close()
    result = CliRunner().invoke(app, ["framing", "--db", str(db), "--top", "-1"])
    assert result.exit_code == 2, result.output
    assert result.output.strip() == "error: --top -1: give a number from 1 to 1000000"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["ingest", "A", "--batch-size", "0"], "--batch-size 0: give a number from 1 to 100000"),
        (["ingest", "A", "--max-bytes", "-1"], "--max-bytes -1: give a number from 1 to"),
        (["ingest", "A", "--max-chars", "0"], "--max-chars 0: give a number from 1 to"),
        (["ingest", "A", "--timeout", "-1"], "--timeout -1.0: give 0 (no limit) or more seconds"),
        (["ingest", "A", "--workers", "-3"], "--workers -3: give a number from 1 to"),
        (["analyze", "A", "--max-bytes", "0"], "--max-bytes 0: give a number from 1 to"),
        (["extract", "A", "--max-bytes", "0"], "--max-bytes 0: give a number from 1 to"),
        (["serve", "--port", "99999"], "--port 99999: give a number from 1 to 65535"),
    ],
)
def test_numbers_out_of_range_are_one_line(tmp_path: Path, args: list[str], expected: str) -> None:
    # --max-bytes -1 failed every input "larger than the -1e-06 MB cap"; --port 99999 was an
    # OverflowError traceback; --batch-size 0 and --workers -3 were taken silently
    (tmp_path / "a.txt").write_text("Envoys met in Geneva on Friday.", encoding="utf-8")
    db = tmp_path / "n.db"
    Store(db).close()
    args = [str(tmp_path / "a.txt") if a == "A" else a for a in args]
    result = CliRunner().invoke(
        app, [*args, *(["--db", str(db)] if args[0] != "extract" and args[0] != "analyze" else [])]
    )
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {expected}"), result.output
