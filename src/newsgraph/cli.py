"""The ``newsgraph`` command line: thin wrappers over the library API. Only this module prints."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from . import __version__
from .errors import NewsgraphError

app = typer.Typer(
    help="newsgraph: who said what, who did what to whom, where and when — from news text.",
    no_args_is_help=True,
    add_completion=False,
)
eval_app = typer.Typer(
    help="Score newsgraph on gold data sets; `eval gate` checks the pinned floors."
)
app.add_typer(eval_app, name="eval")
train_app = typer.Typer(help="Learn newsgraph's statistical parts from gold data.")
app.add_typer(train_app, name="train")

out = Console()
err = Console(stderr=True)
T = TypeVar("T")


def _flags_without_metavar() -> None:
    """typer's help shows ``<bool>`` after flags, which take no value: show nothing there."""
    from typer.core import TyperOption

    shown = getattr(TyperOption, "display_type_rich", None)
    if shown is None or getattr(shown, "_newsgraph", False):
        return

    def display_type_rich(self: Any, ctx: Any) -> str | None:
        return None if getattr(self, "is_flag", False) else shown(self, ctx)

    display_type_rich._newsgraph = True  # type: ignore[attr-defined]
    TyperOption.display_type_rich = display_type_rich  # type: ignore[method-assign]


_flags_without_metavar()

DbOpt = Annotated[Path, typer.Option("--db", help="SQLite database file.")]
DEFAULT_DB = Path("newsgraph.db")
# options shared by the commands that read sources
NoCleanOpt = Annotated[bool, typer.Option("--no-clean", help="Keep the input text as it is.")]
ActorsOpt = Annotated[list[Path] | None, typer.Option(help="PETRARCH-format actor dictionary.")]
AgentsOpt = Annotated[list[Path] | None, typer.Option(help="PETRARCH-format agent dictionary.")]
PatternsOpt = Annotated[list[Path] | None, typer.Option(help="Extra event pattern file.")]
MaxBytesOpt = Annotated[int, typer.Option(help="Size cap per input in bytes.")]
MaxCharsOpt = Annotated[
    int, typer.Option(help="Budget per article: characters of text (longer ones fail alone).")
]
NonEnglishOpt = Annotated[
    str,
    typer.Option(
        "--non-english",
        help="Articles in another language: skip (one line each) or flag (analyse, warn).",
    ),
]
TimeoutOpt = Annotated[
    float,
    typer.Option(help="Budget per article: seconds of analysis (0: no limit)."),
]
StrictOpt = Annotated[bool, typer.Option(help="Exit non-zero if any input fails.")]


def _dumps(obj: object, indent: int | None = 2) -> str:
    """JSON text; records and store hits are written as their ``to_dict()``."""
    return json.dumps(obj, ensure_ascii=False, indent=indent, default=_jsonable)


def _jsonable(obj: object) -> object:
    to_dict = getattr(obj, "to_dict", None)
    if to_dict is None:
        raise TypeError(f"{type(obj).__name__} is not JSON serialisable")
    return to_dict()


def _fail(msg: str) -> None:
    """One error line on stderr: never wrapped, brackets in ``msg`` shown as they are."""
    from rich.markup import escape

    err.print(f"[red]error:[/red] {escape(msg)}", highlight=False, soft_wrap=True)


@app.callback()
def _main(
    verbose: Annotated[
        int,
        typer.Option(
            "--verbose", "-v", count=True, help="Log progress details (-vv: debug, with libraries)."
        ),
    ] = 0,
) -> None:
    levels = {0: logging.WARNING, 1: logging.INFO}
    logging.basicConfig(level=levels.get(verbose, logging.DEBUG), format="%(message)s")


@app.command()
def version() -> None:
    """Print the newsgraph version."""
    out.print(__version__)


