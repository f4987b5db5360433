"""The corpus commands on a store built by hand."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store
from tests.corpus._samples import OTHER, REPRINT, WIRE, plain

runner = CliRunner()


def test_dedupe_rebuilds_a_store(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with Store(db) as store:  # stored without the corpus step, as an older newsgraph would
        store.add_many(
            [
                plain(WIRE, "AP", "2018-08-29"),
                plain(REPRINT, "Reuters", "2018-08-30"),
                plain(OTHER, "AP", "2018-08-30"),
            ]
        )
    result = runner.invoke(app, ["dedupe", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "3 articles in 2 story clusters (1 copy)" in result.output
    with Store(db) as store:
        assert (
            store.conn.execute(
                "SELECT is_copy FROM article_clusters JOIN articles ON id = article_id "
                "WHERE outlet = 'Reuters'"
            ).fetchone()[0]
            == 1
        )


def test_dedupe_without_a_store_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["dedupe", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert "no store at" in result.output and "Traceback" not in result.output
