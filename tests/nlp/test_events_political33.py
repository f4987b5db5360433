"""Political news, issue 10 item 1 (political33): a call for someone to do something.

"Trump called for the president to resign", "calling for Emanuel to resign", "called for Trump
to drop out of the race", "called for all candidates to lay out specifics": the parser makes
"for" the mark of an infinitive clause with its own subject, so the "call for" patterns did not
see their "for" and the act asked for was coded as if it had happened (a RETREAT ``resign``
of the person asked to resign). The call is the REQUEST (CAMEO 10), as "called on her to
resign" and "urged the governor to resign" already are, and the act asked for is no event of
its own (``_called_for``; ``_patterns._dependent_with`` and ``_nested._content_events`` read
it).

Every sentence was written by hand for this file (modelled on the class, never copied) and
labelled from its text before the coder ran. Old code: the commit before political33
(ba65b5c)."""

from __future__ import annotations

import pytest

from tests.nlp._docs import assert_found

# the act asked for, by type, that must not be coded as done
_ASKED_ACTS = ("RETREAT", "CONSULT", "ACCUSE", "ASSAULT", "CONCEDE")

CALLS = [
    "The senator called for the governor to resign.",
    "Several Democrats have called for the attorney general to step down.",
    "Republican leaders called again for the president to veto the bill.",
    "Human rights groups called for the government to release the detained journalists.",
    "The foreign minister called for Israel to withdraw its troops from the border.",
    "The senator called for the FBI to investigate the governor.",
    "The mayor called for the two sides to hold talks.",
    "Protesters are calling for the prime minister to quit.",
    "The opposition leader pushed for the prime minister to call early elections.",
]


@pytest.mark.parametrize("text", CALLS)
def test_political33_call_for_someone_to_act_is_request(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(text) if not e.negated]
    assert_found(events, "REQUEST")
    assert not [e for e in events if e.type in _ASKED_ACTS], [(e.type, e.rule) for e in events]


def test_political33_call_not_made_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code("The senator has not called for the governor to resign.")]
    assert not [e for e in events if not e.negated], [(e.type, e.rule) for e in events]


# controls: what was coded before political33 stays
def test_political33_resignation_after_a_call_stays(code) -> None:  # type: ignore[no-untyped-def]
    # a resignation told as done is no act asked for, whatever call follows it
    events = code("The governor resigned after lawmakers called for an investigation.")
    assert_found(events, "RETREAT", "resign")


def test_political33_call_on_stays(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The minister called on the rebels to lay down their arms.")
    assert_found(events, "REQUEST")


def test_political33_called_names_stays(code) -> None:  # type: ignore[no-untyped-def]
    assert_found(code("The senator called the governor a liar."), "ACCUSE", "disapprove")


NO_CALL = [
    "She called for a taxi to take her to the airport.",
    "The recipe calls for the butter to be softened.",
    "The fans waited for the band to return to the stage.",
]


@pytest.mark.parametrize("text", NO_CALL)
def test_political33_no_political_call(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not code(text)


# "blast" with a particle of motion or sending right after it is no criticism (political33):
# PolNeAR tune texts "blasted out an email to supporters", "is blasting out missives", "the
# caucus blasted through its 2012 record" were ACCUSE ``accuse.blast``
BLASTED_AWAY_FROM_CRITICISM = [
    "The campaign blasted out an email to supporters on Monday.",
    "The senator's office is blasting out fundraising appeals to donors.",
    "Turnout at the Democratic caucus blasted through the old record.",
    "The rocket carrying two astronauts blasted off on Thursday.",
    "The party blasted out text messages to voters before the primary.",
    "Republican turnout blasted through last year's total by noon.",
    "The governor's campaign blasted out a fundraising email within minutes.",
    "The spacecraft blasted off from Cape Canaveral with three astronauts.",
]


@pytest.mark.parametrize("text", BLASTED_AWAY_FROM_CRITICISM)
def test_political33_blast_of_motion_or_sending_is_no_criticism(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in code(text) if e.type == "ACCUSE"]


BLASTED = [
    "The senator blasted the governor's budget plan.",
    "Democrats blasted the president over his remarks on immigration.",
    "The mayor blasted out at the council for delaying the vote.",
]


@pytest.mark.parametrize("text", BLASTED)
def test_political33_blast_as_criticism_stays(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_found(code(text), "ACCUSE", "disapprove")
