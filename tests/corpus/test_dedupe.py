"""Near-duplicate articles: clusters, copy flags, incremental and rebuilt."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsgraph.corpus import minhash
from newsgraph.store import Store
from newsgraph.store.corpus import Corpus, rebuild
from tests.corpus._samples import OTHER, OWN, REPRINT, WIRE, plain


@pytest.fixture
def store() -> Iterator[Store]:
    with Store(":memory:") as s:
        yield s


def clusters(store: Store) -> dict[str, tuple[str, int, str | None]]:
    rows = store.conn.execute(
        "SELECT article_id, cluster_id, is_copy, copy_of FROM article_clusters"
    ).fetchall()
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def test_similarity_separates_reprints_from_other_reports() -> None:
    wire, reprint, own = (minhash.signature(t) for t in (WIRE, REPRINT, OWN))
    assert minhash.similarity(wire, reprint) > 0.6
    assert minhash.similarity(wire, own) < 0.2
    assert minhash.similarity(wire, minhash.signature(WIRE.upper())) == 1.0  # case is folded


def test_copies_are_linked_to_the_earliest_published(store: Store) -> None:
    wire = plain(WIRE, "AP", "2018-08-29")
    reprint = plain(REPRINT, "Reuters", "2018-08-30")
    own = plain(OWN, "PressTV", "2018-08-29")
    other = plain(OTHER, "AP", "2018-08-30")
    # the reprint is stored before the original it copies
    for batch in ([reprint, other], [wire, own]):
        store.add_many(batch)
        Corpus(store.conn).add(a.id for a in batch)
    got = clusters(store)
    assert got[wire.id] == (reprint.id, 0, None)  # joined the cluster the reprint founded
    assert got[reprint.id] == (reprint.id, 1, wire.id)  # and the reprint became its copy
    assert got[own.id] == (own.id, 0, None)
    assert got[other.id] == (other.id, 0, None)
    assert store.count() == 4  # linked, never dropped
    blob = store.conn.execute(
        "SELECT minhash FROM article_signatures WHERE article_id = ?", (wire.id,)
    ).fetchone()[0]
    assert len(blob) == minhash.NUM_PERM * 4


def test_rebuild_gives_the_same_clusters_and_is_idempotent(store: Store) -> None:
    arts = [
        plain(REPRINT, "Reuters", "2018-08-30"),
        plain(WIRE, "AP", "2018-08-29"),
        plain(OTHER, "AP", "2018-08-30"),
    ]
    store.add_many(arts)
    Corpus(store.conn).add(a.id for a in arts)
    before = clusters(store)
    Corpus(store.conn).add(a.id for a in arts)  # again: nothing changes
    assert clusters(store) == before
    counts = rebuild(store.conn)
    assert (counts.articles, counts.clusters, counts.copies) == (3, 2, 1)
    after = clusters(store)
    # rebuilt in publication order, the wire story founds the cluster
    assert after[arts[0].id] == (arts[1].id, 1, arts[1].id)
    assert after[arts[1].id] == (arts[1].id, 0, None)


def test_articles_export_carries_cluster_and_copy(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import csv

    from newsgraph.store import export

    wire, reprint = plain(WIRE, "AP", "2018-08-29"), plain(REPRINT, "Reuters", "2018-08-30")
    store.add_many([wire, reprint])
    Corpus(store.conn).add([wire.id, reprint.id])
    export(store, "csv", tmp_path / "a.csv", table="articles")
    with (tmp_path / "a.csv").open(encoding="utf-8") as f:
        rows = {r["outlet"]: r for r in csv.DictReader(f)}
    assert (rows["AP"]["is_copy"], rows["AP"]["copy_of"]) == ("false", "")
    assert (rows["Reuters"]["is_copy"], rows["Reuters"]["copy_of"]) == ("true", wire.id)
    assert rows["Reuters"]["cluster_id"] == rows["AP"]["cluster_id"] == wire.id
    assert 0.6 < float(rows["Reuters"]["copy_similarity"]) <= 1.0