@app.command()
def extract(
    sources: Annotated[
        list[str], typer.Argument(help="Files, directories, URLs, URL lists or - for stdin.")
    ],
    jsonl: Annotated[bool, typer.Option("--jsonl", help="One JSON object per line.")] = False,
    no_clean: Annotated[
        bool, typer.Option("--no-clean", help="Keep the input text as it is.")
    ] = False,
    max_bytes: Annotated[int, typer.Option(help="Size cap per input in bytes.")] = 5_000_000,
    strict: Annotated[bool, typer.Option(help="Exit non-zero if any input fails.")] = False,
) -> None:
    """Extraction only (no NLP): title, published, outlet, url, text, removed, captions."""
    _check_budgets(max_bytes)
    from .ingest import Failure, iter_articles, raw_to_dict

    ok = bad = 0
    for item in iter_articles(sources, clean=not no_clean, max_bytes=max_bytes):
        if isinstance(item, Failure):
            bad += 1
            _fail(f"{item.source}: {item.reason}")
            continue
        ok += 1
        print(_dumps(raw_to_dict(item), None if jsonl else 2))
    _finish(ok, bad, strict)


def _finish(ok: int, bad: int, strict: bool) -> None:
    if bad:
        err.print(f"{ok} succeeded, {bad} failed", highlight=False)
    if (strict and bad) or (ok == 0 and bad):
        raise typer.Exit(1)


