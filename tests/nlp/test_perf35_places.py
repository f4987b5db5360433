"""perf35: the places' name-word test (places._names._name_word) as one list per doc."""

from __future__ import annotations

from spacy.tokens import Doc


def test_places_name_words_per_doc(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.nlp.places._names import _name_word, name_words

    words = ["McLean", "and", "DuPage", "near", "Texas", ",", "USA", "eBay", "O'Fallon", "texas"]
    doc = Doc(bare_nlp.vocab, words=words)
    # title case or a capital inside a name word; not all capitals, not a lower-case start
    assert name_words(doc) == [True, False, True, False, True, False, False, False, True, False]
    assert name_words(doc) == [_name_word(t) for t in doc]  # control: the per-token test
