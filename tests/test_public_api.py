from __future__ import annotations

import newsgraph


def test_all_is_pinned():
    assert sorted(newsgraph.__all__) == [
        "Article",
        "Pipeline",
        "Store",
        "__version__",
        "analyze",
        "ingest",
    ]
    for name in newsgraph.__all__:
        assert getattr(newsgraph, name) is not None


def test_article_id_is_hash_of_normalised_text():
    from newsgraph.model import article_id

    assert article_id("Hello  world\n") == article_id(" Hello world")
    assert article_id("Hello world") != article_id("Hello world!")
    assert len(article_id("x")) == 20


def test_analyze_names_a_missing_file():
    import pytest

    from newsgraph.api import Pipeline
    from newsgraph.errors import InputError

    pipe = Pipeline.__new__(Pipeline)  # no model needed to reject the input
    with pytest.raises(InputError, match="no-such-article.txt: no such file"):
        pipe._to_raw("no-such-article.txt", clean=True)