@app.command()
def analyze(
    sources: Annotated[
        list[str], typer.Argument(help="Files, directories, URLs, URL lists or - for stdin.")
    ],
    published: Annotated[
        str | None,
        typer.Option(
            help="Publication date, ISO (2018-08-29, 2018-08-29T10:00:00Z); anchors relative dates."
        ),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the article record as JSON.")
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
    from .api import Pipeline
    from .ingest import Failure, iter_articles

    published = _published(published)
    pipe = _pipeline(Pipeline, actors, agents, patterns, max_chars=max_chars, timeout=timeout)
    ok = bad = 0
    _check_choice("--non-english", non_english, ("skip", "flag"))
    items = iter_articles(sources, clean=not no_clean, max_bytes=max_bytes, non_english=non_english)
    for art in pipe.analyze_many(items, published=published):
        if isinstance(art, Failure):
            bad += 1
            _fail(f"{art.source}: {art.reason}")
            continue
        ok += 1
        if jsonl:
            print(_dumps(art.to_dict(), None))
        elif as_json:
            print(_dumps(art.to_dict()))
        else:
            from .summary import render_article

            render_article(out, art)
    _finish(ok, bad, strict)


def _pipeline(cls, actors, agents, patterns, **budget):  # type: ignore[no-untyped-def]
    from .nlp.places.gazetteer import cache_dir, index_ready

    if not index_ready():
        err.print(
            f"building the GeoNames index once for this machine (about 10 s) in {cache_dir()}",
            highlight=False,
            soft_wrap=True,
        )
    try:
        return cls(
            **budget,
            actors=[str(p) for p in actors or []],
            agents=[str(p) for p in agents or []],
            patterns=[str(p) for p in patterns or []],
        )
    except NewsgraphError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from None


def _check_choice(option: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        _fail(f"{option} {value!r} is not one of: {', '.join(choices)}")
        raise typer.Exit(2)


def _published(value: str | None) -> str | None:
    """``--published`` as a date: any ISO date or date-time (``2018-08-29T10:00:00Z``)."""
    if value is None:
        return None
    from .ingest.dates import iso_published

    try:
        return iso_published(value)
    except ValueError as exc:
        _fail(f"--published {exc}")
        raise typer.Exit(2) from None


def _check_date(value: str | None, option: str = "--published", with_time: bool = False) -> None:
    """Refuse ``value`` unless it is an ISO date (``with_time``: or date and time)."""
    if value is None:
        return
    from datetime import date, datetime

    try:
        date.fromisoformat(value)
    except ValueError:
        try:
            if not with_time:
                raise
            datetime.fromisoformat(value)
        except ValueError:
            _fail(f"{option} {value!r} is not a date; use YYYY-MM-DD, e.g. 2018-08-29")
            raise typer.Exit(2) from None


@app.command()
def ingest(
    sources: Annotated[
        list[str], typer.Argument(help="Files, directories, URLs, URL lists or - for stdin.")
    ],
    db: DbOpt = DEFAULT_DB,
    published: Annotated[
        str | None, typer.Option(help="Publication date (ISO date or date-time) for all inputs.")
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
    from .runner import ingest_sources

    published = _published(published)
    _check_choice("--non-english", non_english, ("skip", "flag"))
    _check_store_path(db)
    if dask is not None or workers > 1:
        stats = _ingest_dask(
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
        )
    else:
        from .api import Pipeline

        pipe = _pipeline(Pipeline, actors, agents, patterns, max_chars=max_chars, timeout=timeout)
        pipe.batch_size = batch_size
        stats = ingest_sources(
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
        )
    out.print(
        f"[bold]{stats.added}[/bold] articles added, {stats.skipped} already stored, "
        f"{stats.failed} failed → {db}",
        highlight=False,
    )
    if stats.added or stats.skipped:
        out.print(
            f"Next: newsgraph stats --db {db} · newsgraph quotes --db {db} · "
            f"newsgraph events --db {db} · "
            f"newsgraph export --db {db} --table events --format csv --out events.csv",
            highlight=False,
        )
    _finish(stats.added + stats.skipped, stats.failed, strict)


def _ingest_dask(spec_text: str, sources: list[str], db: Path, options: dict, **kw):  # type: ignore[no-untyped-def,type-arg]
    """``ingest`` on a Dask cluster (see newsgraph.scale); errors are one line."""
    quiet = logging.getLogger().getEffectiveLevel() > logging.DEBUG  # -vv shows the libraries
    if quiet:  # distributed's own INFO lines (~25 a run) name no input: worker processes too
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
    from .nlp.pipeline import MODEL
    from .scale import ingest_dask, parse_dask

    if quiet:  # in case dask was imported (and its logging set up) before
        logging.getLogger("distributed").setLevel(logging.WARNING)

    try:
        spec = parse_dask(spec_text)
        for path in [*options["actors"], *options["agents"], *options["patterns"]]:
            if not Path(path).is_file():
                raise NewsgraphError(f"{path}: no such dictionary or pattern file")
        with err.status(f"ingesting on Dask ({spec})", spinner="dots"):
            return ingest_dask(
                sources,
                db,
                spec,
                {"model": MODEL, **options},
                on_failure=lambda f: _fail(f"{f.source}: {f.reason}"),
                **kw,
            )
    except NewsgraphError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from None


def _store(db: Path, must_exist: bool = True):  # type: ignore[no-untyped-def]
    """The store at ``db``, opened read-only (a read never creates or changes a file)."""
    from .store.sqlite import Store

    try:
        return Store(db, read_only=must_exist)
    except NewsgraphError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from None


def _read(db: Path, query: Callable[[Any], T]) -> T:
    """``query(store)`` on the store at ``db`` opened read-only; a store error is one line."""
    with _store(db) as store:
        try:
            return query(store)
        except NewsgraphError as exc:
            _fail(str(exc))
            raise typer.Exit(2) from None


def _check_store_path(db: Path) -> None:
    """Refuse a ``--db`` that cannot become a store before any slow work starts."""
    from .store.sqlite import check_path

    try:
        check_path(str(db), must_exist=False)
    except NewsgraphError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from None


@app.command()
def show(
    article: Annotated[str, typer.Argument(help="Article id (or a unique prefix).")],
    db: DbOpt = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="Print the stored JSON.")] = False,
) -> None:
    """Show one stored article with its entities, quotes, events, places and times."""
    found = _read(db, lambda store: store.get_json(article))  # exactly what was stored
    if found is None:
        _fail(f"no article {article!r} in {db}; list some with: newsgraph search QUERY --db {db}")
        raise typer.Exit(1)
    if as_json:
        print(_dumps(found))
        return
    from .model import article_from_dict
    from .summary import render_article

    render_article(out, article_from_dict(found))
    story = _read(db, lambda store: store.story(found["id"]))
    if story and (story["is_copy"] or len(story["articles"]) > 1):
        first = story["articles"][0]
        copy = f"copy of {story['copy_of'][:12]}; " if story["is_copy"] else ""
        out.print(
            f"story: {copy}{len(story['articles'])} articles, first {first['id'][:12]}"
            f" ({first['outlet'] or 'unknown outlet'}, {first['published'] or 'undated'})",
            highlight=False,
            markup=False,
            soft_wrap=True,
        )


MAX_LIMIT = 1_000_000


def _check_limit(value: int, flag: str = "--limit", most: int = MAX_LIMIT) -> None:
    """One line for a count SQLite would misread (negative: no limit) or overflow on."""
    if not 1 <= value <= most:
        _fail(f"{flag} {value}: give a number from 1 to {most}")
        raise typer.Exit(2)


def _check_budgets(max_bytes: int, max_chars: int | None = None, timeout: float = 0.0) -> None:
    """``--max-bytes``, ``--max-chars`` and ``--timeout`` that can be budgets, else one line."""
    _check_limit(max_bytes, "--max-bytes", 2**62)
    if max_chars is not None:
        _check_limit(max_chars, "--max-chars", 2**62)
    if not 0 <= timeout < float("inf"):
        _fail(f"--timeout {timeout}: give 0 (no limit) or more seconds")
        raise typer.Exit(2)


def _nothing(rows: list[Any], what: str, db: Path, **filters: str | None) -> bool:
    """True (and one line said) when a read found no rows, instead of an empty table."""
    if rows:
        return False
    given = [f"{f} {v!r}".strip() for f, v in filters.items() if v]
    match = f" match {' '.join(given)}" if given else ""
    out.print(f"no {what}{match} in {db}", highlight=False, markup=False, soft_wrap=True)
    return True


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Full-text query (SQLite FTS5 syntax).")],
    db: DbOpt = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="Maximum results.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print the hits as JSON.")] = False,
) -> None:
    """Full-text search over stored articles."""
    _check_limit(limit)
    rows = _read(db, lambda store: store.search(query, limit=limit))
    if as_json:
        print(_dumps(rows))
        return
    if _nothing(rows, "articles", db, **{"": query}):
        return
    table = Table("id", "published", "title", "snippet")
    for r in rows:
        table.add_row(
            r["id"][:12], r.get("published") or "", r.get("title") or "", r.get("snippet") or ""
        )
    out.print(table)


