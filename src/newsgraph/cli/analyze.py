"""Commands that read sources: ``extract`` (no NLP), ``analyze`` (print) and ``ingest`` (store)."""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from rich.markup import escape

from .. import _shell
from ..errors import NewsgraphError
from ._app import (
    DEFAULT_DB,
    ActorsOpt,
    AgentsOpt,
    DbOpt,
    MaxBytesOpt,
    MaxCharsOpt,
    NoCleanOpt,
    NonEnglishOpt,
    PatternsOpt,
    SourcesArg,
    StrictOpt,
    TimeoutOpt,
    app,
    err,
    out,
)
from ._common import (
    _check_budgets,
    _check_choice,
    _check_limit,
    _check_store_path,
    _dumps,
    _fail,
    _finish,
    _n,
    _pipeline,
    _published,
    check_patterns,
)
from ._dictionaries import check_actors, check_agents
from ._examples import examples
from ._fresh_store import new_paths, remove_unused, stored_articles
from ._json_out import JsonRecords
from ._signals import exit_code, stop_on_sigterm, what

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from ..ingest.sources import Item
    from ..runner import IngestStats


@app.command(epilog=examples("extract"))
def extract(
    sources: SourcesArg,
    jsonl: Annotated[
        bool,
        typer.Option(
            "--jsonl",
            help="One JSON object per line (without it: one article's object, or for several "
            "articles one JSON array).",
        ),
    ] = False,
    no_clean: Annotated[
        bool, typer.Option("--no-clean", help="Keep the input text as it is.")
    ] = False,
    max_bytes: Annotated[int, typer.Option(help="Size cap per input in bytes.")] = 5_000_000,
    strict: Annotated[bool, typer.Option(help="Exit non-zero if any input fails.")] = False,
) -> None:
    """Extraction only (no NLP): title, published, outlet, url, text, removed, captions."""
    _check_budgets(max_bytes)
    from ..ingest import Failure, iter_articles, raw_to_dict

    ok = bad = 0
    records = JsonRecords()
    try:
        for item in iter_articles(sources, clean=not no_clean, max_bytes=max_bytes):
            if isinstance(item, Failure):
                bad += 1
                _fail(f"{item.source}: {item.reason}")
                continue
            ok += 1
            if jsonl:
                print(_dumps(raw_to_dict(item), None))
            else:
                records.add(raw_to_dict(item))
    except KeyboardInterrupt:  # was silent, exit 130 (ux25)
        records.close()
        _fail(f"interrupted: {_n(ok, 'article')} printed, {bad} failed; extract stores nothing.")
        raise typer.Exit(130) from None
    records.close()
    _finish(ok, bad, strict, told=not out.is_terminal)


