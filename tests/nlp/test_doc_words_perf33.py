"""perf33: per-doc word indices (nlp/_doc_words.py) the rules read instead of walking every
token, and the office-building head found by bisection; each must give what the walk gave."""

from __future__ import annotations

from spacy.tokens import Span

from newsgraph.nlp._doc_words import (
    ent_with_token,
    lemma_indices,
    lower_indices,
    with_lemma,
    with_lower,
)
from newsgraph.nlp.places._office_buildings import _head


def test_lemma_and_lower_indices_list_each_token_in_order(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    # The(0) Police(1) ordered(2) the(3) release(4) .(5) Orders(6) were(7) given(8) .(9)
    doc = bare_nlp("The Police ordered the release. Orders were given.")
    assert lemma_indices(doc, ["order"]) == [2, 6]  # the verb and the plural noun, lower-cased
    assert lower_indices(doc, {"orders"}) == [6]
    assert lower_indices(doc, ("the", "given")) == [0, 3, 8]
    assert lower_indices(doc, ["Orders"]) == []  # lower-case forms only
    assert [t.text for t in with_lemma(doc, {"release", "order"})] == [
        "ordered",
        "release",
        "Orders",
    ]
    assert [t.i for t in with_lower(doc, ["the", "police"])] == [0, 1, 3]


def test_control_indices_agree_with_a_walk_over_the_tokens(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    doc = bare_nlp("Crowds gathered in Kyiv on Monday, and police said they left the crowds.")
    lemmas = {t.lemma_.lower() for t in doc}
    for word in lemmas:
        assert lemma_indices(doc, [word]) == [t.i for t in doc if t.lemma_.lower() == word]
    for word in {t.lower_ for t in doc}:
        assert lower_indices(doc, [word]) == [t.i for t in doc if t.lower_ == word]
    assert lemma_indices(doc, lemmas) == list(range(len(doc)))
    assert with_lemma(doc, {"no-such-word"}) == []
    assert lower_indices(doc, []) == []


def test_entity_holding_a_token_by_bisection(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    # Aid(0) from(1) the(2) Red(3) Cross(4) reached(5) Aleppo(6) .(7)
    doc = bare_nlp.make_doc("Aid from the Red Cross reached Aleppo.")
    doc.ents = [Span(doc, 3, 5, "ORG"), Span(doc, 6, 7, "GPE")]
    assert ent_with_token(doc, 3).text == "Red Cross"  # type: ignore[union-attr]
    assert ent_with_token(doc, 4).text == "Red Cross"  # type: ignore[union-attr]
    assert ent_with_token(doc, 6).text == "Aleppo"  # type: ignore[union-attr]
    for outside in (0, 2, 5, 7):
        assert ent_with_token(doc, outside) is None


def test_office_building_head_is_the_span_token_whose_head_is_outside(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The White House denied the report on Monday."
    doc = bare_nlp(text)
    start = text.index("White House")
    head = _head(doc, start, start + len("White House"))
    assert head is not None and head.text == "House"
    # a span cutting a word keeps only the tokens wholly inside it: "hite House" is "House"
    cut = _head(doc, start + 1, start + len("White House"))
    assert cut is not None and cut.text == "House"


def test_control_office_building_head_of_a_span_with_no_whole_token(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The White House denied the report."
    doc = bare_nlp(text)
    start = text.index("White")
    assert _head(doc, start + 1, start + 4) is None  # "hit": inside one word
