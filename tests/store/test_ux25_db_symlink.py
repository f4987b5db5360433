"""ux25: a ``--db`` that is a symbolic link to nothing: a read said 'no store at DB; create one
with: newsgraph ingest ...' and a write whose target folder is missing 'DB cannot be opened',
neither naming the link. Both name the link and its target now; a write through a link into
an existing folder still creates the store at the target."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph import cli
from newsgraph.store._errors import StoreError
from newsgraph.store.sqlite import Store, check_path


def test_a_read_through_a_dangling_link_names_it(tmp_path: Path) -> None:
    link = tmp_path / "n.db"
    os.symlink(tmp_path / "gone.db", link)
    result = CliRunner().invoke(cli.app, ["stats", "--db", str(link)])
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        f"error: {link} is a symbolic link to {tmp_path / 'gone.db'}, which does not exist: no "
        "store there (fix or remove the link, or give the store's own path)."
    ]


def test_a_write_through_a_link_into_a_missing_folder_names_it(tmp_path: Path) -> None:
    link = tmp_path / "n.db"
    os.symlink(tmp_path / "nowhere" / "n.db", link)
    with pytest.raises(StoreError, match=r"symbolic link to .*nowhere.*does not exist"):
        check_path(str(link), must_exist=False)


def test_a_loop_of_links_is_named(tmp_path: Path) -> None:
    os.symlink(tmp_path / "b.db", tmp_path / "a.db")
    os.symlink(tmp_path / "a.db", tmp_path / "b.db")
    with pytest.raises(StoreError, match="loop of links"):
        check_path(str(tmp_path / "a.db"), must_exist=True)


def test_a_write_through_a_link_into_an_existing_folder_creates_the_target(
    tmp_path: Path,
) -> None:
    # control: SQLite writes through the link, as before
    link = tmp_path / "n.db"
    target = tmp_path / "store" / "real.db"
    target.parent.mkdir()
    os.symlink(target, link)
    check_path(str(link), must_exist=False)
    Store(link).close()
    assert target.is_file() and link.is_symlink()


def test_a_missing_plain_path_keeps_its_line(tmp_path: Path) -> None:
    # control: no link, the line as before
    db = tmp_path / "n.db"
    with pytest.raises(StoreError, match="^no store at .*; create one with: newsgraph ingest"):
        check_path(str(db), must_exist=True)
