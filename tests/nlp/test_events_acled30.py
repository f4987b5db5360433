"""acled30 (issue 10 item 1): property destruction, sexual violence and blows as real local news
tells them.

The sentences of FOUND are blind gold rows of the tune half (tests/data/events/gold.tsv,
ev-1200..1299; expected type and mode are the labels written before the coder ran on them):
vandalism named as a noun in a clause about an appeal ("after repeated acts of vandalism"),
plural targets the lemmatiser misreads ("graves", "4x4s"), groping and shoving. Each failed on
the coder before this change. The controls must keep their old result."""

from __future__ import annotations

import pytest

# (sentence, type, mode or None) that must be among the events (blind tune labels)
FOUND = [
    # ev-1241, ev-1249: the vandals' target, a plural the lemmatiser misreads
    ("Vandals target 4x4s in Oxford.", "ASSAULT", None),
    ("Vandals desecrate graves near Jbeil church .", "ASSAULT", "destroy"),
    # ev-1254, ev-1255: vandalism by no one named, in a phrase of an appeal
    ("PC seeks help over Lancaster grave vandalism.", "ASSAULT", "destroy"),
    (
        "A CITY cop is appealing for information after repeated acts of vandalism at a cemetery.",
        "ASSAULT",
        "destroy",
    ),
    # ev-1256: the damaged thing a "vending machine"
    (
        "The thief also damaged a Pepsi vending machine while attempting to break into it, "
        "Reardon said.",
        "ASSAULT",
        "destroy",
    ),
    # ev-1292: groping
    ("He groped me, without my consent, while I was asleep.", "ASSAULT", "sexual"),
    # ev-1220: shoving a person
    (
        "Nwanguma, 21, who is black, held up her signs, Trump supporters ripped them away and "
        "began shoving her, screaming racial slurs and calling her ''leftist scum,'' she said in "
        "an interview.",
        "ASSAULT",
        "beat",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "mode"), FOUND)
def test_acled30_property_violence_and_blows(code, text: str, etype: str, mode: str | None) -> None:  # type: ignore[no-untyped-def]
    found = [(e.type, e.mode) for e in code(text)]
    assert etype in [t for t, _ in found]
    if mode is not None:
        assert (etype, mode) in found


# controls: the same words with no one struck, nothing damaged by anyone, or vandalism that did
# not happen; no ASSAULT may come of them
NO_ASSAULT = [
    "The man groped for the light switch in the dark.",
    "He shoved the door open and walked in.",
    "She shoved the papers into a drawer before the meeting.",
    "If push comes to shove, the council will raise the parking fees.",
    "Snow damaged the graves in the old churchyard.",
    "Police found no vandalism at the school.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NO_ASSAULT)
def test_acled30_controls_stay_without_assault(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in [e.type for e in code(text)]


@pytest.mark.model
def test_acled30_an_appeal_about_something_else_stays_a_request(code) -> None:  # type: ignore[no-untyped-def]
    # the appeal is the event where what it is about is no vandalism
    assert [e.type for e in code("Police appealed for calm after the riots.")] == ["REQUEST"]


# a demonstration of a skill, a craft or a product is a show, no protest: neg-1649 (blind tune
# no-event row) and LGL garden-show and museum listings of the same kind
SHOWS = [
    "Interactive demonstrations being held throughout the day will cover topics such as "
    "gardening in small spaces, flower arranging, and cooking with herbs.",
    "The museum's Blacksmith Shop will also be open for blacksmithing demonstrations from noon "
    "until 3 p.m.",
    "Cooking demonstrations will be held in the main tent on Saturday.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", SHOWS)
def test_acled30_a_show_demonstration_is_no_protest(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" not in [e.type for e in code(text)]


# controls: demonstrations held by people, against something, or by a sign-holding crowd stay
PROTESTS = [
    "Thousands of people held demonstrations in the capital on Saturday.",
    "Students staged a live demonstration against the war outside the embassy.",
    "About 40 people held a signholding demonstration at the intersection.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", PROTESTS)
def test_acled30_protest_demonstrations_stay(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" in [e.type for e in code(text)]
