"""Turn ``sqlite3`` errors into one-line :class:`StoreError` messages naming the store."""

from __future__ import annotations

import os

from ._errors import StoreError


class QueryTimeout(StoreError):
    """Database work ran past its time limit (see :meth:`Store.time_limit`)."""


def store_error(path: str, err: Exception) -> StoreError:
    """One line naming the store ``path`` for a ``sqlite3`` error ``err`` (and what to do)."""
    text = str(err)
    lowered = text.lower()
    if "disk is full" in lowered or "disk i/o error" in lowered:
        return StoreError(
            f"{path}: the disk is full (or the store reached its size limit); the batch being "
            "written was rolled back, everything committed before it is kept. Free space and "
            "run the same command again: it resumes."
        )
    if "not a database" in lowered or "malformed" in lowered:
        return StoreError(f"{path} is not a newsgraph store (not a SQLite database, or damaged).")
    if "locked" in lowered or "busy" in lowered:
        return StoreError(
            f"{path} is locked by another process (waited 10 s for it); try again when it is done."
        )
    if "unable to open" in lowered or "readonly" in lowered:
        parent = os.path.dirname(path) or "."
        if os.path.isdir(path):
            return StoreError(f"{path} is a directory, not a store file; give a file path.")
        if not os.path.isdir(parent):
            return StoreError(f"{path}: the folder {parent} does not exist; create it first.")
        if "readonly" in lowered:
            return StoreError(f"{path} cannot be written (read-only file or folder).")
        return StoreError(f"{path} cannot be opened (check the path and its permissions).")
    return StoreError(f"{path}: {text}")
