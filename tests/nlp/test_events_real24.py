"""Classes found on the real-news gold rows added by real24 (issue 10 items 1 and 4: ev-772 to
ev-851, labelled blind on whole documents) and the older tune rows:

* custody of people counted, not named ("ICE arrests 20 in Kansas City", "Twenty of them were
  also charged with identity theft"): the number is no actor, so the act had none and was
  dropped; it is the news (``_custody``). Not a price ("charged 20 dollars") nor a squad.
* a crowd of people surrounding a place is a demonstration, PROTEST ``demo`` ("Several thousand
  teachers ... surrounded the Indiana Statehouse"), also when a dateline took the subject's
  place ("Indianapolis - Several thousand teachers ..."); troops, police or offenders
  surrounding a place stay COERCE (``_retype.riot``).
* a condemnation of an act of violence is political even when no actor is coded ("Some
  anti-abortion groups ... have denounced the bombings and shootings": ACCUSE ``disapprove``;
  ``_condemned``); "Critics denounced the movie as boring" stays no event.
* an investigation ordered or opened "into" an act is the event, the act the matter
  investigated ("ordered multiple investigations into the 66-year-old's suicide": "order" is
  an opening verb of investigation and probe, as it was of inquiry; "opened an investigation
  into the bombing" no longer adds an ASSAULT by the police; ``_nested._investigated``).

Every sentence was written by hand for this file (modelled on the gold rows, never copied)
and labelled from its text. Old code: commit 26f83cc (the investigation rows: 9b25702)."""

from __future__ import annotations

import pytest

from tests.nlp._docs import assert_found

# (sentence, PLOVER type, mode or None)
FOUND = [
    ("Twelve were charged with rioting after the march.", "ACCUSE", "allege"),
    ("Twenty of them were also charged with fraud and related counts.", "ACCUSE", "allege"),
    ("Five were arrested after the clashes in the city centre.", "COERCE", "arrest"),
    ("Thirty were detained in the raid on a garment factory.", "COERCE", "arrest"),
    ("Several thousand teachers surrounded the Statehouse to demand pay.", "PROTEST", "demo"),
    ("Hundreds of farmers surrounded the ministry demanding higher prices.", "PROTEST", "demo"),
    ("Protesters surrounded the parliament building on Monday.", "PROTEST", "demo"),
    (
        "Indianapolis – Several thousand nurses wearing blue surrounded the Statehouse on Tuesday "
        "to demand more staff.",
        "PROTEST",
        "demo",
    ),
    ("Some anti-abortion groups denounced the bombings and shootings.", "ACCUSE", "disapprove"),
    ("Local residents denounced the killings.", "ACCUSE", "disapprove"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "etype", "mode"), FOUND)
def test_real24_found(code, text: str, etype: str, mode: str | None) -> None:  # type: ignore[no-untyped-def]
    assert_found(code(text), etype, mode)


# controls: what the old code did stays
CONTROLS = [
    ("Police arrested 14 in the capital on Monday.", "COERCE", None),
    ("Troops surrounded the town before dawn.", "COERCE", "PROTEST"),
    ("Police surrounded the house where the gunmen were hiding.", "COERCE", "PROTEST"),
    ("Religious leaders condemned the attack on the mosque.", "ACCUSE", None),
]


@pytest.mark.parametrize(("text", "etype", "never"), CONTROLS)
def test_real24_controls_stay(code, text: str, etype: str, never: str | None) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert_found(events, etype)
    if never:
        assert not any(e.type == never for e in events), [(e.type, e.trigger.text) for e in events]


NO_EVENT = [
    "The company charged 20 dollars for the ticket.",
    "The shop charged 15 for delivery.",
    "The coach held 20 players in reserve.",
    "Critics denounced the movie as boring.",
    "Reviewers condemned the sequel.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_real24_no_event(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert not events, [(e.type, e.trigger.text, e.rule) for e in events]


def test_real24_offenders_surrounding_are_no_protest(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kidnappers surrounded the car on the highway.")
    assert not any(e.type == "PROTEST" for e in events), [(e.type, e.rule) for e in events]


# an investigation ordered or opened "into" an act: the investigation is the event, the act is
# the matter investigated (no second event with the investigator as its source)
INVESTIGATED = [
    "The governor ordered investigations into the killings.",
    "The prime minister ordered a probe into the shooting.",
    "Police opened an investigation into the bombing.",
]


@pytest.mark.parametrize("text", INVESTIGATED)
def test_real24_investigation_into_an_act(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert_found(events, "ACCUSE", "investigate")
    assert not any(e.type == "ASSAULT" for e in events), [(e.type, e.rule) for e in events]


def test_real24_act_beside_an_investigation_stays(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Gunmen killed three villagers, and police opened an investigation.")
    assert_found(events, "ASSAULT")


def test_real24_ordered_supplies_are_no_investigation(code) -> None:  # type: ignore[no-untyped-def]
    assert not code("The restaurant ordered more supplies for the investigation team.")