@app.command(epilog=examples("analyze"))
def analyze(
    sources: SourcesArg,
    published: Annotated[
        str | None,
        typer.Option(
            help="Publication date, ISO (2018-08-29, 2018-08-29T10:00:00Z) or written "
            "('Aug 29, 2018'); anchors relative dates. Given, it replaces every input's own "
            "date (HTML metadata, feed or JSON field); without it each article keeps its own."
        ),
    ] = None,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="Print the article record as indented JSON; several articles are one JSON "
            "array of records (--jsonl streams one record a line).",
        ),
    ] = False,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="One article record per line.")] = False,
    no_clean: NoCleanOpt = False,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
    patterns: PatternsOpt = None,
    max_bytes: MaxBytesOpt = 5_000_000,
    max_chars: MaxCharsOpt = 200_000,
    timeout: TimeoutOpt = 60.0,
    non_english: NonEnglishOpt = "skip",
    strict: StrictOpt = False,
) -> None:
    """Analyse articles and print their records (entities, quotes, events, places, times)."""
    _check_budgets(max_bytes, max_chars, timeout)
    from ..api import Pipeline
    from ..ingest import Failure, iter_articles

    published = _published(published)
    # options are checked before the model loads (ux24: a wrong --non-english waited for it)
    _check_choice("--non-english", non_english, ("skip", "flag"))
    if as_json and jsonl:  # one of them was silently dropped (ux24)
        _fail("--json and --jsonl: give one (--json: indented records, --jsonl: one a line)")
        raise typer.Exit(2)
    pipe = _pipeline(Pipeline, actors, agents, patterns, max_chars=max_chars, timeout=timeout)
    ok = bad = 0
    records = JsonRecords()
    from ..store.copies import mark_copies

    items = iter_articles(
        sources,
        clean=not no_clean,
        max_bytes=max_bytes,
        non_english=non_english,
        defer_notes=published is not None,
    )
    if published is not None:  # it dates every article: no "no date" lines (ux28), but the
        items = _told(items)  # "not English" lines are said (ux30: they were lost with them)
    from ..runner import ProgressLines

    # ux37: records sent to a file or pipe left a long run silent until its totals: a plain
    # progress line on stderr now and then (on a terminal the records themselves show it)
    lines = None if out.is_terminal else ProgressLines(err, "analyze")
    try:  # another outlet's copy of a text gets the id ingest gives it (ux26)
        for art in pipe.analyze_many(mark_copies(items), published=published):
            if isinstance(art, Failure):
                bad += 1
                _fail(f"{art.source}: {art.reason}")
            else:
                ok += 1
                if jsonl:
                    print(_dumps(art.to_dict(), None))
                elif as_json:
                    records.add(art.to_dict())
                else:
                    from ..summary import render_article

                    render_article(out, art)
            if lines is not None:
                lines.say(functools.partial("{} analysed, {} failed".format, ok, bad))
    except KeyboardInterrupt:  # click said only "Aborted!" (ux23)
        records.close()  # what was printed stays one JSON document (ux25)
        _fail(
            f"interrupted: {_n(ok, 'article')} printed, {bad} failed; analyze stores nothing "
            "(newsgraph ingest SOURCES --db DB keeps the results and resumes)."
        )
        raise typer.Exit(130) from None
    records.close()
    _finish(ok, bad, strict, told=not out.is_terminal)


def _told(items: Iterable[Item]) -> Iterator[Item]:
    """``items`` with each article's "not English" line said (its date line dropped)."""
    from ..ingest import RawArticle
    from ..ingest.sources import tell_notes

    for item in items:
        if isinstance(item, RawArticle):
            tell_notes(item, undated=False)
        yield item


