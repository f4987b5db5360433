"""Targets of events (issue 10 item 3, targets36), by class of phrasing. Sentences written for
these tests; the expected sides and countries were worked out by hand from the text
(tests/data/events/README.md conventions: the organisation for IGO codes, else the country)
before running the coder.

(a) a protest whose clause accuses, denounces, condemns, criticises or blames someone is aimed
    at them: "gathered in Osorno, accusing the bishop of covering up abuse", "rallied in
    Islamabad, denouncing the government's new tax" (the owner of the thing denounced), also
    when the clause hangs on the protesters ("protesters accusing the government of ... rallied
    in Tbilisi"). A protest's own target named "against" stays first; a thing with no owner
    denounced ("denouncing corruption") names no one.
(b) a verbal act on a thing whose conjoined verb of the same speaker blames or warns the other
    party is aimed at that party: "condemned the raid and accused Israel of violating the
    truce" (the condemnation too is aimed at Israel), "denounced the expulsions and warned
    London of retaliation". A first act with a party of its own keeps it; a conjunct with a
    subject of its own is another speaker's act; a party urged or called on is as often a third
    party asked to act ("urged the United Nations to act"); a material conjunct ("sent aid to
    Lebanon") lends nothing.
(c) a nominal attack on a thing is aimed at the place the thing is in, as a verb's object
    already was ("attacked a hotel in Mogadishu"): "launched an attack on a hotel in
    Mogadishu", "a drone attack on an oil facility in Saudi Arabia". People attacked stay the
    target, a thing whose modifier names its owner keeps it ("Houthi positions"), a thing with
    no place named names none, and the victims of an attack that is only their setting ("were
    killed in an attack on a mosque in Kabul") stay the target.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp._docs import coded_events as _events
from tests.nlp._docs import country_key as _key
from tests.nlp._docs import first_code as _first
from tests.nlp._docs import show_sides as _show

DATE = "2022-06-01"


def _typed(nlp: Language, text: str, etype: str) -> list:
    return [e for e in _events(nlp, text, DATE) if e.type == etype and not e.negated]


def _target_text(event) -> str:
    return " ".join(a.span.text for a in event.targets)


# --- (a) a protest's accusing clause names whom it is aimed at

ACCUSING = [
    # sentence, a word of the target, target country ("" where only the word is checked)
    (
        "Thousands of demonstrators marched through Lima, accusing President Pedro Castillo "
        "of corruption.",
        "Castillo",
        "PER",
    ),
    (
        "Protesters blocked the main highway into Nairobi, accusing the Kenyan government of "
        "rigging the election.",
        "government",
        "KEN",
    ),
    (
        "Hundreds of farmers rallied in Islamabad, denouncing the Pakistani government's new "
        "tax on fertiliser.",
        "government",
        "PAK",
    ),
    (
        "Demonstrators gathered in the square, condemning Israel's blockade of Gaza.",
        "Israel",
        "ISR",
    ),
    (
        "Thousands of students took to the streets of Dhaka, blaming the Bangladeshi police "
        "for the death of a classmate.",
        "police",
        "BGD",
    ),
    (
        "Opposition supporters staged a sit-in in Kinshasa, accusing President Felix "
        "Tshisekedi of clinging to power.",
        "Tshisekedi",
        "COD",
    ),
    (
        "Hundreds of women protested in Kabul, denouncing the Taliban's ban on girls' education.",
        "Taliban",
        "",
    ),
    (
        "Demonstrators marched to the city hall in Manila, criticising President Rodrigo "
        "Duterte's drug war.",
        "Duterte",
        "PHL",
    ),
    (
        "Hundreds of protesters denouncing the Serbian government marched through Belgrade.",
        "government",
        "SRB",
    ),
    (
        "Dozens of activists denouncing the Egyptian authorities demonstrated in Cairo.",
        "authorities",
        "EGY",
    ),
]


def _assert_protest_aimed_at(nlp: Language, text: str, word: str, country: str) -> None:
    """The text's first PROTEST has ``word`` in its target and, when given, that country."""
    events = _typed(nlp, text, "PROTEST")
    assert events, _show(_events(nlp, text, DATE))
    first = events[0]
    assert word in _target_text(first), _show(events)
    if country:
        assert _key(_first(first.targets)) == country, _show(events)


@pytest.mark.parametrize(("text", "word", "country"), ACCUSING)
def test_a_protest_is_aimed_at_whom_its_clause_accuses(
    nlp: Language, text: str, word: str, country: str
) -> None:
    _assert_protest_aimed_at(nlp, text, word, country)


