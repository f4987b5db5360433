"""ux30: `newsgraph export --table statements` listed statements first said in an undated
article before every dated one, while `newsgraph quotes --statements` (ux22) lists them last:
the two disagreed on the same store. The export lists them last too. Control: dated
statements keep their date order in both."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from store_samples import ankara_article, moscow_article
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store
from newsgraph.store.corpus import Corpus


def _store(tmp_path: Path, *, dated_moscow: bool = False) -> Path:
    moscow = moscow_article()
    if not dated_moscow:
        moscow = dataclasses.replace(moscow, id="undated-moscow-copy", published=None)
    db = tmp_path / "n.db"
    with Store(db) as store:
        arts = [moscow, ankara_article()]
        store.add_many(arts)
        Corpus(store.conn).add(a.id for a in arts)
    return db


def _exported(db: Path, tmp_path: Path) -> list[tuple[str | None, str]]:
    out = tmp_path / "statements.json"
    args = ["export", "--db", str(db), "--table", "statements", "--out", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return [(r["first_published"], r["speaker_name"]) for r in json.loads(out.read_text())]


def _listed(db: Path) -> list[tuple[str | None, str]]:
    result = CliRunner().invoke(app, ["quotes", "--statements", "--json", "--db", str(db)])
    assert result.exit_code == 0, result.output
    return [(r["first_published"], r["speaker_name"]) for r in json.loads(result.stdout)]


def test_export_lists_undated_statements_last_as_the_cli_does(tmp_path: Path) -> None:
    db = _store(tmp_path)
    exported = _exported(db, tmp_path)
    # Çavuşoğlu's statement is dated 2019-01-04; Lavrov's, in the undated copy, have no date
    assert exported[0] == ("2019-01-04", "Mevlüt Çavuşoğlu")
    assert len(exported) > 1 and all(date is None for date, _ in exported[1:])
    assert exported == _listed(db)


def test_control_dated_statements_keep_their_date_order(tmp_path: Path) -> None:
    db = _store(tmp_path, dated_moscow=True)
    exported = _exported(db, tmp_path)
    assert exported[0][0] == "2018-08-29"  # the Moscow article, before Ankara's 2019-01-04
    assert exported[-1] == ("2019-01-04", "Mevlüt Çavuşoğlu")
    assert exported == _listed(db)
