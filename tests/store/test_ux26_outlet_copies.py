"""The same text from two outlets (a wire story two sites ran) is kept as each outlet's own
article, linked as a duplicate of the earliest (ux26 item 1). It was stored once: the second
outlet, its URL and date were lost, so "said first" and framing by outlet named the wrong
outlet or missed one. A rerun still adds nothing; the same outlet's second URL, or an input
naming no outlet or URL, is the same article as before (controls)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from newsgraph.ingest import Failure
from newsgraph.model import Article, Source, article_id
from newsgraph.runner import IngestStats, ingest_sources
from newsgraph.store.sqlite import Store

TEXT = (
    "Wire story\n\nMinisters of Norway and Chile met in Oslo on Monday to discuss fishing "
    "rights, the foreign ministry said."
)


class _Pipeline:
    """No model: each raw article becomes a bare Article with the id ingest gave it."""

    batch_size = 4
    config: dict[str, Any] = {}

    def analyze_many(self, items: Iterable[Any], published: str | None = None) -> Iterator[Any]:
        for raw in items:
            if isinstance(raw, Failure):
                yield raw
                continue
            yield Article(
                id=_id(raw),
                text=raw.text,
                title=raw.title,
                published=raw.published,
                source=Source(path=raw.path, url=raw.url, outlet=raw.outlet),
            )


def _id(raw: Any) -> str:
    """The id ingest gave the article (the text's hash before copies had their own)."""
    return getattr(raw, "article_id", None) or article_id(raw.text)


def _jsonl(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps({"text": TEXT, **r}) + "\n" for r in rows))
    return path


WIRE = {"outlet": "Wire A", "url": "https://wire-a.example/s/1", "published": "2020-03-06"}
SITE = {"outlet": "Site B", "url": "https://site-b.example/n/9", "published": "2020-03-05"}


def _ingest(db: Path, src: Path) -> IngestStats:
    return ingest_sources(_Pipeline(), [str(src)], db)  # type: ignore[arg-type]


def _outlets(db: Path) -> list[tuple[str, str, str]]:
    with Store(db, read_only=True) as store:
        rows = store._conn.execute("SELECT outlet, url, published FROM articles").fetchall()
    return sorted(tuple(r) for r in rows)


