"""ux36 (ux35's leftover): the registry kept "Hillary Rodham Clinton" apart from "Hillary
Clinton". A person named with a middle or maiden name joins the one known person named by its
first and last word, and the other way round; a known person with another middle for the same
first and last word is another person, and two candidates are no join (the registry's rule for
"Lavrov" alone). Controls: other first names, two middles with no short form, and a short name
two people share stay apart."""

from __future__ import annotations

from pathlib import Path

from tests.corpus._people import merged_store
from tests.corpus._people import person_article as _article

from newsgraph.model import Article
from newsgraph.store import Store
from newsgraph.store.corpus import Corpus
from newsgraph.store.corpus._middle import agree


def _names(tmp_path: Path, names: list[str]) -> list[str]:
    db = merged_store(tmp_path, [_article(i, n) for i, n in enumerate(names)])
    with Store(db, read_only=True) as store:
        return sorted(a["name"] for a in store.actors())


def test_a_maiden_name_joins_the_short_form_known_first(tmp_path: Path) -> None:
    names = ["Hillary Clinton", "Hillary Clinton", "Hillary Rodham Clinton"]
    assert _names(tmp_path, names) == ["Hillary Rodham Clinton"]


def test_the_short_form_joins_the_full_name_known_first(tmp_path: Path) -> None:
    names = ["Hillary Rodham Clinton", "Hillary Clinton", "Hillary Clinton"]
    assert _names(tmp_path, names) == ["Hillary Rodham Clinton"]


def test_an_initial_agrees_with_its_word(tmp_path: Path) -> None:
    names = ["John Quincy Adams", "John Adams", "John Q. Adams"]
    assert _names(tmp_path, names) == ["John Quincy Adams"]


def test_another_middle_already_known_is_another_person(tmp_path: Path) -> None:
    names = ["George Bush", "George H. W. Bush", "George W. Bush"]
    assert _names(tmp_path, names) == ["George H. W. Bush", "George W. Bush"]


def test_control_another_first_name_stays_apart(tmp_path: Path) -> None:
    names = ["Hillary Rodham Clinton", "Chelsea Clinton", "Bill Clinton"]
    assert _names(tmp_path, names) == ["Bill Clinton", "Chelsea Clinton", "Hillary Rodham Clinton"]


def test_control_two_middles_without_a_short_form_stay_apart(tmp_path: Path) -> None:
    names = ["George W. Bush", "George H. W. Bush"]
    assert _names(tmp_path, names) == ["George H. W. Bush", "George W. Bush"]


def test_control_a_short_form_two_people_share_joins_neither(tmp_path: Path) -> None:
    names = ["George W. Bush", "George H. W. Bush", "George Bush"]
    assert _names(tmp_path, names) == ["George Bush", "George H. W. Bush", "George W. Bush"]


def test_agree() -> None:
    assert agree(["rodham"], ["rodham"])
    assert agree(["r"], ["rodham"])
    assert not agree(["h", "w"], ["w"])
    assert not agree(["walker"], ["herbert"])


def _aliased(i: int, name: str, alias: str) -> Article:
    art = _article(i, name)
    art.entities[0].aliases = [alias]
    return art


def test_the_joined_form_is_a_name_a_later_alias_finds(tmp_path: Path) -> None:
    arts = [
        _article(0, "Hillary Rodham Clinton"),
        _article(1, "Hillary Clinton"),
        _aliased(2, "Secretary Hillary Clinton", "Hillary Clinton"),
    ]
    db = tmp_path / "a.db"
    with Store(db) as store:
        store.add_many(arts)
        corpus = Corpus(store.conn)
        for a in arts:
            corpus.add([a.id])
    with Store(db, read_only=True) as store:
        assert [a["n_articles"] for a in store.actors()] == [3]
