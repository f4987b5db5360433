"""ux31: ``train events`` and ``train truecase`` given a file (or a missing path) where the
shared data folder or ``--gold`` goes named a path under it
('/tmp/notes.txt/data/events/synthetic/...: not found'): the line names the path given and
says it is a file or missing. A folder that lacks a data file is named as before."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, " ".join(result.output.split())


def test_a_file_as_the_shared_folder_is_named(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("notes\n", encoding="utf-8")
    for command in ("events", "truecase"):
        code, text = _run("train", command, str(notes), "--out", str(tmp_path / "w"))
        assert code == 2
        assert f"error: {notes}: is a file, not a folder; pass the shared data folder" in text
        assert "notes.txt/data" not in text


def test_a_missing_gold_folder_is_named(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    code, text = _run(
        "train", "events", str(shared), "--gold", str(tmp_path / "nope"), "--out", str(tmp_path)
    )
    assert code == 2
    assert f"error: {tmp_path / 'nope'}: does not exist; --gold takes the gold folder" in text


def test_control_a_folder_without_the_data_names_the_missing_file(tmp_path: Path) -> None:
    code, text = _run("train", "events", str(tmp_path), "--out", str(tmp_path / "w"))
    assert code == 2
    assert "/data/events/synthetic/ngec_synthetic_plover_stories.csv.gz: not found" in text
