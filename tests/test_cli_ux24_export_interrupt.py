"""ux24: Ctrl-C during a long export exited 130 without a word; it is now one line saying
what was written (a file is written whole or not at all: an earlier one is kept)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app, manage
from newsgraph.store import Store
from tests.store.store_samples import moscow_article


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "news.db"
    with Store(path) as store:
        store.add(moscow_article())
    return path


def _ctrl_c(*args: Any) -> int:
    raise KeyboardInterrupt


def _export(db: Path, out: str, *more: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--out", out, *more])
    return result.exit_code, " ".join(result.output.split())


def test_ctrl_c_keeps_an_earlier_file_and_says_so(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "articles.jsonl"
    out.write_text("earlier export\n")
    monkeypatch.setattr(manage, "_exported", _ctrl_c)
    code, text = _export(db, str(out))
    assert code == 130
    assert text == (
        f"error: interrupted: {out} was not written (the earlier {out} is kept unchanged; a "
        "file is written whole or not at all). Run the same command again to export."
    )
    assert out.read_text() == "earlier export\n"


def test_ctrl_c_before_a_new_file_or_to_standard_output(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(manage, "_exported", _ctrl_c)
    out = tmp_path / "new.csv"
    code, text = _export(db, str(out))
    assert code == 130 and "(no file was made;" in text and not out.exists()
    code, text = _export(db, "-", "--format", "csv")
    assert code == 130
    assert text == (
        "error: interrupted: nothing was written to standard output. Run the same command "
        "again to export."
    )


def test_an_export_without_ctrl_c_is_unchanged(db: Path, tmp_path: Path) -> None:
    # control
    out = tmp_path / "articles.jsonl"
    code, text = _export(db, str(out))
    assert code == 0 and text == f"1 row → {out}"
