"""ux22: event pages are chosen on the narrow rows first (a deep offset no longer reads every
skipped row's columns and place); every page is still the same slice of the one ordering."""

from __future__ import annotations

import pytest

from newsgraph.store import Store


@pytest.mark.parametrize("by_when", [False, True])
@pytest.mark.parametrize("size", [1, 2, 3])
def test_pages_concatenate_to_the_full_list(filled: Store, by_when: bool, size: int) -> None:
    full = [h.event.id for h in filled.events(limit=1000, by_when=by_when)]
    assert len(full) >= 3
    paged: list[str] = []
    for offset in range(0, len(full) + size, size):
        paged += [h.event.id for h in filled.events(limit=size, offset=offset, by_when=by_when)]
    assert paged == full
    assert filled.events(limit=5, offset=len(full)) == []


def test_filtered_pages_keep_the_filter(filled: Store) -> None:
    full = filled.events(type="CONSULT", limit=1000)
    assert full and all(h.event.type == "CONSULT" for h in full)
    second = filled.events(type="CONSULT", limit=1, offset=1)
    assert [h.event.id for h in second] == [h.event.id for h in full[1:2]]
