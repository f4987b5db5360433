"""ux31: a scorer's own input error on the path given to ``eval`` (``eval speakers FOLDER``:
the scorer looks for FOLDER/tests/data/speakers/gold.tsv and ../shared beside it) was its bare
line, naming a path the user never gave and not what the command reads (and a traceback
when the CLI runs as a library call). It is one line naming the path given, the scorer's
reason and the gold the task reads; the other wrong-gold lines stay as they were."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, " ".join(result.output.split())


def test_a_folder_of_another_kind_names_the_path_and_the_gold(tmp_path: Path) -> None:
    code, text = _run("eval", "speakers", str(tmp_path), "--part", "tune")
    assert code == 2
    assert text.startswith(f"error: {tmp_path}: cannot score it (")
    assert "`eval speakers` reads the speaker-resolution TSV" in text


def test_control_a_folder_for_a_file_keeps_its_wrong_gold_line(tmp_path: Path) -> None:
    code, text = _run("eval", "geo", str(tmp_path))
    assert code == 2
    assert f"error: {tmp_path}: not the gold `eval geo` reads (IsADirectoryError" in text
