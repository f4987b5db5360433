"""ux26 walk: `newsgraph events` and the web events list put events with no date (an undated
article's events dated by its publication) before every dated one, a first page of blank
dates, as statements and quotes did before ux22. They come last now, read off an index (no
sort of every event for a page; migration 10 rebuilds ``events_order``). Control: the
dated events keep their order, and an older store opened read-only gives the same order."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from store_samples import ankara_article, moscow_article

from newsgraph.store import Store


def _undated_moscow() -> object:
    art = moscow_article()
    return dataclasses.replace(art, id="undated-moscow-copy", published=None)


def _store(tmp_path: Path) -> Path:
    db = tmp_path / "n.db"
    with Store(db) as store:
        store.add_many([_undated_moscow(), ankara_article()])  # type: ignore[list-item]
    return db


def _dates(db: Path) -> list[str | None]:
    with Store(db, read_only=True) as store:
        return [hit.date for hit in store.events(limit=10)]


def test_undated_events_come_after_dated_ones(tmp_path: Path) -> None:
    db = _store(tmp_path)
    # the undated Moscow copy: its talks on Wednesday keep their resolved day (2018-08-29),
    # its event dated by publication has none; Ankara's event is on its day, 2019-01-04
    assert _dates(db) == ["2018-08-29", "2019-01-04", None]
    with Store(db) as store:
        assert store.schema_version == 10


def test_control_an_events_page_is_read_off_the_index_without_sorting(tmp_path: Path) -> None:
    db = _store(tmp_path)
    with Store(db, read_only=True) as store:
        seen: list[str] = []
        store.conn.set_trace_callback(seen.append)
        store.events(limit=1, offset=1)
        store.conn.set_trace_callback(None)
        (sql,) = [s for s in seen if "LIMIT" in s]
        plan = [r[3] for r in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
    assert any("USING COVERING INDEX events_order" in step for step in plan), plan
    assert not any("TEMP B-TREE FOR ORDER BY" in step for step in plan[:-1]), plan


def test_control_a_version_9_store_read_only_gives_the_same_order(tmp_path: Path) -> None:
    db = _store(tmp_path)
    new = _dates(db)
    conn = sqlite3.connect(db)
    conn.executescript(
        "DROP INDEX events_order; "
        "CREATE INDEX events_order ON events(event_date, article_id, trigger_start, id); "
        "PRAGMA user_version = 9;"
    )
    conn.close()
    with Store(db, read_only=True) as store:
        assert store.schema_version == 9
    assert _dates(db) == new
