"""The serial ingest runner links each stored batch into the corpus tables."""

from __future__ import annotations

from pathlib import Path

from newsgraph.runner import ingest_sources
from newsgraph.store import Store
from tests.corpus._samples import OTHER, REPRINT, WIRE
from tests.scale._light import LightPipeline


def test_ingest_links_batches_and_leftovers(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for name, text in (("wire.txt", WIRE), ("reprint.txt", REPRINT), ("other.txt", OTHER)):
        (src / name).write_text(text, encoding="utf-8")
    db = tmp_path / "news.db"
    pipe = LightPipeline({"loads": str(tmp_path / "loads.txt")}, batch_size=2)
    stats = ingest_sources(pipe, [str(src)], db, published="2018-08-29", clean=False)  # type: ignore[arg-type]
    assert stats.added == 3
    with Store(db) as store:
        rows = dict(
            store.conn.execute(
                "SELECT a.path, c.is_copy FROM article_clusters c "
                "JOIN articles a ON a.id = c.article_id"
            ).fetchall()
        )
        assert sorted(rows.values()) == [0, 0, 1]  # the two wire stories are one cluster
        # an article stored without the corpus step (a killed run) is linked by the next run
        store.conn.execute(
            "DELETE FROM article_clusters WHERE article_id IN "
            "(SELECT id FROM articles WHERE path LIKE '%other.txt')"
        )
    again = ingest_sources(pipe, [str(src)], db, clean=False)  # type: ignore[arg-type]
    assert (again.added, again.skipped) == (0, 3)
    with Store(db) as store:
        assert store.conn.execute("SELECT count(*) FROM article_clusters").fetchone()[0] == 3
