"""ux24: a search word written '-word' (web-search style) was searched for, not left out:
'Idlib -Ankara' is not FTS5 syntax, so the plain-terms fallback made it 'Idlib' AND
'Ankara' and found exactly the articles the user meant to leave out. It now means NOT."""

from __future__ import annotations

import pytest
from store_samples import ankara_article, moscow_article

from newsgraph.store import Store, StoreError


def _found(store: Store, query: str) -> set[str]:
    return {hit.article.id for hit in store.search(query)}


def test_a_minus_word_leaves_its_articles_out(filled: Store) -> None:
    # both articles mention Idlib; only the Ankara one says Ankara
    assert _found(filled, "Idlib -Ankara") == {moscow_article().id}
    assert _found(filled, "Idlib -Ankara -Lavrov") == set()
    assert _found(filled, "Idlib -Paris") == {moscow_article().id, ankara_article().id}


def test_only_minus_words_is_one_error(filled: Store) -> None:
    with pytest.raises(StoreError, match="every word is excluded"):
        filled.search("-Ankara")


def test_plain_words_and_fts5_syntax_as_before(filled: Store) -> None:
    # controls: words without '-' are all wanted; real FTS5 NOT is read by FTS5
    assert _found(filled, "Idlib Ankara") == {ankara_article().id}
    assert _found(filled, "Idlib NOT Ankara") == {moscow_article().id}
    assert _found(filled, "Idlib") == {moscow_article().id, ankara_article().id}
