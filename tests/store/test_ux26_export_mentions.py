"""ux26 walk: the entities export gave each entity's name and mention count but no mention
offsets (quotes, places, times, events and framing rows carry theirs), so an entity could not
be put back on the characters where the article names it. `export --table mentions` gives one
row per mention with its entity and offsets. Control: the entities table is unchanged."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from store_samples import MOSCOW_TEXT, moscow_article

from newsgraph.store import Store, export


def test_each_mention_is_a_row_with_its_offsets(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "mentions.parquet"
    n = export(filled, "parquet", out, table="mentions")
    table = pq.read_table(out)
    assert table.schema.field("start").type == pa.int64()
    lavrov = [r for r in table.to_pylist() if r["name"] == "Sergei Lavrov"]
    # "Sergei Lavrov" once, then "Lavrov" twice more, in the Moscow article's text
    first = MOSCOW_TEXT.index("Sergei Lavrov")
    second = MOSCOW_TEXT.index("Lavrov", first + len("Sergei Lavrov"))
    third = MOSCOW_TEXT.index("Lavrov", second + 1)
    assert [(r["start"], r["end"], r["text"]) for r in lavrov] == [
        (first, first + 13, "Sergei Lavrov"),
        (second, second + 6, "Lavrov"),
        (third, third + 6, "Lavrov"),
    ]
    assert {r["article_id"] for r in lavrov} == {moscow_article().id}
    assert {r["type"] for r in lavrov} == {"PERSON"} and {r["country"] for r in lavrov} == {"RUS"}
    with Store(":memory:") as empty:
        assert export(empty, "csv", tmp_path / "none.csv", table="mentions") == 0
    assert n == filled.conn.execute("SELECT count(*) FROM mentions").fetchone()[0]


def test_control_the_entities_table_is_unchanged(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "entities.csv"
    export(filled, "csv", out, table="entities")
    assert out.read_text(encoding="utf-8").splitlines()[0] == (  # ux37 added actor_id
        "id,article_id,name,type,country,sector,role,aliases,n_mentions,confidence,rule,actor_id"
    )
