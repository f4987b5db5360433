"""Hostile inputs (issue 14.2) cost work linear in their size, without the time budget.

No test here times anything: each counts the work a step does (characters handed to
spaCy's tokenizer, distances computed) or checks the effect of a cap (the longest token,
the longest sentence).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
import spacy

from newsgraph.api import Pipeline
from newsgraph.ingest import Failure, RawArticle
from newsgraph.model import Article
from newsgraph.nlp.tokenizer import (
    MAX_SENTENCE_TOKENS,
    MAX_WORD_CHARS,
    BoundedTokenizer,
    cap_sentences,
)


class CountingTokenizer:
    """spaCy's tokenizer, recording every string it is handed."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab
        self.calls: list[str] = []

    def __call__(self, text: str) -> Any:
        self.calls.append(text)
        return self.tokenizer(text)


@pytest.fixture(scope="module")
def blank() -> spacy.language.Language:
    return spacy.blank("en")


def _bounded(nlp: spacy.language.Language) -> tuple[BoundedTokenizer, CountingTokenizer]:
    inner = CountingTokenizer(nlp.tokenizer)
    return BoundedTokenizer(inner), inner


@pytest.mark.parametrize(
    "text",
    [
        "&" * 62_500,  # took spaCy's tokenizer over 150 s
        ("!?.,;:" * 2_500),  # 15 KB: 34 s
        "Breaking" + "&" * 5_000 + "news " + "!" * 3_000,  # inside a word, and after one
        "a" * 20_000 + " end.",  # one 20,000-character "word"
    ],
)
def test_long_runs_never_reach_spacy_whole(blank: Any, text: str) -> None:
    tok, inner = _bounded(blank)
    doc = tok(text)
    assert doc.text == text  # offsets hold: the text is not changed
    # spaCy's affix loop is quadratic in the run it is handed: it only gets short ones
    longest_run = max((len(w) for call in inner.calls for w in call.split()), default=0)
    assert longest_run <= MAX_WORD_CHARS
    assert sum(len(c) for c in inner.calls) <= len(text)
    assert max(len(t) for t in doc) <= MAX_WORD_CHARS


def test_amp_run_becomes_tokens_of_at_most_64_characters(blank: Any) -> None:
    tok, inner = _bounded(blank)
    doc = tok("&" * 62_500)
    assert inner.calls == []  # the run is cut without spaCy's affix rules
    assert len(doc) == math.ceil(62_500 / 64) == 977
    assert [t.idx for t in doc[:3]] == [0, 64, 128]


def test_normal_news_is_tokenized_exactly_as_by_spacy(blank: Any) -> None:
    text = (
        'WASHINGTON (AP) — The U.S. envoy said: "We don\'t know." Prices rose 3.5% '
        "(see https://example.com/a/b?c=1) -- officials... wait!! Email j.doe@example.org.\n\n"
        "“It’s over,” she said on Wednesday."
    )
    tok, _ = _bounded(blank)
    mine, theirs = tok(text), blank.tokenizer(text)
    assert [(t.text, t.whitespace_, t.norm_) for t in mine] == [
        (t.text, t.whitespace_, t.norm_) for t in theirs
    ]
    assert not any(t.is_sent_start for t in mine[1:])  # no sentence start preset


def test_pieces_do_not_become_sentence_starts(blank: Any) -> None:
    tok, _ = _bounded(blank)
    doc = tok("He said " + "=" * 20 + " and left.")
    assert doc.text == "He said " + "=" * 20 + " and left."
    assert [t.i for t in doc if t.is_sent_start] == [0]


def test_a_sentence_without_end_is_cut_every_300_tokens(blank: Any) -> None:
    doc = blank.tokenizer("X said Y said " * 350)  # 1,400 tokens, no sentence end
    assert cap_sentences(doc) == 4
    assert [t.i for t in doc if t.is_sent_start] == [0, 300, 600, 900, 1200]
    assert MAX_SENTENCE_TOKENS == 300


def test_sentence_ends_reset_the_count(blank: Any) -> None:
    doc = blank.tokenizer("X said Y said it. " * 200)  # a sentence end every 6 tokens
    assert cap_sentences(doc) == 0
    lines = blank.tokenizer("a\n" * 2_000)
    assert cap_sentences(lines) == 0


def test_places_focus_counts_each_distinct_city_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsgraph.nlp.places import _resolve

    calls: list[int] = []
    real = _resolve.haversine_km

    def counting(*args: float) -> float:
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(_resolve, "haversine_km", counting)
    from types import SimpleNamespace

    rows = [SimpleNamespace(country_code="FR") for _ in range(10)]  # ten distinct rows
    coords = [(48.85, 2.35), (48.80, 2.13), (51.5, -0.12)] + [(10.0 * i, 0.0) for i in range(7)]

    def readings(repeat: int) -> list[_resolve.Resolution | None]:
        return [
            _resolve.Resolution(row, lat, lon, _resolve.CITY, 0.9, "gazetteer")
            for _ in range(repeat)
            for row, (lat, lon) in zip(rows, coords, strict=True)
        ]

    focus = _resolve._focus(readings(100))  # 1,000 mentions of 10 cities
    assert len(calls) == 10 * 9  # one distance per pair of distinct cities, not 1,000**2
    assert focus is not None and (focus.lat, focus.lon) == (48.85, 2.35)  # Paris has Versailles
    calls.clear()
    _resolve._focus(readings(400))
    assert len(calls) == 10 * 9  # four times the mentions, the same work