def test_each_outlets_copy_is_its_own_article_linked_to_the_first(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl", [WIRE, SITE])
    db = tmp_path / "n.db"
    stats = _ingest(db, src)
    assert (stats.added, stats.skipped) == (2, 0)
    assert _outlets(db) == [
        ("Site B", "https://site-b.example/n/9", "2020-03-05"),
        ("Wire A", "https://wire-a.example/s/1", "2020-03-06"),
    ]
    with Store(db, read_only=True) as store:
        ids = {r[0]: r[1] for r in store._conn.execute("SELECT outlet, id FROM articles")}
        story = store.story(ids["Wire A"])
    # Site B ran it a day earlier: it is the original, Wire A's copy is linked to it.
    assert story is not None
    assert story["is_copy"] is True and story["copy_of"] == ids["Site B"]
    assert [a["outlet"] for a in story["articles"]] == ["Site B", "Wire A"]


def test_a_rerun_in_either_order_adds_nothing(tmp_path: Path) -> None:
    db = tmp_path / "n.db"
    _ingest(db, _jsonl(tmp_path / "a.jsonl", [WIRE, SITE]))
    again = _ingest(db, _jsonl(tmp_path / "b.jsonl", [SITE, WIRE]))
    assert (again.added, again.skipped) == (0, 2)
    assert len(_outlets(db)) == 2


def test_a_third_outlet_later_is_added_alone(tmp_path: Path) -> None:
    db = tmp_path / "n.db"
    _ingest(db, _jsonl(tmp_path / "a.jsonl", [WIRE, SITE]))
    third = {"outlet": "Paper C", "url": "https://c.example/x", "published": "2020-03-07"}
    stats = _ingest(db, _jsonl(tmp_path / "b.jsonl", [WIRE, third, SITE]))
    assert (stats.added, stats.skipped) == (1, 2)
    assert [o for o, _, _ in _outlets(db)] == ["Paper C", "Site B", "Wire A"]


def test_control_the_same_outlet_at_another_url_is_the_same_article(tmp_path: Path) -> None:
    amp = {"outlet": " wire  a", "url": "https://wire-a.example/amp/s/1", "published": "2020-03-06"}
    src = _jsonl(tmp_path / "in.jsonl", [WIRE, amp])
    db = tmp_path / "n.db"
    stats = _ingest(db, src)
    assert (stats.added, stats.skipped) == (1, 1)
    assert _outlets(db) == [("Wire A", "https://wire-a.example/s/1", "2020-03-06")]


def test_control_the_same_url_under_another_outlet_name_is_the_same_article(
    tmp_path: Path,
) -> None:
    renamed = {**WIRE, "outlet": "Wire A - World news"}
    stats = _ingest(tmp_path / "n.db", _jsonl(tmp_path / "in.jsonl", [WIRE, renamed]))
    assert (stats.added, stats.skipped) == (1, 1)


def test_control_copies_naming_no_source_are_stored_once(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT + "\n")
    (folder / "b.txt").write_text(TEXT + "\n")
    db = tmp_path / "n.db"
    stats = _ingest(db, folder)
    assert (stats.added, stats.skipped) == (1, 1)


def test_a_named_outlets_copy_of_a_text_stored_from_an_unnamed_file_is_added(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.txt").write_text(TEXT + "\n")
    db = tmp_path / "n.db"
    _ingest(db, tmp_path / "a.txt")
    again = _ingest(db, _jsonl(tmp_path / "w.jsonl", [WIRE]))
    assert (again.added, again.skipped) == (1, 0)


def test_dask_partitions_keep_another_outlets_copy(tmp_path: Path) -> None:
    from newsgraph.scale.runner import _partitions

    src = _jsonl(tmp_path / "in.jsonl", [WIRE, SITE, WIRE])
    with Store(tmp_path / "n.db") as store:
        stats = IngestStats()
        parts = list(_partitions(store, [str(src)], 8, stats, False, 10**6, None, 1))
    raws = [r for p in parts for r in p]
    assert [r.outlet for r in raws] == ["Wire A", "Site B"]
    assert stats.skipped == 1
    assert _id(raws[0]) != _id(raws[1])


@pytest.mark.model
def test_said_first_and_framing_by_outlet_name_both_outlets(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsgraph import cli

    text = (
        "Shelling in Idlib\n\nSyrian government forces shelled positions held by terrorists "
        'in Idlib on Tuesday, state media said. "We will not accept any attack on our '
        'soldiers," Defence Minister Hulusi Akar told reporters in Ankara.'
    )
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"text": text, **r}) + "\n" for r in (WIRE, SITE)))
    db = str(tmp_path / "n.db")
    run = CliRunner().invoke(cli.app, ["ingest", str(src), "--db", db])
    assert run.exit_code == 0, run.output
    said = CliRunner().invoke(cli.app, ["quotes", "--statements", "--db", db, "--json"])
    akar = [s for s in json.loads(said.output) if s["speaker_name"] == "Hulusi Akar"]
    # Site B ran the wire story a day before Wire A: it said it first, and both ran it
    assert [(s["first_outlet"], s["first_published"], s["outlets"]) for s in akar] == [
        ("Site B", "2020-03-05", ["Site B", "Wire A"])
    ]
    framing = CliRunner().invoke(cli.app, ["framing", "--by", "outlet", "--db", db, "--json"])
    rows = json.loads(framing.output)
    terror = {r["outlet"] for r in rows if r["label"] == "terrorist"}
    assert terror == {"Site B", "Wire A"}


def test_the_run_remembers_a_bounded_window_and_asks_the_store_for_older_texts(
    tmp_path: Path,
) -> None:
    from newsgraph.ingest import RawArticle
    from newsgraph.store.copies import CopyFilter

    def raw(i: int, outlet: str) -> RawArticle:
        return RawArticle(f"Text number {i} about fishing rights.", outlet=outlet)

    with Store(tmp_path / "n.db") as store:
        copies = CopyFilter(store, window=2)
        first = copies.new([raw(0, "Wire A")])
        store.add_many(
            [Article(id=_id(r), text=r.text, source=Source(outlet=r.outlet)) for r in first]
        )
        copies.new([raw(i, "Wire A") for i in range(1, 5)])
        assert len(copies.sources) <= 2 and len(copies.claimed) <= 2
        # text 0 left the window: the store answers (same outlet: stored; another: a copy)
        assert copies.new([raw(0, "wire a")]) == []
        (other,) = copies.new([raw(0, "Site B")])
        assert other.copy_key == "site b"
