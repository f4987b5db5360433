"""Leftover event classes of issue 10 (leftovers20 session), fixed by whole class: an armed
raid on business premises (a bank, supermarket, pharmacy, mall) is ASSAULT, while a raid on
one by police or soldiers stays COERCE; people of unknown identity who attack are unknown
attackers (CRM, the code "unknown assailants" gets); a strike continued or resumed is a labour
strike (PROTEST ``strike``), strikes a state or armed side continues on a place an attack.

Every sentence here was written by hand for this file (none is a gold or probe row) and labelled
before the coder ran on it; the rows marked "old: ..." failed on the coder of commit 358a700,
the controls passed there and must still."""

from __future__ import annotations

import pytest

from tests.nlp._docs import assert_found

# (sentence, PLOVER type) that must be among the events
FOUND = [
    # an armed raid on business premises is an attack (old: no event, the bank no target)
    ("Armed robbers raided a bank in Ondo, Nigeria.", "ASSAULT"),
    ("Armed robbers raided a supermarket in Lagos.", "ASSAULT"),
    ("Robbers raided a bank in Kogi State.", "ASSAULT"),
    ("Bandits raided a bank in Katsina.", "ASSAULT"),
    ("Armed men raided a shopping mall in Nairobi.", "ASSAULT"),
    ("Gunmen raided a pharmacy in Maiduguri.", "ASSAULT"),
    # controls (ASSAULT before too): shops, stores, homes, villages
    ("Gunmen raided a shop in Kaduna on Sunday.", "ASSAULT"),
    ("Bandits raided a store in Zamfara.", "ASSAULT"),
    ("Gunmen raided the home of a local chief in Kano.", "ASSAULT"),
    ("Cattle rustlers raided a village in Zamfara.", "ASSAULT"),
    # an authority's raid on premises is a search or seizure (old: no event for the bank)
    ("Police raided a bank in Lagos.", "COERCE"),
    ("Anti-graft agents raided a bank in Abuja.", "COERCE"),
    ("Police raided a supermarket in Kano.", "COERCE"),
    ("Soldiers raided a pharmacy in Maiduguri.", "COERCE"),
    # control: COERCE before too
    ("Police raided the home of the opposition leader.", "COERCE"),
    # a labour strike continued or resumed (old: no event)
    ("Workers continued their strike over unpaid wages.", "PROTEST"),
    ("Doctors continued their strike over unpaid salaries.", "PROTEST"),
    ("Teachers continued their strike in Lagos.", "PROTEST"),
    ("Nurses continued the strike for a third week.", "PROTEST"),
    ("The union continued its strike over pay.", "PROTEST"),
    ("Workers continued their strike on Monday.", "PROTEST"),
    ("Lecturers resumed their strike against the government.", "PROTEST"),
    # strikes a state or armed side continues or resumes are attacks (old: no event)
    ("Russia continued its strikes on Kyiv.", "ASSAULT"),
    ("Israel continued its strikes on Gaza.", "ASSAULT"),
    ("Israel continued its strikes on Beirut.", "ASSAULT"),
    ("The army continued its strikes on rebel positions.", "ASSAULT"),
    ("Israel resumed strikes on Gaza.", "ASSAULT"),
    ("The coalition resumed its strikes on Houthi positions in Yemen.", "ASSAULT"),
    ("Russia continued its strikes.", "ASSAULT"),
    # controls (found before too)
    ("Workers went on strike over unpaid wages.", "PROTEST"),
    ("The army continued its airstrikes on rebel positions.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "etype"), FOUND)
def test_leftover20_classes_are_found(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert_found(code(text), etype)


# the other type must not be there: a labour strike is no attack, a police raid no attack,
# an armed raid no seizure
NOT_FOUND = [
    ("Workers continued their strike over unpaid wages.", "ASSAULT"),
    ("Workers continued their strike on Monday.", "ASSAULT"),
    ("Lecturers resumed their strike against the government.", "ASSAULT"),
    ("Russia continued its strikes on Kyiv.", "PROTEST"),
    ("Israel resumed strikes on Gaza.", "PROTEST"),
    ("Police raided a bank in Lagos.", "ASSAULT"),
    ("Soldiers raided a pharmacy in Maiduguri.", "ASSAULT"),
    ("Armed robbers raided a bank in Ondo, Nigeria.", "COERCE"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_FOUND)
def test_leftover20_other_type_absent(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert etype not in {e.type for e in events}, [(e.type, e.rule) for e in events]


# a strike continued that is no labour or armed strike: no event
NO_EVENT = [
    "The team continued its strike for the title.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_leftover20_controls_have_no_event(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert not events, [(e.type, e.rule) for e in events]


# (sentence, doer's sector code): people of unknown identity who attack are unknown attackers,
# CRM as "unknown assailants" (old: no source, or CVL for "people")
UNKNOWN_DOERS = [
    ("Unknown persons vandalised the office of the electoral commission.", "CRM"),
    ("Unidentified people set fire to the office of the electoral commission.", "CRM"),
    ("Unknown persons attacked a police station in Imo.", "CRM"),
    ("Unidentified persons burned the house of a councillor.", "CRM"),
    ("Unknown people attacked the home of a journalist.", "CRM"),
    ("Unidentified people shot a local chief in Kano.", "CRM"),
    ("Unknown men set fire to the home of a councillor.", "CRM"),
    ("Unidentified individuals attacked a police station in Imo.", "CRM"),
    # controls (so before too): unknown assailants, unknown gunmen, people protesting
    ("Unknown assailants attacked a police station in Imo.", "CRM"),
    ("Unknown gunmen attacked a police station in Imo.", "REB"),
    ("People protested in the capital.", "CVL"),
]


@pytest.mark.parametrize(("text", "code_"), UNKNOWN_DOERS)
def test_unknown_doers_are_unknown_attackers(code, text: str, code_: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert events, text
    assert any(a.code == code_ for e in events for a in e.sources), [
        (e.type, [(a.span.text, a.code) for a in e.sources]) for e in events
    ]
