"""ux27: 'newsgraph --help' showed '--verbose -v <int>', as if -v took a number ('-v 2'); it
is counted (-v, -vv) and takes none. Control: options that take a number still say <int>."""

from __future__ import annotations

from typer.testing import CliRunner

from newsgraph.cli import app


def _line(args: list[str], option: str) -> str:
    result = CliRunner().invoke(app, args, terminal_width=100)
    assert result.exit_code == 0, result.output
    return next(line for line in result.output.splitlines() if option in line)


def test_the_counted_verbose_flag_shows_no_value() -> None:
    line = _line(["--help"], "--verbose")
    assert "-v" in line
    assert "<int>" not in line


def test_control_a_number_option_still_shows_int() -> None:
    assert "<int>" in _line(["quotes", "--help"], "--limit")
