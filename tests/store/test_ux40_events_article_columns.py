"""ux40 walk (an event-data researcher counting events by outlet from the events export): a
row named its article by id and URL only; its title, outlet and publication date meant
joining the articles table (`newsgraph events --json` gave them). The events and
corpus_events tables end with `title`, `outlet` and `published`, the article's (a corpus
event's first mention's). Control: the columns before them keep their names and order."""

from __future__ import annotations

import csv
from pathlib import Path

import pyarrow.parquet as pq
from store_samples import ankara_article, moscow_article

from newsgraph.store import Store, export
from newsgraph.store._gdelt_tables import COLUMNS

MOSCOW, ANKARA = moscow_article(), ankara_article()


def test_event_rows_name_their_article(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    export(filled, "parquet", out, table="events")
    rows = pq.read_table(out).to_pylist()
    by_article = {MOSCOW.id: MOSCOW, ANKARA.id: ANKARA}
    assert {r["article_id"] for r in rows} == set(by_article)
    for row in rows:
        art = by_article[row["article_id"]]
        assert (row["title"], row["outlet"], row["published"]) == (
            art.title,
            art.source.outlet,
            art.published,
        )
    consult = next(r for r in rows if r["PLOVER"] == "CONSULT")
    assert consult["title"] == "Lavrov: Terror 'abscess' in Syria's Idlib needs to be destroyed"
    assert (consult["outlet"], consult["published"]) == ("Press TV", "2018-08-29")


def test_corpus_event_rows_name_their_first_mentions_article(filled: Store, tmp_path: Path) -> None:
    filled.rebuild_corpus()
    out = tmp_path / "corpus.csv"
    export(filled, "csv", out, table="corpus_events")
    with out.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows
    titles = {MOSCOW.title, ANKARA.title}
    for row in rows:
        assert row["title"] in titles
        assert row["published"] == row["FirstSeen"]  # one article per corpus event here


def test_control_the_earlier_columns_keep_their_order(filled: Store, tmp_path: Path) -> None:
    names = [name for name, _ in COLUMNS]
    assert names[:2] == ["GlobalEventID", "SQLDATE"]
    assert names[-7:-1] == ["article_id", "title", "outlet", "published", "context", "reported_by"]
    assert names[-1] == "place_source"  # evplace42
    out = tmp_path / "events.csv"
    export(filled, "csv", out, table="events")
    header = out.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header == names


def test_event_rows_carry_their_context_and_reporting_quote(tmp_path: Path) -> None:
    # POLECAT's context and the quote that tells an event were in `events --json` only
    art = moscow_article()
    art.events[0].context = ["diplomatic"]
    with Store(tmp_path / "n.db") as store:
        store.add_many([art])
        export(store, "parquet", tmp_path / "e.parquet", table="events")
        export(store, "csv", tmp_path / "e.csv", table="events")
    rows = {r["PLOVER"]: r for r in pq.read_table(tmp_path / "e.parquet").to_pylist()}
    assert rows["CONSULT"]["context"] == ["diplomatic"] and rows["AID"]["context"] == []
    assert rows["AID"]["reported_by"] == art.quotes[1].id  # "Mr. Lavrov said the U.S. was aiding"
    assert rows["CONSULT"]["reported_by"] is None  # control: told by the article itself
    with (tmp_path / "e.csv").open(encoding="utf-8") as f:
        by_type = {r["PLOVER"]: r for r in csv.DictReader(f)}
    assert by_type["CONSULT"]["context"] == "diplomatic" and by_type["AID"]["context"] == ""
