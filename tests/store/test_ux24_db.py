"""ux24: a ``--db`` that cannot be written is one line naming it, found before any work and
with nothing created: a read-only file, a read-only folder (SQLite writes its journal
beside the store), a path whose parent is a file (was 'the folder does not exist'), and an
SQLite URI (was 'cannot be opened'). Read commands on a read-only store work as before."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_samples import moscow_article
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store, StoreError

ROOT = os.geteuid() == 0
NOBODY = 65534


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
    }


def _one_line(args: list[str]) -> str:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    return lines[0]


def test_a_parent_that_is_a_file_is_named_as_a_file(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.write_text("not a folder\n")
    before = _snapshot(tmp_path)
    for db in (notes / "news.db", notes / "deeper" / "news.db"):
        for args in (["ingest", str(notes), "--db", str(db)], ["stats", "--db", str(db)]):
            line = _one_line(args)
            assert f"{notes} is a file, not a folder" in line, line
            assert "does not exist" not in line
    assert _snapshot(tmp_path) == before


def test_a_missing_folder_is_still_named_missing(tmp_path: Path) -> None:
    # control: a parent that does not exist at all keeps its line
    line = _one_line(["stats", "--db", str(tmp_path / "nowhere" / "news.db")])
    assert "the folder" in line and "does not exist; create it first" in line


def test_an_sqlite_uri_is_refused_with_the_path_to_give(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "news.db"
    with Store(db) as store:
        store.add(moscow_article())
    monkeypatch.chdir(tmp_path)
    before = _snapshot(tmp_path)
    uri = "file:news.db?mode=ro"
    for args in (["stats", "--db", uri], ["dedupe", "--db", uri], ["ingest", "x", "--db", uri]):
        line = _one_line(args)
        assert line.startswith(f"error: {uri} is an SQLite URI"), line
        assert "give news.db" in line
    with pytest.raises(StoreError, match="is an SQLite URI"):
        Store(uri)
    assert _snapshot(tmp_path) == before  # no file named 'file:news.db?mode=ro'


def test_a_read_only_file_system_store_is_refused_for_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # what a read-only mount looks like to the checks (os.access says no even to root);
    # the real permission paths are exercised below, as another user
    db = tmp_path / "news.db"
    with Store(db) as store:
        store.add(moscow_article())
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if mode & os.W_OK else real_access(p, mode)
    )
    with pytest.raises(StoreError, match=r"news\.db is read-only: it cannot be written"):
        Store(db)
    with Store(db, read_only=True) as store:  # control: reading needs no write access
        assert store.count() == 1


@pytest.mark.skipif(ROOT, reason="root may write any file: the check is run as nobody below")
def test_a_read_only_file_as_its_user(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with Store(db) as store:
        store.add(moscow_article())
    db.chmod(0o444)
    with pytest.raises(StoreError, match="is read-only: it cannot be written"):
        Store(db)
    with Store(db, read_only=True) as store:
        assert store.count() == 1


# -- as another user (tests run as root, who passes every permission check) ----------------


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder under /tmp that the nobody user can enter (pytest's tmp_path is root's)."""
    folder = Path(tempfile.mkdtemp(prefix="ux24-db-", dir="/tmp"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for p in [folder, *folder.rglob("*")]:
            if p.is_dir():
                p.chmod(0o755)
        shutil.rmtree(folder)


def _as_nobody(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    code = "import sys; from newsgraph.cli import run; sys.argv[0] = 'newsgraph'; run()"
    return subprocess.run(
        ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
        + [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "HOME": "/tmp", "NO_COLOR": "1", "COLUMNS": "400", **(env or {})},
    )


needs_nobody = pytest.mark.skipif(
    not ROOT or shutil.which("setpriv") is None, reason="needs root and setpriv to become nobody"
)


def _store_in(folder: Path, *, owner: int) -> Path:
    db = folder / "news.db"
    with Store(db) as store:
        store.add(moscow_article())
    os.chown(db, owner, owner)
    return db


@needs_nobody
def test_as_nobody_a_read_only_file_folder_or_new_store(shared_dir: Path) -> None:
    ro_file = shared_dir / "file"
    ro_file.mkdir(mode=0o777)
    ro_file.chmod(0o777)
    db_file = _store_in(ro_file, owner=0)  # root's store, 644: nobody may read, not write
    ro_folder = shared_dir / "folder"
    ro_folder.mkdir()
    db_folder = _store_in(ro_folder, owner=NOBODY)  # nobody's store in root's 755 folder
    before = _snapshot(shared_dir)
    cases = [
        (db_file, f"{db_file} is read-only: it cannot be written"),
        (db_folder, f"the folder {ro_folder} is read-only, and SQLite writes its journal"),
        (
            ro_folder / "new.db",
            f"the folder {ro_folder} is read-only, so the store cannot be created",
        ),
    ]
    for db, expected in cases:
        done = (
            _as_nobody("dedupe", "--db", str(db))
            if db.exists()
            else _as_nobody("ingest", str(shared_dir / "none.txt"), "--db", str(db))
        )
        assert done.returncode == 2, done.stderr
        assert "Traceback" not in done.stderr
        lines = (done.stdout + done.stderr).strip().splitlines()
        assert len(lines) == 1 and expected in lines[0], lines
    assert _snapshot(shared_dir) == before  # nothing written, not half


@needs_nobody
def test_as_nobody_reads_of_a_read_only_store_and_a_writable_store(shared_dir: Path) -> None:
    # controls: stats reads a store nobody cannot write; nobody's own store is rebuilt
    ro = shared_dir / "ro"
    ro.mkdir()
    db = _store_in(ro, owner=0)
    done = _as_nobody("stats", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{db}: articles 1")
    mine = shared_dir / "mine"
    mine.mkdir()
    os.chown(mine, NOBODY, NOBODY)
    own = _store_in(mine, owner=NOBODY)
    done = _as_nobody("dedupe", "--db", str(own))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("1 article in 1 story cluster (0 copies)")
