"""Conditional clauses make their events hypothetical (the parse, with the trained model)."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The deal grants amnesty to the fighters, provided lawsuits are not filed against them.",
        "The rebels would be pardoned if the army attacked the town.",
    ],
)
def test_events_in_a_condition_are_hypothetical(nlp, text):
    doc = nlp(text)
    conditional = [e for e in doc._.ng_events if e.trigger.text.endswith(("filed", "attacked"))]
    # kept as hypothetical, or (a condition that is also negated) not coded at all
    assert all(e.hypothetical for e in conditional)
    assert "attacked" not in text or conditional


@pytest.mark.model
def test_a_plain_past_event_is_not_hypothetical(nlp):
    doc = nlp("The army attacked the town on Monday, officials said.")
    attacks = [e for e in doc._.ng_events if e.trigger.text == "attacked"]
    assert attacks and not any(e.hypothetical for e in attacks)
