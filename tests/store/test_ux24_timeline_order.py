"""ux24: the timeline's order (each event's own date) is kept in an indexed column, so a deep
page steps over index entries instead of computing and sorting every event's date (web
timeline 56,000 events: last page 0.63 s -> 0.09 s, bench/timeline_pages.py). Pages are
the same slices of the same order, on a new store, a migrated one, and an old one read
without migrating."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from timeline_samples import DATED, TIMELINE, dated_articles

from newsgraph.store import SCHEMA_VERSION, Store


def _labels(store: Store, *, limit: int, offset: int) -> list[str]:
    hits = store.events(limit=limit, offset=offset, by_when=True)
    return [h.article.title.removeprefix("The ").removesuffix(" story") for h in hits]


@pytest.fixture
def dated(tmp_path: Path) -> Path:
    db = tmp_path / "dated.db"
    with Store(db) as store:
        store.add_many(dated_articles())
    return db


def test_every_page_is_its_slice_of_the_timeline(dated: Path) -> None:
    with Store(dated, read_only=True) as store:
        assert _labels(store, limit=3, offset=0) == TIMELINE[0:3]
        assert _labels(store, limit=3, offset=3) == TIMELINE[3:6]
        assert _labels(store, limit=3, offset=6) == TIMELINE[6:8]
        assert _labels(store, limit=3, offset=8) == []
        whens = {h.article.title: h.when for h in store.events(limit=10, by_when=True)}
    assert whens == {f"The {label} story": when for label, _, _, when in DATED}


def test_the_months_chart_counts_each_event_by_its_own_date(dated: Path) -> None:
    with Store(dated, read_only=True) as store:
        assert store.event_months() == [
            ("2016-12", 1),
            ("2017-04", 1),
            ("2018-11", 1),
            ("2019", 1),
            ("2019-03", 1),
            ("2019-06", 1),
            ("2021-05", 1),
        ]


def _page_plan(db: Path, offset: int) -> list[str]:
    """The query plan of the statement that picks a timeline page's rows."""
    with Store(db, read_only=True) as store:
        seen: list[str] = []
        store.conn.set_trace_callback(seen.append)
        store.events(limit=3, offset=offset, by_when=True)
        store.conn.set_trace_callback(None)
        (sql,) = [s for s in seen if "LIMIT" in s]
        return [r[3] for r in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}")]


def test_a_deep_timeline_page_is_read_off_an_index_without_sorting(dated: Path) -> None:
    # the old query joined every event to its article and sorted them all for each page
    plan = _page_plan(dated, 6)
    assert any("USING COVERING INDEX events_when" in step for step in plan), plan
    assert not any("TEMP B-TREE FOR ORDER BY" in step for step in plan[:-1]), plan


def _as_version_8(db: Path) -> None:
    """``db`` as the schema before this change (no when_day, its index and trigger)."""
    conn = sqlite3.connect(db)
    conn.executescript(
        "DROP TRIGGER events_when_day; DROP INDEX events_when; DROP INDEX events_order;"
        "ALTER TABLE events DROP COLUMN when_day; PRAGMA user_version = 8;"
    )
    conn.close()


def test_an_old_store_read_without_migrating_keeps_the_order(dated: Path) -> None:
    # control: the web and read commands open read-only and never migrate
    _as_version_8(dated)
    with Store(dated, read_only=True) as store:
        assert store.schema_version == 8
        assert _labels(store, limit=10, offset=0) == TIMELINE
        assert _labels(store, limit=3, offset=6) == TIMELINE[6:8]


def test_migrating_an_old_store_fills_the_order_column(dated: Path) -> None:
    _as_version_8(dated)
    with Store(dated) as store:  # a writer migrates
        assert store.schema_version == SCHEMA_VERSION  # 9 then, migrated further since
        rows = dict(
            store.conn.execute(
                "SELECT a.title, e.when_day FROM events e JOIN articles a ON a.id = e.article_id"
            )
        )
    assert rows == {f"The {label} story": when for label, _, _, when in DATED}
    with Store(dated, read_only=True) as store:
        assert _labels(store, limit=3, offset=3) == TIMELINE[3:6]


def test_articles_written_as_prepared_rows_get_their_date_too(tmp_path: Path) -> None:
    # the Dask merge writes rows, not articles: the trigger sets the column on every path
    from newsgraph.store.sqlite import article_rows

    db = tmp_path / "rows.db"
    with Store(db) as store:
        store.add_rows([article_rows(a) for a in reversed(dated_articles())])
    with Store(db, read_only=True) as store:
        assert _labels(store, limit=10, offset=0) == TIMELINE
