"""ux35 walk (a fact-checker: "who said it first"): `newsgraph quotes --statements` named the
date and outlet a statement was first said in but no article, so the sentence behind it could
not be opened (`--json` had `first_article_id`): the table has a "first article" column with
the id prefix `newsgraph show` takes. Control: the plain quotes table keeps its article
column."""

from __future__ import annotations

from pathlib import Path

from store_samples import ankara_article, moscow_article
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store
from newsgraph.store.corpus import Corpus


def _store(tmp_path: Path) -> tuple[Path, str, str]:
    moscow, ankara = moscow_article(), ankara_article()
    db = tmp_path / "n.db"
    with Store(db) as store:
        store.add_many([moscow, ankara])
        Corpus(store.conn).add([moscow.id, ankara.id])
    return db, moscow.id, ankara.id


def _table(args: list[str]) -> str:
    result = CliRunner().invoke(app, args, env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    return result.output


def test_the_statements_table_names_the_article_first_said_in(tmp_path: Path) -> None:
    db, moscow, ankara = _store(tmp_path)
    text = _table(["quotes", "--statements", "--db", str(db), "--speaker", "Çavuşoğlu"])
    assert "first article" in text
    # Çavuşoğlu speaks in the Ankara article only (2019-01-04)
    row = next(line for line in text.splitlines() if "2019-01-04" in line)
    assert ankara[:12] in row and moscow[:12] not in row


def test_control_the_quotes_table_keeps_its_article_column(tmp_path: Path) -> None:
    db, _, ankara = _store(tmp_path)
    text = _table(["quotes", "--db", str(db), "--speaker", "Çavuşoğlu"])
    rows = [line for line in text.splitlines() if "2019-01-04" in line]
    assert rows and all(ankara[:12] in line for line in rows)
