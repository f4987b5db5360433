"""Shards carry the store rows the worker made; merging them stores exactly what
``Store.add_many`` stores, and shards written before the rows existed still merge."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsgraph.scale import shards
from newsgraph.scale.runner import merge_shard
from newsgraph.store import Store
from newsgraph.store.corpus import dedupe
from tests.store.store_samples import ankara_article, moscow_article

TABLES = (
    "articles",
    "entities",
    "mentions",
    "quotes",
    "places",
    "times",
    "events",
    "event_actors",
    "framing",
    "article_tone",
    "article_signatures",
    "article_clusters",
)


def _contents(db: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(db)
    out = {}
    for table in TABLES:
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "added_at"]
        rows = conn.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
        out[table] = sorted(rows, key=repr)
    conn.close()
    return out


def test_merged_rows_equal_add_many(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    articles = [moscow_article(), ankara_article()]
    shard = tmp_path / "part-x.parquet"
    shards.write(shard, articles)
    assert "rows" in pq.read_schema(shard).names

    def no_signature(text: str) -> None:
        raise AssertionError("the client computed a MinHash the worker had made")

    monkeypatch.setattr(dedupe, "signature", no_signature)
    with Store(tmp_path / "merged.db") as store:
        assert merge_shard(store, shard, store.corpus_linker()) == (2, 2)
        assert merge_shard(store, shard, store.corpus_linker()) == (2, 0)  # idempotent
        linked = store.conn.execute("SELECT count(*) FROM article_clusters").fetchone()[0]
        assert linked == 2
    monkeypatch.undo()
    with Store(tmp_path / "direct.db") as store:
        assert store.add_many(articles) == 2
        store.corpus_linker().add(a.id for a in articles)  # signatures computed here
    merged, direct = _contents(tmp_path / "merged.db"), _contents(tmp_path / "direct.db")
    assert len(merged["quotes"]) == len(moscow_article().quotes) + len(ankara_article().quotes)
    assert len(merged["article_signatures"]) == 2 and len(merged["article_clusters"]) == 2
    assert merged == direct
    with Store(tmp_path / "merged.db") as store:
        assert store.get(articles[0].id) == articles[0]


def test_a_shard_without_rows_still_merges(tmp_path: Path) -> None:
    articles = [moscow_article(), ankara_article()]
    shard = tmp_path / "part-old.parquet"
    shards.write(shard, articles)
    table = pq.read_table(shard).drop_columns(["rows"])  # as written before the rows column
    pq.write_table(table, shard)
    assert shards.read_rows(shard) is None
    with Store(tmp_path / "old.db") as store:
        assert merge_shard(store, shard, store.corpus_linker()) == (2, 2)
    with Store(tmp_path / "direct.db") as store:
        store.add_many(articles)
        store.corpus_linker().add(a.id for a in articles)
    assert _contents(tmp_path / "old.db") == _contents(tmp_path / "direct.db")
