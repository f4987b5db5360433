"""ux23: Ctrl-C during ``ingest --workers N`` / ``--dask`` says what is kept and how to
resume (as the single-process path does), and the rerun loses and duplicates nothing."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from newsgraph.ingest import Failure, RawArticle
from newsgraph.model import Article, Source, article_id
from newsgraph.nlp.places import gazetteer
from newsgraph.scale import runner
from newsgraph.store.sqlite import Store
from tests._pipeline_stub import fishing_talks, ingest_in_twos


class _Plain:
    """Stands in for the worker's Pipeline (no model)."""

    def analyze_many(
        self, items: Iterable[RawArticle | Failure], published: str | None = None
    ) -> Iterator[Article | Failure]:
        for raw in items:
            assert isinstance(raw, RawArticle)
            yield Article(id=article_id(raw.text), text=raw.text, source=Source(path=raw.path))


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from distributed import Client, LocalCluster

    def in_process(spec: Any) -> tuple[Any, Any]:  # the workers are threads of this process
        cluster = LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0"
        )
        return Client(cluster), cluster

    monkeypatch.setattr(runner, "_client", in_process)
    monkeypatch.setattr(runner, "worker_pipeline", lambda config, batch_size: _Plain())
    monkeypatch.setattr(gazetteer, "index_ready", lambda: True)
    return fishing_talks(tmp_path / "in")


def _ctrl_c_at_second_merge(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Ctrl-C while the client merges its second lot of shards (after writing their rows,
    before the commit): that merge must be rolled back whole. Returns the switch to disarm."""
    merge = runner.merge_shards
    calls = []
    armed = [True]

    def interrupted(store: Any, paths: list[Path], *args: Any) -> tuple[int, int]:
        calls.append(paths)
        if armed[0] and len(calls) == 2:
            store.add_rows(
                [r for p in paths for r in runner.shards.read_rows(p) or []], commit=False
            )
            raise KeyboardInterrupt
        return merge(store, paths, *args)

    monkeypatch.setattr(runner, "merge_shards", interrupted)
    return armed


@pytest.mark.parametrize("option", [["--workers", "2"], ["--dask", "local:2"]])
def test_ctrl_c_in_a_parallel_run_is_one_line_and_the_rerun_resumes(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, option: list[str]
) -> None:
    db = tmp_path / "n.db"
    armed = _ctrl_c_at_second_merge(monkeypatch)
    result = ingest_in_twos(folder, db, *option)
    assert result.exit_code == 130, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, result.output
    m = re.fullmatch(
        r"error: interrupted: (\d) articles? stored by this run (?:is|are) kept in (.+) "
        r"\(0 already there, 0 failed\); partitions the workers finished are kept in (.+) "
        r"and merged by the rerun without analysing them again\. Run the same command again to "
        r"resume: stored articles are skipped, nothing is stored twice\.",
        lines[0],
    )
    assert m, lines[0]
    assert Path(m[2]) == db and Path(m[3]).name == "n.dataset"
    with Store(db, read_only=True) as store:
        kept = store.count()
    assert kept == int(m[1]) and 0 < kept < 6  # the second merge was rolled back whole
    armed[0] = False
    again = ingest_in_twos(folder, db, *option)
    assert again.exit_code == 0, again.output
    assert f"{6 - kept} articles added, {kept} already stored, 0 failed" in again.output
    with Store(db, read_only=True) as store:
        assert store.count() == 6
        ids = [r[0] for r in store.conn.execute("SELECT id FROM articles")]
    assert len(set(ids)) == 6


def test_a_parallel_run_without_ctrl_c_is_unchanged(folder: Path, tmp_path: Path) -> None:
    result = ingest_in_twos(folder, tmp_path / "n.db", "--workers", "2")
    assert result.exit_code == 0, result.output
    assert "6 articles added, 0 already stored, 0 failed" in result.output
    assert "interrupted" not in result.output


def test_a_parallel_run_that_stores_nothing_leaves_no_store(folder: Path, tmp_path: Path) -> None:
    """(ux23, the same promise as the single-process path: tests/test_cli_no_empty_store.py)"""
    for path in folder.iterdir():
        path.write_text("")  # every input fails: empty
    db = tmp_path / "n.db"
    result = ingest_in_twos(folder, db, "--workers", "2")
    assert result.exit_code == 1
    line = f"0 articles added, 0 already stored, 6 failed → nothing stored, {db} not created"
    assert line in " ".join(result.output.split())
    assert not db.exists() and not (tmp_path / "n.dataset").exists()


class _FakeCluster:
    def close(self) -> None:  # what distributed says when it kills workers Ctrl-C reached
        logging.getLogger("distributed.nanny").warning(
            "Worker process still alive after 4.0 seconds, killing"
        )


class _FakeClient:
    def __init__(self, error: type[BaseException]) -> None:
        self.error = error

    def scheduler_info(self) -> dict[str, Any]:
        raise self.error  # the run stops here: Ctrl-C (or another error)

    def close(self) -> None:
        pass


def _stopped_by(
    error: type[BaseException], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> list[str]:
    """A run on a local cluster stopped by ``error``: the distributed lines logged."""
    monkeypatch.setattr(runner, "_client", lambda spec: (_FakeClient(error), _FakeCluster()))
    logger = logging.getLogger("distributed")
    level = logger.level
    seen: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: seen.append(record.getMessage())  # type: ignore[method-assign]
    logger.addHandler(handler)
    try:
        with pytest.raises(error):
            runner.ingest_dask(["x"], tmp_path / "n.db", runner.DaskSpec(workers=1), {})
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    return seen


def test_ctrl_c_hides_the_lines_of_the_local_cluster_shutting_down(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _stopped_by(KeyboardInterrupt, monkeypatch, tmp_path) == []


def test_another_error_keeps_the_lines_of_the_cluster(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # control: only Ctrl-C (the user stopped the run on purpose) silences the shutdown lines
    seen = _stopped_by(RuntimeError, monkeypatch, tmp_path)
    assert seen == ["Worker process still alive after 4.0 seconds, killing"]
