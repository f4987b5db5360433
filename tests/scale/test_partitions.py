"""The client cuts the sources into partitions; the last ones shrink so workers end together."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.runner import IngestStats
from newsgraph.scale import runner
from newsgraph.scale.runner import _partitions
from newsgraph.store import Store


def _sizes(tmp_path: Path, n: int, size: int, workers: int) -> list[int]:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(n):
        (src / f"a{i:03d}.txt").write_text(f"Report {i}: the council met on Monday.", "utf-8")
    stats = IngestStats()
    with Store(tmp_path / "news.db") as store:
        parts = list(_partitions(store, [str(src)], size, stats, False, 10**6, None, workers))
    assert sorted(r.text for p in parts for r in p) == sorted(
        f"Report {i}: the council met on Monday." for i in range(n)
    )
    return [len(p) for p in parts]


def test_the_last_partitions_shrink(tmp_path: Path) -> None:
    # 100 articles, partitions of 16, 2 workers: 80 read ahead; once the sources end, each
    # partition is a quarter of what is left (rounded up, at most 16, at least 1)
    assert _sizes(tmp_path, 100, 16, 2) == [16, 16, 16, 13, 10, 8, 6, 4, 3, 2, 2, 1, 1, 1, 1]


def test_one_worker_and_small_inputs(tmp_path: Path) -> None:
    assert _sizes(tmp_path, 5, 16, 1) == [3, 1, 1]  # ceil(5/2)=3, ceil(2/2)=1, 1


def test_the_first_partitions_go_out_before_the_read_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a worker's first partition is yielded once it is read (16 articles), not after the
    # 5 x 16 read-ahead of 2 workers; the third waits for the read-ahead
    read: list[int] = []
    real = runner.iter_articles

    def counted(*args: object, **kwargs: object) -> Iterator[object]:
        for item in real(*args, **kwargs):  # type: ignore[arg-type]
            read.append(1)
            yield item

    monkeypatch.setattr(runner, "iter_articles", counted)
    src = tmp_path / "in"
    src.mkdir()
    for i in range(200):
        (src / f"a{i:03d}.txt").write_text(f"Report {i}: the council met on Monday.", "utf-8")
    with Store(tmp_path / "news.db") as store:
        parts = runner._partitions(store, [str(src)], 16, IngestStats(), False, 10**6, None, 2)
        seen = []
        for part in parts:
            seen.append((len(part), len(read)))
            if len(seen) == 3:
                break
    assert seen == [(16, 16), (16, 32), (16, 32 + 80)]
