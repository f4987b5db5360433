"""Store writes and reads: idempotent upsert, atomic batches, ids, spans, deletes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_samples import MOSCOW_TEXT, ankara_article, bare_article, moscow_article

from newsgraph.model import Article
from newsgraph.store import SCHEMA_VERSION, Store, StoreError

TABLES = ("articles", "entities", "mentions", "quotes", "events", "places", "times")


def _counts(store: Store) -> dict[str, int]:
    return {t: store.count(t) for t in TABLES} | {
        "event_actors": store.conn.execute("SELECT count(*) FROM event_actors").fetchone()[0]
    }


def test_add_twice_changes_nothing(store: Store) -> None:
    article = moscow_article()
    assert store.add(article) is True
    before = _counts(store)
    stored = store.get(article.id)
    assert store.add(article) is False
    assert store.add(moscow_article()) is False  # an equal, separately built record
    assert _counts(store) == before
    assert store.get(article.id) == stored
    # 1 article; 3 entities with 3+1+1 mentions; 2 quotes; 2 events with 2+2 actors.
    assert before == {
        "articles": 1,
        "entities": 3,
        "mentions": 5,
        "quotes": 2,
        "events": 2,
        "places": 2,
        "times": 1,
        "event_actors": 4,
    }


def test_add_many_counts_new_articles_only(store: Store) -> None:
    a, b = moscow_article(), ankara_article()
    assert store.add_many([a]) == 1
    assert store.add_many([a, b, b]) == 1  # a is stored, b repeats within the batch
    assert store.count() == 2
    assert store.count("quotes") == 3


def test_stored_json_is_the_article_dict(store: Store) -> None:
    article = moscow_article()
    store.add(article)
    assert store.get_json(article.id) == json.loads(json.dumps(article.to_dict()))
    assert store.get_json(article.id)["schema"] == "newsgraph.article/1"  # type: ignore[index]
    assert store.get(article.id) == article  # the typed record, as analyze returns it


def test_batch_is_all_or_nothing(store: Store) -> None:
    store.add(bare_article("Already stored before the failing batch."))

    def failing() -> Iterator[Article]:
        yield moscow_article()
        yield bare_article("Second of the batch.")
        raise RuntimeError("model crashed")

    with pytest.raises(RuntimeError, match="model crashed"):
        store.add_many(failing())
    assert store.count() == 1
    assert store.count("quotes") == 0
    assert not store.conn.in_transaction
    assert store.add(moscow_article()) is True  # the store is still usable


def test_uncommitted_batches_join_until_commit(tmp_path: Path) -> None:
    db = tmp_path / "batch.db"
    with Store(db) as store:
        store.add_many([moscow_article()], commit=False)
        store.add_many([ankara_article()], commit=False)
        with Store(db) as other:  # a second connection does not see the open batch
            assert other.count() == 0
        store.commit()
        with Store(db) as other:
            assert other.count() == 2


def test_context_manager_rolls_back_on_error(tmp_path: Path) -> None:
    db = tmp_path / "rollback.db"
    with pytest.raises(KeyError), Store(db) as store:
        store.add_many([moscow_article()], commit=False)
        raise KeyError("boom")
    with Store(db) as store:
        assert store.count() == 0


def test_has_and_existing_ids(filled: Store) -> None:
    a, b = moscow_article(), ankara_article()
    assert filled.has(a.id)
    assert not filled.has(a.id[:6])  # has() wants the exact id
    ids = [a.id, "nope", b.id, a.id] + [f"x{i}" for i in range(1200)]
    assert filled.existing_ids(ids) == {a.id, b.id}
    assert filled.existing_ids([]) == set()


def test_get_by_unique_prefix(store: Store) -> None:
    store.add_many(
        [
            bare_article("one", aid="abc123"),
            bare_article("two", aid="abd456"),
            bare_article("three", aid="abd789"),
        ]
    )
    assert store.get("abc").text == "one"  # type: ignore[union-attr]
    assert store.get("abd4").id == "abd456"  # type: ignore[union-attr]
    assert store.get("zzz") is None
    assert store.get("") is None
    with pytest.raises(StoreError, match="matches several articles"):
        store.get("abd")


def test_iter_articles_in_id_order(filled: Store) -> None:
    ids = [a.id for a in filled.iter_articles()]
    assert ids == sorted([moscow_article().id, ankara_article().id])


def test_every_stored_span_slices_its_article(filled: Store) -> None:
    conn = filled.conn
    texts = dict(conn.execute("SELECT id, text FROM articles").fetchall())
    queries = [
        "SELECT article_id, start, end, text FROM mentions",
        "SELECT article_id, start, end, text FROM places",
        "SELECT article_id, start, end, text FROM times",
        "SELECT article_id, start, end, text FROM event_actors",
        "SELECT article_id, content_start, content_end, content FROM quotes",
        "SELECT article_id, cue_start, cue_end, cue FROM quotes",
        "SELECT article_id, trigger_start, trigger_end, trigger_text FROM events",
        "SELECT article_id, evidence_start, evidence_end, evidence FROM events",
    ]
    n = 0
    for sql in queries:
        for aid, start, end, text in conn.execute(sql):
            assert texts[aid][start:end] == text, sql
            n += 1
    assert n == 7 + 3 + 2 + 5 + 3 + 3 + 3 + 3


def test_event_rows_resolve_time_place_and_evidence(filled: Store) -> None:
    rows = filled.conn.execute(
        "SELECT type, time_value, event_date, place_id IS NOT NULL AS placed, evidence, "
        "source_names, target_codes FROM events ORDER BY type"
    ).fetchall()
    assert [tuple(r) for r in rows] == [
        # no time: dated by the article's publication; abbreviations do not end the sentence
        ("AID", None, "2018-08-29", 1, "Mr. Lavrov said the U.S. was aiding militants in Idlib.",
         "United States", "REB"),
        ("CONSULT", "2018-08-29", "2018-08-29", 1, MOSCOW_TEXT.split(' "')[0], "Sergei Lavrov",
         "SAUGOV"),
        # a month-resolved time does not date the event to a day: publication date instead
        ("REJECT", "2019-01", "2019-01-04", 1,
         "Turkish Foreign Minister Mevlüt Çavuşoğlu rejected the proposal in Ankara on Friday.",
         "Mevlüt Çavuşoğlu", None),
    ]  # fmt: skip


def test_delete_removes_every_record_and_index_entry(filled: Store) -> None:
    a = moscow_article()
    assert filled.delete(a.id) is True
    assert filled.delete(a.id) is False
    assert filled.count() == 1
    for table in ("entities", "mentions", "quotes", "events", "event_actors", "places", "times"):
        n = filled.conn.execute(f"SELECT count(*) FROM {table} WHERE article_id = ?", (a.id,))
        assert n.fetchone()[0] == 0, table
    assert filled.search("abscess") == []
    assert filled.quotes(contains="abscess") == []
    filled.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    filled.conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
    assert filled.add(a) is True  # and it can be stored again


def test_file_store_settings(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.schema_version == SCHEMA_VERSION
        store.add(moscow_article())
    with Store(tmp_path / "s.db") as store:  # reopening keeps the data
        assert store.count("events") == 2


def test_unknown_count_table(store: Store) -> None:
    with pytest.raises(StoreError, match="unknown table"):
        store.count("articles; DROP TABLE articles")
