"""The target side of events (issue 10 item 3, actors30), by class of phrasing. Sentences
written for these tests; the expected sides and countries were worked out by hand from the text
(tests/data/events/README.md conventions) before running the coder.

(a) access granted: a state that lets or allows monitors, inspectors, observers or journalists
    in concedes access to them, the target ("Iran allowed IAEA inspectors to visit the site":
    IRN -> IGOUNO); the parser makes them the subject of the infinitive, inside the trigger's
    words, and they were no side;
(b) a visit by arrival: "arrived in Tehran for talks" visits the host the place stands for, as
    CAMEO's 042 codes the host (a "with" party met stays first);
(c) a physical target of an attack placed by "in X province/region/state" (the place word is
    the phrase's head, the name its compound), and an attack named by a noun that is the
    subject of "hit" ("Israeli air strikes hit a school in Gaza"): the noun's owner is the
    source, the verb's object (placed) is the target;
(d) people called "international" (monitors, observers, journalists) are no one country's: the
    sentence's country does not place them, as "foreign" already did not;
(e) a threat to attack things placed in a country ("threatened to strike oil facilities in
    Saudi Arabia") is aimed at that country, as the attack itself would be;
(f) a protest whose purpose demands something about a country ("to demand an end to the war in
    Yemen", "to call for democracy in Myanmar") is aimed at that country;
(g) an act done "in protest against" someone's act ("boycotted the summit in protest against
    Russia's invasion", "recalled its ambassador in protest against China's pressure") is aimed
    at whose act it is, not at the thing boycotted ("the summit in protest" was coded CVL).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp._docs import coded_events as _events


def _key(code: str | None) -> str:
    """The compared part of a code: the organisation for IGO/NGO codes, else the country."""
    code = code or ""
    return code[:6] if code.startswith(("IGO", "NGO")) else code[:3]


def _pairs(events: list, etype: str | None = None) -> list[tuple[str, str]]:
    """(first coded source, first coded target) of every event (of ``etype``)."""
    out = []
    for e in events:
        if etype is not None and e.type != etype:
            continue
        src = next((a.code for a in e.sources if a.code), None)
        tgt = next((a.code for a in e.targets if a.code), None)
        out.append((_key(src), _key(tgt)))
    return out


def _show(events: list) -> list:
    return [
        (
            e.type,
            e.rule,
            [(a.span.text, a.code) for a in e.sources],
            [(a.span.text, a.code) for a in e.targets],
        )
        for e in events
    ]


def _matches(pairs: list[tuple[str, str]], source: str, target: str) -> bool:
    return any(t == target and (not source or s == source) for s, t in pairs)


# --- (a) access granted

ACCESS = [
    # sentence, source, target ("" source: not checked)
    ("Iran allowed IAEA inspectors to visit the Fordow site.", "IRN", "IGOUNO"),
    ("Syria let U.N. monitors into the town of Houla.", "SYR", "IGOUNO"),
    ("Russia allowed OSCE observers to enter the region.", "RUS", "IGOEUR"),
    ("Venezuela allowed Colombian journalists to enter the country.", "VEN", "COL"),
    ("China let American journalists return to Wuhan.", "CHN", "USA"),
    ("Pakistan allowed Afghan monitors into the camps.", "PAK", "AFG"),
    ("Myanmar's junta let Thai observers into the country.", "MMR", "THA"),
    ("Ethiopia allowed African Union investigators access to Tigray.", "ETH", "IGOAFR"),
    ("Belarus let Lithuanian journalists cross the border.", "BLR", "LTU"),
]


@pytest.mark.parametrize(("text", "source", "target"), ACCESS)
def test_access_granted_targets_those_let_in(
    nlp: Language, text: str, source: str, target: str
) -> None:
    events = _events(nlp, text, "2021-06-01")
    assert _matches(_pairs(events, "RETREAT"), source, target), _show(events)


def test_aid_let_into_a_place_targets_the_place(nlp: Language) -> None:
    # convoys are no one: the place they are let into is the target
    events = _events(nlp, "Israel let aid convoys into Gaza on Sunday.", "2021-06-01")
    assert _matches(_pairs(events, "RETREAT"), "ISR", "PSE"), _show(events)


# --- (b) a visit by arrival

VISITS = [
    ("Putin arrived in Beijing for a two-day state visit.", "RUS", "CHN"),
    ("Erdogan arrived in Baghdad on Monday for talks on water and security.", "TUR", "IRQ"),
    ("Blinken arrived in Cairo on Tuesday for talks.", "USA", "EGY"),
    ("The French foreign minister arrived in Beirut for a three-day visit.", "FRA", "LBN"),
    ("Kenya's president arrived in Kampala for a summit of East African leaders.", "KEN", "UGA"),
    ("Zelensky arrived in Warsaw on a surprise visit.", "UKR", "POL"),
    ("A Chinese delegation arrived in Islamabad for talks.", "CHN", "PAK"),
    ("Lula arrived in Buenos Aires on an official visit.", "BRA", "ARG"),
]


@pytest.mark.parametrize(("text", "source", "target"), VISITS)
def test_arriving_for_a_visit_targets_the_host_place(
    nlp: Language, text: str, source: str, target: str
) -> None:
    events = _events(nlp, text, "2021-06-01")
    assert _matches(_pairs(events, "CONSULT"), source, target), _show(events)


def test_a_party_met_with_stays_the_target_of_an_arrival(nlp: Language) -> None:
    # control: the "with" party comes before the place
    text = "Blinken arrived in Cairo for talks with Qatari mediators."
    events = _events(nlp, text, "2021-06-01")
    assert _matches(_pairs(events, "CONSULT"), "USA", "QAT"), _show(events)


def test_a_meeting_place_is_no_host(nlp: Language) -> None:
    # control: a meeting held somewhere is not a visit to it
    text = "The foreign ministers of Iran and Saudi Arabia met in Geneva on Monday."
    events = _events(nlp, text, "2021-06-01")
    assert ("IRN", "CHE") not in _pairs(events) and ("SAU", "CHE") not in _pairs(events)


# --- (c) attacks on places named with their province or region; attack nouns that "hit"

ATTACKS = [
    ("Russian jets bombed a hospital in Idlib province.", "RUS", "SYR"),
    ("Taliban fighters attacked a checkpoint in Helmand province.", "", "AFG"),
    ("Militants shelled a market in Donetsk region.", "", "UKR"),
    ("Nigerian warplanes bombed a camp in Borno state.", "NGA", "NGA"),
    ("Israeli air strikes hit a school in Gaza.", "ISR", "PSE"),
    ("Turkish artillery fire hit villages in northern Syria.", "TUR", "SYR"),
]


@pytest.mark.parametrize(("text", "source", "target"), ATTACKS)
def test_an_attack_on_a_placed_thing_targets_the_place(
    nlp: Language, text: str, source: str, target: str
) -> None:
    events = _events(nlp, text, "2021-06-01")
    assert _matches(_pairs(events, "ASSAULT"), source, target), _show(events)


def test_a_thing_bombed_with_no_place_has_no_target_country(nlp: Language) -> None:
    # control: "the province" names no place
    events = _events(nlp, "Russian jets bombed a hospital in the province.", "2021-06-01")
    assert all(t == "" for _s, t in _pairs(events, "ASSAULT")), _show(events)


# --- (d) international people are no one country's

INTERNATIONAL = [
    # sentence, the country they must not take
    ("International monitors criticised the election in Belarus.", "BLR"),
    ("International observers praised Kenya's vote.", "KEN"),
    ("International journalists were expelled from Ethiopia.", "ETH"),
    ("North Korea let international inspectors return to the site.", "PRK"),
]


@pytest.mark.parametrize(("text", "country"), INTERNATIONAL)
def test_international_people_take_no_country_from_the_sentence(
    nlp: Language, text: str, country: str
) -> None:
    events = _events(nlp, text, "2021-06-01")
    coded = [
        a.code
        for e in events
        for a in [*e.sources, *e.targets]
        if "nternational" in a.span.text
    ]
    assert events and all(not (c or "").startswith(country) for c in coded), _show(events)


def test_national_observers_keep_their_country(nlp: Language) -> None:
    # control: a nation adjective places them
    events = _events(nlp, "Kenyan observers praised the vote in Uganda.", "2021-06-01")
    assert any(s == "KEN" for s, _t in _pairs(events)), _show(events)


# --- (e) threats to attack placed things

THREATS = [
    ("Iran threatened to strike oil facilities in Saudi Arabia.", "IRN", "SAU"),
    ("Al-Shabaab threatened to attack hotels in Nairobi.", "", "KEN"),
    ("The rebels threatened to shell the airport in Tripoli.", "", "LBY"),
    ("North Korea threatened to destroy military bases in South Korea.", "PRK", "KOR"),
    ("Russia threatened to strike government buildings in Kyiv.", "RUS", "UKR"),
    ("The Taliban threatened to bomb polling stations in Kabul.", "", "AFG"),
    ("Hezbollah threatened to target power plants in Israel.", "", "ISR"),
    ("ISIS threatened to blow up churches in Egypt.", "", "EGY"),
]


@pytest.mark.parametrize(("text", "source", "target"), THREATS)
def test_a_threat_to_attack_placed_things_targets_the_place(
    nlp: Language, text: str, source: str, target: str
) -> None:
    events = _events(nlp, text, "2021-06-01")
    assert _matches(_pairs(events, "THREATEN"), source, target), _show(events)


def test_a_threat_to_unplaced_things_has_no_target_country(nlp: Language) -> None:
    # control: no place named
    events = _events(nlp, "Iran threatened to strike oil facilities.", "2021-06-01")
    assert all(t == "" for _s, t in _pairs(events, "THREATEN")), _show(events)


def test_a_threat_of_sanctions_on_a_country_keeps_it(nlp: Language) -> None:
    # control: the counterpart named stays
    events = _events(nlp, "Turkey threatened to impose sanctions on Sweden.", "2021-06-01")
    assert _matches(_pairs(events, "THREATEN"), "TUR", "SWE"), _show(events)


# --- (f) protests demanding something about a country

DEMANDS = [
    ("Thousands marched in London to demand an end to the war in Yemen.", "YEM"),
    ("Exiles rallied in Paris to demand free elections in Cameroon.", "CMR"),
    (
        "Activists protested in Geneva to demand the release of political prisoners in Bahrain.",
        "BHR",
    ),
    ("Students demonstrated in Seoul to call for democracy in Myanmar.", "MMR"),
    (
        "Hundreds gathered in Berlin to demand justice for the victims of the crackdown in Iran.",
        "IRN",
    ),
    ("Diaspora groups rallied in Toronto to demand a ceasefire in Gaza.", "PSE"),
    ("Protesters marched in Washington to demand an end to the fighting in Sudan.", "SDN"),
    (
        "Tamils demonstrated in London to call for an investigation into war crimes in Sri Lanka.",
        "LKA",
    ),
]


@pytest.mark.parametrize(("text", "target"), DEMANDS)
def test_a_protest_demanding_something_of_a_country_targets_it(
    nlp: Language, text: str, target: str
) -> None:
    events = _events(nlp, text, "2021-06-01")
    assert _matches(_pairs(events, "PROTEST"), "", target), _show(events)


def test_a_protest_demanding_something_placeless_has_no_target_country(nlp: Language) -> None:
    # control: nothing demanded of a place
    events = _events(nlp, "Thousands marched in London to demand lower rents.", "2021-06-01")
    assert all(t in ("", "GBR") for _s, t in _pairs(events, "PROTEST")), _show(events)


# --- (g) acts done in protest against someone's act

IN_PROTEST = [
    # sentence, source, target
    ("Poland boycotted the summit in protest against Russia's invasion of Ukraine.", "POL", "RUS"),
    (
        "The Indian delegation walked out of the meeting in protest against Pakistan's remarks.",
        "IND",
        "PAK",
    ),
    ("Ukraine boycotted the ceremony in protest against Hungary's stance.", "UKR", "HUN"),
    ("Lithuania recalled its ambassador in protest against China's pressure.", "LTU", "CHN"),
    ("Kenya boycotted the talks in protest against Somalia's claims.", "KEN", "SOM"),
    ("Algeria recalled its ambassador to Paris in protest at France's comments.", "DZA", "FRA"),
    ("Egypt withdrew from the talks in protest against Ethiopia's dam filling.", "EGY", "ETH"),
    ("Turkey cancelled the visit in protest against Sweden's decision.", "TUR", "SWE"),
]


@pytest.mark.parametrize(("text", "source", "target"), IN_PROTEST)
def test_an_act_in_protest_against_an_act_targets_its_owner(
    nlp: Language, text: str, source: str, target: str
) -> None:
    events = _events(nlp, text, "2021-06-01")
    assert _matches(_pairs(events), source, target), _show(events)
    # the thing boycotted is no one: "the summit in protest" is no actor
    assert not any("in protest" in a.span.text for e in events for a in e.targets), _show(events)


def test_a_boycott_with_no_protest_phrase_has_no_target_country(nlp: Language) -> None:
    # control: nothing names whom it is aimed at
    events = _events(nlp, "Poland boycotted the summit on Monday.", "2021-06-01")
    assert all(t == "" for _s, t in _pairs(events)), _show(events)
