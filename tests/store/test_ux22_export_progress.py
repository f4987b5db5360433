"""ux22: a long export reports its progress (rows read so far) instead of staying silent."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_samples import ankara_article, moscow_article
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store, export


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "parquet"])
@pytest.mark.parametrize("table", ["articles", "entities", "events"])
def test_progress_adds_up_to_the_rows_written(
    filled: Store, tmp_path: Path, fmt: str, table: str
) -> None:
    ticks: list[int] = []
    n = export(
        filled, fmt, tmp_path / f"out.{fmt}", table=table, batch_size=1, progress=ticks.append
    )  # type: ignore[arg-type]
    assert n > 0 and sum(ticks) == n
    assert ticks == [1] * n  # one call per batch of (here) one row


def test_export_without_progress_as_before(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    assert export(filled, "jsonl", out) == 2
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_cli_export_output_is_only_the_count_off_a_terminal(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with Store(db) as store:
        store.add_many([moscow_article(), ankara_article()])
    out = tmp_path / "a.csv"
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output == f"2 rows → {out}\n"
