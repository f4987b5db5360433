"""ux33 walk: SIGTERM during ``ingest`` (``kill PID``, ``timeout``, a service manager) ended
the run with no line: nothing was lost or stored twice, but nothing said what was kept or how
to resume. It is taken as Ctrl-C is: one line on what is kept, exit 143, and the rerun
resumes. Controls: Ctrl-C still says "interrupted" with exit 130, and the handler the caller
had for SIGTERM is back after the command."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from newsgraph import api
from newsgraph.model import Article, Source, article_id
from newsgraph.nlp.places import gazetteer
from tests._pipeline_stub import fishing_talks, ingest_in_twos


class _Stopping:
    """Stands in for Pipeline (no model); a batch holding ``STOP`` gets ``how``."""

    how = "term"

    def __init__(self, **kw: Any) -> None:
        self.batch_size = 32

    def analyze_many(self, items: Iterable[Any], published: str | None = None) -> Iterator[Any]:
        batch = list(items)
        if any("STOP" in raw.text for raw in batch):
            if _Stopping.how == "term":
                os.kill(os.getpid(), signal.SIGTERM)
            elif _Stopping.how == "int":
                raise KeyboardInterrupt
        for raw in batch:
            yield Article(id=article_id(raw.text), text=raw.text, source=Source(path=raw.path))


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(api, "Pipeline", _Stopping)
    monkeypatch.setattr(gazetteer, "index_ready", lambda: True)
    return fishing_talks(tmp_path / "in", towns=4, marker="STOP", at=2)


def test_sigterm_is_one_line_on_what_is_kept(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: seen.append(signum))
    try:
        monkeypatch.setattr(_Stopping, "how", "term")
        result = ingest_in_twos(folder, tmp_path / "n.db")
        mine = signal.getsignal(signal.SIGTERM)
    finally:
        signal.signal(signal.SIGTERM, previous)
    text = " ".join(result.output.split())
    assert result.exit_code == 143, text
    assert "stopped (SIGTERM): 2 articles stored by this run are kept in" in text
    assert "Run the same command again to resume" in text
    assert seen == []  # the command's handler took it, and the caller's is back after
    assert mine is not None and getattr(mine, "__name__", "") == "<lambda>"
    monkeypatch.setattr(_Stopping, "how", "none")
    rerun = " ".join(ingest_in_twos(folder, tmp_path / "n.db").output.split())
    assert "2 articles added, 2 already stored, 0 failed" in rerun


def test_control_ctrl_c_is_still_interrupted_with_130(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_Stopping, "how", "int")
    result = ingest_in_twos(folder, tmp_path / "n.db")
    assert result.exit_code == 130
    assert "interrupted: 2 articles stored by this run are kept in" in " ".join(
        result.output.split()
    )
