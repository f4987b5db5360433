"""ux33: a ``--patterns`` line's mode column was not checked: a mode PLOVER does not define
for the pattern's type ('airstrike', 'Demo', a CONSULT mode on an ASSAULT pattern) was taken
and written on the events it coded, where no filter or scorer knows it. It is one line naming
the file and line, exit 2, before the model loads. Controls: '-', a PLOVER mode of the type
and a mode the shipped patterns give the type are taken."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from newsgraph.cli._common import check_patterns


def _file(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "mine.tsv"
    path.write_text("# my patterns\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("etype", "mode", "cameo"),
    [("ASSAULT", "airstrike", "195"), ("PROTEST", "Demo", "141"), ("ASSAULT", "visit", "190")],
)
def test_a_pattern_with_an_unknown_mode_is_one_line_naming_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], etype: str, mode: str, cameo: str
) -> None:
    path = _file(
        tmp_path,
        "mine.meet\tV\tmeet\t-\tCONSULT\tvisit\t040",
        f"mine.hit\tV\thit\t-\t{etype}\t{mode}\t{cameo}",
    )
    with pytest.raises(typer.Exit) as stop:
        check_patterns([path])
    assert stop.value.exit_code == 2
    text = " ".join(capsys.readouterr().err.split())
    assert (
        f"error: {path}: line 3: pattern 'mine.hit' has mode {mode!r}, no PLOVER mode of {etype}"
        in text
    )


def test_control_known_modes_and_none_are_taken(tmp_path: Path) -> None:
    path = _file(
        tmp_path,
        "mine.meet\tV\tmeet\t-\tCONSULT\t-\t040",
        "mine.bomb\tV\tbomb\t-\tASSAULT\taerial\t195",
        "mine.outlaw\tV\toutlaw\t-\tCOERCE\tban\t172",  # a shipped pattern's mode for COERCE
        "mine.agree\tV\tagree\t-\tAGREE\t-\t030",
    )
    check_patterns([path])  # no Exit
