"""Classes found on the real-news gold rows added by real28 (issue 10 items 1 and 4: ev-941 to
ev-1029, labelled blind on 18 whole documents) and the older tune rows:

* blows that land on a body part ("struck the 17-year-old across the face", "Some officers were
  hit in the head", "threw a soda in Richard's face"; tune rows ev-1013, ev-888, ev-985, beside
  ev-296 "striking him in the face", found before): ASSAULT (``beat`` for strike and hit) even
  when the one struck is no word for a person the coder knows, when the object is the thing
  thrown, or when the passive names no agent (``_body_blows``); a ball that hits a player in
  the face, a compliment thrown back in someone's face, water splashed on one's own face, one struck
  accidentally stay no event.

Every sentence was written by hand for this file (modelled on the gold rows, never copied)
and labelled from its text. Old code: commit d8427d5."""

from __future__ import annotations

import pytest

from tests.nlp._docs import assert_found

# (sentence, PLOVER type, mode or None)
BODY_BLOWS = [
    ("The robber struck the 15-year-old across the face and ran off.", "ASSAULT", "beat"),
    ("Several deputies were struck in the face.", "ASSAULT", "beat"),
    ("Two guards were hit in the head.", "ASSAULT", "beat"),
    ("Perez threw a cup of coffee in the waiter's face.", "ASSAULT", None),
]


@pytest.mark.parametrize(("text", "etype", "mode"), BODY_BLOWS)
def test_real28_blows_on_a_body_part(code, text: str, etype: str, mode: str | None) -> None:  # type: ignore[no-untyped-def]
    assert_found(code(text), etype, mode)


def test_real28_blow_with_a_person_struck_stays(code) -> None:  # type: ignore[no-untyped-def]
    # found before (a pronoun is the one struck): the control of the class
    assert_found(code("The suspect turned on the officer and struck him in the face."), "ASSAULT")


NOT_BLOWS = [
    "The goalkeeper was hit in the face by the ball.",
    "A foul ball struck a fan in the face.",
    "She threw the compliment back in his face.",
    "He splashed cold water on his face before the speech.",
    "Lightning struck the barn on Tuesday night.",
    "The boy was accidentally struck in the face during recess.",
]


@pytest.mark.parametrize("text", NOT_BLOWS)
def test_real28_things_that_land_on_a_face_are_no_assault(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert not any(e.type == "ASSAULT" for e in events), [(e.type, e.rule) for e in events]