def test_a_protests_own_target_stays_before_the_accused(nlp: Language) -> None:
    # control: the party protested "against" is the protest's own target
    text = (
        "Protesters rallied against the Thai government in Bangkok, accusing the police of "
        "brutality."
    )
    events = _typed(nlp, text, "PROTEST")
    assert events and "government" in _target_text(events[0]), _show(events)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of protesters gathered in the capital, singing songs and waving flags.",
        "Protesters marched through Accra, denouncing corruption.",
        "Students marched in Dhaka, condemning attacks against journalists.",
    ],
)
def test_a_protest_clause_that_names_no_one_gives_no_target(nlp: Language, text: str) -> None:
    # controls: no one accused (songs and flags), a thing with no owner denounced, the victims
    # of an act condemned (whom it is "against" are no accused)
    events = _typed(nlp, text, "PROTEST")
    assert events, _show(_events(nlp, text, DATE))
    words = ("songs", "flags", "corruption", "journalists")
    assert all(not any(w in _target_text(e) for w in words) for e in events), _show(events)
    assert all(_key(_first(e.targets)) == "" for e in events), _show(events)


# --- (b) a verbal act on a thing, aimed at whom its conjoined verb addresses

CONJOINED = [
    # sentence, event type, trigger's first word, target country or word
    (
        "The Iranian foreign ministry condemned the raid and accused Israel of violating the "
        "truce.",
        "ACCUSE",
        "condemned",
        "ISR",
    ),
    (
        "Moscow denounced the expulsions and warned London of retaliation.",
        "ACCUSE",
        "denounced",
        "GBR",
    ),
    (
        "The Turkish government rejected the report and accused Greece of spreading lies.",
        "REJECT",
        "rejected",
        "GRC",
    ),
    (
        "Ukraine condemned the referendum and accused Russia of trying to annex its territory.",
        "ACCUSE",
        "condemned",
        "RUS",
    ),
    (
        "The Nigerian army dismissed the allegations and blamed Boko Haram for the killings.",
        "REJECT",
        "dismissed",
        "Boko Haram",
    ),
    (
        "The Pakistani foreign office rejected the remarks and accused India of spreading "
        "propaganda.",
        "REJECT",
        "rejected",
        "IND",
    ),
    (
        "Tehran denounced the sanctions and warned Washington of a strong response.",
        "ACCUSE",
        "denounced",
        "USA",
    ),
    (
        "The Afghan government condemned the bombing and blamed the Taliban for the attack.",
        "ACCUSE",
        "condemned",
        "Taliban",
    ),
    (
        "The Kremlin dismissed the report and accused Ukraine of staging the incident.",
        "REJECT",
        "dismissed",
        "UKR",
    ),
]


def _trigger_event(events: list, word: str):
    found = [e for e in events if e.trigger.text.split()[0] == word]
    return found[0] if found else None


@pytest.mark.parametrize(("text", "etype", "word", "target"), CONJOINED)
def test_a_verbal_act_on_a_thing_is_aimed_at_whom_its_conjunct_addresses(
    nlp: Language, text: str, etype: str, word: str, target: str
) -> None:
    events = _typed(nlp, text, etype)
    event = _trigger_event(events, word)
    assert event is not None, _show(_events(nlp, text, DATE))
    if target.isupper() and len(target) == 3:
        assert _key(_first(event.targets)) == target, _show(events)
    else:
        assert target in _target_text(event), _show(events)


def test_a_first_act_with_its_own_party_keeps_it(nlp: Language) -> None:
    # control: the United States is condemned itself; Colombia is only warned
    text = "Venezuela condemned the United States and warned Colombia against meddling."
    event = _trigger_event(_typed(nlp, text, "ACCUSE"), "condemned")
    assert event is not None and _key(_first(event.targets)) == "USA", _show(
        _events(nlp, text, DATE)
    )


def test_a_conjunct_with_its_own_speaker_lends_no_party(nlp: Language) -> None:
    # control: Jordan accuses Israel; Egypt's condemnation names no one
    text = "Egypt condemned the attack, and Jordan accused Israel of violating the truce."
    event = _trigger_event(_typed(nlp, text, "ACCUSE"), "condemned")
    assert event is not None, _show(_events(nlp, text, DATE))
    assert _key(_first(event.targets)) != "ISR", _show([event])


def test_a_party_asked_to_act_is_not_the_one_condemned(nlp: Language) -> None:
    # control: the United Nations is urged to act against the coup, not condemned
    text = "The African Union condemned the coup and urged the United Nations to act."
    event = _trigger_event(_typed(nlp, text, "ACCUSE"), "condemned")
    assert event is not None, _show(_events(nlp, text, DATE))
    assert _key(_first(event.targets)) != "IGOUNO", _show([event])


