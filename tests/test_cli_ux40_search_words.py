"""ux40 walk (a journalist searching the store by words): `newsgraph search idlib lavrov` was
"Got unexpected extra argument(s) (lavrov)" and `newsgraph search idlib -turkey` (the help's
own "-word: without it") "No such option: -t". The query's words are the arguments; a -word
among them leaves the word out; an unknown --option is still refused in one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store.sqlite import Store
from tests.store.store_samples import ankara_article, moscow_article


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "n.db"
    with Store(path) as store:
        store.add(moscow_article())  # Lavrov, Idlib, Turkey
        store.add(ankara_article())  # Çavuşoğlu, Idlib, Turkey
    return path


def _ids(db: Path, *args: str) -> set[str]:
    result = CliRunner().invoke(app, ["search", *args, "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    return {hit["id"] for hit in json.loads(result.output)}


def test_words_unquoted_are_one_query(db: Path) -> None:
    assert _ids(db, "idlib", "lavrov") == {moscow_article().id}
    assert _ids(db, "idlib", "lavrov") == _ids(db, "idlib lavrov")  # as one quoted argument


def test_a_minus_word_leaves_it_out(db: Path) -> None:
    assert _ids(db, "idlib") == {moscow_article().id, ankara_article().id}
    assert _ids(db, "idlib", "-lavrov") == {ankara_article().id}
    assert _ids(db, "-lavrov", "idlib") == {ankara_article().id}  # first too, no -- needed


def test_the_double_dash_form_still_works(db: Path) -> None:
    result = CliRunner().invoke(app, ["search", "--db", str(db), "--json", "--", "-paris lavrov"])
    assert result.exit_code == 0, result.output
    assert moscow_article().id in result.output


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["idlib", "--limt", "3"], "no such option: --limt"),
        (["idlib", "--limt=3"], "no such option: --limt ("),
        (["--", "idlib", "--limit", "3"], "--limit was read as a word of the query"),
    ],
)
def test_control_an_unknown_option_is_refused_not_searched(
    db: Path, args: list[str], said: str
) -> None:
    result = CliRunner().invoke(app, ["search", "--db", str(db), *args])
    assert result.exit_code == 2
    assert said in result.output
    assert "Traceback" not in result.output


def test_control_no_words_is_a_usage_error(db: Path) -> None:
    result = CliRunner().invoke(app, ["search", "--db", str(db)])
    assert result.exit_code == 2
    assert "Missing argument" in result.output
