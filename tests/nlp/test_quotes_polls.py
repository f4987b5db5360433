"""newsgraph_quotes: a sentence opening "In <a poll or survey>," attributes the rest of the
sentence to the poll (cue "In", as PolNeAR marks it); an "in a poll" elsewhere does not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.nlp.quotes._polls import POLL_RULE, poll_candidates


def _parts(nlp: Language, text: str) -> list[tuple[str, str | None, str]]:
    """(cue, source, content) texts of the quotes of ``text`` whose cue is "In" / "in"."""
    doc = nlp(text)
    return [
        (q.cue.text, q.source.text if q.source is not None else None, q.content.text)
        for q in doc._.ng_quotes
        if q.cue is not None and q.cue.text.lower() == "in"
    ]


@pytest.mark.model
def test_a_poll_opening_a_sentence_is_the_source_of_the_rest(quotes_nlp: Language) -> None:
    text = (
        "In a Gallup poll released Tuesday, 45 percent of voters named the economy as "
        "their top concern."
    )
    assert _parts(quotes_nlp, text) == [
        (
            "In",
            "a Gallup poll released Tuesday",
            "45 percent of voters named the economy as their top concern",
        )
    ]
    text = (
        "The council met on Monday. In the latest survey by Marist College, the mayor "
        "leads his rival by nine points."
    )
    assert _parts(quotes_nlp, text) == [
        ("In", "the latest survey by Marist College", "the mayor leads his rival by nine points")
    ]


@pytest.mark.model
def test_a_poll_opener_keeps_a_said_of_the_respondents(quotes_nlp: Language) -> None:
    text = (
        "In a new Reuters poll, 60 percent of Democrats said they would back the senator "
        "in November."
    )
    doc = quotes_nlp(text)
    cues = sorted(q.cue.text for q in doc._.ng_quotes if q.cue is not None)
    assert cues == ["In", "said"]
    said = next(q for q in doc._.ng_quotes if q.cue is not None and q.cue.text == "said")
    assert said.source is not None and said.source.text == "60 percent of Democrats"


@pytest.mark.model
def test_in_a_poll_elsewhere_or_without_a_clause_is_no_cue(
    quotes_nlp: Language, bare_nlp: Language
) -> None:
    # controls: the poll phrase after the clause, no clause after the comma, another noun
    assert _parts(quotes_nlp, "The mayor leads his rival by nine points in the latest poll.") == []
    assert _parts(quotes_nlp, "He was far behind. In the polls, anyway.") == []
    assert _parts(quotes_nlp, "In a speech on Monday, the mayor promised new parks.") == []
    doc = bare_nlp("In the newest poll the mayor leads his rival by nine points.")
    assert [c.rule for c in poll_candidates(doc, doc.text)] == []  # no comma closes the phrase
    doc = bare_nlp("In a poll of 900 adults, most favoured the plan.")
    assert [c.rule for c in poll_candidates(doc, doc.text)] == [POLL_RULE]
