"""ux22: Ctrl-C during ``newsgraph ingest`` says what is kept and how to resume; reruns resume."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from newsgraph import api
from newsgraph.ingest import RawArticle
from newsgraph.model import Article, Source, article_id
from newsgraph.nlp.places import gazetteer
from newsgraph.store.sqlite import Store
from tests._pipeline_stub import fishing_talks, ingest_in_twos


class _Interrupting:
    """Stands in for Pipeline (no model); a batch holding ``STOP`` gets Ctrl-C while armed."""

    armed = True

    def __init__(self, **kw: Any) -> None:
        self.batch_size = 32

    def analyze_many(self, items: Iterable[Any], published: str | None = None) -> Iterator[Any]:
        batch = list(items)
        assert all(isinstance(raw, RawArticle) for raw in batch)
        if _Interrupting.armed and any("STOP" in raw.text for raw in batch):
            raise KeyboardInterrupt
        for raw in batch:
            yield Article(id=article_id(raw.text), text=raw.text, source=Source(path=raw.path))


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(api, "Pipeline", _Interrupting)
    monkeypatch.setattr(gazetteer, "index_ready", lambda: True)
    monkeypatch.setattr(_Interrupting, "armed", True)
    return fishing_talks(tmp_path / "in", marker="STOP")


def test_ctrl_c_is_one_line_and_the_rerun_resumes(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "n.db"
    result = ingest_in_twos(folder, db)
    assert result.exit_code == 130
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert lines == [
        f"error: interrupted: 4 articles stored by this run are kept in {db} (0 already "
        "there, 0 failed); the batch being analysed was not stored. Run the same command "
        "again to resume: stored articles are skipped."
    ]
    with Store(db, read_only=True) as store:
        assert store.count() == 4
    _Interrupting.armed = False
    again = ingest_in_twos(folder, db)
    assert again.exit_code == 0, again.output
    assert "2 articles added, 4 already stored, 0 failed" in again.output
    with Store(db, read_only=True) as store:
        assert store.count() == 6


def test_a_run_without_ctrl_c_is_unchanged(folder: Path, tmp_path: Path) -> None:
    _Interrupting.armed = False
    result = ingest_in_twos(folder, tmp_path / "n.db")
    assert result.exit_code == 0, result.output
    assert "6 articles added, 0 already stored, 0 failed" in result.output
    assert "interrupted" not in result.output
