"""ux37 (ux36's leftover): a title before a name made its own actor ("Gov. John Kasich" apart
from "John Kasich") and could win an actor's display name as its fullest form ("Secretary
Hillary Clinton" over "Hillary Clinton"). A title adds no word: a titled name joins the one
known person named without it (the registry's rule for "Lavrov" alone), an untitled form wins
a tie, and a titled fullest form is shown without its title. Controls: a title before one word
stays in the name ("Pope Francis" over "Francis"); another first name stays apart."""

from __future__ import annotations

from pathlib import Path

from tests.corpus._people import merged_store
from tests.corpus._people import person_article as _article

from newsgraph.store import Store
from newsgraph.store.corpus import Corpus
from newsgraph.store.corpus._titles import bare, untitled


def _actors(tmp_path: Path, names: list[str]) -> list[tuple[str, int]]:
    """Each name an article's person; a full name has its surname as alias, as the linker
    gives it ("John Kasich ... Kasich")."""
    arts = [
        _article(i, n, (n.split()[-1],) if len(n.split()) > 1 else ()) for i, n in enumerate(names)
    ]
    db = merged_store(tmp_path, arts)
    with Store(db, read_only=True) as store:
        return sorted((a["name"], a["n_articles"]) for a in store.actors())


def test_a_title_does_not_win_the_display_name(tmp_path: Path) -> None:
    names = ["Hillary Clinton", "Secretary Hillary Clinton", "Hillary Clinton"]
    assert _actors(tmp_path, names) == [("Hillary Clinton", 3)]


def test_a_titled_name_known_first_joins_the_untitled_one(tmp_path: Path) -> None:
    names = ["Gov. John Kasich", "John Kasich", "Gov. Kasich"]
    assert _actors(tmp_path, names) == [("John Kasich", 3)]


def test_a_titled_fullest_name_is_shown_without_its_title(tmp_path: Path) -> None:
    names = ["John Kasich", "Gov. John R. Kasich"]
    assert _actors(tmp_path, names) == [("John R. Kasich", 2)]


def test_titles_and_their_qualifiers_come_off_the_front_only() -> None:
    assert bare("former secretary of state john kerry") == "john kerry"
    assert bare("president elect donald trump") == "donald trump"
    assert bare("chief petty officer lyle white") == "lyle white"
    assert bare("pastor joseph brown") == "joseph brown"
    assert bare("president") == "president"
    assert bare("john major") == "john major"
    assert untitled("Sen. Ted Cruz") == "Ted Cruz"


def test_control_a_title_before_one_word_stays(tmp_path: Path) -> None:
    names = ["Pope Francis", "Francis", "Pope Francis"]
    assert _actors(tmp_path, names) == [("Pope Francis", 3)]
    assert untitled("Pope Francis") == "Pope Francis"


def test_control_another_first_name_stays_apart(tmp_path: Path) -> None:
    names = ["Gov. Jeb Bush", "George Bush"]
    got = [n for n, _ in _actors(tmp_path, names)]
    assert len(got) == 2 and "George Bush" in got


def test_a_leading_article_does_not_make_a_name_fuller(tmp_path: Path) -> None:
    # ux37 walk (stats on 839 PolNeAR texts): the registry named the White House
    # "a White House", three words against two
    arts = [_article(i, n) for i, n in enumerate(["White House", "a White House", "White House"])]
    for art in arts:
        art.entities[0].type = "ORG"
        art.entities[0].aliases = []
    db = tmp_path / "n.db"
    with Store(db) as store:
        store.add_many(arts)
        Corpus(store.conn).add(a.id for a in arts)
    with Store(db, read_only=True) as store:
        assert [a["name"] for a in store.actors()] == ["White House"]
