"""ux27: 'export' without --out wrote every table to newsgraph.jsonl, so a second export of
another table silently replaced the first one's rows, and 'export --format csv' (no --out)
failed with '--format csv but newsgraph.jsonl ends in .jsonl: make them agree', naming a file
the user never gave. The default file is now TABLE.FORMAT (FORMAT jsonl when not given).
Control: an --out the user gives is used as before, its format from its extension."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store
from tests.store.store_samples import ankara_article, moscow_article


def _store(tmp_path: Path) -> Path:
    db = tmp_path / "news.db"
    with Store(db) as store:
        store.add_many([moscow_article(), ankara_article()])
    return db


def _export(*args: str) -> str:
    result = CliRunner().invoke(app, ["export", *args])
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def test_each_table_and_format_gets_its_own_default_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _store(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert _export("--db", str(db)) == "2 rows → articles.jsonl"
    assert _export("--db", str(db), "--table", "quotes").endswith("→ quotes.jsonl")
    assert _export("--db", str(db), "--table", "quotes", "--format", "csv").endswith("→ quotes.csv")
    # the articles file was not replaced by the quotes: both are there, each whole
    articles = [json.loads(line) for line in Path("articles.jsonl").read_text().splitlines()]
    assert sorted(a["title"] for a in articles) == sorted(
        [moscow_article().title, ankara_article().title]
    )
    with Path("quotes.csv").open(newline="") as fh:
        header = next(csv.reader(fh))
    assert header[:4] == ["id", "article_id", "kind", "content"]
    assert not Path("newsgraph.jsonl").exists()


def test_control_a_given_out_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = _store(tmp_path)
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "mine.csv"
    assert _export("--db", str(db), "--table", "quotes", "--out", str(out)).endswith(f"→ {out}")
    assert out.read_text().splitlines()[0].startswith("id,article_id,kind,content")
    result = CliRunner().invoke(
        app, ["export", "--db", str(db), "--format", "json", "--out", str(out)]
    )
    assert result.exit_code == 2
    assert f"--format json but {out} ends in .csv (csv): make them agree." in result.output
