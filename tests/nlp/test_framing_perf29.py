"""perf29: the framing lexicon's non-actor scan matches only tokens whose lower-case form or
lemma (lower-cased) starts an entry, found from the doc's hash columns; the tokens it
blocks are the same as matching at every index. Hand-built docs (no model)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsgraph.nlp.framing import _lexicon

NLP = spacy.blank("en")


def _doc(words: list[str], lemmas: list[str]) -> Doc:
    return Doc(NLP.vocab, words=words, lemmas=lemmas)


def test_first_words_by_form_or_lower_cased_lemma() -> None:
    # "Regimes": neither the form "regimes" nor the lemma "Regime" is an entry's first word,
    # the lower-cased lemma "regime" is; "thug" is one by its form
    doc = _doc(["the", "Regimes", "hired", "a", "thug"], ["the", "Regime", "hire", "a", "thug"])
    assert _lexicon._first_words(list(doc)) == [1, 4]


def test_first_words_of_part_of_a_doc() -> None:
    doc = _doc(["the", "Regimes", "hired", "a", "thug"], ["the", "Regime", "hire", "a", "thug"])
    assert _lexicon._first_words(list(doc)[2:]) == [2]  # indices into the part: "thug"
    assert _lexicon._first_words([]) == []


def test_control_no_entry_word_no_index() -> None:
    doc = _doc(["they", "hired", "a", "plumber"], ["they", "hire", "a", "plumber"])
    assert _lexicon._first_words(list(doc)) == []
