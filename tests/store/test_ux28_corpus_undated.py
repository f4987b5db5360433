"""ux28 walk: an event with no date (no time of its own and an undated article: a scraped text
file, a page that writes no date) joins no corpus event, by design (events are matched within
2 days), but ``export --table corpus_events`` said only '47 rows' while ``events`` listed
those events: rows missing without a word for a researcher counting events across the
corpus. The export line says how many events were not counted and why, also when no row is
left. Controls: a store
whose events all have a date gets the line as before, and the events table's note stays."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from store_samples import moscow_article
from typer.testing import CliRunner

from newsgraph import cli
from newsgraph.store import Store


def _store(tmp_path: Path, published: str | None) -> Path:
    db = tmp_path / "n.db"
    with Store(db) as store:
        # the Moscow article's two events: one dated by its 'Wednesday', one by publication
        store.add_many([dataclasses.replace(moscow_article(), published=published)])
        store.rebuild_corpus()
    return db


def _export(db: Path, table: str, out: Path) -> str:
    args = ["export", "--db", str(db), "--table", table, "--format", "csv", "--out", str(out)]
    result = CliRunner().invoke(cli.app, args)
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def test_the_export_says_how_many_undated_events_it_does_not_count(tmp_path: Path) -> None:
    db = _store(tmp_path, published=None)
    line = _export(db, "corpus_events", tmp_path / "ce.csv")
    assert "not counted: 1 event with no date of its own or its article's" in line
    assert line.endswith("→ " + str(tmp_path / "ce.csv"))


def test_a_corpus_events_export_with_no_row_says_why(tmp_path: Path) -> None:
    db = tmp_path / "n.db"
    article = moscow_article()
    undated = dataclasses.replace(
        article,
        published=None,
        events=[e for e in article.events if e.time is None],  # dated by publication only
    )
    with Store(db) as store:
        store.add_many([undated])
        store.rebuild_corpus()
    for out in (str(tmp_path / "ce.csv"), "-"):
        args = ["export", "--db", str(db), "--table", "corpus_events", "--format", "csv"]
        result = CliRunner().invoke(cli.app, [*args, "--out", out])
        assert result.exit_code == 0, result.output
        line = " ".join(result.output.split())
        assert "0 rows (not counted: 1 event with no date of its own or its article's" in line


def test_control_dated_events_give_the_line_as_before(tmp_path: Path) -> None:
    db = _store(tmp_path, published="2018-08-29")
    line = _export(db, "corpus_events", tmp_path / "ce.csv")
    assert "not counted" not in line
    assert line.endswith(f"rows → {tmp_path / 'ce.csv'}")
    events = _export(db, "events", tmp_path / "ev.csv")
    assert "not counted" not in events
