"""Common-noun agents with a sector of their own (issue #10 item 3, agents41): firefighters and
paramedics are workers (LAB, as the event gold codes them), a university is education
(EDU); each takes the article's country. A university that is a word of a name adds no sector.
New sentences of our own, each after a lead that places the story."""

from __future__ import annotations

import pytest

from tests.nlp._docs import coded_events, one_event, show_sides

pytestmark = pytest.mark.model

OHIO = "COLUMBUS, Ohio — Officials across Ohio met in Columbus on Monday. "


def _event(nlp, sentence: str, etype: str):
    events = [e for e in coded_events(nlp, OHIO + sentence) if e.trigger.start >= len(OHIO)]
    return one_event(events, etype), events


@pytest.mark.parametrize(
    ("sentence", "etype", "source", "code"),
    [
        (
            "Firefighters protested outside city hall against the proposed pay cuts.",
            "PROTEST",
            "Firefighters",
            "USALAB",
        ),
        ("Paramedics went on strike on Friday over pay.", "PROTEST", "Paramedics", "USALAB"),
        (
            "The university criticized the governor's budget cuts.",
            "ACCUSE",
            "university",
            "USAEDU",
        ),
    ],
)
def test_firefighters_paramedics_a_university_have_their_sector(
    nlp, sentence: str, etype: str, source: str, code: str
) -> None:
    event, events = _event(nlp, sentence, etype)
    assert [(a.span.text, a.code) for a in event.sources] == [(source, code)], show_sides(events)


def test_a_university_in_a_name_adds_no_sector(nlp) -> None:
    # the name keeps its own code; "University" in it is no common-noun university
    sentence = "The students sued Trump University in federal court."
    event, events = _event(nlp, sentence, "ACCUSE")
    assert not any("EDU" in (a.code or "") for a in event.targets), show_sides(events)
