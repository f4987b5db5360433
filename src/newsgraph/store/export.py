"""Export a store as JSON Lines, CSV or Parquet.

``jsonl`` of the ``articles`` table writes each article's full JSON (the shape of
``newsgraph analyze --json``), one per line; every other combination writes flat
rows of the table (see :mod:`newsgraph.store._tables` for the columns; the events
table has GDELT-style columns). Rows are read from SQLite in batches and written as
they come, so memory stays flat for big stores; Parquet gets one row group per batch.
Output is written to a temporary file beside ``out`` and moved into place at the
end: an interrupted export never leaves a half-written file under ``out``'s name.
Identical stores give byte-identical jsonl and csv files.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Literal

import pyarrow as pa
import pyarrow.parquet as pq

from ._errors import StoreError
from ._tables import TABLES, Kind, Table
from .sqlite import Store

Format = Literal["jsonl", "csv", "parquet"]
TableName = Literal["articles", "entities", "quotes", "events", "places", "times"]
FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")

_ARROW: dict[Kind, pa.DataType] = {
    "str": pa.string(),
    "int": pa.int64(),
    "float": pa.float64(),
    "bool": pa.bool_(),
    "list": pa.list_(pa.string()),
}


def export(
    store: Store,
    fmt: Format,
    out: str | Path,
    *,
    table: TableName = "articles",
    batch_size: int = 2000,
) -> int:
    """Write ``table`` of ``store`` to ``out`` in format ``fmt``; returns the rows written."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}.")
    if table not in TABLES:
        raise StoreError(f"unknown export table {table!r}: use one of {', '.join(TABLES)}.")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.partial")
    try:
        if fmt == "jsonl" and table == "articles":
            n = _write_article_jsonl(store.conn, tmp, batch_size)
        elif fmt == "jsonl":
            n = _write_row_jsonl(store.conn, TABLES[table], tmp, batch_size)
        elif fmt == "csv":
            n = _write_csv(store.conn, TABLES[table], tmp, batch_size)
        else:
            n = _write_parquet(store.conn, TABLES[table], tmp, batch_size)
        os.replace(tmp, out)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return n


def arrow_schema(table: TableName) -> pa.Schema:
    """The explicit Parquet schema of an export table."""
    return pa.schema([pa.field(name, _ARROW[kind]) for name, kind in TABLES[table].columns])


def _open_text(path: Path) -> IO[str]:
    return path.open("w", encoding="utf-8", newline="")


def _batches(conn: sqlite3.Connection, sql: str, size: int) -> Iterator[list[Any]]:
    cur = conn.execute(sql)
    while rows := cur.fetchmany(size):
        yield rows


def _typed_rows(conn: sqlite3.Connection, t: Table, size: int) -> Iterator[list[list[Any]]]:
    """Batches of rows with values converted to their column kinds."""
    kinds = [kind for _, kind in t.columns]
    for rows in _batches(conn, t.sql, size):
        yield [[_convert(v, k) for v, k in zip(row, kinds, strict=True)] for row in rows]


def _convert(value: Any, kind: Kind) -> Any:
    if value is None:
        return None
    if kind == "bool":
        return bool(value)
    if kind == "list":
        return json.loads(value)
    return value


def _write_article_jsonl(conn: sqlite3.Connection, path: Path, size: int) -> int:
    n = 0
    with _open_text(path) as f:
        for rows in _batches(conn, "SELECT json FROM articles ORDER BY id", size):
            for (text,) in rows:
                f.write(text)
                f.write("\n")
            n += len(rows)
    return n


def _write_row_jsonl(conn: sqlite3.Connection, t: Table, path: Path, size: int) -> int:
    names = [name for name, _ in t.columns]
    n = 0
    with _open_text(path) as f:
        for rows in _typed_rows(conn, t, size):
            for row in rows:
                f.write(json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False))
                f.write("\n")
            n += len(rows)
    return n


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(value)
    return value


def _write_csv(conn: sqlite3.Connection, t: Table, path: Path, size: int) -> int:
    n = 0
    with _open_text(path) as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow([name for name, _ in t.columns])
        for rows in _typed_rows(conn, t, size):
            writer.writerows([_csv_cell(v) for v in row] for row in rows)
            n += len(rows)
    return n


def _write_parquet(conn: sqlite3.Connection, t: Table, path: Path, size: int) -> int:
    schema = pa.schema([pa.field(name, _ARROW[kind]) for name, kind in t.columns])
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        for rows in _typed_rows(conn, t, size):
            arrays = [
                pa.array(col, type=field.type)
                for col, field in zip(zip(*rows, strict=True), schema, strict=True)
            ]
            writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=schema))
            n += len(rows)
        if n == 0:
            writer.write_table(schema.empty_table())
    return n
