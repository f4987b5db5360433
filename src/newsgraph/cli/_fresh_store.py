"""``ingest`` into a ``--db`` that does not exist yet: a run that stores nothing (every input
failed, or there was none) leaves no empty store behind (ux23)."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path


def new_paths(db: Path) -> list[Path]:
    """The store and its shard folder (``news.db``, ``news.dataset``) that do not exist yet."""
    from ..scale.shards import dataset_dir

    return [p for p in (db, dataset_dir(db)) if not p.exists() and not p.is_symlink()]


def remove_unused(db: Path, created: list[Path]) -> bool:
    """Remove what this run created of ``created`` (from :func:`new_paths`); True if the
    store file was removed. Call only when the run stored no article."""
    removed = False
    for path in created:
        if path == db and db.is_file():
            for extra in ("-wal", "-shm", "-journal"):
                with contextlib.suppress(FileNotFoundError):
                    Path(f"{db}{extra}").unlink()
            db.unlink()
            removed = True
        elif path != db and path.is_dir():
            for shard in path.glob("part-*.parquet"):  # partitions that held only failures
                shard.unlink()
            with contextlib.suppress(OSError):  # anything else in it stays
                path.rmdir()
    return removed


def stored_articles(db: Path) -> int:
    """How many articles ``db`` holds (0 for no store yet, or one that cannot be read), read
    without writing: a parallel run's interrupted line counts what reached the store (ux33:
    a partition merged but not yet counted when Ctrl-C came was left out of it)."""
    from ..errors import NewsgraphError
    from ..store.sqlite import Store

    if not db.is_file():
        return 0
    try:
        with Store(db, read_only=True) as store:
            return store.count()
    except (NewsgraphError, sqlite3.Error):
        return 0
