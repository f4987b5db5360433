"""Linking merge by merge: the actor totals kept between merges, re-merges, other writers."""

from __future__ import annotations

import sqlite3

from tests.corpus.test_actors_statements import corpus_articles

from newsgraph.store import Store
from newsgraph.store.corpus import Corpus

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
