"""`newsgraph ingest --dask local:1` end to end with the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store

TEXT = (
    "Russian Foreign Minister Sergei Lavrov met his Saudi counterpart Adel al-Jubeir in Moscow "
    'on Wednesday. "The terrorist abscess must be liquidated," Lavrov told reporters.'
)


@pytest.mark.model
def test_ingest_on_a_local_dask_cluster(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(TEXT, encoding="utf-8")
    (src / "b.txt").write_text(TEXT.replace("Wednesday", "Thursday"), encoding="utf-8")
    (src / "empty.txt").write_text("", encoding="utf-8")
    db = tmp_path / "news.db"
    args = ["ingest", str(src), "--db", str(db), "--dask", "local:1", "--published", "2018-08-29"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "2 articles added, 0 already stored, 1 failed" in result.output
    # two articles, one worker: the last partitions shrink to half of what is left (1 each)
    assert len(list((tmp_path / "news.dataset").glob("part-*.parquet"))) == 2
    with Store(db) as store:
        assert store.count() == 2
        (lavrov,) = store.actors(name="Lavrov")
        assert lavrov["n_articles"] == 2
        # the two reports are near-duplicates of one story
        clusters = store.conn.execute(
            "SELECT count(DISTINCT cluster_id), sum(is_copy) FROM article_clusters"
        ).fetchone()
        assert tuple(clusters) == (1, 1)


def test_bad_dask_address_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    args = ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "n.db"), "--dask", "yarn"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert "is not a cluster" in result.output and "Traceback" not in result.output
