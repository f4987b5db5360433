"""ux40 walk (a researcher reading one article with `newsgraph show`): the events table gave
type, code, actors, flags and trigger but not where or when, which the web page and `--json`
give; the place and time columns were only in other tables. Each event row now ends with its
place (the resolved name) and its time as written. Control: an event without a time has an
empty cell."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.model import Article
from newsgraph.store import Store
from tests.store.store_samples import moscow_article


def _events_table(tmp_path: Path, art: Article, columns: str) -> str:
    """The events table of `newsgraph show` for ``art``, stored alone, at ``columns`` wide."""
    db = tmp_path / "n.db"
    with Store(db) as store:
        store.add_many([art])
    result = CliRunner().invoke(
        app, ["show", art.id[:8], "--db", str(db)], env={"COLUMNS": columns}
    )
    assert result.exit_code == 0, result.output
    return result.output.split("Events", 1)[1].split("Places", 1)[0]


def test_show_gives_each_events_place_and_time(tmp_path: Path) -> None:
    events = _events_table(tmp_path, moscow_article(), "160")
    assert "where" in events and "when" in events
    met = next(x for x in events.splitlines() if "CONSULT" in x)
    assert "Moscow" in met and "Wednesday" in met
    aid = next(x for x in events.splitlines() if " AID " in x)
    cells = [c.strip() for c in aid.split("│")[1:-1]]
    assert cells[-2] == "Idlib" and cells[-1] == ""  # control: no time of its own


def test_show_says_when_a_place_is_the_paragraphs_or_the_datelines(tmp_path: Path) -> None:
    # evplace42: a place the event's clause does not name is marked with where it came from
    art = moscow_article()
    art.events[0].place_source = "sentence"
    art.events[1].place_source = "dateline"
    events = _events_table(tmp_path, art, "200")
    met = next(x for x in events.splitlines() if "CONSULT" in x)
    assert "Moscow" in met and "(" not in met.split("Moscow", 1)[1].split("│")[0]
    aid = next(x for x in events.splitlines() if " AID " in x)
    assert "(dateline)" in aid
