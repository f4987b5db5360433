"""ux38 walk (a researcher reading the actors list to see what a corpus codes): an event side
joined to no actor (no source found, "a gunman" coded to nothing, or a lone "Clinton" two
known persons share) was in no row of `newsgraph actors` or /api/actors, so the list showed
the coded part of the corpus and said nothing of the rest. The CLI (stderr: its JSON stays
whole), the web page and /api/actors/unjoined count those events per side and why, and name
the most frequent such sides. Control: a store whose every event has both sides joined says
so; a coded group with no entity counts as joined."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.model import Actor, Article, Event, Source, article_id, record_id
from newsgraph.store import Store
from newsgraph.store.corpus._sides import line
from newsgraph.web.app import create_app
from tests.corpus._people import merged_store, person_article, person_entity
from tests.store.store_samples import span

CITY = (
    "Senator Maria Ortiz criticised the governor on Monday. A gunman attacked a bus near the "
    "market. Police arrested two men after the attack."
)
RULING = "Day 3: Clinton denounced the ruling in a statement."


def _side(text: str, needle: str, code: str | None, entity: str | None = None) -> Actor:
    country = code[:3] if code and len(code) >= 3 and code[:3].isupper() else None
    return Actor(entity, span(text, needle), code, country, None)


def _event(aid: str, text: str, trigger: str, sources: list[Actor], targets: list[Actor]) -> Event:
    t = span(text, trigger)
    return Event(
        id=record_id(aid, "event", t.start, t.end), type="ASSAULT", mode=None, quad=4,
        cameo="190", trigger=t, sources=sources, targets=targets, place=None, time=None,
        negated=False, hypothetical=False, background=False, reported_by=None, sentence=0,
        confidence=0.8, rule="test",
    )  # fmt: skip


def city_article() -> Article:
    text = CITY
    aid = article_id(text)
    ortiz = person_entity(aid, text, "Maria Ortiz")
    events = [
        _event(aid, text, "criticised", [_side(text, "Maria Ortiz", "USALEG", ortiz.id)],
               [_side(text, "the governor", "USAGOV")]),
        _event(aid, text, "attacked", [_side(text, "A gunman", None)], []),
        _event(aid, text, "arrested", [_side(text, "Police", "COP")],
               [_side(text, "two men", None)]),
    ]  # fmt: skip
    return Article(
        id=aid, text=text, published="2016-02-01", source=Source(outlet="Wire"),
        entities=[ortiz], events=events,
    )  # fmt: skip


def ruling_article() -> Article:
    """A lone "Clinton" once Bill and Hillary Clinton are known: its entity joins no actor."""
    text = RULING
    aid = article_id(text)
    clinton = person_entity(aid, text, "Clinton")
    events = [_event(aid, text, "denounced", [_side(text, "Clinton", None, clinton.id)], [])]
    return Article(
        id=aid, text=text, published="2016-02-02", source=Source(outlet="Wire"),
        entities=[clinton], events=events,
    )  # fmt: skip


def _store(tmp_path: Path) -> Path:
    known = [
        person_article(0, "Bill Clinton", ("Clinton",)),
        person_article(1, "Hillary Clinton", ("Clinton",)),
    ]
    return merged_store(tmp_path, [*known, city_article(), ruling_article()])


def test_each_side_is_counted_with_its_reason(tmp_path: Path) -> None:
    with Store(_store(tmp_path), read_only=True) as store:
        got = store.unjoined_sides()
    assert got is not None
    # by hand: "criticised" has both sides joined (an entity, a coded group); "attacked" an
    # uncoded source and no target; "arrested" a coded group and an uncoded target;
    # "denounced" a "Clinton" no actor holds and no target
    assert got["n_events"] == 4 and got["n_unjoined"] == 3
    assert got["source"] == {"n_events": 2, "absent": 0, "uncoded": 1, "unjoined": 1}
    assert got["target"] == {"n_events": 3, "absent": 2, "uncoded": 1, "unjoined": 0}
    assert got["names"] == [
        {"role": "source", "name": "A gunman", "n_events": 1, "reason": "uncoded"},
        {"role": "source", "name": "Clinton", "n_events": 1, "reason": "unjoined"},
        {"role": "target", "name": "two men", "n_events": 1, "reason": "uncoded"},
    ]


def test_the_cli_says_it_after_the_list(tmp_path: Path) -> None:
    db = _store(tmp_path)
    result = CliRunner(env={"COLUMNS": "200"}).invoke(app, ["actors", "--db", str(db)])
    assert result.exit_code == 0
    assert "Maria Ortiz" in result.stdout
    said = " ".join(result.stderr.split())
    assert "In this store 3 of 4 events have a side joined to no actor" in said
    assert "source 2 (1 named but coded to nothing, 1 an entity that joined no actor)" in said
    assert "target 3 (2 none named, 1 named but coded to nothing)" in said
    assert "source 'A gunman' 1" in said


def test_control_the_cli_json_is_the_list_alone(tmp_path: Path) -> None:
    db = _store(tmp_path)
    result = CliRunner().invoke(app, ["actors", "--db", str(db), "--json"])
    assert result.exit_code == 0
    names = {r["name"] for r in json.loads(result.output)}
    assert {"Maria Ortiz", "Bill Clinton", "Hillary Clinton"} <= names


async def _get(db: Path, path: str, params: dict[str, str] | None = None) -> httpx.Response:
    app_ = create_app(db)
    transport = httpx.ASGITransport(app=app_)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        got = await client.get(path, params=params)
    app_.state.db.close()
    return got


def test_the_web_page_and_the_api_count_them(tmp_path: Path) -> None:
    db = _store(tmp_path)
    page = asyncio.run(_get(db, "/actors"))
    assert page.status_code == 200
    assert "3 of 4 events have a side joined to no actor" in page.text
    assert 'href="http://127.0.0.1/api/actors/unjoined"' in page.text
    api = asyncio.run(_get(db, "/api/actors/unjoined", {"name": "clinton"})).json()
    assert api["n_unjoined"] == 3 and api["target"]["absent"] == 2
    assert api["line"].startswith("In this store 3 of 4 events")
    (person,) = api["persons"]
    assert person["name"] == "Clinton" and "is joined to no actor" in person["line"]
    listed = asyncio.run(_get(db, "/api/actors")).json()
    assert isinstance(listed, list) and "Maria Ortiz" in {r["name"] for r in listed}


def test_control_every_side_joined_says_so(tmp_path: Path) -> None:
    text = "Rebels shelled an army post. Troops attacked the rebels at dawn."
    aid = article_id(text)
    events = [
        _event(aid, text, "shelled", [_side(text, "Rebels", "REB")],
               [_side(text, "an army post", "MIL")]),
        _event(aid, text, "attacked", [_side(text, "Troops", "MIL")],
               [_side(text, "the rebels", "REB")]),
    ]  # fmt: skip
    art = Article(id=aid, text=text, published="2016-03-01", events=events)
    with Store(merged_store(tmp_path, [art]), read_only=True) as store:
        got = store.unjoined_sides()
    assert got is not None and got["n_unjoined"] == 0 and got["names"] == []
    assert line(got) == (
        "In this store every one of the 2 events has a source and a target joined to an actor."
    )


def test_control_no_events_is_one_plain_line() -> None:
    empty = {"n_events": 0, "n_unjoined": 0, "names": []}
    assert line(empty) == "This store holds no events: no event side to join to an actor."
