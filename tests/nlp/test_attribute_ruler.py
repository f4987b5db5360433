"""FastAttributeRuler gives exactly spaCy's attribute-ruler annotations."""

from __future__ import annotations

import copy

import pytest
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from newsgraph.nlp.attribute_ruler import FastAttributeRuler

pytestmark = pytest.mark.model

# words the model's patterns single out: negations, contractions, "there is", pronoun case,
# auxiliaries, "gonna"/"y'all"/"ain't", spaces and line breaks
TEXT = (
    "There is no deal, and we ain't gonna sign it, y'all. I told her I'd seen it; she "
    "didn't believe me.  He has had enough, but it was not his call.\n\nThey're done and "
    "you're next: got it? Nothin' works, whether or not that is so. Does it matter? I do."
)


def _parsed(nlp, text: str) -> Doc:
    names = nlp.pipe_names[: nlp.pipe_names.index("attribute_ruler")]
    doc = nlp.make_doc(text)
    for name in names:
        doc = nlp.get_pipe(name)(doc)
    return doc


def _fast(ruler: AttributeRuler) -> FastAttributeRuler:
    fast = copy.copy(ruler)  # the same patterns, matcher and vocab
    fast.__class__ = FastAttributeRuler
    return fast  # type: ignore[return-value]


def _rows(doc: Doc) -> list[tuple[str, str, str, str, str, str]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_same_annotations_as_spacy(bare_nlp):
    ruler = bare_nlp.get_pipe("attribute_ruler")
    assert type(ruler) is AttributeRuler
    fast = _fast(ruler)
    assert fast._table() is not None  # the model's patterns are all handled by the table
    parsed = _parsed(bare_nlp, TEXT)
    a = ruler(Doc(bare_nlp.vocab).from_bytes(parsed.to_bytes()))
    b = fast(Doc(bare_nlp.vocab).from_bytes(parsed.to_bytes()))
    assert _rows(b) == _rows(a)
    rows = {(r[0], i): r for i, r in enumerate(_rows(b))}
    words = [t.text for t in b]
    # checked by hand against the model's patterns
    assert rows[("There", 0)][2] == "PRON" and rows[("is", 1)][2] == "VERB"  # existential
    ai = words.index("ai")
    assert rows[("ai", ai)][4] == "be"  # "ain't"
    gon = words.index("gon")
    assert (rows[("gon", gon)][4], rows[("na", gon + 1)][4]) == ("go", "to")  # "gonna"
    nt = words.index("n't")
    assert rows[("n't", nt)][2:5] == ("PART", "Polarity=Neg", "not")


def test_patterns_it_cannot_table_fall_back_to_spacy(bare_nlp):
    ruler = AttributeRuler(bare_nlp.vocab)
    ruler.add([[{"LOWER": "no"}, {"LOWER": "deal", "OP": "+"}]], {"LEMMA": "NODEAL"})
    fast = _fast(ruler)
    assert fast._table() is None
    doc = fast(bare_nlp.make_doc("There is no deal."))
    assert [t.lemma_ for t in doc][2] == "NODEAL"


def test_later_patterns_win_and_additions_are_seen(bare_nlp):
    ruler = AttributeRuler(bare_nlp.vocab)
    ruler.add([[{"LOWER": "deal"}]], {"LEMMA": "first", "NORM": "n1"})
    fast = _fast(ruler)
    assert [t.lemma_ for t in fast(bare_nlp.make_doc("no deal"))] == ["", "first"]
    # a later pattern overrides the lemma only; the earlier one's other attribute stays
    ruler.add([[{"LOWER": {"IN": ["deal", "deals"]}}]], {"LEMMA": "second"})
    doc = fast(bare_nlp.make_doc("no deal"))
    assert [(t.lemma_, t.norm_) for t in doc][1] == ("second", "n1")


def test_the_pipeline_runs_the_fast_ruler(nlp):
    assert type(nlp.get_pipe("attribute_ruler")) is FastAttributeRuler
