"""Commands that read a store: ``show``, ``search``, ``stats``, ``quotes``, ``actors``, ``events``
and ``framing``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Column, Table
from rich.text import Text

from newsgraph import _shell
from newsgraph.store.corpus import _sides, _surname

from ._app import DEFAULT_DB, DbOpt, app, err, out
from ._common import (
    _check_choice,
    _check_date,
    _check_limit,
    _dumps,
    _empty_store,
    _fail,
    _first_step,
    _n,
    _not_counted,
    _nothing,
    _read,
    _read_only_command,
)
from ._examples import examples


def _print_rows(
    rows: list[Any],
    as_json: bool,
    empty: tuple[str, Path, dict[str, str | None]],
    columns: tuple[str, ...],
    cells: Callable[[Any], tuple[str, ...]],
    limit: int | None = None,
) -> None:
    """``rows`` as JSON, as one line when there are none (``empty``: what, db, filters), or as a
    table of ``columns`` with one ``cells(row)`` per row. ``limit``: the ``--limit`` given, the
    rows read one more than it: when there are more, the first ``limit`` and a line saying so
    (ux35: 100 of 7,472 events were shown with no word of the rest)."""
    more = limit is not None and len(rows) > limit
    rows = rows[:limit] if limit is not None else rows
    what, db, filters = empty
    if as_json:
        print(_dumps(rows))
    elif _nothing(rows, what, db, **filters):
        return
    else:
        lines = [cells(r) for r in rows]
        table = Table(*(_column(name, i, lines) for i, name in enumerate(columns)))
        for line in lines:
            table.add_row(*(Text(c) for c in line))  # plain text, no markup (ux37)
        out.print(table)
    if more:
        table_name = _EXPORTED.get(what)
        at = _shell.arg(db)
        export = f", or export them all (newsgraph export --db {at} --table {table_name})"
        err.print(
            f"showing the first {limit} {what if limit != 1 else what.removesuffix('s')}; "
            "more match: raise --limit or narrow the "
            f"filters{export if table_name else ''}",
            highlight=False,
            markup=False,
            soft_wrap=True,
        )


#: what a read command lists -> the export table that holds its rows whole
_EXPORTED = {
    "events": "events",
    "quotes": "quotes",
    "statements": "statements",
    "actors": "actors",
    "counted events": "corpus_events",
}


#: columns a reader copies or compares whole (dates, the article id to pass to `show`): in 80
#: columns an 'events' date was cut to '2019-04-…', a quote's article id to '79e6226733…' (ux27)
_WHOLE = frozenset(
    {"date", "published", "first said", "article", "first article", "type", "cameo", "root"}
)


#: count columns, whose header is wider than their numbers: kept whole (ux40: 'menti…')
_COUNTS = frozenset({"mentions", "sources", "articles"})


def _column(name: str, index: int, lines: list[tuple[str, ...]]) -> Column:
    if name in _COUNTS:
        return Column(name, min_width=len(name), no_wrap=True)
    if name not in _WHOLE:
        return Column(name)
    widest = max((len(line[index]) for line in lines), default=0)
    return Column(name, min_width=min(widest, 20), no_wrap=True)


@app.command(epilog=examples("show"))
@_read_only_command
def show(
    article: Annotated[str, typer.Argument(help="Article id (or a unique prefix).")],
    db: DbOpt = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="Print the stored JSON.")] = False,
) -> None:
    """Show one stored article with its entities, quotes, events, places and times."""
    found = _read(db, lambda store: store.get_json(article))  # exactly what was stored
    if found is None:
        hint = _empty_store(db) or f"; list some with: newsgraph search QUERY --db {_shell.arg(db)}"
        _fail(f"no article {article!r} in {db}{hint}")
        raise typer.Exit(1)
    if as_json:
        print(_dumps(found))
        return
    from ..model import article_from_dict
    from ..summary import render_article

    story = _read(db, lambda store: _story(store, found["id"]))
    render_article(out, article_from_dict(found))
    if isinstance(story, str):  # hard39: the article, then an error line (exit 2)
        err.print(f"note: {story}", highlight=False, markup=False, soft_wrap=True)
    elif story and (story["is_copy"] or len(story["articles"]) > 1):
        first = story["articles"][0]
        copy = f"copy of {story['copy_of'][:12]}; " if story["is_copy"] else ""
        out.print(
            f"story: {copy}{_n(len(story['articles']), 'article')}, first {first['id'][:12]}"
            f" ({first['outlet'] or 'unknown outlet'}, {first['published'] or 'undated'})",
            highlight=False,
            markup=False,
            soft_wrap=True,
        )


def _story(store: Any, article_id: str) -> dict[str, Any] | str | None:
    """The article's near-duplicate story, or why a store written by an older newsgraph
    (no story clusters yet) cannot tell it."""
    from ..errors import NewsgraphError

    try:
        return store.story(article_id)  # type: ignore[no-any-return]
    except NewsgraphError as exc:
        return f"its story (near-duplicates) is not known: {exc}"


_SEARCH_OPTIONS = ("--db", "--limit", "--json")


# ux40: the words of a query are its arguments, and a -word among them is a word to leave out,
# not an option: `newsgraph search peace talks` was "unexpected extra argument (talks)" and
# `newsgraph search Trump -Clinton` "No such option: -C"; an unknown --option is still refused
@app.command(epilog=examples("search"), context_settings={"ignore_unknown_options": True})
@_read_only_command
def search(
    query: Annotated[
        list[str],
        typer.Argument(
            help="Words to find (all of them; -word: without it), or SQLite FTS5 syntax "
            '(AND, OR, NOT, "phrase", prefix*); quote a phrase for the shell. A query can '
            'also follow --, the options before it: newsgraph search --db DB -- "-turkey idlib".'
        ),
    ],
    db: DbOpt = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="Maximum results.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print the hits as JSON.")] = False,
) -> None:
    """Full-text search over stored articles."""
    dashed = [w for w in query if w.startswith("--") and len(w) > 2]
    if dashed:
        name = dashed[0].split("=", 1)[0]
        _fail(
            f"{name} was read as a word of the query: put the options before --"
            if name in _SEARCH_OPTIONS
            else f"no such option: {name} (search's options: {', '.join(_SEARCH_OPTIONS)}; "
            "a word to leave out is written -word)"
        )
        raise typer.Exit(2)
    words = " ".join(query)
    _check_limit(limit)
    rows = _read(db, lambda store: store.search(words, limit=limit + 1))
    _print_rows(
        rows,
        as_json,
        ("articles", db, {"": words}),
        ("id", "published", "outlet", "title", "snippet"),  # outlet: copies told apart (ux27)
        lambda r: (
            r["id"][:12],
            r.get("published") or "",
            r.get("outlet") or "",
            r.get("title") or "",
            r.get("snippet") or "",
        ),
        limit=limit,
    )


@app.command(epilog=examples("stats"))
@_read_only_command
def stats(
    db: DbOpt = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
) -> None:
    """Counts and top actors in a store."""
    s = _read(db, lambda store: store.stats())
    if as_json:
        print(_dumps(s))
        return
    if not s.get("articles"):  # nothing to read yet: the next step is ingest (ux23)
        out.print(f"{db}: no articles yet: {_first_step(db)}", highlight=False)
        return
    from ..summary import render_stats

    render_stats(out, s, db)


@app.command(epilog=examples("quotes"))
@_read_only_command
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
    from ..summary import _clip  # ux40: a cut quote ended mid-word ('It's our ro'), no mark

    rows = _read(
        db, lambda store: store.quotes(speaker=speaker, contains=contains, limit=limit + 1)
    )
    _print_rows(
        rows,
        as_json,
        ("quotes", db, {"--speaker": speaker, "--contains": contains}),
        ("date", "outlet", "speaker", "kind", "quote", "article"),
        lambda r: (
            r.get("published") or "",
            r.get("outlet") or "",
            r.get("speaker_name") or "?",
            r["kind"],
            _clip(r["content"], 160),
            r["article_id"][:12],
        ),
        limit=limit,
    )


def _statements(
    db: Path, speaker: str | None, contains: str | None, limit: int, as_json: bool
) -> None:
    from ..summary import _clip

    rows = _read(db, lambda s: s.statements(speaker=speaker, contains=contains, limit=limit + 1))
    _print_rows(
        rows,
        as_json,
        ("statements", db, {"--speaker": speaker, "--contains": contains}),
        # ux35: the first appearance's article (the evidence: `newsgraph show ID`) was only
        # in --json; the table named a date and an outlet and no article to open
        (
            "first said",
            "first outlet",
            "first article",
            "speaker",
            "statement",
            "quotes",
            "outlets",
        ),
        lambda r: (
            r.get("first_published") or "",
            _first_outlets(r),
            (r.get("first_article_id") or "")[:12],
            r.get("actor_name") or r.get("speaker_name") or "?",
            _clip(r["content"], 160),
            str(r["n_quotes"]),
            ", ".join(r["outlets"]),
        ),
        limit=limit,
    )


def _first_outlets(row: dict[str, Any]) -> str:
    """The statement's first outlet, and the others that ran it the same day (ux35: the store
    keeps no time of day, so which of them said it first is not known; the table named one)."""
    first = row.get("first_outlet") or ""
    day = row.get("first_published")
    same = {
        v.get("outlet")
        for v in row.get("variants") or []
        if day and v.get("published") == day and v.get("outlet") not in (None, first)
    }
    return first + (f" (same day: {', '.join(sorted(same))})" if same else "")


@app.command(epilog=examples("actors"))
@_read_only_command
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
    rows = _read(db, lambda store: store.actors(country=country, name=name, limit=limit + 1))
    _print_rows(
        rows,
        as_json,
        ("actors", db, {"--country": country, "--name": name}),
        ("id", "name", "type", "country", "code", "articles", "aliases", "roles"),
        lambda r: (
            r["id"],
            r["name"],
            r.get("type") or "",
            r.get("country") or "",
            r.get("code") or "",
            str(r["n_articles"]),
            ", ".join(r["aliases"][:6]),
            ", ".join(r["roles"][:4]),
        ),
        limit=limit,
    )
    if name and name.strip():  # ux37: a name no actor holds, and why (stderr: JSON stays whole)
        for entry in _read(db, lambda store: store.unjoined_persons(name)):
            err.print(_surname.line(entry), highlight=False, markup=False, soft_wrap=True)
    # ux38: the event sides no actor row counts (none named, uncoded, an unjoined entity);
    # not with --json, whose output is the list alone (the counts: /api/actors/unjoined)
    sides = None if as_json else _read(db, lambda store: store.unjoined_sides())
    if sides is not None and sides["n_events"]:
        err.print(_sides.line(sides), highlight=False, markup=False, soft_wrap=True)


@app.command(epilog=examples("events"))
@_read_only_command
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
    counted: Annotated[
        bool,
        typer.Option(
            "--counted",
            help="Events counted across articles (GDELT-style: mentions, sources, articles; "
            "the export's corpus_events), by date; filters: --actor or --country (a code "
            "prefix), --since.",
        ),
    ] = False,
) -> None:
    """Coded events in a store, filtered by type, actor, country and date."""
    _check_limit(limit)
    _check_date(since, "--since", with_time=not counted)
    if counted:
        _counted_events(db, actor, country, type, since, limit, as_json)
        return
    rows = _read(
        db,
        lambda store: store.events(
            type=type, actor=actor, country=country, since=since, limit=limit + 1
        ),
    )
    filters = {"--type": type, "--actor": actor, "--country": country, "--since": since}
    _print_rows(
        rows,
        as_json,
        ("events", db, filters),
        # ux35: no article column: the event's sentence could not be opened (`show ID`)
        ("date", "type", "cameo", "source", "target", "flags", "trigger", "article"),
        lambda r: (
            r.get("date") or "",
            r["type"],
            r.get("cameo") or "",
            r.get("source_names") or r.get("source_codes") or "",
            r.get("target_names") or r.get("target_codes") or "",
            ",".join(f for f in ("negated", "hypothetical", "background") if r.get(f)),
            r.get("trigger") or "",
            r["article_id"][:8],  # a prefix `newsgraph show` takes
        ),
        limit=limit,
    )


def _counted_events(
    db: Path,
    actor: str | None,
    country: str | None,
    type_: str | None,
    since: str | None,
    limit: int,
    as_json: bool,
) -> None:
    """``events --counted`` (ux40: the events counted across articles, GDELT's rows, were in
    the export and the web page only; the command line listed article events, each once per
    article that told it)."""
    if type_:
        _fail("--type: a counted event has a CAMEO root code, not a PLOVER type; leave --type out")
        raise typer.Exit(2)
    if actor and country:
        _fail("--counted takes --actor or --country (both match an actor code's start), not both")
        raise typer.Exit(2)
    from ..store._country import check_country

    def read(store: Any) -> list[dict[str, Any]]:
        # --country as the article events take it: 'russia' is one line naming RUS
        code = check_country(country) if country else (actor or "").upper() or None
        return store.corpus_events(actor=code, since=since, limit=limit + 1)

    rows = _read(db, read)
    note = "" if as_json else _not_counted(db)  # events the counts leave out, and why
    _print_rows(
        rows,
        as_json,
        ("counted events", db, {"--actor": actor, "--country": country, "--since": since}),
        ("date", "root", "actors", "mentions", "sources", "articles", "article"),
        lambda r: (
            _counted_date(r),
            r.get("root_code") or "",
            f"{_counted_side(r.get('actor1'))} → {_counted_side(r.get('actor2'))}",
            str(r["num_mentions"]),
            str(r["num_sources"]),
            str(r["num_articles"]),
            (r.get("first_article_id") or "")[:8],  # its first report: `newsgraph show`
        ),
        limit=limit,
    )
    if note:
        err.print(note, highlight=False, markup=False, soft_wrap=True)


def _counted_date(row: dict[str, Any]) -> str:
    """The date as precise as it is known: a year, month or week an article named is shown as
    such ('1991', '2005-05', '2018-W34'), not as its first day ('1991-01-01')."""
    import datetime as dt

    day, resolution = row.get("date") or "", row.get("date_resolution")
    if not day or resolution not in ("week", "month", "year"):
        return day
    if resolution == "week":
        year, week, _ = dt.date.fromisoformat(day).isocalendar()
        return f"{year}-W{week:02d}"
    return day[:4] if resolution == "year" else day[:7]


def _counted_side(key: str | None) -> str:
    """A corpus event's actor key as shown: the code, an uncoded actor's folded name
    (``name:observers`` -> ``observers``), ``-`` for none."""
    if not key:
        return "-"
    return key.removeprefix("name:")


@app.command(epilog=examples("framing"))
@_read_only_command
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

    _check_choice("--by", by, ("outlet", "all"))
    totals: list[int] = []
    rows = _read(
        db, lambda store: store.framing(actor, by_outlet=by == "outlet", top=top, totals=totals)
    )
    if as_json:  # no outlet, no actor: null, as the export gives them (ux30: placeholder text)
        print(_dumps([_nulls(r) for r in rows]))
        return
    if _nothing(rows, "framing records", db, **{"--actor": actor}):
        return
    from ..summary import _clip  # ux40: a cut example ended mid-word, no mark

    # ux35: the example's article (`newsgraph show ID`) was only in --json: its id prefix
    # ends the example's cell (a column more squeezed the labels on an 80-column terminal)
    table = Table("outlet", "actor", "label", "kind", "count", "polarity")
    # folded, not cut with an ellipsis: a cut id opens nothing (80 columns: '[a4a0567…')
    table.add_column(Text("example [article]"), overflow="fold", min_width=10)
    for r in rows:
        ex = r.get("example") or {}
        where = (ex.get("article_id") or "")[:8]  # a prefix `newsgraph show` takes
        cells = (
            r["outlet"] or "(all)",
            r["actor"],
            r["label"],
            r["kind"],
            str(r["count"]),
            f"{r['polarity']:+.2f}",
            _clip(ex.get("sentence") or "", 120) + (f" [{where}]" if where else ""),
        )
        table.add_row(*(Text(c) for c in cells))
    out.print(table)
    if totals and totals[0] > len(rows):  # ux35: the cut was silent
        each = ", each with every outlet's row" if by == "outlet" else ""
        err.print(
            f"showing {len(rows)} of {totals[0]:,} rows: the (actor, label) pairs most frequent "
            f"over all outlets{each}; raise --top or give --actor",
            highlight=False,
            markup=False,
            soft_wrap=True,
        )


def _nulls(row: dict[str, Any]) -> dict[str, Any]:
    """A framing row with the table's "(no outlet)" and "(no actor)" as null: a program
    reading the JSON could not tell them from an outlet's or an actor's name."""
    from ..store._framing import public

    return public(row)
