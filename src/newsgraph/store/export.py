"""Export a store as JSON Lines, a JSON array, CSV or Parquet.

``jsonl`` of the ``articles`` table writes each article's full JSON (the shape of
``newsgraph analyze --json``), one per line (``json``: the same objects in one array);
every other combination writes flat
rows of the table (see :mod:`newsgraph.store._tables` for the columns; the events
table has GDELT-style columns). Rows are read from SQLite in batches and written as
they come, so memory stays flat for big stores; Parquet gets one row group per batch.
Output is written to a temporary file beside ``out`` and moved into place at the
end: an interrupted export never leaves a half-written file under ``out``'s name. An
``out`` that exists but is no regular file (a device, a pipe, ``/dev/stdout``) is written
into, never replaced; a directory, or a place that cannot be written, is one StoreError.
Identical stores give byte-identical jsonl and csv files.
"""

from __future__ import annotations

import contextlib
import contextvars
import csv
import dataclasses
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, Literal

import pyarrow as pa
import pyarrow.parquet as pq

from ._errors import StoreError
from ._rows import evidence
from ._tables import REGISTRY_SCHEMA, TABLES, Kind, Table
from .sqlite import Store

Format = Literal["jsonl", "json", "csv", "parquet"]
TableName = Literal[
    "articles",
    "entities",
    "quotes",
    "events",
    "corpus_events",
    "actors",
    "statements",
    "places",
    "times",
    "framing",
]
FORMATS: tuple[str, ...] = ("jsonl", "json", "csv", "parquet")
#: The format each output file extension stands for.
EXTENSIONS: dict[str, str] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".parquet": "parquet",
}

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
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write ``table`` of ``store`` to ``out`` in format ``fmt``; returns the rows written.

    ``progress``: called with the number of rows read from the store after each batch.
    """
    token = _PROGRESS.set(progress)
    try:
        return _export(store, fmt, out, table, batch_size)
    finally:
        _PROGRESS.reset(token)


#: the caller's progress callback while an export runs (read by _batches)
_PROGRESS: contextvars.ContextVar[Callable[[int], None] | None] = contextvars.ContextVar(
    "export_progress", default=None
)


def _export(store: Store, fmt: Format, out: str | Path, table: TableName, batch_size: int) -> int:
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}.")
    if table not in TABLES:
        raise StoreError(f"unknown export table {table!r}: use one of {', '.join(TABLES)}.")
    out = Path(out)
    try:  # hard38: a folder on the way that cannot be searched made these checks raise
        if out.is_dir():
            raise StoreError(f"{out} is a directory: give a file name, e.g. {out / ('x.' + fmt)}")
        above = out.parent  # a folder on the way that is a file: mkdir said 'File exists' (ux24)
        while not above.exists() and above != above.parent:
            above = above.parent
        if above.exists() and not above.is_dir():
            raise StoreError(f"cannot write {out}: {above} is a file, not a folder.")
        if out.exists() and not out.is_file():  # a device, a pipe, /dev/stdout: never replaced
            return _export_into_stream(store, fmt, out, table, batch_size)
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(f".{out.name}.partial")
        try:
            n = _write(store, fmt, tmp, table, batch_size)
            os.replace(tmp, out)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
    except OSError as err:  # no permission, a read-only or full disk, a name too long
        raise StoreError(f"cannot write {out}: {err.strerror or err}.") from None
    return n


def _write(store: Store, fmt: Format, path: Path, table: TableName, batch_size: int) -> int:
    if fmt in ("jsonl", "json") and table == "articles":
        return _write_lines(_article_json(store.conn, batch_size), path, fmt == "json")
    t = TABLES[table]
    if t.before_registry is not None and store.schema_version < REGISTRY_SCHEMA:
        t = dataclasses.replace(t, sql=t.before_registry)  # a store older than the registry
    if fmt in ("jsonl", "json"):
        return _write_lines(_row_json(store.conn, t, batch_size), path, fmt == "json")
    if fmt == "csv":
        return _write_csv(store.conn, t, path, batch_size)
    return _write_parquet(store.conn, t, path, batch_size)


def _export_into_stream(
    store: Store, fmt: Format, out: Path, table: TableName, batch_size: int
) -> int:
    """Export into a file that is not a regular one (a device, a pipe): written to a
    temporary file first, then copied in, so the device itself is never replaced."""
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"export.{fmt}"
        n = _write(store, fmt, path, table, batch_size)
        with path.open("rb") as src, out.open("wb") as dst:
            shutil.copyfileobj(src, dst)
    return n


def arrow_schema(table: TableName) -> pa.Schema:
    """The explicit Parquet schema of an export table."""
    return pa.schema([pa.field(name, _ARROW[kind]) for name, kind in TABLES[table].columns])


def _open_text(path: Path) -> IO[str]:
    return path.open("w", encoding="utf-8", newline="")


def _batches(conn: sqlite3.Connection, sql: str, size: int) -> Iterator[list[Any]]:
    cur = conn.execute(sql)
    tick = _PROGRESS.get()
    while rows := cur.fetchmany(size):
        if tick is not None:
            tick(len(rows))
        yield rows


def _typed_rows(conn: sqlite3.Connection, t: Table, size: int) -> Iterator[list[list[Any]]]:
    """Batches of rows with values converted to their column kinds."""
    kinds = [kind for _, kind in t.columns]
    if t.fill is not None or t.evidence is not None:
        names = [name for name, _ in t.columns]
        sentences = _Sentences(conn, t.evidence) if t.evidence is not None else None
        for rows in _batches(conn, t.sql, size):
            out = []
            for row in rows:
                values = dict(row)
                if t.fill is not None:
                    t.fill(values)
                if sentences is not None:
                    sentences.fill(values)
                out.append([_convert(values[n], k) for n, k in zip(names, kinds, strict=True)])
            yield out
        return
    for rows in _batches(conn, t.sql, size):
        yield [[_convert(v, k) for v, k in zip(row, kinds, strict=True)] for row in rows]


class _Sentences:
    """Fills a row's ``evidence`` columns: the sentence(s) around its characters.

    Rows come ordered by article, so each article's text is read once (never a copy of it
    per row), however many rows it has.
    """

    def __init__(self, conn: sqlite3.Connection, bounds: tuple[str, str]) -> None:
        self._conn = conn
        self._bounds = bounds
        self._article: str | None = None
        self._text = ""

    def fill(self, values: dict[str, Any]) -> None:
        if values["article_id"] != self._article:
            self._article = values["article_id"]
            row = self._conn.execute(
                "SELECT text FROM articles WHERE id = ?", (self._article,)
            ).fetchone()
            self._text = row[0] if row is not None else ""
        start, end = (values[b] for b in self._bounds)
        values.update(evidence(self._text, start, end))


def _convert(value: Any, kind: Kind) -> Any:
    if value is None:
        return None
    if kind == "bool":
        return bool(value)
    if kind == "list":
        return json.loads(value)
    return value


def format_for(out: str | Path, fmt: str | None = None) -> str:
    """The export format for writing ``out``: ``fmt`` if given, else from its extension.

    Raises :class:`StoreError` when the extension is unknown and no ``fmt`` is given, or
    when the extension names another format than ``fmt``.
    """
    suffix = Path(out).suffix.lower()
    implied = EXTENSIONS.get(suffix)
    if fmt is None:
        if implied is None and os.path.isdir(out):  # hard38: "cannot tell the format from exp"
            raise StoreError(
                f"{out} is a directory: give a file name, e.g. {Path(out) / 'x.jsonl'}"
            )
        if implied is None:
            known = ", ".join(EXTENSIONS)
            raise StoreError(
                f"cannot tell the export format from {out}: name it {known}, or pass --format."
            )
        return implied
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}.")
    if implied is not None and implied != fmt:
        raise StoreError(f"--format {fmt} but {out} ends in {suffix} ({implied}): make them agree.")
    return fmt


def _article_json(conn: sqlite3.Connection, size: int) -> Iterator[str]:
    for rows in _batches(conn, "SELECT json FROM articles ORDER BY id", size):
        for (text,) in rows:
            yield text


def _row_json(conn: sqlite3.Connection, t: Table, size: int) -> Iterator[str]:
    names = [name for name, _ in t.columns]
    for rows in _typed_rows(conn, t, size):
        for row in rows:
            yield json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False)


def _write_lines(items: Iterator[str], path: Path, as_array: bool) -> int:
    """One JSON value per line (JSON Lines), or with ``as_array`` one JSON array."""
    n = 0
    with _open_text(path) as f:
        if as_array:
            f.write("[")
        for text in items:
            if as_array:
                f.write(",\n" if n else "\n")
            f.write(text)
            if not as_array:
                f.write("\n")
            n += 1
        if as_array:
            f.write("\n]\n" if n else "]\n")
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