def test_a_material_conjunct_lends_no_party(nlp: Language) -> None:
    # control: sending aid is no address to Lebanon about the agreement
    text = "France welcomed the agreement and sent aid to Lebanon."
    event = _trigger_event(_typed(nlp, text, "SUPPORT"), "welcomed")
    assert event is not None, _show(_events(nlp, text, DATE))
    assert _key(_first(event.targets)) != "LBN", _show([event])


# --- (c) a nominal attack on a thing is aimed at the place the thing is in

NOMINAL_PLACED = [
    # sentence, target country
    ("Al-Shabaab launched an attack on a hotel in Mogadishu.", "SOM"),
    ("Houthi rebels launched a drone attack on an oil facility in Saudi Arabia.", "SAU"),
    ("Gunmen staged an attack on a church in Burkina Faso.", "BFA"),
    ("Insurgents launched a rocket attack on a military base in Kandahar.", "AFG"),
    ("Separatist fighters mounted an attack on a police post in Cameroon.", "CMR"),
    ("ISIS claimed the attack on a mosque in Kabul.", "AFG"),
    ("Jihadists carried out an attack against a military camp in Mali.", "MLI"),
    ("Rebels launched an attack on a prison in Nigeria.", "NGA"),
    ("Gunmen carried out an attack on a bus in Pakistan.", "PAK"),
]


@pytest.mark.parametrize(("text", "target"), NOMINAL_PLACED)
def test_a_nominal_attack_on_a_thing_is_aimed_at_its_place(
    nlp: Language, text: str, target: str
) -> None:
    events = _typed(nlp, text, "ASSAULT")
    assert events, _show(_events(nlp, text, DATE))
    assert _key(_first(events[0].targets)) == target, _show(events)


def test_a_nominal_attack_on_people_keeps_them(nlp: Language) -> None:
    # control: troops are a party, not a thing the place stands for
    text = "Al-Shabaab launched an attack on African Union troops in Mogadishu."
    events = _typed(nlp, text, "ASSAULT")
    assert events and "troops" in _target_text(events[0]), _show(events)


def test_a_nominal_attack_on_a_thing_with_no_place_names_none(nlp: Language) -> None:
    # control: no place is named for the checkpoint
    text = "Militants launched an attack on a checkpoint."
    events = _typed(nlp, text, "ASSAULT")
    assert events, _show(_events(nlp, text, DATE))
    assert _key(_first(events[0].targets)) == "", _show(events)


def test_a_nominal_attack_on_an_owned_thing_keeps_its_owner(nlp: Language) -> None:
    # control: the positions are the Houthis', who are the target, not Yemen alone
    text = "Saudi-led jets carried out an attack on Houthi positions in Yemen."
    events = _typed(nlp, text, "ASSAULT")
    assert events and "Houthi" in _target_text(events[0]), _show(events)


def test_victims_of_an_attack_that_is_a_setting_stay_the_target(nlp: Language) -> None:
    # control: the attack is where the five were killed; they are the target
    text = "Five people were killed in an attack on a mosque in Kabul."
    events = _typed(nlp, text, "ASSAULT")
    assert any("people" in _target_text(e) for e in events), _show(events)


# --- (a), second batch: a protest clause that protests someone's act or chants against them

PROTESTING = [
    # sentence, a word of the target, target country ("" where only the word is checked)
    (
        "Hundreds of protesters marched in Conakry, chanting slogans against President Alpha "
        "Conde.",
        "Conde",
        "GIN",
    ),
    ("Workers rallied in Seoul to protest the government's labour reforms.", "government", "KOR"),
    ("Farmers blocked highways across France to protest EU trade policies.", "EU", ""),
    (
        "Protesters gathered in Caracas, shouting slogans against President Nicolas Maduro.",
        "Maduro",
        "VEN",
    ),
    (
        "Thousands of Kenyans took to the streets to protest President William Ruto's tax hikes.",
        "Ruto",
        "KEN",
    ),
    (
        "Opposition supporters marched in Dhaka, carrying banners against Prime Minister Sheikh "
        "Hasina.",
        "Hasina",
        "BGD",
    ),
]


@pytest.mark.parametrize(("text", "word", "country"), PROTESTING)
def test_a_protest_is_aimed_at_whom_its_clause_protests_or_chants_against(
    nlp: Language, text: str, word: str, country: str
) -> None:
    _assert_protest_aimed_at(nlp, text, word, country)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters marched through Madrid, chanting slogans and waving flags.",
        "Residents rallied in Lima to protest rising food prices.",
    ],
)
def test_a_protest_clause_against_no_one_gives_no_party(nlp: Language, text: str) -> None:
    # controls: slogans against no one; prices that are no one's act
    events = _typed(nlp, text, "PROTEST")
    assert events, _show(_events(nlp, text, DATE))
    words = ("slogans", "flags", "prices")
    assert all(not any(w in _target_text(e) for w in words) for e in events), _show(events)
