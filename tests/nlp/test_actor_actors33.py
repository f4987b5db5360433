"""Actors of attacks and operations (issue 10 item 3, actors33), by class of phrasing. Sentences
written for these tests; the expected sides and countries were worked out by hand from the text
(tests/data/events/README.md conventions: the organisation for IGO codes, else the country)
before running the coder.

(a) an upper-case name opening the sentence and hyphen-joined to the next word ("NATO-led
    forces", "ECOWAS-led troops", "NATO Secretary-General Jens Stoltenberg") was read as a wire
    dateline ("BRUSSELS - ...") and cut off: "NATO-led forces" lost NATO (then took the
    sentence's country, AFGMIL), "IAEA Director-General Rafael Grossi" lost the IAEA and kept
    "General" (IGOUNOIAEMIL, "OPEC Secretary-General ..." SAUMIL). A hyphen joined to both
    words is no dateline dash; a spaced dash still is ("WASHINGTON - Iranian officials").
    CAMEO practice, as the probes code it: the leader of an "X-led" force is its side.
(b) a weapon that lands "into"/"through" a thing ("a Russian missile slammed into a building in
    Kyiv", "shells tore through a hospital in Mariupol") is aimed at the place the thing is in:
    the verb has no object, the thing is no actor, and the attack had no target.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp._docs import coded_events as _events
from tests.nlp._docs import country_key as _key
from tests.nlp._docs import first_code as _first
from tests.nlp._docs import show_sides as _show

DATE = "2022-06-01"


# --- (a) an upper-case name hyphen-joined at the start of the sentence

LED = [
    # sentence, event type, source (organisation part of the code)
    ("NATO-led forces attacked Taliban fighters in Helmand province.", "ASSAULT", "IGOWST"),
    ("NATO-led troops killed five insurgents near Kabul.", "ASSAULT", "IGOWST"),
    ("ECOWAS-led troops clashed with rebels near Freetown.", "ASSAULT", "IGOWAF"),
    ("SADC-led forces attacked insurgents in Cabo Delgado.", "ASSAULT", "IGOSAF"),
    ("OSCE-led monitors accused the separatists of blocking their patrol.", "ACCUSE", "IGOEUR"),
    ("NATO-led peacekeepers arrested two suspects in Kosovo.", "COERCE", "IGOWST"),
    ("ECOWAS-led mediators met opposition leaders in Bamako.", "CONSULT", "IGOWAF"),
    ("NATO-led aircraft bombed a weapons depot near Tripoli.", "ASSAULT", "IGOWST"),
]


@pytest.mark.parametrize(("text", "etype", "source"), LED)
def test_an_organisation_led_force_is_the_organisations(
    nlp: Language, text: str, etype: str, source: str
) -> None:
    events = [e for e in _events(nlp, text, DATE) if e.type == etype]
    assert any(_key(_first(e.sources)) == source for e in events), _show(events)


TITLED = [
    # sentence, source (organisation part), the full code must not hold MIL ("General")
    (
        "NATO Secretary-General Jens Stoltenberg criticized Russia for the missile strikes.",
        "IGOWST",
    ),
    ("IAEA Director-General Rafael Grossi urged Iran to allow inspections.", "IGOUNO"),
    ("OPEC Secretary-General Mohammed Barkindo met Saudi officials in Riyadh.", "IGOBUS"),
    ("NATO Deputy Secretary-General Mircea Geoana visited Kyiv on Monday.", "IGOWST"),
    ("ASEAN Secretary-General Lim Jock Hoi called for restraint in Myanmar.", "IGOSEA"),
    ("WHO Director-General Tedros Adhanom Ghebreyesus praised China for its response.", "IGOUNO"),
]


@pytest.mark.parametrize(("text", "source"), TITLED)
def test_a_secretary_general_keeps_the_organisation_and_is_no_general(
    nlp: Language, text: str, source: str
) -> None:
    events = _events(nlp, text, DATE)
    codes = [_first(e.sources) or "" for e in events]
    assert any(_key(c) == source and "MIL" not in c for c in codes), _show(events)


def test_a_spaced_dateline_dash_is_still_cut(nlp: Language) -> None:
    # control: "WASHINGTON - " is the dateline, not part of the officials' phrase
    text = "WASHINGTON - Iranian officials accused the United States of sabotage."
    events = [e for e in _events(nlp, text, DATE) if e.type == "ACCUSE"]
    assert events, _show(events)
    assert _key(_first(events[0].sources)) == "IRN", _show(events)
    assert "WASHINGTON" not in events[0].sources[0].span.text


def test_a_country_led_force_keeps_its_leader(nlp: Language) -> None:
    # control: a nationality adjective before "-led" was read before (not upper-case)
    text = "The French-led coalition attacked jihadist camps in northern Mali."
    events = [e for e in _events(nlp, text, DATE) if e.type == "ASSAULT"]
    assert any(_key(_first(e.sources)) == "FRA" for e in events), _show(events)


# --- (b) a weapon landing into a thing in a place

LANDED = [
    # sentence, source ("" not checked), target country
    ("A Russian missile slammed into a building in Kyiv.", "RUS", "UKR"),
    ("Rockets slammed into an apartment block in Kharkiv on Sunday.", "", "UKR"),
    ("A mortar shell slammed into a school in Aleppo.", "", "SYR"),
    ("Two rockets smashed into a market in Kabul.", "", "AFG"),
    ("A drone strike slammed into a car in Mogadishu.", "", "SOM"),
    ("Shells tore through a hospital in Mariupol.", "", "UKR"),
    ("A Houthi missile slammed into an oil facility in Jeddah.", "YEM", "SAU"),
    ("An artillery shell ripped through a bakery in Idlib.", "", "SYR"),
]


@pytest.mark.parametrize(("text", "source", "target"), LANDED)
def test_a_weapon_landing_in_a_thing_is_aimed_at_its_place(
    nlp: Language, text: str, source: str, target: str
) -> None:
    events = [e for e in _events(nlp, text, DATE) if e.type == "ASSAULT"]
    assert any(
        _key(_first(e.targets)) == target and (not source or _key(_first(e.sources)) == source)
        for e in events
    ), _show(events)


def test_a_weapon_landing_with_no_place_has_no_target(nlp: Language) -> None:
    # control: nothing names where the building is
    events = [
        e
        for e in _events(nlp, "A Russian missile slammed into a building.", DATE)
        if e.type == "ASSAULT"
    ]
    assert events and all(_first(e.targets) is None for e in events), _show(events)


def test_a_car_slamming_into_a_wall_is_no_attack(nlp: Language) -> None:
    # control: no weapon, no attack, no place taken as a target
    events = _events(nlp, "The car slammed into a wall in Kyiv.", DATE)
    assert not [e for e in events if e.type == "ASSAULT"], _show(events)


def test_a_weapon_striking_a_place_named_by_its_object_is_unchanged(nlp: Language) -> None:
    # control: the verb's own object already placed the attack (actors30)
    events = [
        e for e in _events(nlp, "Missiles hit a power plant in Lviv.", DATE) if e.type == "ASSAULT"
    ]
    assert any(_key(_first(e.targets)) == "UKR" for e in events), _show(events)


def test_a_capital_a_weapon_lands_in_is_the_country_not_its_government(nlp: Language) -> None:
    # the capital struck is the country (as "missiles hit Kyiv"), not Kyiv the government that
    # speaks or acts; the place the weapon lands in is now the attack's own target
    events = [e for e in _events(nlp, "A missile slammed into Kyiv.", DATE) if e.type == "ASSAULT"]
    assert any(_first(e.targets) == "UKR" for e in events), _show(events)
