"""hard38: a ``--db`` whose file name is longer than the file system allows was a traceback
in ``ingest`` (OSError: File name too long) and "no store at DB" in the read commands; a
source so named was "crashed while reading (...); please report this" (its ``is_dir``
raised). Each is one line naming it now."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app


def _run(*args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.output.strip().splitlines()


def test_a_db_name_too_long_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / ("n" * 300 + ".db")
    story = tmp_path / "story.txt"
    story.write_text("Ministers from Chile and Peru met in Lima on Thursday, officials said.\n")
    expected = [f"error: {db}: File name too long; give a shorter --db path."]
    for args in (
        ["ingest", str(story)],
        ["stats"],
        ["dedupe"],
        ["export", "--out", "-", "--format", "csv"],
    ):
        code, lines = _run(*args, "--db", str(db))
        assert code == 2 and lines == expected, (args, lines)
    assert list(tmp_path.iterdir()) == [story]


def test_a_source_name_too_long_is_one_line(tmp_path: Path) -> None:
    source = tmp_path / ("s" * 300 + ".txt")
    code, lines = _run("extract", str(source))
    assert code == 1
    assert lines == [
        f"error: {source}: cannot be read (File name too long); skipped",
        "0 succeeded, 1 failed",
    ]
