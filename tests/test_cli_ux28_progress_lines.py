"""ux28: a long ``ingest`` said nothing until it ended when its progress could not be drawn
live: with stderr in a log file or a pipe (not a terminal) rich shows the bar once, at the
end, and ``--workers N`` / ``--dask`` showed a spinner with no count at all. A plain line
('ingest: 8 added, 0 already stored, 0 failed (0:31 so far)') comes at most every
``PROGRESS_EVERY`` seconds now, and the Dask spinner counts. Controls: no plain line before
the interval has passed, and none on a terminal (the live bar shows the count there)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from typer.testing import CliRunner

from newsgraph import cli, runner
from newsgraph.ingest import Failure
from newsgraph.model import Article, Source
from newsgraph.runner import IngestStats, ProgressLines, ingest_sources


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_line_at_most_every_interval() -> None:
    buf, clock = io.StringIO(), _Clock()
    lines = ProgressLines(Console(file=buf, width=200), "ingest", clock=clock)
    for at, added in ((10, 3), (29, 5), (31, 8), (45, 9), (62, 12)):
        clock.now = 1000.0 + at
        lines(IngestStats(added=added, skipped=1, failed=2))
    assert buf.getvalue().splitlines() == [
        "ingest: 8 added, 1 already stored, 2 failed (0:31 so far)",
        "ingest: 12 added, 1 already stored, 2 failed (1:02 so far)",
    ]


class _Pipeline:
    batch_size = 2
    config: dict[str, Any] = {}

    def analyze_many(self, items: Iterable[Any], published: str | None = None) -> Iterator[Any]:
        for raw in items:
            if isinstance(raw, Failure):
                yield raw
                continue
            yield Article(id=raw.article_id, text=raw.text, source=Source(path=raw.path))


def _jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text(
        "".join(
            json.dumps({"text": f"Talks number {i}\n\nMinisters met in Oslo for talks {i}."}) + "\n"
            for i in range(6)
        )
    )
    return path


def _ingest(tmp_path: Path, terminal: bool) -> list[str]:
    buf = io.StringIO()
    console = Console(file=buf, width=200, force_terminal=terminal)
    ingest_sources(
        _Pipeline(),  # type: ignore[arg-type]
        [str(_jsonl(tmp_path))],
        tmp_path / "n.db",
        console=console,
    )
    return [line for line in buf.getvalue().splitlines() if "already stored" in line]


def test_an_ingest_logged_to_a_file_says_its_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runner, "PROGRESS_EVERY", 0.0)  # a line at every commit
    lines = _ingest(tmp_path, terminal=False)
    assert [line.split(" (")[0] for line in lines] == [
        "ingest: 2 added, 0 already stored, 0 failed",
        "ingest: 4 added, 0 already stored, 0 failed",
        "ingest: 6 added, 0 already stored, 0 failed",
    ]


def test_control_no_plain_lines_before_the_interval_or_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _ingest(tmp_path, terminal=False) == []  # 30 s have not passed
    monkeypatch.setattr(runner, "PROGRESS_EVERY", 0.0, raising=False)
    (tmp_path / "b").mkdir()
    assert _ingest(tmp_path / "b", terminal=True) == []


def test_a_dask_ingest_logged_to_a_file_says_its_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsgraph.scale as scale

    def fake_ingest_dask(sources: list[str], db: Path, spec: Any, config: Any, **kw: Any) -> Any:
        stats = kw["stats"]
        for added in (32, 64):
            stats.added = added
            if kw.get("on_progress"):
                kw["on_progress"](stats)
        return stats

    monkeypatch.setattr(scale, "ingest_dask", fake_ingest_dask)
    monkeypatch.setattr(runner, "PROGRESS_EVERY", 0.0)
    src = _jsonl(tmp_path)
    result = CliRunner().invoke(
        cli.app, ["ingest", str(src), "--db", str(tmp_path / "n.db"), "--workers", "2"]
    )
    lines = [line.split(" (")[0] for line in result.output.splitlines() if "so far" in line]
    assert lines == [
        "ingest: 32 added, 0 already stored, 0 failed",
        "ingest: 64 added, 0 already stored, 0 failed",
    ], result.output
