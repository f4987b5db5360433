"""ux23: Ctrl-C during ``newsgraph analyze`` is one line saying what was printed and that
nothing is stored (click said only "Aborted!", exit 1)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsgraph import api, cli
from newsgraph.model import Article, Source, article_id
from newsgraph.nlp.places import gazetteer


class _Interrupting:
    """Stands in for Pipeline (no model): Ctrl-C when it reaches a text holding ``STOP``."""

    def __init__(self, **kw: Any) -> None:
        self.batch_size = 32

    def analyze_many(self, items: Iterable[Any], published: str | None = None) -> Iterator[Any]:
        for raw in items:
            if "STOP" in raw.text:
                raise KeyboardInterrupt
            yield Article(id=article_id(raw.text), text=raw.text, source=Source(path=raw.path))


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(api, "Pipeline", _Interrupting)
    monkeypatch.setattr(gazetteer, "index_ready", lambda: True)
    (tmp_path / "in").mkdir()
    towns = ["Oslo", "Bergen", "Lima"]
    for i, town in enumerate(towns):
        body = f"Ministers of Norway and Chile met in {town} on Monday to discuss item {i}."
        (tmp_path / "in" / f"a{i}.txt").write_text(f"Talks in {town}\n\n{body}\n")
    return tmp_path / "in"


def test_ctrl_c_during_analyze_is_one_line(folder: Path) -> None:
    (folder / "a2.txt").write_text("Talks in Lima\n\nMinisters met in Lima. STOP\n")
    result = CliRunner().invoke(cli.app, ["analyze", str(folder), "--jsonl"])
    assert result.exit_code == 130
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert errors == [
        "error: interrupted: 2 articles printed, 0 failed; analyze stores nothing "
        "(newsgraph ingest SOURCES --db DB keeps the results and resumes)."
    ]
    assert "Aborted" not in result.output


def test_analyze_without_ctrl_c_is_unchanged(folder: Path) -> None:
    result = CliRunner().invoke(cli.app, ["analyze", str(folder), "--jsonl"])
    assert result.exit_code == 0, result.output
    assert len([line for line in result.output.splitlines() if line.startswith("{")]) == 3
    assert "interrupted" not in result.output
