"""The event coder's per-doc parse arrays read the same values as spaCy's Token properties."""

from __future__ import annotations

import pytest

from newsgraph.nlp.events._arrays import parse_of
from newsgraph.nlp.events._flags import clause_indices, clause_tokens


@pytest.mark.model
def test_parse_arrays_equal_token_properties(nlp):
    doc = nlp("On Monday, 3,000 protesters in Kyiv marched against the government's new law.")
    p = parse_of(doc)
    for t in doc:
        i = t.i
        assert (p.pos[i], p.tag[i], p.dep[i], p.ent[i]) == (t.pos_, t.tag_, t.dep_, t.ent_type_)
        assert (p.lower[i], p.lemma[i]) == (t.lower_, t.lemma_.lower())
        assert (p.stop[i], p.like_num[i]) == (t.is_stop, t.like_num)
        assert p.head[i] == t.head.i
        assert p.children(i) == [c.i for c in t.children]


@pytest.mark.model
def test_dependents_and_clause_by_hand(nlp):
    doc = nlp("He said the rebels attacked the town.")
    p = parse_of(doc)
    assert p.children(4) == [3, 6]  # attacked: rebels, town
    assert p.children(3) == [2] and p.children(6) == [5]  # the rebels, the town
    # the reported clause is its own clause; the reporting clause leaves it out
    assert clause_indices(doc, 4) == (2, 3, 4, 5, 6)
    assert clause_indices(doc, 1) == (0, 1, 7)
    assert [t.text for t in clause_tokens(doc[4])] == ["the", "rebels", "attacked", "the", "town"]


def test_empty_doc(bare_nlp):
    p = parse_of(bare_nlp.make_doc(""))
    assert p.head == [] and p.bounds == [0]
