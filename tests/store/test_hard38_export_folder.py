"""hard38: ``export --out FOLDER`` without ``--format`` said "cannot tell the export format
from FOLDER: name it .jsonl, ...", as if a file name had been given; with ``--format`` it
said the folder is one. Both say so now."""

from __future__ import annotations

from pathlib import Path

from store_samples import moscow_article
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store


def _export(db: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["export", "--db", str(db), *args])
    return result.exit_code, result.output.strip()


def test_export_into_a_folder_says_it_is_a_folder(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with Store(db) as store:
        store.add(moscow_article())
    folder = tmp_path / "out"
    folder.mkdir()
    assert _export(db, "--out", str(folder)) == (
        2,
        f"error: {folder} is a directory: give a file name, e.g. {folder}/x.jsonl",
    )
    assert _export(db, "--out", str(folder), "--format", "csv") == (
        2,
        f"error: {folder} is a directory: give a file name, e.g. {folder}/x.csv",
    )
    # control: a file name with no known extension is still asked for one
    code, line = _export(db, "--out", str(folder / "rows"))
    assert code == 2 and line.startswith(f"error: cannot tell the export format from {folder}/rows")
    assert list(folder.iterdir()) == []