@app.command()
def stats(
    db: DbOpt = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
) -> None:
    """Counts and top actors in a store."""
    s = _read(db, lambda store: store.stats())
    if as_json:
        print(_dumps(s))
        return
    from .summary import render_stats

    render_stats(out, s, db)


@app.command()
def quotes(
    db: DbOpt = DEFAULT_DB,
    speaker: Annotated[
        str | None,
        typer.Option(help="Speaker: name, alias or role (substring, any case, e.g. Lavrov)."),
    ] = None,
    contains: Annotated[str | None, typer.Option(help="Text the quote contains.")] = None,
    statements: Annotated[
        bool,
        typer.Option(
            "--statements", help="One row per statement: near-identical quotes across articles."
        ),
    ] = False,
    limit: Annotated[int, typer.Option(help="Maximum results.")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="Print the quotes as JSON.")] = False,
) -> None:
    """Quotes in a store, by speaker and content, with date and outlet (or as statements)."""
    _check_limit(limit)
    if statements:
        _statements(db, speaker, contains, limit, as_json)
        return
    rows = _read(db, lambda store: store.quotes(speaker=speaker, contains=contains, limit=limit))
    if as_json:
        print(_dumps(rows))
        return
    if _nothing(rows, "quotes", db, **{"--speaker": speaker, "--contains": contains}):
        return
    table = Table("date", "outlet", "speaker", "kind", "quote", "article")
    for r in rows:
        table.add_row(
            r.get("published") or "",
            r.get("outlet") or "",
            r.get("speaker_name") or "?",
            r["kind"],
            r["content"][:160],
            r["article_id"][:12],
        )
    out.print(table)


def _statements(
    db: Path, speaker: str | None, contains: str | None, limit: int, as_json: bool
) -> None:
    rows = _read(db, lambda s: s.statements(speaker=speaker, contains=contains, limit=limit))
    if as_json:
        print(_dumps(rows))
        return
    if _nothing(rows, "statements", db, **{"--speaker": speaker, "--contains": contains}):
        return
    table = Table("first said", "first outlet", "speaker", "statement", "quotes", "outlets")
    for r in rows:
        table.add_row(
            r.get("first_published") or "",
            r.get("first_outlet") or "",
            r.get("actor_name") or r.get("speaker_name") or "?",
            r["content"][:160],
            str(r["n_quotes"]),
            ", ".join(r["outlets"]),
        )
    out.print(table)


