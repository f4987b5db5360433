"""ux25: 'newsgraph actors --name ""' (a blank name, e.g. from an unset shell variable) found
no actor and said 'no actors in DB' of a store that has them, while quotes --speaker "" and
events --actor "" treat a blank filter as none; a blank name is no filter now."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.store.store_samples import moscow_article

from newsgraph.store.sqlite import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "n.db")
    s.add(moscow_article())
    s.rebuild_corpus()
    return s


@pytest.mark.parametrize("blank", ["", "  "])
def test_a_blank_name_is_no_filter(store: Store, blank: str) -> None:
    everyone = store.actors()
    assert everyone  # Lavrov, al-Jubeir ...
    assert store.actors(name=blank) == everyone


def test_a_name_still_filters(store: Store) -> None:
    # control
    names = [a["name"] for a in store.actors(name="lavrov")]
    assert names and all("Lavrov" in n for n in names)
    assert store.actors(name="nobody-of-that-name") == []
