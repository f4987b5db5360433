"""ux30 walk: the same wire story at two outlets on the same day: dedupe makes the copy
stored first the original (``copy_of``, ties by storing order), but a story's member list
(``show``'s "story: copy of X; 2 articles, first Y", the web page's story) ordered ties by
id, so it could name as first an article that is itself marked a copy of the other.
Members are listed in dedupe's order. Control: an earlier day still comes first, whatever
was stored first."""

from __future__ import annotations

from pathlib import Path

from tests.store.test_ux26_outlet_copies import _jsonl, _Pipeline

from newsgraph.runner import ingest_sources
from newsgraph.store.sqlite import Store

A = {"outlet": "Wire A", "url": "https://wire-a.example/s/1", "published": "2020-03-05"}
B = {"outlet": "Site B", "url": "https://site-b.example/n/9", "published": "2020-03-05"}


def _story(tmp_path: Path, name: str, rows: list[dict[str, str]]) -> tuple[list[str], dict]:
    db = tmp_path / f"{name}.db"
    ingest_sources(_Pipeline(), [str(_jsonl(tmp_path / f"{name}.jsonl", rows))], db)  # type: ignore[arg-type]
    with Store(db, read_only=True) as store:
        outlets = {r[0]: r[1] for r in store.conn.execute("SELECT id, outlet FROM articles")}
        (copy_id,) = [
            r[0]
            for r in store.conn.execute("SELECT article_id FROM article_clusters WHERE is_copy")
        ]
        story = store.story(copy_id)
    assert story is not None
    return [outlets[m["id"]] for m in story["articles"]], {
        "copy_of": outlets[story["copy_of"]],
        "copy": outlets[copy_id],
    }


def test_the_first_member_of_a_same_day_story_is_the_original(tmp_path: Path) -> None:
    for name, rows in (("ab", [A, B]), ("ba", [B, A])):
        members, link = _story(tmp_path, name, rows)
        stored_first = rows[0]["outlet"]
        assert link["copy_of"] == stored_first
        assert members[0] == stored_first, (name, members)


def test_control_an_earlier_day_comes_first(tmp_path: Path) -> None:
    later = {**A, "published": "2020-03-06"}
    members, link = _story(tmp_path, "later", [later, B])  # A stored first, B a day earlier
    assert members == ["Site B", "Wire A"]
    assert link == {"copy_of": "Site B", "copy": "Wire A"}
