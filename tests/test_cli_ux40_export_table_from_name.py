"""ux40 walk (a researcher after the events): `newsgraph export --db news.db --out events.csv`
(no --table) wrote the articles table, the default, into events.csv and said "2 rows →
events.csv". Without --table, a file named for a table (events.csv, quotes.parquet,
corpus_events.jsonl) gets that table, and the line says so. Controls: --table given wins;
any other name, and standard output, still get the articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store
from tests.store.store_samples import ankara_article, moscow_article


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "n.db"
    with Store(path) as store:
        store.add_many([moscow_article(), ankara_article()])
    return path


def _export(db: Path, *args: str) -> str:
    result = CliRunner().invoke(app, ["export", "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.output


def _header(path: Path) -> str:
    return path.read_text(encoding="utf-8").splitlines()[0]


@pytest.mark.parametrize(
    ("name", "first_column"),
    [("events.csv", "GlobalEventID"), ("quotes.csv", "id,article_id,kind"), ("places.csv", "id")],
)
def test_a_file_named_for_a_table_gets_that_table(
    db: Path, tmp_path: Path, name: str, first_column: str
) -> None:
    out = tmp_path / name
    said = _export(db, "--out", str(out))
    assert _header(out).startswith(first_column)
    assert "title,published" not in _header(out)  # not the articles table
    table = name.split(".")[0]
    assert f"the {table} table (the file's name; --table for another)" in said


def test_control_table_given_wins(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    said = _export(db, "--out", str(out), "--table", "articles")
    assert _header(out).startswith("id,title,published")
    assert "file's name" not in said


@pytest.mark.parametrize("name", ["my.csv", "articles.csv", "eventsx.csv"])
def test_control_other_names_get_the_articles(db: Path, tmp_path: Path, name: str) -> None:
    out = tmp_path / name
    said = _export(db, "--out", str(out))
    assert _header(out).startswith("id,title,published")
    assert "file's name" not in said


def test_control_standard_output_gets_the_articles(db: Path) -> None:
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--out", "-", "--format", "csv"])
    assert result.exit_code == 0
    assert result.stdout.startswith("id,title,published")
