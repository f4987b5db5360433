"""The store's connection basics: checks on the file before opening it, waiting out another
process's lock, and the base every part of :class:`~newsgraph.store.sqlite.Store` builds on."""

from __future__ import annotations

import errno
import os
import sqlite3
import time
from collections.abc import Callable

from .. import _shell
from ._errors import StoreError
from .migrations import schema_version

_BUSY_MS = 10_000  # how long a writer waits for another process's write lock
_SQLITE_HEADER = b"SQLite format 3\x00"


class StoreBase:
    """The connection a store holds and its transaction controls (the parts of :class:`Store`
    that its write and read methods use)."""

    path: str
    read_only: bool
    _conn: sqlite3.Connection

    @property
    def conn(self) -> sqlite3.Connection:
        """The underlying connection (autocommit mode; rows are ``sqlite3.Row``)."""
        return self._conn

    @property
    def schema_version(self) -> int:
        return schema_version(self._conn)

    def commit(self) -> None:
        """Commit the open batch, if any."""
        if self._conn.in_transaction:
            self._conn.execute("COMMIT")

    def rollback(self) -> None:
        """Drop the open batch, if any."""
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")


def check_path(path: str, *, must_exist: bool) -> None:
    """Raise :class:`StoreError` (one line) when ``path`` cannot be a store file.

    Refuses a directory, a path in a missing folder or under a file, a device or pipe, an
    SQLite URI (``file:...``), and an existing file that is not SQLite; with ``must_exist``
    (a read) also a missing or empty file (a read never creates one), without it (a write)
    a store or folder that cannot be written. Nothing is created or changed.
    """
    if path == ":memory:":
        return
    if path.startswith("file:") and not os.path.lexists(path):
        raise StoreError(_uri_refused(path))
    try:
        os.lstat(path)
    except OSError as err:  # hard38: a name too long was a traceback in ingest
        if err.errno == errno.ENAMETOOLONG:
            raise StoreError(f"{path}: {err.strerror}; give a shorter --db path.") from None
    if os.path.islink(path) and not os.path.exists(path):
        _check_dangling_link(path, must_exist=must_exist)
        return
    folder = os.path.dirname(path) or "."
    if os.path.isdir(path):
        raise StoreError(f"{path} is a directory, not a store file: give a file path.")
    above = folder
    while not os.path.exists(above) and os.path.dirname(above) not in ("", above):
        above = os.path.dirname(above)
    if os.path.exists(above) and not os.path.isdir(above):
        raise StoreError(f"{path}: {above} is a file, not a folder; give a path in a folder.")
    if not os.path.isdir(folder):
        raise StoreError(f"{path}: the folder {folder} does not exist; create it first.")
    if not os.access(folder, os.X_OK):  # hard38: was "no store at DB" of a store there
        raise StoreError(
            f"{path}: the folder {folder} cannot be looked into (permission denied), so "
            "whether a store is there cannot be told; give a --db path in a folder you can read."
        )
    if not os.path.exists(path):
        if must_exist:
            raise StoreError(
                f"no store at {path}; create one with: "
                f"newsgraph ingest SOURCES --db {_shell.arg(path)}"
            )
        _check_writable(path, folder, exists=False)
        return
    if not os.path.isfile(path):  # a device or a pipe: reading it could block or never end
        raise StoreError(
            f"{path} is not a regular file (a device, pipe or socket): give a file path."
        )
    try:
        with open(path, "rb") as f:
            header = f.read(len(_SQLITE_HEADER))
    except OSError as err:
        raise StoreError(f"{path} cannot be read: {err.strerror}.") from None
    if header != _SQLITE_HEADER and (header or must_exist):
        what = "an empty file" if not header else "not a SQLite database"
        raise StoreError(f"{path} is not a newsgraph store ({what}): give another --db path.")
    if not must_exist:
        _check_writable(path, folder, exists=True)


def _check_dangling_link(path: str, *, must_exist: bool) -> None:
    """A ``--db`` that is a symbolic link to nothing (ux25: a read said 'no store at DB; create
    one with ingest' and a write 'DB cannot be opened', neither naming the link). A read, or a
    write whose target cannot be created, is refused with the link's target named; a write into
    an existing folder creates the store at the target, as SQLite does through the link."""
    try:
        os.stat(path)
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise StoreError(
                f"{path} is a symbolic link in a loop of links (it leads to no file): fix or "
                "remove the link, or give the store's own path."
            ) from None
    target = os.path.join(os.path.dirname(path), os.readlink(path))
    if must_exist:
        raise StoreError(
            f"{path} is a symbolic link to {target}, which does not exist: no store there "
            "(fix or remove the link, or give the store's own path)."
        )
    folder = os.path.dirname(target) or "."
    if not os.path.isdir(folder):
        raise StoreError(
            f"{path} is a symbolic link to {target}, whose folder {folder} does not exist: "
            "fix the link, or give another --db path."
        )
    _check_writable(target, folder, exists=False)


def _check_writable(path: str, folder: str, *, exists: bool) -> None:
    """Raise :class:`StoreError` when a writer could not write the store at ``path`` (a
    read-only file, folder or file system): found here, before a model loads or a file is
    made, instead of by SQLite's first write (ux24). Root passes every permission check
    but a read-only file system's."""
    if exists and not os.access(path, os.W_OK):
        raise StoreError(
            f"{path} is read-only: it cannot be written (make it writable, or give another "
            "--db path; read commands such as stats, search and export read it as it is)."
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        if exists:
            raise StoreError(
                f"{path}: the folder {folder} is read-only, and SQLite writes its journal "
                "beside the store; make the folder writable or copy the store to one that is."
            )
        raise StoreError(
            f"{path}: the folder {folder} is read-only, so the store cannot be created there; "
            "give a --db path in a folder you can write."
        )


def _uri_refused(path: str) -> str:
    """The line for an SQLite URI given as ``--db`` (it was opened as a path, and failed
    with 'cannot be opened')."""
    from urllib.parse import unquote, urlsplit

    plain = unquote(urlsplit(path).path) or "PATH"
    return (
        f"{path} is an SQLite URI; --db takes a file path: give {plain} (read commands "
        "already open it read-only)."
    )


def _retry_busy(action: Callable[[], object], wait_s: float = _BUSY_MS / 1000) -> None:
    """Run ``action``, retrying while another process holds the lock SQLite needs.

    ``PRAGMA journal_mode`` on a fresh file can fail with "database is locked" at once,
    without waiting for the busy timeout, when another process is creating the store.
    """
    deadline = time.monotonic() + wait_s
    delay = 0.01
    while True:
        try:
            action()
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) and "busy" not in str(err):
                raise
            if time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.2)
