"""Helpers the commands share: JSON output, one-line errors, option checks, opening the store."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from .. import _shell
from ..errors import NewsgraphError
from ._app import err, out

if TYPE_CHECKING:
    from ..api import Pipeline
    from ..store.sqlite import Store

T = TypeVar("T")


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

    err.print(f"[red]error:[/red] {escape(msg)}", highlight=False, soft_wrap=True, markup=True)


def _finish(ok: int, bad: int, strict: bool, told: bool = False) -> None:
    """The totals line (when something failed, or ``told``) and the exit code. ``told``: the
    records went to a file or pipe, so the run ended with no word when all went well (ux37)."""
    if bad or told:
        err.print(f"{ok} succeeded, {bad} failed", highlight=False)
    if (strict and bad) or (ok == 0 and bad):
        raise typer.Exit(1)


def _pipeline(
    cls: type[Pipeline],
    actors: list[Path] | None,
    agents: list[Path] | None,
    patterns: list[Path] | None,
    **budget: Any,
) -> Pipeline:
    from ..nlp.places.gazetteer import cache_dir, check_cache_writable, index_ready
    from ._dictionaries import check_actors, check_agents

    check_patterns(patterns)
    check_actors(actors)
    check_agents(agents)
    try:
        if not index_ready():
            check_cache_writable()
            err.print(
                f"building the GeoNames index once for this machine (about 10 s) in {cache_dir()}",
                highlight=False,
                soft_wrap=True,
            )
        return cls(
            **budget,
            actors=[str(p) for p in actors or []],
            agents=[str(p) for p in agents or []],
            patterns=[str(p) for p in patterns or []],
        )
    except NewsgraphError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from None


def check_patterns(patterns: list[Path] | None) -> None:
    """Refuse, before the model loads, a ``--patterns`` file holding no pattern (ux26: an empty
    or commented-out file was taken silently, as if no option were given; an actor dictionary
    with no entries was already refused) or a malformed one: one line, exit 2."""
    from ..nlp.events._patterns import load_patterns
    from ._dictionaries import check_pattern_codes

    for path in patterns or []:
        if not Path(path).is_file():
            continue  # missing: the coder names it as for --actors and --agents
        try:
            found = load_patterns([path])
        except NewsgraphError as exc:
            _fail(str(exc))
            raise typer.Exit(2) from None
        if not found:
            _fail(f"{path}: no event patterns in it (is this a pattern file? docs/events.md)")
            raise typer.Exit(2)
        check_pattern_codes(path)


def _check_choice(option: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        _fail(f"{option} {value!r} is not one of: {', '.join(choices)}")
        raise typer.Exit(2)


def _published(value: str | None) -> str | None:
    """``--published`` as a date: an ISO date or date-time, or a written date (``Aug 29, 2018``)."""
    if value is None:
        return None
    from ..ingest.dates import iso_published

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


def _store(db: Path, must_exist: bool = True) -> Store:
    """The store at ``db``, opened read-only (a read never creates or changes a file)."""
    from ..store.sqlite import Store

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
    from ..store.sqlite import check_path

    try:
        check_path(str(db), must_exist=False)
    except NewsgraphError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from None


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
    """True (and one line said) when a read found no rows, instead of an empty table; on a
    store without articles the line says what to run first."""
    if rows:
        return False
    given = [f"{f} {v!r}".strip() for f, v in filters.items() if v]
    match = f" match {' '.join(given)}" if given else ""
    out.print(
        f"no {what}{match} in {db}{_empty_store(db)}",
        highlight=False,
        markup=False,
        soft_wrap=True,
    )
    return True


def _empty_store(db: Path) -> str:
    """``""``, or for a store holding no article yet: what to run first (ux23)."""
    if _read(db, lambda store: store.count()):
        return ""
    return f"; {db} has no articles yet: {_first_step(db)}"


def _first_step(db: Path) -> str:
    return f"run newsgraph ingest SOURCES --db {_shell.arg(db)} first"


def _not_counted(db: Path) -> str:
    """How many events no corpus event counts for want of a date (ux28), or ``""``: said by
    the corpus_events export and by ``events --counted`` (ux40)."""
    undated = _read(db, lambda store: store.count_undated_events())
    if not undated:
        return ""
    its = "its" if undated == 1 else "their"
    return (
        f"not counted: {_n(undated, 'event')} with no date of {its} own or {its} "
        "article's; give ingest --published; docs/gdelt.md"
    )


def _n(count: int, word: str, plural: str | None = None) -> str:
    """``count`` and ``word``, singular for 1 ('1 row', '2 rows'; ux25: '1 rows')."""
    return f"{count} {word if count == 1 else plural or word + 's'}"


def _read_only_command(command: Callable[..., None]) -> Callable[..., None]:
    """A read command whose Ctrl-C is one line, like the write commands' (ux25: show, search,
    stats, quotes, actors, events, framing exited 130 without a word)."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        try:
            command(*args, **kwargs)
        except KeyboardInterrupt:
            sys.stdout.flush()
            _fail(f"interrupted: {command.__name__} only reads the store; nothing was changed.")
            raise typer.Exit(130) from None

    return wrapper
