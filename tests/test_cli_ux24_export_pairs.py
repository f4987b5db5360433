"""ux24: 'export --table events' said '3 rows' where stats said 'events 2': the GDELT-like
table has one row per source-target actor pair (docs/gdelt.md), which read as duplicated
rows. The line now says what the rows are when they outnumber the events."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.model import Actor, Span
from newsgraph.store import Store
from tests.store.store_samples import ankara_article, moscow_article


def _store(tmp_path: Path) -> Path:
    """Moscow (2 events) with its meeting aimed at two targets, and Ankara (1 event)."""
    moscow = moscow_article()
    met = moscow.events[0]
    usa = Span.of(moscow.text, moscow.text.index("U.S."), moscow.text.index("U.S.") + 4)
    second = Actor(entity=None, span=usa, code="USA", country="USA", sector=None, name="U.S.")
    moscow.events[0] = dataclasses.replace(met, targets=[*met.targets, second])
    db = tmp_path / "news.db"
    with Store(db) as store:
        store.add_many([moscow, ankara_article()])
    return db


def test_events_rows_that_outnumber_events_are_explained(tmp_path: Path) -> None:
    db = _store(tmp_path)
    out = tmp_path / "events.csv"
    result = CliRunner().invoke(
        app, ["export", "--db", str(db), "--table", "events", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    # 3 events: the meeting gives 2 rows (2 targets), the others 1 each
    assert " ".join(result.output.split()) == (
        f"4 rows (one per source-target actor pair of 3 events; docs/gdelt.md) → {out}"
    )


def test_other_tables_say_rows_as_before(tmp_path: Path) -> None:
    # control
    db = _store(tmp_path)
    out = tmp_path / "quotes.csv"
    result = CliRunner().invoke(
        app, ["export", "--db", str(db), "--table", "quotes", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    # 3 quotes: Lavrov's two in Moscow, Cavusoglu's in Ankara
    assert " ".join(result.output.split()) == f"3 rows → {out}"
