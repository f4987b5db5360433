"""ux37 walk (a user exporting every table): `newsgraph export --help` names eleven tables, but
only the events (docs/gdelt.md) and statements (docs/scale.md) columns were documented: what
`copy_similarity`, `unnamed`, `interval_from`, `article_tone` or the actors' counts mean, and
which columns lead back to the characters behind a row, was nowhere. docs/export.md has a
section per table naming each of its columns; and the entities table gains `actor_id`, the
registry actor each entity joined, so an actor's counts can be traced to its entities and
their mentions. Control: the events section points to docs/gdelt.md, which names them."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from newsgraph.model import Article, Entity, Source, Span, article_id, record_id
from newsgraph.store import Store
from newsgraph.store._tables import TABLES
from newsgraph.store.corpus import Corpus
from newsgraph.store.export import export
from newsgraph.store.migrations import migrate

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _section(table: str) -> str:
    text = (DOCS / "export.md").read_text(encoding="utf-8")
    heads = list(re.finditer(r"^## (.+)$", text, re.M))
    for i, head in enumerate(heads):
        if table in re.findall(r"\w+", head.group(1)):
            end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
            return text[head.end() : end]
    return ""


@pytest.mark.parametrize("table", sorted(set(TABLES) - {"events", "corpus_events"}))
def test_every_column_of_every_table_is_documented(table: str) -> None:
    named = set(re.findall(r"`([A-Za-z_]+)`", _section(table)))
    columns = [c for c, _ in TABLES[table].columns if not c.startswith("_")]
    assert [c for c in columns if c not in named] == []


def test_control_the_events_section_points_to_the_gdelt_page() -> None:
    assert "gdelt.md" in _section("events") and "gdelt.md" in _section("corpus_events")


def test_an_entity_row_names_its_actor(tmp_path: Path) -> None:
    text = "Sergei Lavrov met reporters in Geneva on Monday."
    aid = article_id(text)
    lavrov = Entity(
        record_id(aid, "entity", 0, 13), "Sergei Lavrov", "PERSON", "RUS",
        mentions=[Span.of(text, 0, 13)],
    )  # fmt: skip
    art = Article(id=aid, text=text, source=Source(outlet="Wire"), entities=[lavrov])
    db = tmp_path / "n.db"
    with Store(db) as store:
        store.add_many([art])
        Corpus(store.conn).add([aid])
    out = tmp_path / "entities.jsonl"
    with Store(db, read_only=True) as store:
        export(store, "jsonl", out, table="entities")
        actor = store.actors()[0]["id"]
    row = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert row["actor_id"] == actor


def test_control_a_store_older_than_the_registry_still_exports_its_entities(
    tmp_path: Path,
) -> None:
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db, isolation_level=None)
    migrate(conn, target=2)  # before the actor registry (schema 3)
    conn.close()
    out = tmp_path / "entities.csv"
    with Store(db, read_only=True) as store:
        assert export(store, "csv", out, table="entities") == 0
    assert out.read_text(encoding="utf-8").splitlines()[0].endswith(",rule,actor_id")
