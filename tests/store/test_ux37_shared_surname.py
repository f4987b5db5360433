"""ux37 (ux36's leftover): a lone surname that several known persons share ("Clinton" once Bill
and Hillary Clinton are known) formed its own stray "Clinton" person actor, which was neither.
It joins the article's own full-name person of that surname when the article names exactly
one (the registry's one-candidate rule, within the article); otherwise it joins no actor, and
a search for actors by that name says so (CLI and web). Controls: a surname one known person
has still joins that person."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
from tests.corpus._people import merged_store, person_entity
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.model import Article, Source, article_id
from newsgraph.store import Store
from newsgraph.web.app import create_app


def _article(i: int, *names: str, aliases: bool = True) -> Article:
    """One article naming each person once; a full name has its surname as alias (unless
    ``aliases`` is false, as the linker sometimes leaves it)."""
    text = f"Day {i}: " + " and ".join(names) + " spoke to reporters about the talks."
    aid = article_id(text)
    people = [
        person_entity(aid, text, name, (name.split()[-1],) if " " in name and aliases else ())
        for name in names
    ]
    return Article(
        id=aid, text=text, published=f"2016-01-{i + 1:02d}", source=Source(outlet="Wire"),
        entities=people,
    )  # fmt: skip


async def _get(db: Path, path: str, params: dict[str, str]) -> httpx.Response:
    transport = httpx.ASGITransport(app=create_app(db))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        return await client.get(path, params=params)


def _actors(db: Path) -> list[tuple[str, int]]:
    with Store(db, read_only=True) as store:
        return sorted((a["name"], a["n_articles"]) for a in store.actors())


_KNOWN = [_article(0, "Bill Clinton"), _article(1, "Hillary Clinton")]


def test_a_shared_surname_alone_forms_no_actor_and_a_search_says_so(tmp_path: Path) -> None:
    db = merged_store(tmp_path, [*_KNOWN, _article(2, "Clinton")])
    assert _actors(db) == [("Bill Clinton", 1), ("Hillary Clinton", 1)]
    result = CliRunner().invoke(app, ["actors", "--db", str(db), "--name", "clinton"])
    assert result.exit_code == 0
    said = " ".join(result.stderr.split())
    assert "'Clinton' alone (1 mention in 1 article) is joined to no actor" in said
    assert "2 known persons are named so (Bill Clinton, Hillary Clinton)" in said
    page = asyncio.run(_get(db, "/actors", {"name": "clinton"}))
    assert page.status_code == 200
    assert "is joined to no actor: 2 known persons are named so" in page.text


def test_a_shared_surname_joins_the_one_person_its_article_names(tmp_path: Path) -> None:
    # the lone surname comes first in the text (its entity is read before the full name)
    db = merged_store(tmp_path, [*_KNOWN, _article(2, "Clinton", "Hillary Clinton")])
    assert _actors(db) == [("Bill Clinton", 1), ("Hillary Clinton", 2)]
    with Store(db, read_only=True) as store:
        assert store.unjoined_persons("clinton") == []


def test_control_a_surname_one_known_person_has_joins_that_person(tmp_path: Path) -> None:
    db = merged_store(tmp_path, [_article(0, "Sergei Lavrov"), _article(1, "Lavrov")])
    assert _actors(db) == [("Sergei Lavrov", 2)]
    result = CliRunner().invoke(app, ["actors", "--db", str(db), "--name", "lavrov"])
    assert "joined to no actor" not in result.stderr


def test_an_article_naming_both_in_full_leaves_it_unjoined(tmp_path: Path) -> None:
    db = merged_store(
        tmp_path, [*_KNOWN, _article(2, "Clinton", "Bill Clinton", "Hillary Clinton")]
    )
    assert _actors(db) == [("Bill Clinton", 2), ("Hillary Clinton", 2)]
    with Store(db, read_only=True) as store:
        assert [u["name"] for u in store.unjoined_persons("clinton")] == ["Clinton"]


def test_the_article_page_names_each_entitys_actor_or_says_none(tmp_path: Path) -> None:
    lone, named = _article(2, "Clinton"), _article(3, "Hillary Clinton")
    db = merged_store(tmp_path, [*_KNOWN, lone, named])
    with Store(db, read_only=True) as store:
        hillary = next(a["id"] for a in store.actors() if a["name"] == "Hillary Clinton")
    page = asyncio.run(_get(db, f"/articles/{lone.id}", {})).text
    assert "none: several known persons have this name" in page
    page = asyncio.run(_get(db, f"/articles/{named.id}", {})).text
    assert f'href="http://127.0.0.1/actors/{hillary}">Hillary Clinton</a>' in page
    assert "several known persons" not in page


def test_the_json_list_stays_whole_and_the_line_goes_to_stderr(tmp_path: Path) -> None:
    db = merged_store(tmp_path, [*_KNOWN, _article(2, "Clinton")])
    result = CliRunner().invoke(app, ["actors", "--db", str(db), "--name", "clinton", "--json"])
    names = sorted(a["name"] for a in json.loads(result.stdout))
    assert names == ["Bill Clinton", "Hillary Clinton"]
    assert "is joined to no actor" in result.stderr


def test_a_lone_name_no_one_is_known_by_joins_its_articles_full_name(tmp_path: Path) -> None:
    # the linker left "Gov. Fallin" apart and gave "Mary Fallin" no alias: whichever the
    # registry reads first, no known person is named "Fallin"
    db = merged_store(tmp_path, [_article(0, "Gov. Fallin", "Mary Fallin", aliases=False)])
    assert _actors(db) == [("Mary Fallin", 1)]


def test_control_a_lone_name_alone_in_its_article_is_its_own_actor(tmp_path: Path) -> None:
    db = merged_store(tmp_path, [_article(0, "Fallin", "Jeb Bush", aliases=False)])
    assert _actors(db) == [("Fallin", 1), ("Jeb Bush", 1)]
