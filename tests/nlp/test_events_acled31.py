"""acled31 (issue 10 item 1): the weak ACLED classes acled30 left.

A person's claim that someone harmed them is the accusation, not the harm (the gold's
convention: a claim of assault is ACCUSE `allege`; tune ev-1293). The sentences are written by
hand after the class; expected values are read from the sentences, not from the coder."""

from __future__ import annotations

import pytest

# a claim of the person harmed: ACCUSE, and no ASSAULT beside it
CLAIMED = [
    "She claims that the coach knocked her down, groped her, and tried to pull off her shirt.",
    "She claimed that a security guard had assaulted her at the rally.",
    "He claims that two police officers beat him in the cell.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", CLAIMED)
def test_acled31_a_claimed_harm_is_an_accusation(code, text: str) -> None:  # type: ignore[no-untyped-def]
    found = [(e.type, e.mode) for e in code(text)]
    assert ("ACCUSE", "allege") in found
    assert "ASSAULT" not in [t for t, _ in found]


# controls: the harm told as done, a claim of one's own act, a plain attribution
ASSAULTS = [
    "He groped me, without my consent, while I was asleep.",
    "Islamic State claimed that its fighters killed 20 soldiers near the border.",
    "Police said militants attacked a checkpoint near the border.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", ASSAULTS)
def test_acled31_a_harm_told_or_claimed_by_its_doer_stays(code, text: str) -> None:  # type: ignore[no-untyped-def]
    types = [e.type for e in code(text)]
    assert "ASSAULT" in types
    assert "ACCUSE" not in types


# the one a relative clause's passive harms is the noun the clause describes ("a motorist who was
# shot"): the harm check read the relative pronoun and found no one struck
RELATIVE_PASSIVES = [
    ("A bus driver who was shot by a gunman on Monday died in hospital.", "firearms"),
    ("The guard, who was stabbed in the neck, is in stable condition.", "primitive"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mode"), RELATIVE_PASSIVES)
def test_acled31_a_relative_passive_harm_is_an_assault(code, text: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    assert ("ASSAULT", mode) in [(e.type, e.mode) for e in code(text)]


# controls: a relative passive of a thing shot (filmed, photographed) stays no assault; the
# active sentence keeps its assault
NOT_HARMED = [
    "The film, which was shot in Morocco, opens on Friday.",
    "The photos that were shot by the agency show the crowd.",
    "Marchers held signs with the names of children who were killed in police shootings.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_HARMED)
def test_acled31_a_thing_shot_in_a_relative_clause_stays_no_assault(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in [e.type for e in code(text)]


@pytest.mark.model
def test_acled31_an_active_shooting_stays(code) -> None:  # type: ignore[no-untyped-def]
    found = [(e.type, e.mode) for e in code("Police said the gunman shot a bus driver on Monday.")]
    assert ("ASSAULT", "firearms") in found
