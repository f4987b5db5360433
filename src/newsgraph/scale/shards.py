"""Parquet shards: one file per partition of analysed articles, written atomically.

A shard holds one row per article: its id, its full JSON (``Article.to_dict()``, the
record the store keeps), a few flat columns (published, outlet, url, title, counts) so
that DuckDB or pyarrow can query a dataset folder of shards directly, and ``rows``: the
article's store rows by table and its MinHash signature, made by the worker so that
merging a shard only inserts (shards written before ``rows`` existed are merged from their
JSON). A shard is written to a temporary name and renamed into place, so a worker killed
mid-write leaves no shard, never half of one. The partition's articles that failed (each
input and its reason) are kept in the file's metadata: a rerun does not reuse such a shard
(hard39: it skipped the partition, so their lines were lost and an article over a budget the
rerun raised was never stored).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..corpus.minhash import signature, to_blob
from ..model import Article, article_from_dict
from ..store._rows import dumps
from ..store.sqlite import article_rows

SCHEMA = pa.schema(
    [
        pa.field("id", pa.string()),
        pa.field("published", pa.string()),
        pa.field("outlet", pa.string()),
        pa.field("url", pa.string()),
        pa.field("title", pa.string()),
        pa.field("n_quotes", pa.int64()),
        pa.field("n_events", pa.int64()),
        pa.field("json", pa.string()),
        pa.field("rows", pa.string()),
    ]
)


def dataset_dir(db: str | Path) -> Path:
    """The shard folder beside a store: ``news.db`` -> ``news.dataset/``."""
    p = Path(db)
    return p.with_name(p.stem + ".dataset")


def shard_name(article_ids: Iterable[str]) -> str:
    """A partition's shard file name, from the ids of the articles in it."""
    digest = hashlib.sha1("\n".join(sorted(article_ids)).encode("utf-8")).hexdigest()[:20]
    return f"part-{digest}.parquet"


#: the file-metadata key of the partition's failures, a JSON list of [source, reason]
_FAILURES = b"newsgraph.failures"


def write(path: Path, articles: list[Article], failures: Iterable[tuple[str, str]] = ()) -> None:
    """Write ``articles`` (and the partition's ``failures``) to the shard ``path``
    atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    columns: dict[str, list[object]] = {f.name: [] for f in SCHEMA}
    for a in articles:
        columns["id"].append(a.id)
        columns["published"].append(a.published)
        columns["outlet"].append(a.source.outlet)
        columns["url"].append(a.source.url)
        columns["title"].append(a.title)
        columns["n_quotes"].append(len(a.quotes))
        columns["n_events"].append(len(a.events))
        rows: dict[str, Any] = dict(article_rows(a))
        rows["article_signatures"] = [
            {"article_id": a.id, "minhash": to_blob(signature(a.text)).hex()}
        ]
        head = rows["articles"][0]
        columns["json"].append(head.pop("json"))  # the store's compact JSON of the article
        columns["rows"].append(dumps(rows))
    meta = {_FAILURES: json.dumps([list(f) for f in failures]).encode("utf-8")}
    table = pa.table(columns, schema=SCHEMA.with_metadata(meta))
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        pq.write_table(table, tmp)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def read_failures(path: Path) -> list[tuple[str, str]]:
    """The failures of the partition a shard was written for (none for a shard written
    before they were kept)."""
    meta = pq.read_schema(path).metadata or {}
    return [(str(source), str(reason)) for source, reason in json.loads(meta.get(_FAILURES, b"[]"))]


def read(path: Path) -> Iterator[Article]:
    """The articles of one shard, in the order written."""
    with pq.ParquetFile(path) as shard:
        table = shard.read(columns=["json"], use_threads=False)
    for text in table.column("json").to_pylist():
        yield article_from_dict(json.loads(text))


def read_rows(path: Path) -> list[dict[str, list[dict[str, Any]]]] | None:
    """The store rows of one shard's articles (:func:`~newsgraph.store.sqlite.article_rows`),
    or None for a shard written without them."""
    with pq.ParquetFile(path) as shard:  # one open for schema and columns; no dataset API
        if "rows" not in shard.schema_arrow.names:
            return None
        table = shard.read(columns=["json", "rows"], use_threads=False)  # no thread pool
    out = []
    for text, rows_json in zip(
        table.column("json").to_pylist(), table.column("rows").to_pylist(), strict=True
    ):
        rows = json.loads(rows_json)
        rows["articles"][0]["json"] = text
        for sig in rows.get("article_signatures", []):
            sig["minhash"] = bytes.fromhex(sig["minhash"])
        out.append(rows)
    return out
