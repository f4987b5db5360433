"""The end chooser's run-on features (quotes17): what an end option moves in or out of a
content, read as a phrase (``_runons.moved_clause``, in ``_bounds.end_rows``). Expected values
are written from the sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.nlp.events._arrays import parse_of
from newsgraph.nlp.quotes._bounds import end_options, end_rows
from newsgraph.nlp.quotes._runons import moved_clause, speech_verbs


def _clause(row: list[str]) -> set[str]:
    return {f for f in row if "|clause" in f}


def _tokens(doc, words: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    a = doc.text.index(words)
    span = doc.char_span(a, a + len(words))
    return span.start, span.end - 1


def _bill_end_rows(doc) -> tuple[list[list[str]], list[str]]:  # type: ignore[no-untyped-def]
    """The end chooser's rows for the content from "the bill" (parse end before ", which"; cue
    "said"), and the content text each row's end option gives."""
    text = doc.text
    a, b = text.index("the bill"), text.index(", which")
    cue = (text.index("said"), text.index("said") + 4)
    options = end_options(doc, (a, b), cue)
    rows = end_rows(doc, (a, b), options, b, "verb-ccomp", 2, "indirect")
    return rows, [text[a:o] for o in options]


@pytest.mark.model
def test_a_relative_clause_on_a_content_word_is_told_apart(bare_nlp: Language) -> None:
    doc = bare_nlp("The senator said the bill would pass, which surprised many.")
    rows, ends = _bill_end_rows(doc)
    whole = rows[ends.index("the bill would pass, which surprised many")]
    # the relative clause hangs on "pass", a word of the content; it is all taken in
    assert {"longer|clause-kind=relative|in", "longer|clause-whole=True|1"} <= _clause(whole)
    # stopping inside it ("..., which surprised") leaves its object out: not the whole phrase
    i, j = _tokens(doc, ", which surprised")
    part = moved_clause(parse_of(doc), i, j, 3, 2, speech_verbs(), "longer")
    assert "longer|clause-whole=False|1" in part


@pytest.mark.model
def test_a_speech_verb_with_its_own_subject_is_marked(bare_nlp: Language) -> None:
    doc = bare_nlp("Prices will rise next year, the minister said on Monday.")
    i, j = _tokens(doc, "the minister said on Monday")
    feats = moved_clause(parse_of(doc), i, j, 0, -1, speech_verbs(), "longer")
    assert "longer|clause-said" in feats
    # "said" is the sentence's root with its own subject: a clause of its own
    assert {"longer|clause=ROOT|root", "longer|clause-kind=clause|root"} <= set(feats)


@pytest.mark.model
def test_a_participle_clause_is_a_participle(bare_nlp: Language) -> None:
    doc = bare_nlp("The mayor said taxes fell sharply, pushing growth up.")
    i, j = _tokens(doc, ", pushing growth up")
    feats = moved_clause(parse_of(doc), i, j, 3, 2, speech_verbs(), "longer")
    assert any(f.startswith("longer|clause-kind=participle|") for f in feats)
    assert "longer|clause-said" not in feats


@pytest.mark.model
def test_control_punctuation_and_the_parse_end_get_no_clause_features(
    bare_nlp: Language,
) -> None:
    doc = bare_nlp("The senator said the bill would pass, which surprised many.")
    rows, ends = _bill_end_rows(doc)
    assert _clause(rows[ends.index("the bill would pass")]) == set()  # the parse's own end
    assert _clause(rows[ends.index("the bill would pass,")]) == set()  # only a comma moved
    i, j = _tokens(doc, ",")
    assert moved_clause(parse_of(doc), i, j, 3, 2, speech_verbs(), "longer") == []
