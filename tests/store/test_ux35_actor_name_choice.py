"""ux35 walk (a fact-checker's `quotes --statements` on 840 PolNeAR articles): the statements
and `actors` named Hillary Clinton "Hillary Clinton ''" (George W. Bush "George W. Bush ''"):
the registry takes an actor's fullest name, counted in space-split words, so one entity named
with a quoting style's stray '' (three "words") outranked 543 "Hillary Clinton". Words are
counted as words now, punctuation aside, and the most frequent of the fullest names wins.
Control: a fuller name still wins over a more frequent shorter one ("Sergei Lavrov" over
"Lavrov")."""

from __future__ import annotations

from pathlib import Path

from tests.corpus._people import person_article as _article

from newsgraph.model import Article
from newsgraph.store import Store
from newsgraph.store.corpus import Corpus


def _names(tmp_path: Path, arts: list[Article]) -> list[str]:
    db = tmp_path / "n.db"
    with Store(db) as store:
        store.add_many(arts)
        Corpus(store.conn).add(a.id for a in arts)
    with Store(db, read_only=True) as store:
        return [a["name"] for a in store.actors()]


def test_a_stray_quote_mark_does_not_make_a_name_fuller(tmp_path: Path) -> None:
    arts = [_article(0, "Hillary Clinton ''")] + [
        _article(i, "Hillary Clinton") for i in range(1, 4)
    ]
    assert _names(tmp_path, arts) == ["Hillary Clinton"]


def test_control_a_fuller_name_still_wins_over_a_frequent_short_one(tmp_path: Path) -> None:
    arts = [_article(0, "Sergei Lavrov", aliases=("Lavrov",))] + [
        _article(i, "Lavrov") for i in range(1, 4)
    ]
    assert _names(tmp_path, arts) == ["Sergei Lavrov"]
