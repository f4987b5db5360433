"""ux31: a ``--patterns`` line whose CAMEO column is no code ('abc', a type name, '-') was
taken, and the events it coded carried it as their CAMEO code; docs/events.md promises that a
malformed line stops with one error naming the file and line. It does; a pattern with a code
of digits (as every shipped pattern has) is taken as before."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from newsgraph.cli._common import check_patterns


def _file(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "mine.tsv"
    path.write_text("# my patterns\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("code", ["abc", "-", "CONSULT", "04 0"])
def test_a_pattern_without_a_cameo_code_is_one_line(
    code: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(
        tmp_path,
        "mine.meet\tV\tmeet\t-\tCONSULT\t-\t040",
        f"mine.greet\tV\tgreet\t-\tCONSULT\t-\t{code}",
    )
    with pytest.raises(typer.Exit) as stop:
        check_patterns([path])
    assert stop.value.exit_code == 2
    text = " ".join(capsys.readouterr().err.split())
    assert f"error: {path}: line 3: pattern 'mine.greet' has CAMEO code {code!r};" in text


def test_control_patterns_with_digit_codes_are_taken(tmp_path: Path) -> None:
    path = _file(
        tmp_path,
        "mine.meet\tV\tmeet\t-\tCONSULT\t-\t040\twith",
        "mine.rally\tN\trally\t-\tPROTEST\tdemonstrate\t141",
        "mine.raid\tV\traid\t-\tASSAULT\t-\t1823",
    )
    check_patterns([path])
