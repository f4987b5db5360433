"""hard38: what a user may not read was a traceback or a misleading line. Run as the nobody
user (root passes every permission check).

- A folder being read that holds a folder this user may not list, or a file in a folder it
  may list but not search: a traceback that ended the batch (the progress count and the walk
  both stopped on it). Each is one line now and the batch goes on; a file that may not be
  read said "[Errno 13] Permission denied: 'PATH'" inside its line, the path twice.
- ``--db`` a store this user may not read: click's usage box, four lines; a store in a folder
  it may not search: "no store at DB; create one with ingest".
- ``--actors`` a dictionary this user may not read: the same usage box.
- ``export --out`` in a folder this user may not search: a traceback.
- The gazetteer cache folder not searchable: a traceback before anything was read; not
  writable: each article failed after ~10 s spent building the index, again and again.
"""

from __future__ import annotations

import os
from pathlib import Path

from store_samples import moscow_article
from test_ux24_db import _as_nobody, needs_nobody, shared_dir  # noqa: F401

from newsgraph.store import Store

STORY = (
    "Ministers from Chile and Peru met in Lima on Thursday to discuss fishing rights, "
    "officials said.\n"
)


def _lines(done: object) -> list[str]:
    out = done.stdout + done.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in out, out
    return [x for x in out.strip().splitlines() if x.startswith("error:") or "succeeded" in x]


@needs_nobody
def test_a_folder_with_parts_nobody_may_read_is_read_around(shared_dir: Path) -> None:  # noqa: F811
    inbox = shared_dir / "inbox"
    inbox.mkdir(mode=0o755)
    (inbox / "a_ok.txt").write_text(STORY)
    (inbox / "b_secret.txt").write_text(STORY.replace("Lima", "Cusco"))
    (inbox / "b_secret.txt").chmod(0o000)
    (inbox / "c_locked").mkdir()
    (inbox / "c_locked" / "x.txt").write_text(STORY.replace("Lima", "Arica"))
    (inbox / "c_locked").chmod(0o000)
    (inbox / "d_listed").mkdir()
    (inbox / "d_listed" / "y.txt").write_text(STORY.replace("Lima", "Tacna"))
    (inbox / "d_listed").chmod(0o644)  # listed, not searched: its files cannot be opened
    done = _as_nobody("extract", str(inbox), "--jsonl")
    assert done.returncode == 0, done.stderr
    assert _lines(done) == [
        f"error: {inbox}/b_secret.txt: could not be read (Permission denied)",
        f"error: {inbox}/c_locked: cannot be read (Permission denied); skipped",
        f"error: {inbox}/d_listed/y.txt: cannot be read (Permission denied); skipped",
        "1 succeeded, 3 failed",
    ]
    assert '"Ministers from Chile and Peru met in Lima' in done.stdout
    # the folder given itself
    done = _as_nobody("extract", str(inbox / "c_locked"))
    assert _lines(done) == [
        f"error: {inbox}/c_locked: cannot be read (Permission denied); skipped",
        "0 succeeded, 1 failed",
    ]


@needs_nobody
def test_a_store_nobody_may_read_is_one_line(shared_dir: Path) -> None:  # noqa: F811
    private = shared_dir / "private"
    private.mkdir(mode=0o700)
    hidden = private / "news.db"
    with Store(hidden) as store:
        store.add(moscow_article())
    unreadable = shared_dir / "mine.db"
    with Store(unreadable) as store:
        store.add(moscow_article())
    unreadable.chmod(0o600)
    for command in ("stats", "dedupe"):
        done = _as_nobody(command, "--db", str(hidden))
        assert done.returncode == 2
        assert _lines(done) == [
            f"error: {hidden}: the folder {private} cannot be looked into (permission denied), "
            "so whether a store is there cannot be told; give a --db path in a folder you can "
            "read."
        ]
        done = _as_nobody(command, "--db", str(unreadable))
        assert done.returncode == 2
        assert _lines(done) == [f"error: {unreadable} cannot be read: Permission denied."]
    # control: the same store, readable, is read
    unreadable.chmod(0o644)
    done = _as_nobody("stats", "--db", str(unreadable))
    assert done.returncode == 0 and done.stdout.startswith(f"{unreadable}: articles 1")


@needs_nobody
def test_export_into_a_folder_nobody_may_search_is_one_line(shared_dir: Path) -> None:  # noqa: F811
    db = shared_dir / "news.db"
    with Store(db) as store:
        store.add(moscow_article())
    private = shared_dir / "private"
    private.mkdir(mode=0o700)
    for out in (private / "events.csv", private / "deeper" / "events.csv"):
        done = _as_nobody("export", "--db", str(db), "--table", "events", "--out", str(out))
        assert done.returncode == 2
        assert _lines(done) == [f"error: cannot write {out}: Permission denied."]


@needs_nobody
def test_a_dictionary_nobody_may_read_is_one_line(shared_dir: Path) -> None:  # noqa: F811
    actors = shared_dir / "mine.actors.txt"
    actors.write_text("MICHELLE_BACHELET [CHLGOV]\n")
    actors.chmod(0o600)
    done = _as_nobody("analyze", str(shared_dir / "none.txt"), "--actors", str(actors))
    assert done.returncode == 2
    assert _lines(done) == [f"error: {actors}: cannot be read (Permission denied)"]


@needs_nobody
def test_a_gazetteer_cache_nobody_may_use_is_one_line_before_any_work(
    shared_dir: Path,  # noqa: F811
) -> None:
    story = shared_dir / "story.txt"
    story.write_text(STORY)
    locked = shared_dir / "cache"
    locked.mkdir(mode=0o755)  # root's: nobody may read it, not write in it
    done = _as_nobody("analyze", str(story), env={"NEWSGRAPH_CACHE": str(locked)})
    assert done.returncode == 2
    assert _lines(done) == [
        f"error: Cannot write in the gazetteer cache directory {locked} (Permission denied). "
        "Set NEWSGRAPH_CACHE to a writable directory."
    ]
    locked.chmod(0o700)
    inside = locked / "newsgraph"
    done = _as_nobody("analyze", str(story), env={"NEWSGRAPH_CACHE": str(inside)})
    assert done.returncode == 2
    assert _lines(done) == [
        f"error: Cannot read the gazetteer cache directory {inside} (Permission denied). "
        "Set NEWSGRAPH_CACHE to a writable directory."
    ]
    assert sorted(os.listdir(locked)) == []  # nothing left behind
