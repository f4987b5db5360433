"""evplace42: how an event's action place was chosen (``place_source``: "sentence",
"paragraph", "dateline"; null without a place) is carried from the record to the store's
event rows, the events/corpus_events exports and ``events`` reads, like ``time_default``
(in the stored record)."""

from __future__ import annotations

import csv
from pathlib import Path

import pyarrow.parquet as pq
from store_samples import moscow_article

from newsgraph.store import Store, export


def _article():  # type: ignore[no-untyped-def]
    art = moscow_article()
    consult, aid = art.events
    consult.place_source = "sentence"
    aid.place_source = "paragraph"
    return art


def test_exports_carry_the_place_source(tmp_path: Path) -> None:
    with Store(tmp_path / "n.db") as store:
        store.add_many([_article()])
        export(store, "parquet", tmp_path / "e.parquet", table="events")
        export(store, "csv", tmp_path / "e.csv", table="events")
        store.rebuild_corpus()
        export(store, "csv", tmp_path / "c.csv", table="corpus_events")
    rows = {r["PLOVER"]: r for r in pq.read_table(tmp_path / "e.parquet").to_pylist()}
    assert rows["CONSULT"]["place_source"] == "sentence"
    assert rows["AID"]["place_source"] == "paragraph"
    assert rows["AID"]["ActionGeo_FullName"] == "Idlib"
    with (tmp_path / "e.csv").open(encoding="utf-8") as f:
        by_type = {r["PLOVER"]: r for r in csv.DictReader(f)}
    assert by_type["AID"]["place_source"] == "paragraph"
    with (tmp_path / "c.csv").open(encoding="utf-8") as f:
        assert {r["place_source"] for r in csv.DictReader(f)} == {"sentence", "paragraph"}


def test_events_read_and_record_carry_it(tmp_path: Path) -> None:
    with Store(tmp_path / "n.db") as store:
        store.add_many([_article()])
        hits = {h.event.type: h for h in store.events()}
    assert hits["AID"].event.place_source == "paragraph"
    assert hits["AID"].to_dict()["place_source"] == "paragraph"


def test_an_event_without_a_place_has_none(tmp_path: Path) -> None:
    art = _article()
    aid = art.events[1]
    aid.place, aid.place_id, aid.place_source = None, None, None
    with Store(tmp_path / "n.db") as store:
        store.add_many([art])
        export(store, "parquet", tmp_path / "e.parquet", table="events")
    rows = {r["PLOVER"]: r for r in pq.read_table(tmp_path / "e.parquet").to_pylist()}
    assert rows["AID"]["place_source"] is None and rows["AID"]["ActionGeo_FullName"] is None
