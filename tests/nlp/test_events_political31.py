"""Classes of 2016 US political news left by real30 (issue 10 item 1, political31):

* an endorsement withheld is a refusal to support, REJECT (CAMEO 120), as the lexicon codes
  "refused to endorse" and "would not endorse" (tune ev-1059 "Ryan stunned Republicans by
  withholding his endorsement", read as SUPPORT from the noun; in a PolNeAR tune text "has
  withheld her endorsement"; and, with "support" for the endorsement, "withheld support from
  McCain and Ayotte", which the lexicon keeps as SANCTION): pattern
  ``reject.withhold_endorsement``; withheld aid and an endorsement announced stay.
* a verdict on a person in what a named speaker says, with a copula and no verb of criticism
  ("He says she is unfit to serve", "... that Donald Trump himself is a fraud", '"She should be
  ashamed of herself"'): ACCUSE ``disapprove`` (``_person_verdicts``, read by
  ``_retype_speech.speech_act`` beside the verdicts of wrongdoing on a thing); a thing judged
  unfit, a fitness for a game or a trial, a negated verdict and one on the speaker stay none.
  The speaker may be "he" or "she" for a verdict on a person ('"Donald Trump is a fraud," Perez
  said' is named, "She says he is unqualified to be president" is not); a verdict on a thing
  still needs a named speaker.

Every sentence was written by hand for this file (modelled on the classes, never copied) and
labelled from its text. Old code: the commit before political31 (ba6b479)."""

from __future__ import annotations

import pytest

from tests.nlp._docs import assert_found

WITHHELD = [
    "The senator withheld his endorsement from the nominee.",
    "The governor is withholding her endorsement until after the convention.",
    "The union has withheld its endorsement of the mayor.",
]


@pytest.mark.parametrize("text", WITHHELD)
def test_political31_withheld_endorsement_is_rejection(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert_found(events, "REJECT")
    assert not [e for e in events if e.type == "SUPPORT"]


def test_political31_withheld_aid_stays_sanction(code) -> None:  # type: ignore[no-untyped-def]
    assert_found(code("The United States withheld military aid from Ukraine."), "SANCTION")


def test_political31_endorsement_announced_stays_support(code) -> None:  # type: ignore[no-untyped-def]
    assert_found(code("The governor announced his endorsement of the senator."), "SUPPORT")


VERDICTS = [
    '"The governor is a liar," Senator Brown said.',
    "Senator Brown said the governor is unfit to lead the state.",
    '"She should be ashamed of herself," Senator Brown said.',
    "The senator said his rival was unqualified to be president.",
    # a speaker told by "he" or "she" (the verdict on a person only)
    '"The governor is a fraud," she said.',
    "She says the senator is unqualified to be president.",
]


@pytest.mark.parametrize("text", VERDICTS)
def test_political31_verdict_on_a_person_is_criticism(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_found(code(text), "ACCUSE", "disapprove")


def test_political31_verdict_on_a_thing_stays(code) -> None:  # type: ignore[no-untyped-def]
    # found before (_retype_speech._verdict): the control of the class
    assert_found(code('"This is a disgrace," Senator McCain said.'), "ACCUSE", "disapprove")


NO_VERDICT = [
    "The inspector said the building is unfit for habitation.",
    "The coach said the striker was unfit for Saturday's game.",
    "Brown says the water is unfit to drink.",
    "Senator Brown said the governor is not a liar.",
    '"I was unfit for the job," Senator Brown said.',
    # a verdict on a thing from "he" stays none, as before political31
    '"This is a disgrace," he said.',
    '"It is unfit to drink," he said.',
]


@pytest.mark.parametrize("text", NO_VERDICT)
def test_political31_no_verdict_on_a_person(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in code(text) if e.type == "ACCUSE"]
