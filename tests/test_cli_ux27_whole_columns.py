"""ux27: in an 80-column terminal 'events' cut every date to '2019-01-…' (the month's day lost)
and 'quotes' cut the article id to '9326ad85df…' (with an ellipsis that 'show' cannot take).
Dates and article ids are printed whole now; the other columns wrap as before (control)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.model import Span
from newsgraph.store import Store
from tests.store.store_samples import ankara_article, moscow_article


def _store(tmp_path: Path) -> Path:
    """Moscow with its meeting's actors and trigger in long words, flagged background: the
    table's longest words need more than 80 columns."""
    moscow = moscow_article()
    met = moscow.events[0]
    source = dataclasses.replace(met.sources[0], name="Plenipotentiaries")
    target = dataclasses.replace(met.targets[0], name="Counterparts")
    at = moscow.text.index("counterpart")
    trigger = Span.of(moscow.text, at, at + len("counterpart"))
    moscow.events[0] = dataclasses.replace(
        met,
        sources=[source],
        targets=[target],
        trigger=trigger,
        background=True,
    )
    db = tmp_path / "news.db"
    with Store(db) as store:
        store.add_many([moscow, ankara_article()])
    return db


def _first_cells(db: Path, *args: str) -> list[list[str]]:
    result = CliRunner().invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert max(len(line) for line in result.output.splitlines()) <= 80
    rows = [line for line in result.output.splitlines() if line.startswith("│")]
    return [[c.strip() for c in line.split("│")[1:-1]] for line in rows]


def test_event_dates_are_whole(tmp_path: Path) -> None:
    db = _store(tmp_path)
    ankara, moscow = ankara_article(), moscow_article()
    dates = {c[0] for c in _first_cells(db, "events") if c[0]}
    assert dates == {ankara.published, moscow.published}


def test_quote_article_ids_are_whole_and_other_columns_wrap(tmp_path: Path) -> None:
    db = _store(tmp_path)
    ids = {ankara_article().id[:12], moscow_article().id[:12]}
    cells = _first_cells(db, "quotes")
    assert {c[-1] for c in cells if c[-1]} <= ids
    assert {c[-1] for c in cells if c[-1]} & ids
    # control: a quote longer than its column still wraps onto more lines (no cell is lost)
    assert any(not c[0] and c[4] for c in cells)
