"""ux37 walk (`newsgraph analyze` on a mixed folder): the CLI's consoles read the user's text as
markup and emoji codes: a feed item's link 'urn:x:2' was printed 'urn❌2' in its error line,
and in tables a quote's '[the president]' vanished (a style tag to rich), as did an article
title's '[update]' in analyze's header. Names, quotes, titles, paths and error lines are
printed as written. Control: the error line still starts 'error:' and the totals line counts."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app

_QUOTE = '"He [the president] will sign the bill next week," Senator John Smith said on Monday.'


def test_user_text_is_printed_as_written(tmp_path: Path) -> None:
    page = tmp_path / "talks.html"
    page.write_text(
        "<html><head><title>Talks [update] go on</title></head>"
        f"<body><h1>Talks [update] go on</h1><p>{_QUOTE}</p></body></html>",
        encoding="utf-8",
    )
    runner = CliRunner()
    shown = runner.invoke(app, ["analyze", str(page)])
    assert shown.exit_code == 0, shown.output
    assert "Talks [update] go on" in shown.stdout
    assert "[the president]" in shown.stdout
    db = tmp_path / "n.db"
    assert runner.invoke(app, ["ingest", str(page), "--db", str(db)]).exit_code == 0
    quotes = runner.invoke(app, ["quotes", "--db", str(db)])
    assert "[the" in quotes.stdout and "president]" in quotes.stdout  # the cell may wrap


def test_an_error_line_names_the_input_as_written(tmp_path: Path) -> None:
    (tmp_path / "c:x:d.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(tmp_path)])
    lines = result.stderr.splitlines()
    assert f"error: {tmp_path}/c:x:d.txt: empty input" in lines
    assert lines[-1] == "0 succeeded, 1 failed"


def test_control_a_plain_error_line_and_the_totals_stay(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(tmp_path)])
    lines = result.stderr.splitlines()
    assert lines == [f"error: {tmp_path}/empty.txt: empty input", "0 succeeded, 1 failed"]
