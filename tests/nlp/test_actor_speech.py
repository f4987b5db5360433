"""Whom an event inside reported speech is aimed at, on the full pipeline: the hearer of a
statement made in a phone call, a conversation or talks, where the parser hangs the "that"
clause on the channel noun ("told Erdogan in a phone call that ...") instead of on the verb.
The event keeps the clause's own subject as its source. Sentences written for these tests;
the expected codes were worked out by hand before running the coder."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Event

pytestmark = pytest.mark.model


def _events(nlp: Language, text: str) -> list[Event]:
    doc = nlp.make_doc(text)
    doc._.ng_cache = {}
    doc._.ng_published = "2020-01-01"
    return [e for e in nlp(doc)._.ng_events or [] if not e.negated]


def _sides(events: list[Event], trigger: str) -> tuple[list[str | None], list[str | None]]:
    found = [e for e in events if e.trigger.text.startswith(trigger)]
    assert found, f"no event on {trigger!r} in {[(e.type, e.trigger.text) for e in events]}"
    return [a.code for a in found[0].sources], [a.code for a in found[0].targets]


def test_told_in_a_phone_call_that(nlp: Language) -> None:
    text = "Putin told Erdogan in a phone call that Russia would support the deal."
    assert _sides(_events(nlp, text), "support") == (["RUS"], ["TURGOV"])
    text = "Erdogan told Putin in a telephone conversation that Turkey supported a ceasefire."
    assert _sides(_events(nlp, text), "supported") == (["TUR"], ["RUSGOV"])


def test_the_other_side_of_a_call_hears_what_was_said(nlp: Language) -> None:
    text = "Scholz said in a phone call with Macron that Germany would support the plan."
    assert _sides(_events(nlp, text), "support") == (["DEU"], ["FRAGOV"])


def test_the_press_and_relative_clauses_are_no_hearers(nlp: Language) -> None:
    # reporters only hear it; "a call that Russia had requested" is a relative clause
    text = "Putin told reporters in a phone call that Russia would support the deal."
    assert _sides(_events(nlp, text), "support") == (["RUS"], [])
    text = "Merkel said in an interview with CNN that Germany would support the plan."
    assert _sides(_events(nlp, text), "support") == (["DEU"], [])
