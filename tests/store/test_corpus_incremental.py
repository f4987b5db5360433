"""Linking merge by merge: the actor totals kept between merges, re-merges, other writers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from tests.corpus.test_actors_statements import corpus_articles

from newsgraph.store import Store
from newsgraph.store.corpus import Corpus, statements

_TABLES = ("actors", "actor_entities", "statements", "statement_quotes", "corpus_events")


def _dump(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    return {t: sorted(map(tuple, conn.execute(f"SELECT * FROM {t}"))) for t in _TABLES} | {
        "actor_names": sorted(map(tuple, conn.execute("SELECT * FROM actor_names")))
    }


def _lavrov(store: Store) -> dict[str, object]:
    (lavrov,) = store.actors(name="Sergei Lavrov")
    return lavrov


def test_one_article_per_merge_gives_what_a_rebuild_gives() -> None:
    with Store(":memory:") as store:
        arts = corpus_articles()  # in publication order but for the PressTV piece
        store.add_many(arts)
        linker = Corpus(store.conn)
        for art in arts:
            linker.add([art.id])
        lavrov = _lavrov(store)
        assert (lavrov["n_articles"], lavrov["first_seen"], lavrov["last_seen"]) == (
            4,
            "2018-08-29",
            "2018-08-31",
        )
        merged = _dump(store.conn)
        store.rebuild_corpus()
        assert _dump(store.conn) == merged


def test_merging_the_same_articles_again_changes_nothing() -> None:
    with Store(":memory:") as store:
        arts = corpus_articles()
        store.add_many(arts)
        linker = Corpus(store.conn)
        linker.add(a.id for a in arts)
        before = _dump(store.conn)
        linker.add(a.id for a in arts)
        Corpus(store.conn).add(a.id for a in reversed(arts))
        assert _dump(store.conn) == before


def test_totals_kept_by_one_linker_are_read_again_after_another_writer() -> None:
    with Store(":memory:") as store:
        arts = corpus_articles()
        store.add_many(arts)
        first, other = Corpus(store.conn), Corpus(store.conn)
        first.add([arts[0].id, arts[1].id])
        assert _lavrov(store)["n_articles"] == 2
        other.add([arts[2].id])  # another ingest links a third article with Lavrov
        assert _lavrov(store)["n_articles"] == 3
        first.add([arts[3].id])  # its kept totals say 2: stale, so they are read again
        assert _lavrov(store)["n_articles"] == 4


def test_kept_statement_variants_are_read_again_after_another_connection_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[str] = []
    read = statements._variants
    monkeypatch.setattr(
        statements, "_variants", lambda conn, key: reads.append(key) or read(conn, key)
    )
    arts = corpus_articles()
    db = tmp_path / "news.db"
    with Store(db) as mine, Store(db) as other:
        mine.add_many(arts)
        linker = Corpus(mine.conn)
        linker.add([arts[0].id])  # the wire story: Lavrov's and al-Jubeir's quotes
        lavrov = _lavrov(mine)["id"]
        assert reads.count(lavrov) == 1
        linker.add([arts[1].id])  # the reprint, same speakers: their variants are kept
        assert reads.count(lavrov) == 1
        Corpus(other.conn).add([arts[2].id])  # another connection links a Lavrov quote
        assert reads.count(lavrov) == 2  # (read by that other linker)
        linker.add([arts[3].id])  # Lavrov again: his variants are read from the store again
        assert reads.count(lavrov) == 3
        assert _lavrov(mine)["n_articles"] == 4
