"""ux24: 'newsgraph ingest . --db news.db' read the store it was writing, and its -wal and
-shm files, as sources: three 'binary file, not text' lines, a progress total that grew
past itself (5/2) and a failed exit under --strict. A folder walk now leaves the store's own
files out (the database, -wal, -shm, -journal, the .dataset shard folder); any other file
is read as before."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph import api, cli
from newsgraph.ingest import Failure, RawArticle, iter_articles
from newsgraph.nlp.places import gazetteer
from tests.test_cli_interrupt import _Interrupting


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(api, "Pipeline", _Interrupting)
    monkeypatch.setattr(gazetteer, "index_ready", lambda: True)
    monkeypatch.setattr(_Interrupting, "armed", False)
    for i, town in enumerate(["Oslo", "Lima"]):
        body = f"Ministers of Norway and Chile met in {town} on Monday to discuss fishing."
        (tmp_path / f"a{i}.txt").write_text(f"Talks {i}\n\n{body}\n")
    return tmp_path


def test_a_folder_holding_the_store_is_ingested_without_it(folder: Path) -> None:
    db = folder / "news.db"
    for run, added in ((1, 2), (2, 0)):
        result = CliRunner().invoke(cli.app, ["ingest", str(folder), "--db", str(db), "--strict"])
        assert result.exit_code == 0, (run, result.output)
        assert "error:" not in result.output, result.output
        assert f"{added} articles added, {2 - added} already stored, 0 failed" in result.output


def test_another_database_in_the_folder_is_still_reported(folder: Path) -> None:
    # control: only the store's own files are left out
    from newsgraph.ingest._inputs import store_files

    other = sqlite3.connect(folder / "other.db")
    other.execute("CREATE TABLE t (x)")
    other.commit()
    other.close()
    items = list(iter_articles([str(folder)], exclude=store_files(folder / "news.db")))
    failures = [i for i in items if isinstance(i, Failure)]
    assert [Path(f.source).name for f in failures] == ["other.db"]
    assert len([i for i in items if isinstance(i, RawArticle)]) == 2


def test_store_files_names_the_store_and_its_companions(tmp_path: Path) -> None:
    from newsgraph.ingest._inputs import store_files

    names = {p.name for p in store_files(tmp_path / "news.db")}
    assert names == {"news.db", "news.db-wal", "news.db-shm", "news.db-journal", "news.dataset"}