@app.command()
def actors(
    db: DbOpt = DEFAULT_DB,
    country: Annotated[str | None, typer.Option(help="ISO alpha-3 country, e.g. RUS.")] = None,
    name: Annotated[
        str | None, typer.Option(help="Name, alias, role or code (substring, any case).")
    ] = None,
    limit: Annotated[int, typer.Option(help="Maximum results.")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="Print the actors as JSON.")] = False,
) -> None:
    """Actors across the corpus: one id per actor, with aliases, roles and counts."""
    _check_limit(limit)
    rows = _read(db, lambda store: store.actors(country=country, name=name, limit=limit))
    if as_json:
        print(_dumps(rows))
        return
    if _nothing(rows, "actors", db, **{"--country": country, "--name": name}):
        return
    table = Table("id", "name", "type", "country", "code", "articles", "aliases", "roles")
    for r in rows:
        table.add_row(
            r["id"],
            r["name"],
            r.get("type") or "",
            r.get("country") or "",
            r.get("code") or "",
            str(r["n_articles"]),
            ", ".join(r["aliases"][:6]),
            ", ".join(r["roles"][:4]),
        )
    out.print(table)


@app.command()
def events(
    db: DbOpt = DEFAULT_DB,
    type: Annotated[
        str | None, typer.Option("--type", help="PLOVER event type, e.g. CONSULT.")
    ] = None,
    actor: Annotated[str | None, typer.Option(help="Actor name or code (RUSGOV, RUS).")] = None,
    country: Annotated[str | None, typer.Option(help="ISO alpha-3 of an actor.")] = None,
    since: Annotated[str | None, typer.Option(help="Only events on or after YYYY-MM-DD.")] = None,
    limit: Annotated[int, typer.Option(help="Maximum results.")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="Print the events as JSON.")] = False,
) -> None:
    """Coded events in a store, filtered by type, actor, country and date."""
    _check_limit(limit)
    _check_date(since, "--since", with_time=True)
    rows = _read(
        db,
        lambda store: store.events(
            type=type, actor=actor, country=country, since=since, limit=limit
        ),
    )
    if as_json:
        print(_dumps(rows))
        return
    filters = {"--type": type, "--actor": actor, "--country": country, "--since": since}
    if _nothing(rows, "events", db, **filters):
        return
    table = Table("date", "type", "cameo", "source", "target", "flags", "trigger")
    for r in rows:
        flags = ",".join(f for f in ("negated", "hypothetical", "background") if r.get(f))
        table.add_row(
            r.get("date") or "",
            r["type"],
            r.get("cameo") or "",
            r.get("source_names") or r.get("source_codes") or "",
            r.get("target_names") or r.get("target_codes") or "",
            flags,
            r.get("trigger") or "",
        )
    out.print(table)


@app.command()
def framing(
    db: DbOpt = DEFAULT_DB,
    actor: Annotated[
        str | None,
        typer.Option(help="Actor: entity name or generic code (Government of Israel, SYRREB)."),
    ] = None,
    by: Annotated[
        str, typer.Option("--by", help="'outlet' (each outlet apart) or 'all' (counted together).")
    ] = "outlet",
    top: Annotated[int, typer.Option(help="Maximum (outlet, actor, label) rows.")] = 200,
    as_json: Annotated[bool, typer.Option("--json", help="Print the rows as JSON.")] = False,
) -> None:
    """How outlets label actors: per outlet and actor, the labels used, counts, one example."""
    _check_limit(top, "--top")
    from rich.markup import escape

    _check_choice("--by", by, ("outlet", "all"))
    rows = _read(db, lambda store: store.framing(actor, by_outlet=by == "outlet", top=top))
    if as_json:
        print(_dumps(rows))
        return
    if not rows:
        out.print("no framing records" + (f" for actor {actor!r}" if actor else ""))
        return
    table = Table("outlet", "actor", "label", "kind", "count", "polarity", "example")
    for r in rows:
        ex = r.get("example") or {}
        table.add_row(
            escape(r["outlet"] or "(all)"),
            escape(r["actor"]),
            escape(r["label"]),
            r["kind"],
            str(r["count"]),
            f"{r['polarity']:+.2f}",
            escape((ex.get("sentence") or "")[:120]),
        )
    out.print(table)