def _interrupt_before_reading(command: Callable[..., None]) -> Callable[..., None]:
    """hard39: Ctrl-C while ``ingest`` was still starting (its imports, the model loading,
    checking the dictionaries, before any input was read) fell through to Typer, which exits
    130 without a word; it is one line now. Later, the run's own handler says what is kept."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        try:
            command(*args, **kwargs)
        except KeyboardInterrupt:
            _fail(
                f"interrupted before any input was read: nothing stored, {kwargs.get('db')} "
                "not changed. Run the same command again to start."
            )
            raise typer.Exit(130) from None

    return wrapper


@app.command(epilog=examples("ingest"))
@_interrupt_before_reading
def ingest(
    sources: SourcesArg,
    db: DbOpt = DEFAULT_DB,
    published: Annotated[
        str | None,
        typer.Option(
            help="Publication date for all inputs: ISO date or date-time, or a written date "
            "('Aug 29, 2018'). Given, it replaces every input's own date (HTML metadata, feed "
            "or JSON field); without it each article keeps its own."
        ),
    ] = None,
    workers: Annotated[
        int, typer.Option(help="Worker processes, each with its own model (= --dask local:N).")
    ] = 1,
    dask: Annotated[
        str | None,
        typer.Option(
            help="Run on Dask: local:N (N worker processes here) or a scheduler address "
            "tcp://HOST:8786; shards go to a .dataset folder beside --db (docs/scale.md)."
        ),
    ] = None,
    batch_size: Annotated[int, typer.Option(help="Articles per model batch and commit.")] = 32,
    no_clean: NoCleanOpt = False,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
    patterns: PatternsOpt = None,
    max_bytes: MaxBytesOpt = 5_000_000,
    max_chars: MaxCharsOpt = 200_000,
    timeout: TimeoutOpt = 60.0,
    non_english: NonEnglishOpt = "skip",
    strict: StrictOpt = False,
) -> None:
    """Analyse sources into a SQLite store: streamed, batched, idempotent and resumable."""
    _check_budgets(max_bytes, max_chars, timeout)
    _check_limit(batch_size, "--batch-size", 100_000)
    _check_limit(workers, "--workers")
    from ..runner import IngestStats, ingest_sources

    published = _published(published)
    _check_choice("--non-english", non_english, ("skip", "flag"))
    _check_store_path(db)
    created = new_paths(db)
    if dask is not None or workers > 1:
        stats = IngestStats()
        before = stored_articles(db)
        restore = stop_on_sigterm()  # ux33: as Ctrl-C, one line on what is kept (it had none)
        try:
            _ingest_dask(
                dask if dask is not None else f"local:{workers}",
                sources,
                db,
                {
                    "actors": [str(p) for p in actors or []],
                    "agents": [str(p) for p in agents or []],
                    "patterns": [str(p) for p in patterns or []],
                    "max_chars": max_chars,
                    "timeout": timeout,
                },
                batch_size=batch_size,
                published=published,
                clean=not no_clean,
                max_bytes=max_bytes,
                non_english=non_english,
                stats=stats,
            )
        except KeyboardInterrupt:
            from ..scale.shards import dataset_dir

            # ux33: Ctrl-C during a merge left its committed articles out of the count
            stats.added = max(stats.added, stored_articles(db) - before)
            _interrupted(stats, db, dataset_dir(db), created=created)
        finally:
            restore()
    else:
        from ..api import Pipeline

        pipe = _pipeline(Pipeline, actors, agents, patterns, max_chars=max_chars, timeout=timeout)
        pipe.batch_size = batch_size
        stats = IngestStats()
        restore = stop_on_sigterm()
        try:
            ingest_sources(
                pipe,
                sources,
                db,
                published=published,
                workers=workers,
                clean=not no_clean,
                max_bytes=max_bytes,
                non_english=non_english,
                on_failure=lambda f: _fail(f"{f.source}: {f.reason}"),
                console=err,
                stats=stats,
            )
        except KeyboardInterrupt:
            _interrupted(stats, db, created=created)
        except NewsgraphError as exc:  # hard38: a store locked (or full) mid-run said "try
            # again when it is done" and nothing of the articles this run had stored
            kept = f" This run stored {_n(stats.added, 'article')} before it; they are kept."
            _fail(f"{exc}{kept if stats.added else ''}")
            raise typer.Exit(2) from None
        finally:
            restore()
    where = str(db)
    if not stats.added and not stats.skipped and remove_unused(db, created):
        where = f"nothing stored, {db} not created"
    out.print(
        f"[bold]{stats.added}[/bold] {_n(stats.added, 'article').split()[1]} added, "
        f"{stats.skipped} already stored, "
        f"{stats.failed} failed → {escape(where)}",
        highlight=False,
        markup=True,
    )
    if stats.added or stats.skipped:
        at = _shell.arg(db)
        out.print(
            _shell.next_lines(
                (
                    f"newsgraph stats --db {at}",
                    f"newsgraph quotes --db {at}",
                    f"newsgraph events --db {at}",
                    f"newsgraph export --db {at} --table events --format csv --out events.csv",
                )
            ),
            highlight=False,
            soft_wrap=True,
        )
    _finish(stats.added + stats.skipped, stats.failed, strict)


def _shard_rows(folder: Path) -> int:
    """Articles in the shards of a dataset folder (a partition of failures only has none)."""
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(p).metadata.num_rows for p in folder.glob("part-*.parquet"))


def _interrupted(
    stats: IngestStats, db: Path, shards: Path | None = None, created: list[Path] | None = None
) -> NoReturn:
    """Ctrl-C (or SIGTERM, ux33) during ``ingest``: one line saying what is kept and how to
    resume, exit 130 (143).

    ``shards``: the dataset folder of a parallel run (``--workers N``, ``--dask``), where
    partitions the workers finished but the store has not merged yet are kept.
    ``created``: what the run created (:func:`new_paths`); a single-process run stopped
    before it stored anything removes the store it created, as a run that stored nothing
    does (ux24: it left an empty store and said '0 articles ... are kept in DB').
    """
    if shards is not None and not stats.added and not stats.skipped and db in (created or []):
        # hard39: a parallel run stopped while it started said "0 articles stored by this
        # run are kept in DB" of a store it never created, and left an empty .dataset folder
        if not _shard_rows(shards) and not stored_articles(db):
            remove_unused(db, created or [])
            _fail(
                f"{what()} before any article was stored ({stats.failed} failed): nothing "
                f"stored, {db} not created. Run the same command again to start over."
            )
            raise typer.Exit(exit_code())
    if shards is None and not stats.added and not stats.skipped and created:
        if remove_unused(db, [p for p in created if p == db]):
            _fail(
                f"{what()} before any article was stored ({stats.failed} failed): nothing "
                f"stored, {db} not created. Run the same command again to start over."
            )
            raise typer.Exit(exit_code())
    if shards is None:
        lost = "the batch being analysed was not stored"
        skipped = "stored articles are skipped"
    else:
        lost = (
            f"partitions the workers finished are kept in {shards} and merged by the rerun "
            "without analysing them again"
        )
        skipped = "stored articles are skipped, nothing is stored twice"
    _fail(
        f"{what()}: {_n(stats.added, 'article')} stored by this run "
        f"{'is' if stats.added == 1 else 'are'} kept in {db} "
        f"({stats.skipped} already there, {stats.failed} failed); {lost}. "
        f"Run the same command again to resume: {skipped}."
    )
    raise typer.Exit(exit_code())


def _ingest_dask(
    spec_text: str, sources: list[str], db: Path, options: dict[str, Any], **kw: Any
) -> IngestStats:
    """``ingest`` on a Dask cluster (see newsgraph.scale); errors are one line."""
    quiet = logging.getLogger().getEffectiveLevel() > logging.DEBUG  # -vv shows the libraries
    if quiet:  # distributed's own INFO lines (~25 a run) name no input: worker processes too
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
    from ..nlp.pipeline import MODEL
    from ..runner import ProgressLines
    from ..scale import ingest_dask, parse_dask

    if quiet:  # in case dask was imported (and its logging set up) before
        logging.getLogger("distributed").setLevel(logging.WARNING)

    try:
        spec = parse_dask(spec_text)
        for path in [*options["actors"], *options["agents"], *options["patterns"]]:
            if not Path(path).is_file():
                raise NewsgraphError(f"{path}: no such dictionary or pattern file")
        check_patterns([Path(p) for p in options["patterns"]])
        check_actors([Path(p) for p in options["actors"]])
        check_agents([Path(p) for p in options["agents"]])
        label = f"ingesting on Dask ({spec})"
        with err.status(label, spinner="dots") as status:
            lines = None if err.is_terminal else ProgressLines(err, "ingest")

            def on_progress(stats: IngestStats) -> None:  # ux28: a spinner alone said nothing
                status.update(
                    f"{label}: {stats.added} added, {stats.skipped} already stored, "
                    f"{stats.failed} failed"
                )
                if lines is not None:
                    lines(stats)

            return ingest_dask(
                sources,
                db,
                spec,
                {"model": MODEL, **options},
                on_failure=lambda f: _fail(f"{f.source}: {f.reason}"),
                on_progress=on_progress,
                **kw,
            )
    except NewsgraphError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from None
