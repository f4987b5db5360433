"""ux22: export into a pipe or device writes into it (never replaces it); a directory or an
unwritable place is one line, not a traceback."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_samples import ankara_article, moscow_article
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store, StoreError, export


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    """A named pipe with a reader already open (a writer can open it without blocking)."""
    path = tmp_path / "pipe.jsonl"
    os.mkfifo(path)
    reader = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    yield path, reader
    os.close(reader)


def test_export_into_a_pipe_writes_the_rows_and_keeps_the_pipe(
    filled: Store, fifo: tuple[Path, int]
) -> None:
    path, reader = fifo
    assert export(filled, "jsonl", path, table="entities") > 0
    assert stat.S_ISFIFO(os.lstat(path).st_mode)  # still the pipe, not a file put in its place
    data = os.read(reader, 1 << 16).decode("utf-8")
    names = [line for line in data.splitlines() if '"Sergei Lavrov"' in line]
    assert len(names) == 1
    assert [p.name for p in path.parent.iterdir()] == ["pipe.jsonl"]  # no temp file beside it


def test_export_to_a_directory_is_one_store_error(filled: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=f"^{tmp_path} is a directory: give a file name"):
        export(filled, "csv", tmp_path)


def test_export_where_nothing_can_be_written_is_one_store_error(
    filled: Store, tmp_path: Path
) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder\n", encoding="utf-8")
    with pytest.raises(StoreError, match="^cannot write .*notes.txt/x.csv: "):
        export(filled, "csv", blocker / "x.csv")
    assert blocker.read_text(encoding="utf-8") == "a file, not a folder\n"


def test_cli_export_to_a_directory_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with Store(db) as store:
        store.add_many([moscow_article(), ankara_article()])
    (tmp_path / "out").mkdir()
    result = CliRunner().invoke(
        app, ["export", "--db", str(db), "--out", str(tmp_path / "out"), "--format", "csv"]
    )
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.output.strip().splitlines() == [
        f"error: {tmp_path}/out is a directory: give a file name, e.g. {tmp_path}/out/x.csv"
    ]


# control: a regular file is replaced whole, as before


def test_export_to_a_regular_file_as_before(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "entities.jsonl"
    out.write_text("old content\n", encoding="utf-8")
    n = export(filled, "jsonl", out, table="entities")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == n and "old content" not in lines
    assert sorted(p.name for p in tmp_path.iterdir()) == ["entities.jsonl"]