@app.command()
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
        Path,
        typer.Option(
            "--out", help="Output file: .jsonl, .json, .csv or .parquet (- : standard output)."
        ),
    ] = Path("newsgraph.jsonl"),
    table: Annotated[
        str,
        typer.Option(
            help="articles, entities, quotes, events, corpus_events, actors, statements, "
            "places, times or framing."
        ),
    ] = "articles",
) -> None:
    """Export a store as JSON Lines, JSON, CSV or Parquet (events as GDELT-like rows)."""
    from .store.export import export as do_export
    from .store.export import format_for

    try:
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
            n = _read(db, lambda store: do_export(store, chosen, path, table=table))  # type: ignore[arg-type]
            sys.stdout.flush()
            with path.open("rb") as fh:
                shutil.copyfileobj(fh, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        err.print(f"{n} rows → standard output", highlight=False)
        return
    n = _read(db, lambda store: do_export(store, chosen, out_path, table=table))  # type: ignore[arg-type]
    out.print(f"{n} rows → {out_path}", highlight=False)


@app.command()
def dedupe(db: DbOpt = DEFAULT_DB) -> None:
    """Rebuild the corpus tables: near-duplicate clusters, actors, corpus events, statements."""
    _store(db).close()  # one line, and nothing created, if --db is not a store yet
    with _store(db, must_exist=False) as store:
        c = store.rebuild_corpus()
    out.print(
        f"{c.articles} articles in {c.clusters} story clusters ({c.copies} copies), "
        f"{c.actors} actors, {c.corpus_events} corpus events, {c.statements} statements → {db}",
        highlight=False,
    )


@app.command()
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
    from .web.app import bind_warning
    from .web.app import serve as run_server

    _store(db).close()  # one line now if it is not a store
    warning = bind_warning(host)
    if warning:
        err.print(warning, highlight=False, soft_wrap=True, markup=False)
    out.print(f"newsgraph web UI on http://{host}:{port}  (Ctrl+C to stop)")
    run_server(db, host=host, port=port, allowed_hosts=allow_host or ())


def run() -> None:  # pragma: no cover
    try:
        app()
    except NewsgraphError as exc:
        _fail(str(exc))
        sys.exit(2)


def _eval_command(name: str, default_path: str) -> None:
    path_help = f"Gold data (default {default_path})."

    def command(
        path: Path | None = typer.Argument(None, help=path_help),  # noqa: B008
        limit: int | None = typer.Option(None, help="Score only the first N documents."),  # noqa: B008
        as_json: bool = typer.Option(False, "--json", help="Print metrics as JSON."),  # noqa: B008
        part: str | None = typer.Option(  # noqa: B008
            None,
            help="Score only the 'tune' or the 'check' half (scorers that split; see "
            "docs/evaluation.md).",
        ),
    ) -> None:
        from .eval import gate

        target = path or Path(default_path)
        if not target.exists():
            _fail(f"{target} does not exist; pass the gold data path")
            raise typer.Exit(2)
        if part not in (None, "tune", "check"):
            _fail(f"--part {part!r}: use 'tune' or 'check'")
            raise typer.Exit(2)
        if part and not gate.splits(name):
            _fail(f"--part: the {name} scorer scores its whole gold set (see docs/evaluation.md)")
            raise typer.Exit(2)
        metrics = gate.run(name, target, limit=limit, part=part)
        print(_dumps(metrics)) if as_json else out.print(
            gate.report(name, metrics), highlight=False
        )

    command.__doc__ = f"Score {name} against its gold data and print the metrics."
    eval_app.command(name)(command)


def _register_eval() -> None:
    from .eval.gate import SCORERS

    for name, (_module, default) in SCORERS.items():
        _eval_command(name, default)


_register_eval()


@train_app.command("quotes")
def train_quotes(
    path: Annotated[
        Path, typer.Argument(help="PolNeAR-style split: text/*.txt and attributions/*.ann.")
    ],
    out_dir: Annotated[
        Path, typer.Option("--out", "-o", help="The weights folder to write (cue, end, meta).")
    ] = Path("quote-weights"),
    limit: Annotated[int | None, typer.Option(help="Use only the first N articles.")] = None,
) -> None:
    """Learn the quote cue scorer and content-end chooser from attribution gold.

    Writes a weights folder (cue.npz, end.npz, meta.json) as the newsgraph_quotes component
    saves it; the shipped one is src/newsgraph/nlp/quotes/weights. Point the component's
    weights setting at another.
    """
    from .train.quotes import train

    if not (path / "attributions").is_dir() or not (path / "text").is_dir():
        _fail(f"{path}: want a directory with text/ and attributions/")
        raise typer.Exit(2)
    weights, info = train(path, limit=limit, progress=lambda m: err.print(m, highlight=False))
    weights.to_disk(out_dir)
    out.print(_dumps(info), highlight=False)
    out.print(f"wrote {out_dir}", highlight=False)


@train_app.command("events")
def train_events(
    shared: Annotated[
        Path, typer.Argument(help="The shared data folder (synthetic stories, PETRARCH suite).")
    ] = Path("../shared"),
    gold: Annotated[
        Path, typer.Option(help="Event gold folder (gold.tsv, negatives.tsv); tune rows only.")
    ] = Path("tests/data/events"),
    out_dir: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Weights folder to write (default: the shipped one)."),
    ] = None,
    limit: Annotated[
        int | None, typer.Option(help="Use only the first N weakly labelled sentences.")
    ] = None,
) -> None:
    """Learn the event-type classifier of newsgraph_events (see docs/events.md).

    Weak labels from the NGEC synthetic PLOVER stories and the PETRARCH suite's tune half, plus
    the tune rows of the event gold; writes event_types.npz and its meta record.
    """
    from .nlp.events._model import shipped_dir
    from .nlp.pipeline import shared as shared_pipeline
    from .train.events import PETRARCH, SYNTHETIC, train

    for need in (shared / SYNTHETIC, shared / PETRARCH, gold / "gold.tsv"):
        if not need.exists():
            _fail(f"{need}: not found; pass the shared data folder and --gold")
            raise typer.Exit(2)
    model, info = train(
        shared, gold, shared_pipeline(), limit=limit, progress=lambda m: err.print(m)
    )
    target = out_dir or shipped_dir()
    model.to_disk(target)
    out.print(_dumps(info), highlight=False)
    out.print(f"wrote {target}", highlight=False)


