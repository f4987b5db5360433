"""The corpus actor registry and quotes grouped into statements."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.corpus.statements import similarity
from newsgraph.store import Store, export
from newsgraph.store.corpus import Corpus
from tests.corpus._samples import OWN, REPRINT, WIRE, story

SHORT = (
    "Lavrov met Adel al-Jubeir in Moscow on Wednesday. "
    "Lavrov said the West should stop arming militants in Syria."
)


def corpus_articles() -> list:
    return [
        story(WIRE, "AP", "2018-08-29"),
        story(REPRINT, "Reuters", "2018-08-30"),
        story(OWN, "PressTV", "2018-08-29"),
        story(SHORT, "TASS", "2018-08-31", lavrov_name="Lavrov"),  # surname only
    ]


@pytest.fixture
def store() -> Iterator[Store]:
    with Store(":memory:") as s:
        arts = corpus_articles()
        s.add_many(arts)
        Corpus(s.conn).add(a.id for a in arts)
        yield s


def test_one_actor_across_articles_with_aliases_and_roles(store: Store) -> None:
    (lavrov,) = store.actors(name="lavrov")
    assert lavrov["name"] == "Sergei Lavrov"
    assert (lavrov["type"], lavrov["country"], lavrov["code"]) == ("PERSON", "RUS", "RUSGOV")
    assert lavrov["n_articles"] == 4  # "Lavrov" alone in the TASS piece joined him
    assert lavrov["aliases"] == ["Lavrov"]
    assert lavrov["roles"] == ["foreign minister"]
    assert (lavrov["first_seen"], lavrov["last_seen"]) == ("2018-08-29", "2018-08-31")
    assert [a["name"] for a in store.actors(name="FOREIGN minister")] == ["Sergei Lavrov"]
    assert [a["name"] for a in store.actors(country="SAU")] == ["Adel al-Jubeir"]
    assert store.actors(name="nobody at all") == []


def test_actor_page_data_has_quotes_and_events(store: Store) -> None:
    (lavrov,) = store.actors(name="Sergei Lavrov")
    page = store.actor(lavrov["id"])
    assert page is not None
    assert len(page["quotes"]) == 4 and len(page["events"]) == 4
    assert {q["outlet"] for q in page["quotes"]} == {"AP", "Reuters", "PressTV", "TASS"}
    assert {e["role"] for e in page["events"]} == {"source", "target"}  # PressTV: target
    assert store.actor("actor-nope") is None


def test_similarity_threshold() -> None:
    a = "the terrorist abscess in Idlib must be liquidated before any political settlement"
    assert similarity(a, a.upper() + "!") == 1.0
    # "must be" -> "has to be": 9 shared 2-grams of 11 and 12, Jaccard 9/14
    b = a.replace("must be", "has to be")
    assert similarity(a, b) == pytest.approx(9 / 14)
    # a reprint that trims the quote: contained whole
    assert similarity(a, "the terrorist abscess in Idlib must be liquidated") == 1.0
    assert similarity(a, "the West should stop arming militants in Syria") == 0.0


def test_near_identical_quotes_are_one_statement(store: Store) -> None:
    rows = store.statements(speaker="the foreign minister")  # matched through the role
    abscess = [r for r in rows if "abscess" in r["content"]]
    assert len(abscess) == 1
    s = abscess[0]
    assert (s["n_quotes"], s["n_articles"], s["n_outlets"]) == (3, 3, 3)
    assert (s["first_published"], s["first_outlet"]) == ("2018-08-29", "AP")
    assert s["first_url"] == "https://ap.example/idlib"
    assert s["outlets"] == ["AP", "PressTV", "Reuters"]  # in order of first appearance
    assert [v["outlet"] for v in s["variants"]] == ["AP", "PressTV", "Reuters"]
    assert "has to be liquidated" in s["variants"][1]["content"]
    # the TASS quote is another statement of the same actor
    assert [r["first_outlet"] for r in rows if "abscess" not in r["content"]] == ["TASS"]
    assert store.statements(speaker="al-Jubeir") == []


def test_quote_search_matches_aliases_and_roles(store: Store) -> None:
    by_role = store.quotes(speaker="foreign minister")
    assert len(by_role) == 4
    assert {q["speaker_name"] for q in by_role} == {"Sergei Lavrov", "Lavrov"}
    assert {(q["published"], q["outlet"]) for q in by_role} >= {("2018-08-29", "AP")}


def test_quotes_and_actors_exports(store: Store, tmp_path: Path) -> None:
    export(store, "csv", tmp_path / "q.csv", table="quotes")
    with (tmp_path / "q.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    ap = next(r for r in rows if r["outlet"] == "AP")
    assert (ap["published"], ap["url"]) == ("2018-08-29", "https://ap.example/idlib")
    assert ap["actor_id"].startswith("actor-") and ap["statement_id"].startswith("stmt-")
    export(store, "jsonl", tmp_path / "a.jsonl", table="actors")
    actors = [json.loads(x) for x in (tmp_path / "a.jsonl").read_text().splitlines()]
    lavrov = next(a for a in actors if a["name"] == "Sergei Lavrov")
    assert (lavrov["n_articles"], lavrov["n_quotes"], lavrov["n_statements"]) == (4, 4, 2)
    assert lavrov["roles"] == ["foreign minister"]


def test_cli_actors_and_quotes(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with Store(db) as s:
        arts = corpus_articles()
        s.add_many(arts)
        Corpus(s.conn).add(a.id for a in arts)
    runner = CliRunner()
    result = runner.invoke(app, ["actors", "--db", str(db), "--country", "RUS", "--json"])
    assert result.exit_code == 0, result.output
    assert [a["name"] for a in json.loads(result.output)] == ["Sergei Lavrov"]
    wide = CliRunner(env={"COLUMNS": "250"})
    result = wide.invoke(app, ["quotes", "--db", str(db), "--speaker", "foreign minister"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if "Lavrov" in line]
    assert len(lines) == 4  # one per quote, with its date and outlet
    assert any("2018-08-31" in line and "TASS" in line for line in lines)
    assert any("2018-08-29" in line and "AP" in line for line in lines)
    result = runner.invoke(
        app, ["quotes", "--db", str(db), "--speaker", "Lavrov", "--statements", "--json"]
    )
    assert [r["n_quotes"] for r in json.loads(result.output)] == [3, 1]
    result = wide.invoke(app, ["actors", "--db", str(db), "--name", "jubeir"])
    assert result.exit_code == 0 and "Adel al-Jubeir" in result.output
