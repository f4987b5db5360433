"""Framing in the store: rows in and out, the corpus view, export and the CLI."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from tests.store.framing_samples import presstv_article, reuters_article
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store
from newsgraph.store.export import export


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "framing.db"
    with Store(path) as store:
        assert store.add_many([presstv_article(), reuters_article()]) == 2
    return path


def test_records_round_trip_through_the_store(db: Path) -> None:
    art = presstv_article()
    with Store(db) as store:
        back = store.get(art.id)
    assert back is not None
    assert back.framing == art.framing
    assert back.tone == art.tone


def test_labels_per_outlet_and_actor_with_examples(db: Path) -> None:
    with Store(db) as store:
        rows = store.framing()
        by = {(r["outlet"], r["actor"], r["label"]): r for r in rows}
        assert set(by) == {
            ("Press TV", "SYRREB", "terrorist"),
            ("Press TV", "Government of Israel", "regime"),
            ("Reuters", "SYRREB", "so-called"),
        }
        terror = by[("Press TV", "SYRREB", "terrorist")]
        assert terror["count"] == 2 and terror["articles"] == 1
        assert terror["example"]["sentence"] == "The terrorists attacked Idlib on Monday."
        # one actor across outlets, by code; counted together
        syr = store.framing("SYRREB", by_outlet=False)
        assert {(r["outlet"], r["label"], r["count"]) for r in syr} == {
            (None, "terrorist", 2),
            (None, "so-called", 1),
        }
        regime = store.framing("ISRGOV")  # the code finds the entity's labels too
        assert [(r["actor"], r["label"]) for r in regime] == [("Government of Israel", "regime")]
        hits = store.framing_hits(actor="SYRREB", outlet="Press TV", label="terrorist")
        assert [h["text"] for h in hits] == ["terrorists", "terrorists"]
        assert hits[1]["sentence"] == "The Israeli regime backs the terrorists, officials said."
        assert store.count_framing_hits(actor="SYRREB") == 3


def test_export_framing_table(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "framing.csv"
    with Store(db) as store:
        n = export(store, "csv", out, table="framing")
    assert n == 4
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["label"] for r in rows} == {"terrorist", "regime", "so-called"}
    regime = next(r for r in rows if r["label"] == "regime")
    assert regime["outlet"] == "Press TV" and regime["target_code"] == "ISRGOV"
    assert float(regime["article_tone"]) == pytest.approx(-7.143)


def test_cli_framing_by_outlet_and_actor(db: Path) -> None:
    r = CliRunner().invoke(app, ["framing", "--db", str(db), "--actor", "SYRREB", "--json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    assert {(x["outlet"], x["label"], x["count"]) for x in rows} == {
        ("Press TV", "terrorist", 2),
        ("Reuters", "so-called", 1),
    }
    r = CliRunner().invoke(app, ["framing", "--db", str(db), "--by", "all"])
    assert r.exit_code == 0 and "terrorist" in r.output and "regime" in r.output
    r = CliRunner().invoke(app, ["framing", "--db", str(db), "--by", "country"])
    assert r.exit_code != 0 and "--by" in r.output


def test_cli_export_and_show(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "f.jsonl"
    r = CliRunner().invoke(
        app, ["export", "--db", str(db), "--table", "framing", "--out", str(out)]
    )
    assert r.exit_code == 0, r.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 4
    r = CliRunner().invoke(app, ["show", presstv_article().id[:12], "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert "Framing" in r.output and "regime" in r.output and "SYRREB" in r.output
    assert "tone -7.14" in r.output


def test_framing_by_outlet_costs_a_fixed_number_of_queries(tmp_path: Path) -> None:
    # one statement per group (the example) made the web's top=2000 view cost 2,000 queries
    import dataclasses

    arts = []
    for i in range(30):  # 30 outlets: 30 + groups, whatever the number of groups
        art = presstv_article()
        text = art.text + f" Report {i}."
        arts.append(
            dataclasses.replace(
                art,
                id=f"a{i:02d}",
                text=text,
                source=dataclasses.replace(art.source, outlet=f"Outlet {i:02d}"),
            )
        )
    with Store(tmp_path / "many.db") as store:
        store.add_many(arts)
        statements: list[str] = []
        store.conn.set_trace_callback(statements.append)
        rows = store.framing(top=2000)
        store.conn.set_trace_callback(None)
    assert len(rows) == 30 * 2  # per outlet: SYRREB/terrorist and Israel/regime
    selects = [s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]
    assert len(selects) <= 3, selects
    assert all(r["example"] is not None for r in rows)
    first = {(r["outlet"], r["label"]): r["example"]["article_id"] for r in rows}
    assert first[("Outlet 07", "terrorist")] == "a07"
