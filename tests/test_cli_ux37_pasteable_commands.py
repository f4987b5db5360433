"""ux37 walk (`make demo` read as a first-time user): the commands newsgraph suggests named the
store unquoted ("newsgraph stats --db my dir/news.db", two words to a shell) and the "Next:"
line of four or five commands was cut across lines by the console's wrapping, so a pasted
command lost its end. Every suggested command quotes its path as a shell needs it, and each
next command is on its own line. Control: a plain path is written as it is."""

from __future__ import annotations

import shlex
from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app

_TEXT = "Foreign Minister Sergei Lavrov said on Monday that talks would resume in Geneva.\n"


def _next(output: str) -> list[str]:
    lines = output.splitlines()
    start = lines.index("Next:")
    return [x.strip() for x in lines[start + 1 :] if x.startswith("  newsgraph ")]


def test_ingest_and_stats_suggest_pasteable_commands_one_a_line(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(_TEXT, encoding="utf-8")
    db = tmp_path / "my dir" / "news.db"
    db.parent.mkdir()
    runner = CliRunner()
    ingest = runner.invoke(app, ["ingest", str(src), "--db", str(db)])
    assert ingest.exit_code == 0, ingest.output
    commands = _next(ingest.stdout)
    assert commands[0] == f"newsgraph stats --db '{db}'"
    assert len(commands) == 4
    for command in commands:  # each one whole command whose --db is the store
        words = shlex.split(command)
        assert words[words.index("--db") + 1] == str(db)
    stats = runner.invoke(app, ["stats", "--db", str(db)])
    assert f"  newsgraph serve --db '{db}'" in stats.stdout.splitlines()
    missing = runner.invoke(app, ["show", "nope", "--db", str(db)])
    assert f"newsgraph search QUERY --db '{db}'" in " ".join(missing.stderr.split())


def test_control_a_plain_path_is_written_as_it_is(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    result = CliRunner().invoke(app, ["stats", "--db", str(db)])
    said = " ".join(result.output.split())
    assert f"create one with: newsgraph ingest SOURCES --db {db}" in said
