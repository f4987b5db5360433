"""False events on outbreak and interview news (issue 10 items 1 and 4, fp25): classes found by
reading GeoVirus WikiNews outbreak stories and WSJ briefs whole (``_filters_outbreak`` and
``_filters_hazard.health_emergency``):

* a question asked ("asked if", "asked how", "asked about", a quoted question) with no asker
  or by no political side, or asking not to be named, is no REQUEST; a request to act or for
  funds, and a political side asking whether (test_events_audit4's control), stay;
* looking into cases, an outbreak or its source, or by doctors and health officials, is no
  ACCUSE ``investigate``; police and prosecutors investigating stay;
* vaccinating with no giver, or a country vaccinating its own, is no AID; a foreign giver stays;
* protecting a thing (an industry, public health, a quarantine zone) is no AID; protecting
  people stays;
* a trip or visit by private people (a tourist, students) is no CONSULT ``visit``; a
  minister's or a president's stays;
* "a public health emergency", "a state of emergency over the outbreak" is no COERCE (the
  PLOVER manual: an emergency for a disaster is not coercion); one with a coup stays.

Sentences written by hand for this file (none from the documents read); expected values from
the PLOVER manual, not from the program's output. Old code: 2719e66."""

from __future__ import annotations

import pytest

from tests.nlp._docs import assert_found, coded_events

# (sentence, PLOVER type the old code coded wrongly)
NO_EVENT = [
    (
        "Asked whether the ministry would extend the curfew, the spokesman said no decision had "
        "been made.",
        "REQUEST",
    ),
    ("Reporters asked the health minister if more hospitals would be opened.", "REQUEST"),
    ('A reporter asked the mayor, "How many families have lost their homes?"', "REQUEST"),
    ("A government official, who asked not to be named, said the talks had stalled.", "REQUEST"),
    (
        "When asked about the vaccine shortage, the governor said supplies were on the way.",
        "REQUEST",
    ),
    (
        "Health officials in Ohio are investigating a cluster of measles cases at a school.",
        "ACCUSE",
    ),
    ("Federal officials are investigating the source of the salmonella outbreak.", "ACCUSE"),
    (
        "The investigation into the origin of the cholera outbreak is continuing, officials said.",
        "ACCUSE",
    ),
    (
        "Officials in Hebei have finished vaccinating all 90 million chickens in the province.",
        "AID",
    ),
    (
        "The ministry says 40 million children under five will be vaccinated to stop the measles "
        "outbreak.",
        "AID",
    ),
    (
        "The campaign failed because not enough children were vaccinated, the health ministry "
        "said.",
        "AID",
    ),
    ("The ministry culled the herds to protect the country's poultry industry.", "AID"),
    ("A quarantine zone protected by soldiers was set up around the farm.", "AID"),
    ("The governor declared a public health emergency on Friday.", "COERCE"),
    (
        "The state declared a state of emergency over the spread of the measles outbreak.",
        "COERCE",
    ),
    (
        "Health officials said a British tourist visiting Thailand had tested positive for the "
        "virus.",
        "CONSULT",
    ),
    (
        "Twelve students may have caught measles during their trip to Vietnam, the school said.",
        "CONSULT",
    ),
    ("A Canadian tourist visiting Peru fell ill with cholera last week.", "CONSULT"),
]

# controls: the old code's event must stay
KEPT = [
    ("The French foreign minister visited Beijing on Monday.", "CONSULT", "visit"),
    ("Chinese President Xi Jinping's trip to Moscow ended on Wednesday.", "CONSULT", "visit"),
    ('The senator asked the mayor, "How many families have lost their homes?"', "REQUEST", None),
    (
        "The opposition asked the government to release the detained journalists.",
        "REQUEST",
        "yield",
    ),
    ("The Red Cross asked donors for funds to treat cholera patients.", "REQUEST", "assist"),
    ("Police are investigating the killing of a journalist in Manila.", "ACCUSE", "investigate"),
    (
        "Prosecutors are investigating the mayor over bribes paid by a building firm.",
        "ACCUSE",
        "investigate",
    ),
    ("Cuban doctors have vaccinated thousands of Haitian children against cholera.", "AID", None),
    ("UN peacekeepers protected the refugees from attacks by militias.", "AID", None),
    (
        "The army declared a state of emergency and suspended parliament after the coup attempt.",
        "COERCE",
        "martial-law",
    ),
]


@pytest.mark.parametrize(("text", "etype"), NO_EVENT)
def test_fp25_no_event(nlp, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert etype not in {e.type for e in coded_events(nlp, text)}


@pytest.mark.parametrize(("text", "etype", "mode"), KEPT)
def test_fp25_kept(nlp, text: str, etype: str, mode: str | None) -> None:  # type: ignore[no-untyped-def]
    assert_found(coded_events(nlp, text), etype, mode)
