"""ux33 walk: Ctrl-C during ``ingest --workers N`` / ``--dask`` that lands while finished
partitions are being merged (committed, not yet counted) said "8 articles stored by this run
are kept" of a store holding 28: the line counts the articles that reached the store. Control:
a run interrupted with its count up to date says that count."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsgraph import cli
from newsgraph.cli import analyze
from newsgraph.model import Article, article_id
from newsgraph.store.sqlite import Store


def _articles(n: int, start: int = 0) -> list[Article]:
    texts = [f"Talks {i}\n\nMinisters met in Oslo on day {i}." for i in range(start, start + n)]
    return [Article(id=article_id(t), text=t) for t in texts]


def _fake_run(counted: int, merged: int) -> Any:
    def run(spec: str, sources: list[str], db: Path, options: Any, **kw: Any) -> None:
        with Store(db) as store:  # partitions merged and committed
            store.add_many(_articles(merged))
        kw["stats"].added = counted  # the run's count before the last merge returned
        raise KeyboardInterrupt

    return run


def _ingest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, counted: int, merged: int) -> str:
    monkeypatch.setattr(analyze, "_ingest_dask", _fake_run(counted, merged))
    (tmp_path / "a.txt").write_text("Talks\n\nMinisters met.\n")
    db = tmp_path / "n.db"
    args = ["ingest", str(tmp_path / "a.txt"), "--db", str(db), "--workers", "2"]
    result = CliRunner().invoke(cli.app, args)
    assert result.exit_code == 130
    return " ".join(result.output.split())


def test_the_interrupted_line_counts_what_reached_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _ingest(tmp_path, monkeypatch, counted=2, merged=5)
    assert "interrupted: 5 articles stored by this run are kept in" in text


def test_control_an_up_to_date_count_is_said_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _ingest(tmp_path, monkeypatch, counted=3, merged=3)
    assert "interrupted: 3 articles stored by this run are kept in" in text
