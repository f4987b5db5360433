"""ux22: a ``--db`` that is a device or a pipe is one line saying so (not "disk full", no hang)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import StoreError
from newsgraph.store._connection import check_path


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    """A named pipe with a writer holding 16 bytes in it (so no read of it can block)."""
    path = tmp_path / "pipe.db"
    os.mkfifo(path)
    reader = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    writer = os.open(path, os.O_WRONLY)
    os.write(writer, b"x" * 16)
    yield path
    os.close(writer)
    os.close(reader)


def test_device_as_db_is_refused_by_ingest(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Some text.", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(src), "--db", os.devnull])
    assert result.exit_code == 2, result.output
    assert result.output.strip().splitlines() == [
        f"error: {os.devnull} is not a regular file (a device, pipe or socket): give a file path."
    ]


def test_device_as_db_is_refused_by_reads() -> None:
    result = CliRunner().invoke(app, ["stats", "--db", os.devnull])
    assert result.exit_code == 2
    assert "is not a regular file" in result.output


def test_pipe_as_db_is_refused(fifo: Path) -> None:
    for must_exist in (True, False):
        with pytest.raises(StoreError, match="is not a regular file"):
            check_path(str(fifo), must_exist=must_exist)


def test_regular_files_pass_as_before(tmp_path: Path) -> None:
    empty = tmp_path / "new.db"
    empty.write_bytes(b"")
    check_path(str(empty), must_exist=False)  # an empty file becomes a store
    check_path(str(tmp_path / "missing.db"), must_exist=False)
    link = tmp_path / "link.db"
    link.symlink_to(empty)
    check_path(str(link), must_exist=False)  # a link to a file is the file
    text = tmp_path / "notes.db"
    text.write_text("notes\n" * 10, encoding="utf-8")
    with pytest.raises(StoreError, match="is not a newsgraph store"):
        check_path(str(text), must_exist=False)
