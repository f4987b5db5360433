"""Verb and noun classes a blind batch of real news sentences (gold rows ev-490..566, tune half)
showed missing or mistyped, fixed by whole class (issue 10, event type recall on real news).

Every sentence here was written by hand for this file (none is a gold or probe row); its
expected type is the PLOVER manual's, and each FOUND row failed on the coder before the rule it
tests was added."""

from __future__ import annotations

import pytest

from tests.nlp._docs import assert_found

# (sentence, PLOVER type, mode or None) that must be among the events
FOUND = [
    # charging someone with a crime is ACCUSE allege ("sue, indict, or charge"), not an arrest
    ("Federal prosecutors charged the former mayor with bribery on Monday.", "ACCUSE", "allege"),
    ("The journalist was charged with espionage by a court in Moscow.", "ACCUSE", "allege"),
    # suspects caught are arrested (173)
    ("Police caught the two escaped prisoners near the border.", "COERCE", "arrest"),
    # a warrant issued for someone's arrest (173)
    ("A judge issued an arrest warrant for the former president.", "COERCE", "arrest"),
    ("Prosecutors issued warrants for three army officers.", "COERCE", "arrest"),
    # a house or town surrounded by forces is a siege (191)
    ("Soldiers surrounded the opposition leader's house in Harare.", "COERCE", "restrict"),
    # calling someone a champion or a hero is praise (051)
    ("The senator called the president a champion of working families.", "SUPPORT", None),
    # being an advocate of someone's cause is support (051)
    ("France has long been an advocate of Turkey's membership in the EU.", "SUPPORT", None),
    # a country's entry into an alliance approved is an agreement endorsed (057)
    ("The Senate approved Croatia's entry into NATO on Tuesday.", "SUPPORT", None),
    ("Parliament approved the admission of Montenegro to the alliance.", "SUPPORT", None),
    # delving into a case is an investigation (090)
    ("Investigators delved into the finances of the ruling party.", "ACCUSE", "investigate"),
]


@pytest.mark.parametrize(("text", "etype", "mode"), FOUND)
def test_news_classes_are_found(code, text: str, etype: str, mode: str | None) -> None:  # type: ignore[no-untyped-def]
    assert_found(code(text), etype, mode)


# (sentence, type that must NOT be among the events)
NOT_FOUND = [
    # arrested and charged: the arrest is the event, the charge no accusation of its own
    ("The man was arrested and charged with assault.", "ACCUSE"),
    ("Police arrested the two men on warrants charging them with fraud.", "ACCUSE"),
    # things and crowds that are no siege or arrest
    ("The outfielder caught the ball and threw it home.", "COERCE"),
    ("Fans surrounded the team bus after the game.", "COERCE"),
    ("The fire department issued a warning about the heat.", "COERCE"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_FOUND)
def test_news_class_boundaries(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert etype not in {e.type for e in events}, [(e.type, e.rule) for e in events]
