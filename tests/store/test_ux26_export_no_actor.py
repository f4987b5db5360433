"""ux26 walk: the framing export gave a label that labels no actor the actor "(no actor)", a
string a table reader cannot tell from a name (its target, target_name and target_code, and
an undated article's outlet, are null). It is null now in every format. Control: a label of
an actor keeps the actor's key."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import pyarrow.parquet as pq
from tests.store.framing_samples import presstv_article, reuters_article

from newsgraph.store import Store, export


def _with_an_actorless_label() -> object:
    art = reuters_article()
    hit = dataclasses.replace(
        art.framing[0], id="framing-none", target=None, target_name=None, target_code=None
    )
    return dataclasses.replace(art, framing=[*art.framing, hit])


def test_a_label_of_no_actor_has_a_null_actor(tmp_path: Path) -> None:
    with Store(tmp_path / "n.db") as store:
        store.add_many([presstv_article(), _with_an_actorless_label()])  # type: ignore[list-item]
        export(store, "parquet", tmp_path / "f.parquet", table="framing")
        export(store, "csv", tmp_path / "f.csv", table="framing")
    rows = {r["id"]: r for r in pq.read_table(tmp_path / "f.parquet").to_pylist()}
    assert rows["framing-none"]["actor"] is None
    with (tmp_path / "f.csv").open(encoding="utf-8", newline="") as fh:
        by_id = {r["id"]: r for r in csv.DictReader(fh)}
    assert by_id["framing-none"]["actor"] == ""
    # control: the labels of actors keep their keys
    assert {r["actor"] for k, r in rows.items() if k != "framing-none"} == {
        "SYRREB",
        "Government of Israel",
    }
