"""ux35 walk (an event-data researcher: `newsgraph events --type CONSULT`): the events table
gave date, type, code, actors, flags and trigger but no article, so no event's sentence could
be opened (`newsgraph show ID`; only `--json` had it), and `quotes --statements`'s "first
article" column could be cut on an 80-column terminal. Both ids are whole at 80 columns, and
so is the event type. Control: the quotes table keeps its whole article id."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store
from newsgraph.store.corpus import Corpus
from tests.store.store_samples import ankara_article, moscow_article


def _db(tmp_path: Path) -> Path:
    db = tmp_path / "n.db"
    arts = [moscow_article(), ankara_article()]
    with Store(db) as store:
        store.add_many(arts)
        Corpus(store.conn).add(a.id for a in arts)
    return db


def _out(args: list[str]) -> str:
    result = CliRunner().invoke(app, args, env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_each_event_row_names_its_article_whole(tmp_path: Path) -> None:
    db = _db(tmp_path)
    text = _out(["events", "--db", str(db)])
    moscow = moscow_article()
    rows = [line for line in text.splitlines() if moscow.id[:8] in line]
    assert len(rows) == len(moscow.events)
    assert all(e.type in text for e in moscow.events)


def test_the_first_article_of_a_statement_is_whole(tmp_path: Path) -> None:
    text = _out(["quotes", "--statements", "--db", str(_db(tmp_path))])
    ids = {moscow_article().id[:12], ankara_article().id[:12]}
    assert any(i in text for i in ids)


def test_control_the_quotes_table_keeps_its_article_id(tmp_path: Path) -> None:
    text = _out(["quotes", "--db", str(_db(tmp_path))])
    assert moscow_article().id[:12] in text
