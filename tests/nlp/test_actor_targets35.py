"""Targets of events (issue 10 item 3, targets35), by class of phrasing. Sentences written for
these tests; the expected sides and countries were worked out by hand from the text
(tests/data/events/README.md conventions: the organisation for IGO codes, else the country)
before running the coder.

(a) a protest or attack at a building a country owns is aimed at that country, as "protested
    outside the Chinese embassy" and "exploded outside the U.S. embassy" already were: also
    when the site is "in front of" it (the parser reads "in" as a setting preposition, which
    the fallback to the verb's own phrase skips), and when the protest is a noun the place
    hangs on through a participle ("a rally held outside the Israeli consulate"), the gold's
    ev-1263. People one speaks "in front of" are no site.
(b) an allegation whose that-clause is told in the passive accuses the clause's agent, not its
    patient ("alleged that detainees had been tortured by Egyptian security forces" is aimed
    at the forces; the detainees were the target before, and a pronoun patient left none:
    "alleges she was assaulted by X", the gold's ev-1427); an inquiry "into whether X did ..."
    is aimed at X ("looking into whether the mayor obstructed justice", ev-1097).
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


# --- (a) a protest at a site a country owns

SITES = [
    # sentence, target country
    ("Tibetan exiles held a protest in front of the Chinese consulate in Kathmandu.", "CHN"),
    ("Demonstrators protested in front of the U.S. consulate in Lahore.", "USA"),
    ("Hundreds attended a demonstration held in front of the Turkish embassy in Berlin.", "TUR"),
    ("Thousands joined a rally held outside the Iranian embassy in Berlin.", "IRN"),
    ("Ukrainian refugees organized a rally held outside the Russian embassy in Prague.", "RUS"),
    ("Kurdish activists staged a sit-in in front of the Turkish embassy in Stockholm.", "TUR"),
    ("Students demonstrated in front of the French embassy in Bamako.", "FRA"),
    ("Uyghur activists organized a protest held outside the Chinese consulate in Istanbul.", "CHN"),
    ("Dozens of Venezuelans rallied in front of the Venezuelan embassy in Bogota.", "VEN"),
]


@pytest.mark.parametrize(("text", "target"), SITES)
def test_a_protest_at_a_countrys_site_is_aimed_at_the_country(
    nlp: Language, text: str, target: str
) -> None:
    events = _typed(nlp, text, "PROTEST")
    assert any(_key(_first(e.targets)) == target for e in events), _show(events)


ATTACKED_SITES = [
    # sentence, target country
    ("A car bomb exploded in front of the Turkish embassy in Kabul.", "TUR"),
    ("Gunmen opened fire in front of the Israeli embassy in Nicosia.", "ISR"),
    ("A suicide bomber blew himself up in front of the Russian embassy in Kabul.", "RUS"),
    ("A grenade exploded in front of the U.S. consulate in Karachi.", "USA"),
]


@pytest.mark.parametrize(("text", "target"), ATTACKED_SITES)
def test_an_attack_in_front_of_a_countrys_site_is_aimed_at_the_country(
    nlp: Language, text: str, target: str
) -> None:
    events = _typed(nlp, text, "ASSAULT")
    assert any(_key(_first(e.targets)) == target for e in events), _show(events)


def test_an_audience_in_front_of_whom_one_speaks_is_no_site(nlp: Language) -> None:
    # control: "in front of" people is no building; they are only the audience
    events = _events(
        nlp, "The senator criticized the new tariffs in front of Republican donors.", DATE
    )
    assert not any("donors" in a.span.text for e in events for a in e.targets), _show(events)


def test_a_protest_outside_an_embassy_stays_aimed_at_its_country(nlp: Language) -> None:
    # control: "outside" was read before
    events = _typed(
        nlp, "Hundreds of protesters gathered outside the Chinese embassy in London.", "PROTEST"
    )
    assert events and _key(_first(events[0].targets)) == "CHN", _show(events)


def test_a_protest_against_someone_keeps_them_before_the_site(nlp: Language) -> None:
    # control: the pattern's own "against" party comes first
    text = (
        "Kurds protested in front of the Swedish embassy in Ankara against the Turkish government."
    )
    events = _typed(nlp, text, "PROTEST")
    assert events and _key(_first(events[0].targets)) == "TUR", _show(events)


def test_a_protest_in_a_town_is_no_site(nlp: Language) -> None:
    # control: "in" a place is the setting, not whom the protest is aimed at
    events = _typed(nlp, "Protesters marched in the streets of Kathmandu on Sunday.", "PROTEST")
    assert all(_first(e.targets) is None for e in events), _show(events)


# --- (b) an allegation told in the passive accuses its agent; an inquiry into whether X did

ALLEGED = [
    # sentence, target country
    (
        "The rights group alleged that detainees had been tortured by Egyptian security forces.",
        "EGY",
    ),
    ("The woman alleged that she had been beaten by police officers in Lagos.", "NGA"),
    ("Amnesty International alleged that prisoners were executed by Iranian authorities.", "IRN"),
    ("Human Rights Watch alleged that villages had been burned by Myanmar soldiers.", "MMR"),
    ("The Ukrainian government alleged that civilians were killed by Russian troops.", "RUS"),
    ("Villagers alleged that their homes had been looted by Sudanese soldiers.", "SDN"),
    ("The UN report alleged that the journalists were detained by Chinese police.", "CHN"),
    (
        "Lawyers for the family alleged that the activist had been abducted by Pakistani "
        "intelligence agents.",
        "PAK",
    ),
    ("Witnesses alleged that the protesters were shot by Kenyan police.", "KEN"),
]


@pytest.mark.parametrize(("text", "target"), ALLEGED)
def test_an_allegation_told_in_the_passive_accuses_the_agent(
    nlp: Language, text: str, target: str
) -> None:
    events = _typed(nlp, text, "ACCUSE")
    assert events and _key(_first(events[0].targets)) == target, _show(events)


INQUIRIES = [
    # sentence, target country
    ("The FBI is looking into whether Russian hackers broke into the voting systems.", "RUS"),
    ("Investigators are looking into whether Chinese companies violated the sanctions.", "CHN"),
    ("Prosecutors are looking into whether the Israeli prime minister accepted bribes.", "ISR"),
    ("The commission is looking into whether Iranian agents planned the attack.", "IRN"),
    ("Prosecutors opened an investigation into whether the Brazilian senator took bribes.", "BRA"),
    ("The parliament launched an inquiry into whether Russian money funded the campaign.", "RUS"),
]


@pytest.mark.parametrize(("text", "target"), INQUIRIES)
def test_an_inquiry_into_whether_someone_did_is_aimed_at_them(
    nlp: Language, text: str, target: str
) -> None:
    events = _typed(nlp, text, "ACCUSE")
    assert events and _key(_first(events[0].targets)) == target, _show(events)


def test_an_allegation_with_no_agent_keeps_its_patient(nlp: Language) -> None:
    # control: no one is named as doing it; the old reading stays
    events = _typed(nlp, "The rights group alleged that detainees had been tortured.", "ACCUSE")
    assert events and events[0].targets, _show(events)
    assert events[0].targets[0].span.text == "detainees", _show(events)


def test_an_active_allegation_keeps_its_subject(nlp: Language) -> None:
    # control: the clause's subject did it
    text = "Investigators alleged that Syrian troops tortured the detainees."
    events = _typed(nlp, text, "ACCUSE")
    assert events and _key(_first(events[0].targets)) == "SYR", _show(events)


def test_a_demand_told_in_the_passive_keeps_its_subject(nlp: Language) -> None:
    # control: only accusations read the agent; a demand is about the clause's subject
    events = _typed(nlp, "Egypt demanded that Israeli troops be withdrawn from Gaza.", "REQUEST")
    assert events and _key(_first(events[0].targets)) == "ISR", _show(events)


# --- (c) a charge, case or allegation "made against" someone, inside the verb's phrase

NESTED = [
    # sentence, target country (any event of the sentence)
    (
        "Prosecutors in Sweden dropped an investigation into a rape allegation made against "
        "the Russian businessman.",
        "RUS",
    ),
    ("The court dismissed the charges brought against the Turkish journalist.", "TUR"),
    ("The government rejected the accusations made against the Iranian diplomats.", "IRN"),
    ("Prosecutors dropped the case filed against the Chinese company.", "CHN"),
    ("The judge threw out the lawsuit brought against the Saudi government.", "SAU"),
    ("The ministry denied the allegations leveled against Egyptian security forces.", "EGY"),
    ("Prosecutors withdrew the complaint lodged against the Kenyan senator.", "KEN"),
    ("The panel dropped its inquiry into claims made against the Nigerian minister.", "NGA"),
]


@pytest.mark.parametrize(("text", "target"), NESTED)
def test_a_charge_made_against_someone_is_aimed_at_them(
    nlp: Language, text: str, target: str
) -> None:
    events = _events(nlp, text, DATE)
    assert any(_key(_first(e.targets)) == target for e in events), _show(events)


def test_a_charge_against_someone_stays_aimed_at_them(nlp: Language) -> None:
    # control: the "against" phrase on the noun itself was read before
    text = (
        "Swiss prosecutors dropped an investigation into allegations against the Russian"
        " businessman."
    )
    events = _typed(nlp, text, "CONCEDE")
    assert events and _key(_first(events[0].targets)) == "RUS", _show(events)
