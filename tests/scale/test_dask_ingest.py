"""Ingest on a Dask LocalCluster: shards, idempotent merge, a worker killed mid-run."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.model import article_id
from newsgraph.scale import DaskSpec, ingest_dask, parse_dask
from newsgraph.scale.runner import DaskError, merge_dataset
from newsgraph.scale.shards import dataset_dir
from newsgraph.store import Store
from tests.scale._cluster import local_client, text_files

TEXTS = [f"Article number {i}: the council met on Monday to discuss item {i}." for i in range(6)]


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with local_client(n_workers=2, processes=True) as c:
        yield c


def test_parse_dask() -> None:
    assert parse_dask("local:2") == DaskSpec(workers=2)
    assert parse_dask("tcp://10.0.0.5:8786") == DaskSpec(address="tcp://10.0.0.5:8786")
    for bad in ("local:0", "local", "10.0.0.5:8786", "yarn"):
        with pytest.raises(DaskError, match="--dask"):
            parse_dask(bad)


def test_killed_worker_is_retried_without_loss_or_duplicates(
    client: object, tmp_path: Path
) -> None:
    src = text_files(tmp_path / "in", [*TEXTS, "This one FAILs on purpose."], "a")
    db = tmp_path / "news.db"
    loads = tmp_path / "loads.txt"
    config = {
        "factory": "tests.scale._light:make",
        "loads": str(loads),
        "kill_once": str(tmp_path / "killed"),
    }
    failures: list[str] = []
    stats = ingest_dask(
        [str(src)],
        db,
        DaskSpec(workers=2),
        config,
        partition_size=1,
        client=client,
        clean=False,
        on_failure=lambda f: failures.append(f"{f.source}: {f.reason}"),
    )
    assert (tmp_path / "killed").exists(), failures  # a worker really died mid-task
    assert (stats.added, stats.skipped, stats.failed) == (6, 0, 1), failures
    assert failures == [f"{src / 'a6.txt'}: analysis failed (test)"]
    with Store(db) as store:
        ids = [r[0] for r in store.conn.execute("SELECT id FROM articles")]
        assert len(ids) == len(set(ids)) == 6
        texts = {r[0] for r in store.conn.execute("SELECT text FROM articles")}
        assert texts == set(TEXTS)
        # merged shards were linked into the corpus tables too
        assert store.conn.execute("SELECT count(*) FROM article_clusters").fetchone()[0] == 6
    shards = sorted(dataset_dir(db).glob("part-*.parquet"))
    assert len(shards) == 7  # one per partition (the failed article's shard is empty)
    assert not list(dataset_dir(db).glob(".*tmp"))  # no half-written shard left
    # each worker process loaded its pipeline once, however many partitions it ran
    assert set(Counter(loads.read_text().split()).values()) == {1}

    # a rerun skips what is stored; merging the dataset again changes nothing
    again = ingest_dask([str(src)], db, DaskSpec(workers=2), config, client=client, clean=False)
    assert (again.added, again.skipped) == (0, 6)
    with Store(db) as store:
        assert merge_dataset(store, dataset_dir(db)) == 0
        assert store.count() == 6


STORY = (
    "The council met on Monday in the capital to discuss the budget for next year, and the "
    "finance minister told reporters that spending on schools and roads would rise while the "
    "defence budget would stay flat until the end of the decade"
)


def _dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows in storage order (``added_at`` aside: a clock time)."""
    import sqlite3

    conn = sqlite3.connect(db)
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    out = {}
    for table in tables:
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info('{table}')") if r[1] != "added_at"]
        select = ", ".join(f'"{c}"' for c in cols)
        try:
            rows = conn.execute(f"SELECT {select} FROM '{table}' ORDER BY rowid").fetchall()
        except sqlite3.OperationalError:  # a WITHOUT ROWID table: its key orders it
            rows = conn.execute(f"SELECT {select} FROM '{table}'").fetchall()
        out[table] = rows
    conn.close()
    return out


def _worker_settings() -> dict[str, object]:
    import os

    import dask

    keys = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "MALLOC_TRIM_THRESHOLD_")
    return {
        **{k: os.environ.get(k) for k in keys},
        "profile": dask.config.get("distributed.worker.profile.enabled"),
    }


def test_store_is_the_same_with_one_or_two_workers(client: object, tmp_path: Path) -> None:
    from newsgraph.scale.runner import local_cluster

    # near-duplicate reprints of one story on the same day: which one is the original and
    # the order of the rows depend on the order articles are merged in
    texts = [
        f"{STORY.replace('Monday', day)}. Report {i}."
        for i, day in enumerate(
            ["Monday", "Tuesday", "Monday", "Friday", "Monday", "Sunday", "Monday"]
        )
    ]
    texts[0] = "SLOW " + texts[0]  # the first partition finishes last on two workers
    src = text_files(tmp_path / "in", texts, "a")
    config = {"factory": "tests.scale._light:make", "loads": str(tmp_path / "l")}
    slow = {**config, "slow_until_shard_in": str(dataset_dir(tmp_path / "two.db").resolve())}
    client.wait_for_workers(2)  # type: ignore[attr-defined]  # one may be restarting
    timeline: list[tuple[str, str, float, float]] = []
    two = ingest_dask(
        [str(src)],
        tmp_path / "two.db",
        DaskSpec(workers=2),
        slow,
        partition_size=1,
        client=client,
        clean=False,
        published="2018-08-29",
        timeline=timeline,
    )
    tasks = [t for t in timeline if t[0] == "task"]
    assert len(tasks) == 7 and len({t[1] for t in tasks}) == 2  # both workers took part
    first = max(tasks, key=lambda t: t[3] - t[2])  # the SLOW partition, cut first
    assert first[3] - first[2] >= 1
    assert any(t[3] < first[3] for t in tasks)  # partitions cut after it ended before it
    with local_cluster(1) as cluster:
        from distributed import Client

        with Client(cluster) as one_client:
            # the worker's BLAS is pinned to one thread, Dask's profiler is off and glibc
            # keeps freed memory (no 64 KiB trim threshold: page faults on every document)
            (seen,) = one_client.run(_worker_settings).values()
            assert seen == {
                "OMP_NUM_THREADS": "1",
                "OPENBLAS_NUM_THREADS": "1",
                "MKL_NUM_THREADS": "1",
                "MALLOC_TRIM_THRESHOLD_": None,
                "profile": False,
            }
            one = ingest_dask(
                [str(src)],
                tmp_path / "one.db",
                DaskSpec(workers=1),
                config,
                partition_size=3,
                client=one_client,
                clean=False,
                published="2018-08-29",
            )
    assert (one.added, two.added) == (7, 7)
    a, b = _dump(tmp_path / "one.db"), _dump(tmp_path / "two.db")
    assert a["articles"] and a["article_clusters"]
    assert a == b
    with Store(tmp_path / "two.db") as store:
        first = store.conn.execute("SELECT id FROM articles ORDER BY rowid LIMIT 1").fetchone()
        assert first[0] == article_id(texts[0])  # stored in source order