def _blank_pipeline(timeout: float) -> Pipeline:
    """A Pipeline over spaCy's blank English with its raw tokenizer (quadratic on '&')."""
    pipe = Pipeline.__new__(Pipeline)
    pipe.nlp = spacy.blank("en")
    pipe.batch_size = 4
    pipe.max_chars = 200_000
    pipe.timeout = timeout
    pipe.config = {"model": "blank", "actors": [], "agents": [], "patterns": []}
    return pipe


def test_an_article_over_budget_fails_with_one_line_and_the_batch_goes_on(
    tmp_path: Path,
) -> None:
    from newsgraph.runner import ingest

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Envoys met in Geneva on Friday.\n", encoding="utf-8")
    (src / "b.txt").write_text("&" * 20_000, encoding="utf-8")  # minutes for the raw tokenizer
    (src / "c.txt").write_text("Ministers met in Paris on Monday.\n", encoding="utf-8")
    failures: list[Failure] = []
    stats = ingest(
        [str(src)],
        tmp_path / "news.db",
        pipeline=_blank_pipeline(timeout=0.5),
        clean=False,
        non_english="flag",
        on_failure=failures.append,
    )
    assert (stats.added, stats.failed) == (2, 1)
    (line,) = [str(f) for f in failures]
    assert line == (
        f"{src / 'b.txt'}: analysis took longer than the 0.5 s budget per article (set --timeout)"
    )
    assert "\n" not in line


def test_the_bounded_pipeline_analyses_the_runaway_article(blank: Any) -> None:
    pipe = _blank_pipeline(timeout=0)  # no time budget at all
    pipe.nlp.tokenizer = BoundedTokenizer(pipe.nlp.tokenizer)
    [art] = list(pipe.analyze_many([RawArticle("&" * 62_500, path="amp.txt")]))
    assert isinstance(art, Article) and len(art.text) == 62_500


@pytest.mark.model
def test_the_parser_keeps_the_sentence_cap(nlp: Any) -> None:
    doc = nlp("X said Y said " * 400)  # 85 KB of this took 68 s: one 1,600-token sentence
    lengths = [len(s) for s in doc.sents]
    assert max(lengths) <= MAX_SENTENCE_TOKENS
    assert sum(lengths) == len(doc) == 1_600


def test_a_cut_run_keeps_its_trailing_space_as_spacy_does(blank: Any) -> None:
    tok, _ = _bounded(blank)
    doc = tok("&" * 20 + " x " + "a" * 70 + " y")
    assert [(t.text, t.whitespace_) for t in doc] == [
        ("&" * 20, " "),
        ("x", " "),
        ("a" * 64, ""),
        ("a" * 6, " "),
        ("y", ""),
    ]


def test_the_array_check_counts_runs_as_the_token_loop(blank: Any) -> None:
    # cap_sentences skips its token loop when the longest run (counted over arrays) is within
    # the cap: the two counts must agree, and the text the tokenizer was given is the doc's
    from newsgraph.nlp._doc import doc_text
    from newsgraph.nlp.tokenizer import _longest_run

    def by_loop(doc: Any) -> int:
        run = best = 0
        for tok in doc:
            run += 1
            best = max(best, run)
            if tok.text[-1:] in ".!?…" or "\n" in tok.text:
                run = 0
        return best

    texts = [
        "X said Y said it. " * 50,
        "One. Two three? Four… five!\n\nsix seven eight",
        "no end at all here " * 40,
        "a\n" * 100,
        "U.S. officials said. Then   \n  more words without an end",
        "ends with a dot.",
    ]
    bounded = BoundedTokenizer(blank.tokenizer)
    for text in texts:
        doc = bounded(text)
        assert _longest_run(doc, text) == by_loop(doc), text
        assert doc_text(doc) == doc.text == text
    doc = blank.tokenizer("word " * 310 + "end.")
    assert _longest_run(doc, doc.text) == 312 == by_loop(doc)  # 310 words, "end", "."
    assert cap_sentences(doc) == 1


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("Officials met in Paris on Monday, the minister said.", False),
        ("see https://example.com/" + "a" * 44 + " now", False),  # 64 characters: not cut
        ("see https://example.com/" + "a" * 45 + " now", True),  # 65 characters
        ("x" * 65, True),
        ("x" * 40 + "\u00a0" + "y" * 40, False),  # a no-break space is whitespace to both
        ("x" * 40 + "\u200b" + "y" * 40, True),  # a zero-width space is not
        ("wait!!!!!!! what", False),  # 7 symbols in a row
        ("wait!!!!!!!! what", True),  # 8
        ("a ------- b -------- c", True),
        ("", False),
    ],
)
def test_suspect_finds_what_the_cutting_regex_finds(text: str, cut: bool) -> None:
    from newsgraph.nlp.tokenizer import _SUSPECT, suspect

    assert suspect(text) is cut
    assert (_SUSPECT.search(text) is not None) is cut
