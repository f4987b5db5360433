"""hard39: an ``ingest --dask`` rerun reused every shard already in the dataset folder,
including the shard of a partition whose articles failed (an article over ``--max-chars``,
or over ``--timeout``): the rerun said nothing of them (a serial rerun names each again), and
a rerun with the budget raised still skipped the partition, so the article was never stored.
A shard keeps its partition's failures in its metadata now, and such a shard is not reused:
the partition is analysed again. Control: a shard without failures is still reused (its
partition is not analysed again)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.model import Article, Source, article_id
from newsgraph.scale import DaskSpec, ingest_dask
from newsgraph.scale import shards as shard_files
from newsgraph.scale.shards import dataset_dir
from tests.scale._cluster import local_client, text_files

TEXTS = [
    "The ferry operator cut two evening crossings to the island on Monday, citing fuel costs.",
    "Harbour pilots said on Tuesday they would work to rule from next week over a pay dispute.",
    "A FAILing long report on the island's water supply ran to many pages, officials said.",
]


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with local_client(n_workers=1, processes=False) as c:
        yield c


def _run(client: object, src: Path, db: Path, config: dict[str, object]) -> tuple[object, list]:
    failures: list[str] = []
    stats = ingest_dask(
        [str(src)],
        db,
        DaskSpec(workers=1),
        config,
        partition_size=1,
        client=client,
        clean=False,
        on_failure=lambda f: failures.append(f"{Path(f.source).name}: {f.reason}"),
    )
    return stats, failures


def _folder(tmp_path: Path) -> Path:
    return text_files(tmp_path / "in", TEXTS, "s")


def test_a_rerun_names_the_failures_again(client: object, tmp_path: Path) -> None:
    src, db = _folder(tmp_path), tmp_path / "news.db"
    config = {"factory": "tests.scale._light:make", "loads": str(tmp_path / "loads")}
    first, said = _run(client, src, db, config)
    assert (first.added, first.failed) == (2, 1)
    assert said == ["s2.txt: analysis failed (test)"]
    again, said_again = _run(client, src, db, config)
    assert (again.added, again.skipped, again.failed) == (0, 2, 1)
    assert said_again == said  # the serial rerun's lines


def test_a_rerun_with_the_budget_raised_stores_the_article(client: object, tmp_path: Path) -> None:
    src, db = _folder(tmp_path), tmp_path / "news.db"
    config = {"factory": "tests.scale._light:make", "loads": str(tmp_path / "loads")}
    _run(client, src, db, config)
    raised, said = _run(client, src, db, {**config, "let_fails_in": True})
    assert (raised.added, raised.skipped, raised.failed) == (1, 2, 0) and said == []
    from newsgraph.store import Store

    with Store(db, read_only=True) as store:
        assert store.count() == 3


def test_control_a_shard_without_failures_is_reused(client: object, tmp_path: Path) -> None:
    src, db = _folder(tmp_path), tmp_path / "news.db"
    (src / "s2.txt").unlink()
    config = {"factory": "tests.scale._light:make", "loads": str(tmp_path / "loads")}
    # a shard already holds the first story (a run stopped before merging it)
    story = Article(id=article_id(TEXTS[0]), text=TEXTS[0], source=Source(path="x"))
    shard = dataset_dir(db) / shard_files.shard_name([story.id])
    shard_files.write(shard, [story])
    before = shard.stat().st_mtime_ns
    stats, said = _run(client, src, db, config)
    assert (stats.added, stats.failed) == (2, 0) and said == []
    assert shard.stat().st_mtime_ns == before  # reused, not written again
    assert shard_files.read_failures(shard) == []
