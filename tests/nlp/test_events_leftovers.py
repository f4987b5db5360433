"""Leftover event classes of issue 10 reported by the session's engineers, fixed by whole class:
weapon fire as the subject of "hit"/"strike" (a weapon compound only, never a bare blaze),
gatherings of civilians struck (weddings, funerals, processions), ceasefires and truces that
take effect (RETREAT `ceasefire`, the manual's "observing a ceasefire"), a hostile crowd
rushing at people (PROTEST), a crowd setting upon people (ASSAULT), and licences and
commercial rights granted to a business (no concession).

Every sentence here was written by hand for this file (none is a gold or probe row) and labelled
with its PLOVER type before the coder ran on it; each FOUND row and the first two NOT_FOUND rows
failed on the coder of commit aa1c3f2 (checked on that tree), and the controls passed there and
must still."""

from __future__ import annotations

import pytest

from tests.nlp._docs import assert_found

# (sentence, PLOVER type, mode or None) that must be among the events
FOUND = [
    # weapon fire hitting or striking is an attack (190)
    ("Rocket fire hit the town of Sderot on Tuesday.", "ASSAULT", "heavy-weapons"),
    ("Artillery fire hit several villages near Donetsk.", "ASSAULT", None),
    ("Tank fire hit a school in Gaza.", "ASSAULT", None),
    ("Mortar fire hit a market in Mogadishu.", "ASSAULT", "heavy-weapons"),
    ("Machine-gun fire hit the convoy near Kandahar.", "ASSAULT", "firearms"),
    ("Sniper fire hit a bus in the city centre.", "ASSAULT", "firearms"),
    # a wedding, funeral or procession struck is an attack on civilians (180/190)
    ("Militants attacked a funeral procession in Baghdad.", "ASSAULT", None),
    ("Militants attacked a funeral in Baghdad.", "ASSAULT", None),
    # a ceasefire or truce taking effect is one observed: RETREAT ceasefire (0871)
    ("A ceasefire between Israel and Hamas came into force on Friday.", "RETREAT", "ceasefire"),
    (
        "The cease-fire between the army and the rebels took effect on Monday.",
        "RETREAT",
        "ceasefire",
    ),
    (
        "A ceasefire between the government and the rebels came into force in Yemen.",
        "RETREAT",
        "ceasefire",
    ),
    # a hostile crowd rushing at people is a protest (141), as the gold's convention
    ("An angry crowd rushed at the police.", "PROTEST", "demo"),
    ("Hundreds of rioters rushed at the riot police in Nairobi.", "PROTEST", None),
    # a crowd or mob setting upon people is mob violence (180)
    ("An angry crowd set upon the suspect.", "ASSAULT", "beat"),
    ("A mob of villagers set upon two police officers.", "ASSAULT", None),
]


@pytest.mark.parametrize(("text", "etype", "mode"), FOUND)
def test_leftover_classes_are_found(code, text: str, etype: str, mode: str | None) -> None:  # type: ignore[no-untyped-def]
    assert_found(code(text), etype, mode)


# sentences with no political event at all
NO_EVENT = [
    # a blaze, fire crews, a fire spreading: no weapon fire
    "A refinery fire hit production at the plant.",
    "Fire crews reached the village after midnight.",
    "The fire spread to nearby homes.",
    "A kitchen fire struck the restaurant on Friday.",
    "The fire hit the warehouse late on Sunday.",
    # natural forces hitting a gathering
    "The storm hit the wedding on Saturday.",
    "A hailstorm struck the wedding in Texas.",
    "The flu outbreak hit the school last week.",
    # laws, rules and drugs that take effect; a truce taken seriously
    "The new tax law took effect on Monday.",
    "The drug took effect within minutes.",
    "The new rules came into force in January.",
    "The rebels took the truce seriously.",
    # rushing at things; taking on rivals, staff and debt
    "Shoppers rushed at the doors when the store opened.",
    "Fans rushed at the gates before the match.",
    "The sun set upon the hills.",
    "The team took on the champions on Saturday.",
    "The company took on new staff.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_leftover_controls_have_no_event(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert not events, [(e.type, e.rule) for e in events]


# (sentence, type that must NOT be among the events): licences, permits and commercial rights
# granted to a business are no concession
NOT_FOUND = [
    ("The ministry granted the company rights to the oil field.", "CONCEDE"),
    ("The government granted mining rights to a Chinese firm.", "CONCEDE"),
    # controls (no concession before either): landing rights, a licence
    ("Regulators granted the airline landing rights at the airport.", "CONCEDE"),
    ("The government granted the firm a mining licence.", "CONCEDE"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_FOUND)
def test_business_grants_are_no_concession(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert etype not in {e.type for e in events}, [(e.type, e.rule) for e in events]


# concessions to political actors stay
KEPT = [
    ("The government granted the rebels amnesty.", "CONCEDE"),
    ("The government granted the opposition the right to hold rallies.", "CONCEDE"),
]


@pytest.mark.parametrize(("text", "etype"), KEPT)
def test_political_grants_stay_concessions(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert_found(code(text), etype)
