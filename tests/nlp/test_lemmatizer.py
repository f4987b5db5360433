"""FastLemmatizer gives exactly spaCy's rule lemmas."""

from __future__ import annotations

import copy

import pytest
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.tokens import Doc

from newsgraph.nlp.lemmatizer import FastLemmatizer

pytestmark = pytest.mark.model

# inflected nouns, verbs and adjectives (rules, exceptions, base forms), names, numbers,
# punctuation, line breaks and words seen twice
TEXT = (
    "The mice were running faster than the geese, and the children's teachers said they had "
    "been worried.\n\nPresident Obama met 12 leaders in Brussels; the leaders met again, "
    "better prepared, on Tuesday. She isn't going: the studies showed bigger crises ahead."
)


def _without_lemmas(bare_nlp, text: str) -> Doc:
    with bare_nlp.select_pipes(disable=["lemmatizer"]):
        return bare_nlp(text)


def _fast(lemmatizer: EnglishLemmatizer) -> FastLemmatizer:
    fast = copy.copy(lemmatizer)  # the same tables and settings, a cache of its own
    fast.__dict__.pop("_ng_lemmas", None)
    fast.__class__ = FastLemmatizer
    return fast  # type: ignore[return-value]


def test_same_lemmas_as_spacy(bare_nlp):
    spacy_lemmatizer = bare_nlp.get_pipe("lemmatizer")
    assert type(spacy_lemmatizer) is EnglishLemmatizer
    fast = _fast(spacy_lemmatizer)
    theirs = spacy_lemmatizer(_without_lemmas(bare_nlp, TEXT))
    for _ in range(2):  # from an empty cache, then from a full one
        ours = fast(_without_lemmas(bare_nlp, TEXT))
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
    lemmas = {t.text: t.lemma_ for t in ours}
    assert lemmas["mice"] == "mouse"
    assert lemmas["were"] == "be"
    assert lemmas["running"] == "run"
    assert lemmas["studies"] == "study"
    assert lemmas["crises"] == "crisis"


def test_keeps_lemmas_already_set(bare_nlp):
    fast = _fast(bare_nlp.get_pipe("lemmatizer"))
    doc = _without_lemmas(bare_nlp, "The mice were running.")
    doc[1].lemma_ = "MOUSE-SET"
    assert [t.lemma_ for t in fast(doc)] == ["the", "MOUSE-SET", "be", "run", "."]


def test_the_pipeline_uses_it(nlp):
    assert type(nlp.get_pipe("lemmatizer")) is FastLemmatizer
