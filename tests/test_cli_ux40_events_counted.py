"""ux40 walk (an event-data researcher after GDELT-style counts): the events counted across
articles (mentions, sources, articles per event) were in `export --table corpus_events` and
the web page only; `newsgraph events` listed article events. `newsgraph events --counted`
lists them, filtered by an actor code's start (`--actor` or `--country`) and `--since`, each
with its first report's article. Control: `events` without the flag is as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.cli.read import _counted_date
from newsgraph.store import Store
from tests.store.store_samples import ankara_article, moscow_article

MOSCOW = moscow_article()


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "n.db"
    with Store(path) as store:
        store.add_many([MOSCOW, ankara_article()])
        store.rebuild_corpus()
    return path


def _run(db: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["events", "--db", str(db), *args], env={"COLUMNS": "200"})
    return result.exit_code, result.output


def test_counted_events_with_their_counts_and_first_article(db: Path) -> None:
    code, out = _run(db, "--counted", "--json")
    assert code == 0, out
    rows = json.loads(out)
    consult = next(r for r in rows if r["actor1"] == "RUSGOV")
    assert (consult["actor2"], consult["root_code"], consult["date"]) == (
        "SAUGOV",
        "04",
        "2018-08-29",
    )
    assert (consult["num_mentions"], consult["num_sources"], consult["num_articles"]) == (1, 1, 1)
    code, out = _run(db, "--counted")
    assert code == 0, out
    line = next(x for x in out.splitlines() if "RUSGOV" in x)
    assert "RUSGOV → SAUGOV" in line and "2018-08-29" in line and MOSCOW.id[:8] in line
    assert "mentions" in out and "articles" in out


def test_counted_filters_by_code_start_and_date(db: Path) -> None:
    for args in (["--country", "rus"], ["--actor", "SAU"], ["--actor", "RUSGOV"]):
        code, out = _run(db, "--counted", "--json", *args)
        assert code == 0, out
        assert [(r["actor1"], r["actor2"]) for r in json.loads(out)] == [("RUSGOV", "SAUGOV")]
    code, out = _run(db, "--counted", "--since", "2030-01-01")
    assert code == 0 and "no counted events match --since '2030-01-01'" in out


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--type", "CONSULT"], "--type: a counted event has a CAMEO root code"),
        (["--actor", "RUS", "--country", "RUS"], "not both"),
        (["--country", "russia"], "use RUS (Russian Federation)"),  # as events without it
    ],
)
def test_counted_refuses_what_it_cannot_filter(db: Path, args: list[str], said: str) -> None:
    code, out = _run(db, "--counted", *args)
    assert code == 2 and said in out


def test_the_date_is_as_precise_as_known() -> None:
    assert _counted_date({"date": "2018-08-29", "date_resolution": "day"}) == "2018-08-29"
    assert _counted_date({"date": "2018-08-29", "date_resolution": "published"}) == "2018-08-29"
    assert _counted_date({"date": "1991-01-01", "date_resolution": "year"}) == "1991"
    assert _counted_date({"date": "2016-01-01", "date_resolution": "month"}) == "2016-01"
    assert _counted_date({"date": "2018-08-20", "date_resolution": "week"}) == "2018-W34"
    assert _counted_date({"date": None, "date_resolution": None}) == ""


def test_control_events_without_the_flag_are_article_events(db: Path) -> None:
    code, out = _run(db, "--json")
    assert code == 0, out
    rows = json.loads(out)
    assert {r["type"] for r in rows} >= {"CONSULT", "AID"}
    assert all("num_mentions" not in r for r in rows)


def test_counted_says_how_many_undated_events_it_leaves_out(tmp_path: Path) -> None:
    art = moscow_article()
    art.published = None  # the AID event has no time of its own: no date at all
    db = tmp_path / "u.db"
    with Store(db) as store:
        store.add_many([art])
        store.rebuild_corpus()
    code, out = _run(db, "--counted")
    assert code == 0, out
    assert "RUSGOV → SAUGOV" in out  # control: the dated one is counted
    assert "not counted: 1 event with no date of its own or its article's" in out
    code, out = _run(db, "--counted", "--json")
    assert code == 0 and "not counted" not in out  # the JSON stays JSON
