"""``--actors``, ``--agents`` and ``--patterns`` files checked before the model loads (ux31).

A file of names with no ``[CODE]`` anywhere (a list of names, prose, a file given to
``--actors`` that is no PETRARCH actor dictionary) was taken silently: every line became an
actor with no code, and the run coded no actor from it, as if the option were not given. It
is refused with one line naming the file (exit 2); a dictionary with codes, some names left
without one, is taken as before. A malformed or non-UTF-8 dictionary is named with its line
here too, before the model's load rather than after it.
"""

from __future__ import annotations

import logging
from pathlib import Path

import typer

from ..errors import NewsgraphError
from ._common import _fail

log = logging.getLogger(__name__)


def check_actors(actors: list[Path] | None) -> None:
    """Refuse an ``--actors`` file that is malformed or gives no actor a code: one line, exit 2."""
    from ..nlp.events.dictionaries import ActorEntry, load_actors

    for path in actors or []:
        if not Path(path).exists():
            continue  # missing: the coder names it, as for --agents
        try:
            found = load_actors(path)
        except NewsgraphError as exc:
            _fail(str(exc))
            raise typer.Exit(2) from None
        entries = [*found.exact.values(), *found.stems.values()]
        if not any(isinstance(e, ActorEntry) and e.codes for e in entries):
            names = f"{len(entries)} name{'' if len(entries) == 1 else 's'}"
            _fail(
                f"{path}: no actor in it has a [CODE] ({names}, none coded; is this a "
                "PETRARCH actor dictionary? docs/events.md)"
            )
            raise typer.Exit(2)
        if found.repeats:
            _warn_repeats(path, found.repeats)


def _warn_repeats(
    path: Path, repeats: list[tuple[int, tuple[str, ...], int]], what: str = "actor"
) -> None:
    """One line for an ``--actors`` or ``--agents`` file repeating a name with other codes
    (ux33: the later entry was dropped with no word): the first entry is kept, as
    docs/events.md says."""
    number, words, kept = repeats[0]
    more = len(repeats) - 1
    rest = f" ({more} more name{'' if more == 1 else 's'} repeated so)" if more else ""
    log.warning(
        f"{path}: line {number}: {' '.join(words)!r} repeats the {what} at line {kept} with "
        f"other codes; the first (line {kept}) is kept{rest}"
    )


def check_agents(agents: list[Path] | None) -> None:
    """A malformed, non-UTF-8 or folder ``--agents`` file is one line before the model loads
    (ux31: after it, as ``--actors`` was); a missing one is left to the coder."""
    from ..nlp.events.dictionaries import load_agents

    for path in agents or []:
        if not Path(path).exists():
            continue
        try:
            found = load_agents(path)
        except NewsgraphError as exc:
            _fail(str(exc))
            raise typer.Exit(2) from None
        if found.repeats:
            _warn_repeats(path, found.repeats, "agent")


def check_pattern_codes(path: Path) -> None:
    """Refuse a pattern whose CAMEO column is no code (ux31: 'abc', 'consult' or a blank
    '-' were taken and written as the events' CAMEO code; the shipped patterns all give 2 to
    4 digits): one line naming the file and line, exit 2. Called on a file that loaded."""
    import re

    from ..datafiles import user_lines

    for line in user_lines(path):
        row = line.cells()
        cameo = row[6].strip() if len(row) > 6 else ""
        if not re.fullmatch(r"\d{2,4}", cameo):
            _fail(
                f"{path}: line {line.number}: pattern {row[0]!r} has CAMEO code {cameo!r}; "
                "give its 2 to 4 digits (e.g. 040, as in event_patterns.tsv; docs/events.md)"
            )
            raise typer.Exit(2)
        _check_mode(path, line.number, row)


def _check_mode(path: Path, number: int, row: list[str]) -> None:
    """Refuse a pattern whose mode is no PLOVER mode of its type (ux33: 'airstrike', 'Demo'
    or a mode of another type was taken and written on its events, which no filter or scorer
    knows): one line naming the file and line, exit 2. Known: the PLOVER manual's modes of the
    type and those the shipped patterns give it ('ban'); '-' for none."""
    from ..eval._events_records import PLOVER_MODES
    from ..nlp.events._patterns import builtin_patterns

    etype, mode = row[4].strip(), row[5].strip()
    if mode in ("", "-"):
        return
    known = set(PLOVER_MODES.get(etype, ())) | {
        p.mode for p in builtin_patterns() if p.type == etype and p.mode
    }
    if mode in known:
        return
    listed = ", ".join(sorted(known)) if known else "none: give '-'"
    _fail(
        f"{path}: line {number}: pattern {row[0]!r} has mode {mode!r}, no PLOVER mode of "
        f"{etype} (its modes: {listed}; '-' for none; docs/events.md)"
    )
    raise typer.Exit(2)
