"""Reading a store written by an older newsgraph (ux31).

A read never writes, so a read-only open does not migrate: a store of an older schema is
read as it is. Its articles, mentions, quotes and events are there since version 1, but
the full-text index (version 2), the corpus tables (actors, corpus events, statements:
version 3 on), their later columns and the framing table (version 6) are not, and a read of
them was an ``OperationalError`` traceback on the command line and an HTTP 500 on the web
page (a store of schema 1 was refused whole). On such a store a query that names a table or
column it lacks raises one :class:`SchemaError` line that says which and how to update the store.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from .. import _shell
from ._errors import SchemaError
from .migrations import SCHEMA_VERSION

_MISSING = ("no such table", "no such column")


class ReadConnection(sqlite3.Connection):
    """A read-only store's connection: a query on a table or column an older schema lacks
    raises :class:`SchemaError` naming the store, its version and the fix."""

    ng_path: str = ""
    ng_version: int = SCHEMA_VERSION

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        try:
            return super().execute(sql, parameters)
        except sqlite3.OperationalError as err:
            mapped = older_error(self.ng_path, self.ng_version, err)
            if mapped is None:
                raise
            raise mapped from None


def older_error(path: str, version: int, err: sqlite3.OperationalError) -> SchemaError | None:
    """The one line for ``err`` on a store at schema ``version``; None when ``err`` is not a
    table or column the store's older schema lacks."""
    text = str(err)
    if version >= SCHEMA_VERSION or not text.lower().startswith(_MISSING):
        return None
    missing = text.split(":", 1)[-1].strip()
    fill = (
        "framing records come only from articles ingested after that"
        if missing == "framing"
        else "it also rebuilds the actors, corpus events and statements"
    )
    return SchemaError(
        f"{path} was written by an older newsgraph (schema {version}, now {SCHEMA_VERSION}) "
        f"and lacks what this reads ({text}): run newsgraph dedupe --db {_shell.arg(path)} once to "
        f"update it ({fill})."
    )
