"""newsgraph_quotes: where a source phrase starts and ends (PolNeAR's conventions) and the
source of a cue noun the parse gives none."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.nlp.quotes._sources import _closing_mark


@pytest.fixture(scope="module")
def quotes_nlp(bare_nlp: Language) -> Language:
    import copy

    nlp = copy.deepcopy(bare_nlp)
    nlp.add_pipe("newsgraph_quotes")
    return nlp


def _roles(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    doc = nlp(text)
    return [
        (q.cue.text if q.cue else None, q.source.text if q.source else None)
        for q in doc._.ng_quotes
    ]


def test_the_mark_closing_an_apposition_joins_the_source() -> None:
    text = "Carole Bower, a retiree in Carthage, Ill., said it."
    cue = text.index("said")
    # the span as trimmed ends on "Ill" (its period is edge punctuation)
    assert _closing_mark(text, 0, text.index("., said"), cue) == (0, text.index(" said"))
    text = "Joe Smith, a broker in Tampa, said it."
    assert _closing_mark(text, 0, text.index(", said"), text.index("said")) == (0, 29)
    text = "Jason Sims — a teacher — said it."
    assert _closing_mark(text, 0, text.index(" — said"), text.index("said")) == (0, 24)
    # no apposition: nothing joins; a sentence's period is no abbreviation's
    text = "Joe Smith, said it."
    assert _closing_mark(text, 0, 9, text.index("said")) == (0, 9)
    text = "Voters in the capital, the city., said it."
    assert _closing_mark(text, 0, text.index("., said"), text.index("said")) == (0, 31)


@pytest.mark.model
def test_a_focusing_even_is_no_part_of_the_source(quotes_nlp: Language) -> None:
    roles = _roles(quotes_nlp, "Even the organizer of the rally said the crowd was small.")
    assert roles == [("said", "the organizer of the rally")]
    roles = _roles(quotes_nlp, "Even the mayor's closest allies said the budget was too large.")
    assert roles == [("said", "the mayor's closest allies")]


@pytest.mark.model
def test_an_apposition_closing_on_an_abbreviation_or_a_dash_keeps_its_mark(
    quotes_nlp: Language,
) -> None:
    roles = _roles(quotes_nlp, "Tom Reed, a lawyer in Tampa, Fla., said the ruling was wrong.")
    assert roles == [("said", "Tom Reed, a lawyer in Tampa, Fla.,")]
    roles = _roles(
        quotes_nlp, "Jason Sims — a teacher from Mount Pleasant — said the plan would fail."
    )
    assert roles == [("said", "Jason Sims — a teacher from Mount Pleasant —")]


@pytest.mark.model
def test_a_cue_noun_takes_the_subject_of_the_verb_it_is_the_object_of(
    quotes_nlp: Language,
) -> None:
    roles = _roles(quotes_nlp, "The mayor made the claim that crime had fallen.")
    assert roles == [("claim", "The mayor")]
    roles = _roles(quotes_nlp, "Trump has raised questions about the senator's record.")
    assert roles == [("questions about", "Trump")]


@pytest.mark.model
def test_a_cue_noun_keeps_its_possessor_and_leaves_a_verb_cue_its_source(
    quotes_nlp: Language,
) -> None:
    # the possessor stays the noun's source; a verb that is a cue itself keeps the attribution
    roles = _roles(quotes_nlp, "Trump renewed his attack on the senator.")
    assert ("attack on", "his") in roles and ("renewed", "Trump") in roles
    roles = _roles(quotes_nlp, "The senator issued a statement that the bill was dead.")
    assert roles == [("issued a statement", "The senator")]
