"""Commands over a whole store: ``export``, ``dedupe`` (corpus tables) and ``serve`` (web UI)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from .. import _shell
from ..errors import NewsgraphError
from . import _signals
from ._app import DEFAULT_DB, DbOpt, app, err, out
from ._common import _check_limit, _empty_store, _fail, _n, _not_counted, _read, _store
from ._examples import examples


@app.command(epilog=examples("export"))
def export(
    db: DbOpt = DEFAULT_DB,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="jsonl, json, csv or parquet (default: from the --out extension).",
        ),
    ] = None,
    out_path: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Output file: .jsonl, .json, .csv or .parquet (- : standard output). "
            "Default: TABLE.FORMAT in the current folder (events.csv; FORMAT jsonl if not given).",
            show_default=False,
        ),
    ] = None,
    table: Annotated[
        str | None,
        typer.Option(
            help="articles, entities, mentions (each entity mention with its offsets), quotes, "
            "events, corpus_events, actors, statements, places, times or framing. Default: "
            "the table --out is named for (events.csv: events), else articles.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Export a store as JSON Lines, JSON, CSV or Parquet (events as GDELT-like rows)."""
    from ..store.export import format_for

    named = _table_named_by(out_path) if table is None else None
    table = table or named or "articles"
    if out_path is None:  # ux27: was newsgraph.jsonl for every table and format
        out_path = Path(f"{table}.{fmt or 'jsonl'}")
    try:
        if str(out_path) == "-" and fmt is None:  # ux25: was 'name it .jsonl...' for '-'
            raise NewsgraphError(
                "--out - (standard output) has no extension to tell the format by: pass "
                "--format jsonl, json or csv."
            )
        chosen = format_for(out_path, fmt)
        if str(out_path) == "-" and chosen == "parquet":
            raise NewsgraphError("Parquet cannot go to standard output: give --out FILE.parquet")
    except NewsgraphError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from None
    if str(out_path) == "-":  # standard output: written to a temporary file, then copied
        import shutil
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"export.{chosen}"
            try:
                n = _exported(db, chosen, path, table)
            except KeyboardInterrupt:
                _interrupted("nothing was written to standard output")
            sys.stdout.flush()
            with path.open("rb") as fh:
                shutil.copyfileobj(fh, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        # a table with no rows says why too (ux28: corpus events of undated articles only)
        line = f"{_n(n, 'row')}{_pairs(db, table, n)} → standard output"
        line += "" if n else _empty_store(db)
        err.print(line, highlight=False)
        return
    try:
        existed = out_path.is_file()
        into_stream = out_path.exists() and not existed  # a device or pipe: written as it goes
    except OSError as exc:  # hard38: a folder on the way not searchable was a traceback
        _fail(f"cannot write {out_path}: {exc.strerror or exc}.")
        raise typer.Exit(2) from None
    try:
        n = _exported(db, chosen, out_path, table)
    except KeyboardInterrupt:  # was silent, exit 130 (ux24)
        if into_stream:
            _interrupted(f"part of the rows went into {out_path}")
        kept = f"the earlier {out_path} is kept unchanged" if existed else "no file was made"
        _interrupted(f"{out_path} was not written ({kept}; a file is written whole or not at all)")
    stream = out_path.exists() and not out_path.is_file()  # /dev/stdout, a pipe: data only
    line = f"{_n(n, 'row')}{_pairs(db, table, n)} → {out_path}"
    line = (f"the {table} table (the file's name; --table for another): " if named else "") + line
    line += "" if n else _empty_store(db)
    (err if stream else out).print(line, highlight=False)


def _table_named_by(out_path: Path | None) -> str | None:
    """The export table a file is named for, ``events.csv`` -> ``events`` (ux40: without
    --table, `export --out events.csv` wrote the articles table into events.csv, without a
    word); None for any other name (the default table, articles, then)."""
    from ..store._tables import TABLES

    if out_path is None or str(out_path) == "-":
        return None
    stem = out_path.name.split(".", 1)[0].lower()
    return stem if stem in TABLES and stem != "articles" else None


def _older_schema_note(db: Path) -> None:
    """A store written by an older newsgraph is served as it is (serve never writes), without
    the indexes added since, such as the timeline's (ux24): say how to bring it up to date."""
    from ..store import SCHEMA_VERSION

    version = _read(db, lambda store: store.schema_version)
    if version < SCHEMA_VERSION:
        err.print(
            f"note: {db} was written by an older newsgraph (schema {version}, now "
            f"{SCHEMA_VERSION}); it is served as it is, but deep timeline and events pages are "
            "faster once it is updated: run newsgraph dedupe --db "
            f"{_shell.arg(db)} once (any write updates it).",
            highlight=False,
            soft_wrap=True,
            markup=False,
        )


def _interrupted(what: str) -> NoReturn:
    """Ctrl-C during export: one line on what was written (it exited 130 in silence)."""
    _fail(f"interrupted: {what}. Run the same command again to export.")
    raise typer.Exit(130)


def _pairs(db: Path, table: str, rows: int) -> str:
    """For the events table, what its rows are when they outnumber the events (ux24: '37 rows'
    beside 'events 28' in stats read as duplicates): one row per source-target pair. For
    corpus events, how many events no row counts for want of a date (ux28: they were missing
    without a word)."""
    if table == "corpus_events":
        note = _not_counted(db)
        return f" ({note})" if note else ""
    if table != "events":
        return ""
    events = _read(db, lambda store: store.count_events())
    if rows == events:
        return ""
    return f" (one per source-target actor pair of {_n(events, 'event')}; docs/gdelt.md)"


def _exported(db: Path, fmt: str, path: Path, table: str) -> int:
    """Export with a progress line on stderr (rows so far, time; gone when done)."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from ..store.export import export as do_export

    bar = Progress(
        SpinnerColumn(),
        TextColumn(f"export {table}: " + "{task.completed:,.0f} rows"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,  # a log or a pipe gets only the final count
    )
    with bar:
        task = bar.add_task("export", total=None)
        return _read(
            db,
            lambda store: do_export(
                store,
                fmt,  # type: ignore[arg-type]
                path,
                table=table,  # type: ignore[arg-type]
                progress=lambda rows: bar.advance(task, rows),
            ),
        )


@app.command(epilog=examples("dedupe"))
def dedupe(db: DbOpt = DEFAULT_DB) -> None:
    """Rebuild the corpus tables: near-duplicate clusters, actors, corpus events, statements."""
    _store(db).close()  # one line, and nothing created, if --db is not a store yet
    try:
        with _store(db, must_exist=False) as store:
            c = store.rebuild_corpus()
    except KeyboardInterrupt:  # was silent, exit 130 (ux24)
        _fail(
            f"interrupted: the corpus tables of {db} are as they were (the rebuild is one "
            "transaction, rolled back). Run the same command again to rebuild them."
        )
        raise typer.Exit(130) from None
    out.print(
        f"{_n(c.articles, 'article')} in {_n(c.clusters, 'story cluster')} "
        f"({_n(c.copies, 'copy', 'copies')}), {_n(c.actors, 'actor')}, "
        f"{_n(c.corpus_events, 'corpus event')}, {_n(c.statements, 'statement')} → {db}",
        highlight=False,
    )


@app.command(epilog=examples("serve"))
def serve(
    db: DbOpt = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    allow_host: Annotated[
        list[str] | None,
        typer.Option("--allow-host", help="Another name clients use for this server (repeatable)."),
    ] = None,
) -> None:
    """Browse a store in a local web page (articles with highlighted evidence, quotes, events)."""
    _check_limit(port, "--port", 65535)
    from ..web.app import bind_warning
    from ..web.app import serve as run_server

    _store(db).close()  # one line now if it is not a store
    empty = _empty_store(db)
    if empty:  # the pages would all be empty: say what to run first (ux23)
        err.print(f"note: {empty[2:]}", highlight=False, soft_wrap=True, markup=False)
    _older_schema_note(db)

    def listening() -> None:  # said once the address is taken, not before (ux24)
        warning = bind_warning(host)
        if warning:
            err.print(warning, highlight=False, soft_wrap=True, markup=False)
        out.print(f"starting the newsgraph web UI on http://{host}:{port}  (Ctrl+C to stop)")

    # hard39: SIGTERM (a service stop) ended the server with no word; uvicorn shuts down and
    # raises the signal again once its own handlers are off, so it lands here as Ctrl-C does
    restore = _signals.stop_on_sigterm()
    try:
        run_server(db, host=host, port=port, allowed_hosts=allow_host or (), on_listening=listening)
    except NewsgraphError as exc:  # the port is taken, the host is not this machine's
        _fail(str(exc))
        raise typer.Exit(2) from None
    except KeyboardInterrupt:  # hard38b: uvicorn's four shutdown lines, now this one
        line = "stopped (SIGTERM)" if _signals.exit_code() == 143 else "stopped"
        err.print(line, highlight=False, markup=False)
        raise typer.Exit(_signals.exit_code()) from None
    finally:
        restore()
