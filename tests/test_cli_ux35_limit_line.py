"""ux35 walk (an event-data researcher on 840 articles): `newsgraph events` showed its first
100 of 7,472 events, `quotes` 100 of 16,894, with no word of the rest, so a table cut at
--limit read as the whole answer. When more rows match than --limit, the first --limit are
shown (as JSON too) and a line says more match and how to have them. Control: a limit that
holds every row says nothing."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store
from tests.store.store_samples import ankara_article, moscow_article


def _db(tmp_path: Path) -> Path:
    db = tmp_path / "n.db"
    with Store(db) as store:
        store.add_many([moscow_article(), ankara_article()])
    return db


def _run(args: list[str]):  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(app, args, env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result


def test_a_cut_list_says_more_match(tmp_path: Path) -> None:
    db = _db(tmp_path)
    events = len(moscow_article().events) + len(ankara_article().events)
    assert events > 1
    result = _run(["events", "--db", str(db), "--limit", "1"])
    said = " ".join(result.stderr.split())
    assert "showing the first 1 event; more match: raise --limit" in said
    assert f"newsgraph export --db {db} --table events" in said
    as_json = _run(["quotes", "--db", str(db), "--limit", "1", "--json"])
    assert len(json.loads(as_json.stdout)) == 1
    assert "more match" in as_json.stderr


def test_control_a_limit_holding_every_row_says_nothing(tmp_path: Path) -> None:
    db = _db(tmp_path)
    events = len(moscow_article().events) + len(ankara_article().events)
    result = _run(["events", "--db", str(db), "--limit", str(events)])
    assert "more match" not in result.stderr
    listed = _run(["events", "--db", str(db), "--limit", str(events), "--json"]).stdout
    assert len(json.loads(listed)) == events
