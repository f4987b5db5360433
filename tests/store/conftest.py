"""Fixtures for the store tests: in-memory stores holding hand-built articles."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from store_samples import ankara_article, moscow_article

from newsgraph.store import Store


@pytest.fixture
def store() -> Iterator[Store]:
    with Store(":memory:") as s:
        yield s


@pytest.fixture
def filled(store: Store) -> Store:
    """An in-memory store holding the Moscow and Ankara articles."""
    assert store.add_many([moscow_article(), ankara_article()]) == 2
    return store