@train_app.command("framing")
def train_framing(
    path: Annotated[
        Path, typer.Argument(help="PTC folder: articles/ and labels.tsv (the tune part is used).")
    ],
    out_dir: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Folder for tagger.npz and meta.json (default: shipped)."),
    ] = None,
    limit: Annotated[int | None, typer.Option(help="Use only the first N tune articles.")] = None,
) -> None:
    """Learn the framing span tagger (loaded language, name-calling) from PTC's tune part.

    Writes the weights and their meta record (feature version, training-data SHA-256, spaCy
    model and version, date, tuned threshold) to the newsgraph_framing component's weights/.
    """
    from newsgraph.errors import InputError

    from .train.framing import train

    try:
        info = train(path, out=out_dir, limit=limit, progress=lambda m: err.print(m))
    except InputError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from None
    out.print(_dumps(info), highlight=False)


@eval_app.command("gate")
def eval_gate(
    root: Annotated[
        Path, typer.Argument(help="The project root (gold paths are relative to it).")
    ] = Path("."),
    full: Annotated[
        bool, typer.Option(help="Score whole gold sets, not the pinned CI subsets.")
    ] = False,
) -> None:
    """Run every scorer with a pinned floor and fail if any metric fell below it."""
    from .eval import gate

    failures: list[str] = []
    for name, spec in gate.floors().items():
        target = root / spec["path"]
        metrics = gate.run(
            name, target, limit=None if full else spec.get("limit"), part=spec.get("part")
        )
        out.print(gate.report(name, metrics), highlight=False)
        failures += gate.check(name, metrics, spec["metrics"])
    for f in failures:
        _fail(f)
    if failures:
        raise typer.Exit(1)
    out.print("[green]eval gate passed[/green]")
