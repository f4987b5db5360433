"""Commands newsgraph suggests to the user, written so that they can be pasted (ux37).

A suggested command named its store unquoted ("newsgraph stats --db my dir/news.db"), which
a shell splits into two arguments; and a line of several commands was cut across lines by the
console's wrapping, so a pasted command lost its end. :func:`arg` quotes a path as a POSIX
shell needs it (unchanged when it needs nothing); :func:`next_lines` gives one command a line.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterable
from os import PathLike


def arg(value: str | PathLike[str]) -> str:
    """A path or value as one shell word ("my dir/news.db" -> "'my dir/news.db'")."""
    return shlex.quote(str(value))


def next_lines(commands: Iterable[str]) -> str:
    """ "Next:" and each command on its own indented line."""
    return "Next:\n" + "\n".join(f"  {c}" for c in commands)
