"""The per-article budget: an article over its size or time budget fails alone, with one line."""

from __future__ import annotations

import time

import pytest
import spacy

from newsgraph.api import Pipeline
from newsgraph.ingest import Failure, RawArticle
from newsgraph.model import Article


def _blank_pipeline(*, max_chars: int = 100_000, timeout: float | None = 0.5) -> Pipeline:
    """A Pipeline over spaCy's blank English (its real tokenizer, no model to load)."""
    pipe = Pipeline.__new__(Pipeline)
    pipe.nlp = spacy.blank("en")
    pipe.batch_size = 8
    pipe.max_chars = max_chars
    pipe.timeout = timeout
    pipe.config = {"model": "blank", "actors": [], "agents": [], "patterns": []}
    return pipe


GOOD = RawArticle(
    "Envoys meet\n\nEnvoys met in Geneva on Friday.", "Envoys meet", path="good.txt", body_start=13
)


def test_a_runaway_article_is_stopped_by_the_time_budget() -> None:
    # 8,000 '&' take the tokenizer about 8 s on this machine (quadratic affix splitting)
    runaway = RawArticle("&" * 8000, path="ampersands.txt")
    pipe = _blank_pipeline(timeout=0.5)
    started = time.monotonic()
    results = list(pipe.analyze_many([runaway, GOOD], published="2018-08-29"))
    elapsed = time.monotonic() - started
    assert elapsed < 3.0, f"the budget did not stop the article ({elapsed:.1f} s)"
    assert isinstance(results[0], Failure)
    assert str(results[0]) == (
        "ampersands.txt: analysis took longer than the 0.5 s budget per article (set --timeout)"
    )
    assert isinstance(results[1], Article) and results[1].source.path == "good.txt"


def test_an_article_over_the_size_budget_fails_alone() -> None:
    pipe = _blank_pipeline(max_chars=1000)
    big = RawArticle("word " * 400, path="big.txt")
    results = list(pipe.analyze_many([big, GOOD]))
    assert str(results[0]) == (
        "big.txt: text is 2,000 characters, over the 1,000-character budget per article "
        "(set --max-chars)"
    )
    assert isinstance(results[1], Article)


def test_defaults_are_documented_values() -> None:
    from newsgraph.api import DEFAULT_MAX_CHARS, DEFAULT_TIMEOUT

    assert (DEFAULT_MAX_CHARS, DEFAULT_TIMEOUT) == (200_000, 60.0)


@pytest.mark.parametrize("timeout", [None, 0])
def test_no_time_budget_when_switched_off(timeout: float | None) -> None:
    pipe = _blank_pipeline(timeout=timeout)
    [art] = list(pipe.analyze_many([RawArticle("&" * 500, path="a.txt")]))
    assert isinstance(art, Article)


def test_lazy_loading_on_the_first_doc_does_not_count_against_the_budget() -> None:
    from spacy.language import Language

    loaded: list[bool] = []

    @Language.component("_test_lazy_loader")
    def lazy_loader(doc):  # type: ignore[no-untyped-def]
        if not loaded:  # like the gazetteer index, opened (or built) on first use
            time.sleep(3.0)
            loaded.append(True)
        return doc

    # a loading time well over the budget, a budget well over the article's own time on a
    # loaded machine (0.5 s was too tight for CI runs sharing the cores)
    pipe = _blank_pipeline(timeout=2.0)
    pipe.nlp.add_pipe("_test_lazy_loader")
    results = list(pipe.analyze_many([GOOD]))
    assert isinstance(results[0], Article), results[0]
