"""Targets the coder missed or took from the wrong phrase (issue 10 item 3, targets24), by class
of phrasing. Sentences written for these tests; the expected target country was worked out by
hand from the text (tests/data/events/README.md conventions, PLOVER: AGREE, REJECT and THREATEN
are coded against the other party of the act promised, refused or threatened) before running
the coder.

(a) the other party of an act committed to, refused, threatened or stood ready for
    (``_roles_counterpart``): the recipient of a hand-over in an infinitive ("agreed to
    extradite the suspects to Cambodia": Cambodia, not the suspects), the with/to/against
    party of the infinitive's act ("offered to share data with Bangladesh"), a willing stance's
    act ("ready to resume talks with Ecuador"), a promise or warning about what the speaker
    will do said in a clause ("warned that it would cut off contact with South Korea"), the
    subject of a threat's condition ("threatened to close its airspace if Sweden joined").
(b) whom a protest is aimed at: whom its purpose clause makes demands of ("marched to demand
    the president's resignation", "demanding answers from the government"), before the place
    it is held at (``_roles_protest``);
(c) the victims an attack's result clause names ("a bomb exploded in a market in Peshawar,
    killing 30 people") or the relative clause on its weapon ("planted a landmine that killed
    seven police officers"; ``_roles_victims``); thieves and tribal elders are people the
    agent dictionary codes (``event_agents.txt``);
(d) a mobilisation is aimed at where the forces go ("moved troops to the border with
    Pakistan" -> Pakistan), not at the forces; forces deployed in a passive are the mover
    (``_roles_mobilize``);
(e) a reaction to an act no one is named for is aimed at the country it happened in
    ("condemned the violence in Myanmar"; ``_roles_scene``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp._docs import coded_events as _events
from tests.nlp._docs import one_event as _one


def _target_country(ev) -> str:  # type: ignore[no-untyped-def]
    """The country of the first coded target, as the event scorer reads it."""
    code = next((a.code for a in ev.targets if a.code), "") or ""
    return code[:3]


def _source_country(ev) -> str:  # type: ignore[no-untyped-def]
    code = next((a.code for a in ev.sources if a.code), "") or ""
    return code[:3]


# --- (a) the other party of the act committed to, refused, threatened or stood ready for

COUNTERPARTS = [
    # sentence, type, source country, target country
    # a hand-over's recipient, not what is handed over
    ("Pakistan agreed to hand over the two fugitives to Afghanistan.", "AGREE", "PAK", "AFG"),
    ("Germany pledged to deliver tanks to Poland.", "AGREE", "DEU", "POL"),
    ("Spain refused to extradite the businessman to Venezuela.", "REJECT", "ESP", "VEN"),
    ("Norway offered to send medical teams to Nepal.", "AGREE", "NOR", "NPL"),
    ("Turkey refused to return the refugees to Syria.", "REJECT", "TUR", "SYR"),
    # the partner or aim of the infinitive's act
    ("India offered to share vaccine data with Bangladesh.", "AGREE", "IND", "BGD"),
    ("Egypt threatened to take action against Ethiopia over the dam.", "THREATEN", "EGY", "ETH"),
    ("Indonesia pledged to cooperate with Australia on people smuggling.", "AGREE", "IDN", "AUS"),
    # a willing stance
    ("Colombia said it was ready to resume talks with Ecuador.", "AGREE", "COL", "ECU"),
    (
        "Vietnam said it was willing to work with the Philippines on fishing disputes.",
        "AGREE",
        "VNM",
        "PHL",
    ),
    (
        "Greece's prime minister said he was ready to meet his Turkish counterpart.",
        "AGREE",
        "GRC",
        "TUR",
    ),
    # a promise or warning said in a clause about the speaker's own act
    (
        "North Korea warned that it would cut off all contact with South Korea.",
        "THREATEN",
        "PRK",
        "KOR",
    ),
    ("Russia warned that its forces would strike Ukraine's power grid.", "THREATEN", "RUS", "UKR"),
    ("Japan promised that Tokyo would share radar data with South Korea.", "AGREE", "JPN", "KOR"),
    # the subject of a threat's condition
    (
        "Turkey threatened to close its airspace if Sweden joined the alliance.",
        "THREATEN",
        "TUR",
        "SWE",
    ),
    (
        "China threatened to impose tariffs if Australia pursued the inquiry.",
        "THREATEN",
        "CHN",
        "AUS",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "src_c", "tgt_c"), COUNTERPARTS)
def test_the_other_party_of_the_committed_act_is_the_target(
    nlp: Language, text: str, etype: str, src_c: str, tgt_c: str
) -> None:
    ev = _one(_events(nlp, text, "2020-06-01"), etype)
    assert _source_country(ev) == src_c
    assert _target_country(ev) == tgt_c


COUNTERPART_CONTROLS = [
    # sentence, type, target country: the old behaviour stays
    # a named object of the infinitive with no other party: the object
    ("Egypt offered to help Sudan.", "AGREE", "SDN"),
    ("Russia threatened to invade Georgia.", "THREATEN", "GEO"),
    # a refusing stance, as before
    (
        "The rebels said they were unwilling to negotiate with the Malian government.",
        "REJECT",
        "MLI",
    ),
    # an addressee named by the statement verb comes first
    ("Putin told Erdogan that Russia would support the deal.", "AGREE", "TUR"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "tgt_c"), COUNTERPART_CONTROLS)
def test_counterpart_controls(nlp: Language, text: str, etype: str, tgt_c: str) -> None:
    ev = _one(_events(nlp, text, "2020-06-01"), etype)
    assert _target_country(ev) == tgt_c


@pytest.mark.model
def test_a_hand_over_with_no_recipient_keeps_what_is_handed_over(nlp: Language) -> None:
    ev = _one(_events(nlp, "Russia refused to extradite the two suspects.", "2020-06-01"), "REJECT")
    assert "suspects" in " ".join(a.span.text for a in ev.targets)


# --- (b) whom a protest is aimed at: whom its purpose clause makes demands of, the owner of
# what it is against (``_roles_protest``)

PROTEST_TARGETS = [
    # sentence, date, target word, target code (None: the word only; the sentence's one
    # country is not given to a head of government: a gap of its own)
    (
        "Thousands of teachers marched in Lima to demand higher pay from the government.",
        "2020-06-01",
        "government",
        "PERGOV",
    ),
    (
        "Protesters gathered outside parliament in Bucharest demanding the prime minister's"
        " resignation.",
        "2020-06-01",
        "prime minister",
        None,
    ),
    (
        "Opposition supporters marched through Harare to demand the president's resignation.",
        "2020-06-01",
        "president",
        "ZWEGOV",
    ),
    (
        "Hundreds of nurses went on strike in Seoul to press the health ministry for more staff.",
        "2020-06-01",
        "ministry",
        "KORGOV",
    ),
    (
        "Farmers blocked highways in Karnataka to force the state government to withdraw the tax.",
        "2020-06-01",
        "government",
        "INDGOV",
    ),
    (
        "Thousands protested in Tbilisi against the government's foreign agents bill.",
        "2023-06-01",
        "government",
        "GEOGOV",
    ),
    (
        "Hundreds of Sudanese protested in Khartoum against Egypt's decision.",
        "2020-06-01",
        "Egypt",
        "EGY",
    ),
    (
        "Students marched in Dhaka to demand the resignation of the education minister.",
        "2020-06-01",
        "minister",
        "BGDGOV",
    ),
    (
        "Workers rallied in Buenos Aires calling on the government to raise wages.",
        "2020-06-01",
        "government",
        "ARGGOV",
    ),
    (
        "Pensioners protested in Athens to press the government for higher pensions.",
        "2020-06-01",
        "government",
        "GRCGOV",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "date", "word", "tgt"), PROTEST_TARGETS)
def test_a_protest_is_aimed_at_whom_it_makes_demands_of(
    nlp: Language, text: str, date: str, word: str, tgt: str | None
) -> None:
    ev = _one(_events(nlp, text, date), "PROTEST")
    assert ev.targets, "no target"
    assert word in ev.targets[0].span.text
    if tgt is not None:
        assert (ev.targets[0].code or "")[:6] == tgt


PROTEST_CONTROLS = [
    # a protest with its target named keeps it
    ("Hundreds of Kenyans protested against President Ruto in Nairobi.", "2024-07-01", "KEN"),
    # anti-X protesters, as before
    ("Anti-government protesters marched in Belgrade.", "2020-06-01", "SRB"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "date", "tgt_c"), PROTEST_CONTROLS)
def test_protest_controls(nlp: Language, text: str, date: str, tgt_c: str) -> None:
    ev = _one(_events(nlp, text, date), "PROTEST")
    assert _target_country(ev) == tgt_c


@pytest.mark.model
def test_a_protest_against_a_thing_with_no_owner_has_no_target(nlp: Language) -> None:
    # a thing that is no government's act (a fire, a plant) still gives no target
    ev = _one(
        _events(nlp, "Farmers in Kenya protested against the new cement plant.", "2020-06-01"),
        "PROTEST",
    )
    assert _target_country(ev) == ""


@pytest.mark.model
def test_a_protest_against_new_taxes_targets_the_protesters_government(nlp: Language) -> None:
    # actors28 (_roles_policy): taxes are a government's act; the gold codes such a protest
    # against that government (cp-353 "... against the new agriculture laws" INDGOV), so the
    # no-target pinned here before now takes the protesters' country
    ev = _one(
        _events(nlp, "Farmers in Kenya protested against the new fuel taxes.", "2020-06-01"),
        "PROTEST",
    )
    assert _target_country(ev) == "KEN"


# --- (c) the victims an attack's result clause names ("a bomb exploded ..., killing 30
# people"; ``_roles_victims``), placed where it happened

VICTIMS = [
    # sentence, victims word, target country
    ("A bomb exploded at a bus station in Kano, killing 18 people.", "people", "NGA"),
    (
        "A roadside bomb went off in Kandahar province, killing four Afghan policemen.",
        "policemen",
        "AFG",
    ),
    (
        "A suicide bomber blew himself up at a mosque in Quetta, killing at least 15 worshippers.",
        "worshippers",
        "PAK",
    ),
    ("A bomb exploded on a bus in Damascus, wounding 12 passengers.", "passengers", "SYR"),
    ("Two bombs exploded at a market in Maiduguri, killing 40 people.", "people", "NGA"),
    ("A landmine exploded in Kandahar, killing two children.", "children", "AFG"),
    ("A grenade exploded in a crowded bar in Bujumbura, injuring 20 people.", "people", "BDI"),
    ("A car bomb exploded in central Baghdad, killing 25 civilians.", "civilians", "IRQ"),
    # a part of a place named by its people is no site anyone owns
    (
        "A bomb exploded near a mosque in a mainly Sunni district of Baghdad, killing 12 people.",
        "people",
        "IRQ",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "tgt_c"), VICTIMS)
def test_the_victims_of_the_result_clause_are_the_target(
    nlp: Language, text: str, word: str, tgt_c: str
) -> None:
    ev = _one(_events(nlp, text, "2020-06-01"), "ASSAULT")
    assert ev.targets, "no target"
    assert word in ev.targets[0].span.text
    assert _target_country(ev) == tgt_c


VICTIM_CONTROLS = [
    # sentence, target word: an attack with a target of its own keeps it (a physical target
    # stands for the place it is in: ``_roles_verb._located``)
    ("Militants fired rockets at a village in Borno, killing six villagers.", "village"),
    ("Gunmen attacked a checkpoint in Sinai, killing five soldiers.", "Sinai"),
    # a site a country owns named in the verb's phrase stays the target
    ("A bomb exploded outside the French embassy in Tripoli, killing two guards.", "embassy"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "word"), VICTIM_CONTROLS)
def test_victim_controls(nlp: Language, text: str, word: str) -> None:
    ev = _one(_events(nlp, text, "2020-06-01"), "ASSAULT")
    assert word in " ".join(a.span.text for a in ev.targets)


@pytest.mark.model
def test_an_explosion_with_no_victims_named_has_no_target(nlp: Language) -> None:
    ev = _one(_events(nlp, "A bomb exploded in Kabul on Monday.", "2020-06-01"), "ASSAULT")
    assert not ev.targets


# --- (d) a mobilisation is aimed at where the forces go, not at the forces
# (``_roles_mobilize``)

MOBILIZED = [
    # sentence, source country, target country
    ("Russia moved thousands of troops to its border with Ukraine.", "RUS", "UKR"),
    ("India deployed 10,000 more troops to the border with China.", "IND", "CHN"),
    ("Pakistan moved troops to its eastern border with India.", "PAK", "IND"),
    # (the small model reads "Azerbaijan" as an adverbial here: no source to check)
    ("Azerbaijan massed troops on the border with Armenia.", None, "ARM"),
    ("China deployed warships near Taiwan.", "CHN", "TWN"),
    ("Kenya deployed police officers to Haiti.", "KEN", "HTI"),
    ("Rwanda deployed soldiers to Mozambique's Cabo Delgado province.", "RWA", "MOZ"),
    ("Turkey massed tanks near the Syrian border.", "TUR", "SYR"),
    ("Ugandan troops were deployed to Somalia.", "UGA", "SOM"),
    ("The United States deployed troops to Poland.", "USA", "POL"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "src_c", "tgt_c"), MOBILIZED)
def test_a_mobilisation_is_aimed_at_where_the_forces_go(
    nlp: Language, text: str, src_c: str | None, tgt_c: str
) -> None:
    ev = _one(_events(nlp, text, "2020-06-01"), "MOBILIZE")
    if src_c is not None:
        assert _source_country(ev) == src_c
    assert _target_country(ev) == tgt_c


@pytest.mark.model
def test_mobilisation_control_with_no_destination_the_roles_stay(nlp: Language) -> None:
    # no place the forces go to: the roles are the old ones (the forces, the mover's own)
    ev = _one(_events(nlp, "Russia deployed additional troops.", "2020-06-01"), "MOBILIZE")
    assert _source_country(ev) == "RUS"
    assert [a.span.text for a in ev.targets] == ["additional troops"]


RELATIVE_VICTIMS = [
    # sentence, victims word, target country: the victims of a relative clause on the weapon
    ("Maoist rebels planted a landmine that killed five soldiers in Jharkhand.", "soldiers", "IND"),
    (
        "Taliban fighters detonated a truck bomb that killed 20 policemen in Kunduz.",
        "policemen",
        "AFG",
    ),
    ("Boko Haram planted a bomb that killed nine villagers in Borno.", "villagers", "NGA"),
    ("Insurgents set off a bomb that wounded 14 civilians in Baghdad.", "civilians", "IRQ"),
    ("Rebels laid a mine that killed two farmers in Mali.", "farmers", "MLI"),
    ("Gunmen threw a grenade that injured six worshippers in Srinagar.", "worshippers", "IND"),
    ("Al-Shabaab detonated a car bomb that killed 12 soldiers in Mogadishu.", "soldiers", "SOM"),
    ("Militants fired a rocket that killed three children in Sderot.", "children", "ISR"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "tgt_c"), RELATIVE_VICTIMS)
def test_the_victims_of_the_weapons_relative_clause_are_the_target(
    nlp: Language, text: str, word: str, tgt_c: str
) -> None:
    ev = _one(_events(nlp, text, "2020-06-01"), "ASSAULT")
    assert ev.targets, "no target"
    assert word in ev.targets[0].span.text
    assert _target_country(ev) == tgt_c


PEOPLE_ON_THE_SCENE = [
    # sentence, type, target word, target code: victims and suspects named by who they are
    ("A mob lynched a suspected thief in Nairobi.", "ASSAULT", "thief", "KENCRM"),
    ("Police arrested two thieves in Accra.", "COERCE", "thieves", "GHACRM"),
    ("Pakistani officials met tribal elders in Waziristan.", "CONSULT", "elders", "PAKCVL"),
    ("Villagers beat two suspected thieves in Kampala.", "ASSAULT", "thieves", "UGACRM"),
    ("Police detained a suspected thief in Lahore.", "COERCE", "thief", "PAKCRM"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "word", "code"), PEOPLE_ON_THE_SCENE)
def test_people_named_by_who_they_are_on_the_scene_are_coded(
    nlp: Language, text: str, etype: str, word: str, code: str
) -> None:
    ev = _one(_events(nlp, text, "2020-06-01"), etype)
    found = [a for a in ev.targets if word in a.span.text]
    assert found, [a.span.text for a in ev.targets]
    assert (found[0].code or "")[:6] == code


@pytest.mark.model
def test_the_elder_statesman_is_no_group_of_elders(nlp: Language) -> None:
    # control: "elder" as an adjective names no one new ("the elder Bush" stays a person)
    ev = _one(_events(nlp, "The elder Bush met Gorbachev in Malta.", "1989-12-03"), "CONSULT")
    assert all((a.code or "")[3:6] != "CVL" for a in [*ev.sources, *ev.targets])


# --- (e) a reaction to an act no one is named for is aimed at the country it happened in
# (``_roles_scene``: "condemned the violence in Myanmar" -> MMR)

SCENES = [
    # sentence, type, target country
    ("The European Union condemned the violence in Ethiopia's Tigray region.", "ACCUSE", "ETH"),
    ("Germany welcomed the ceasefire in Yemen.", "SUPPORT", "YEM"),
    ("The United States condemned the crackdown in Belarus.", "ACCUSE", "BLR"),
    ("Japan praised the peaceful elections in Indonesia.", "SUPPORT", "IDN"),
    ("Canada denounced the human rights abuses in Xinjiang.", "ACCUSE", "CHN"),
    ("Australia condemned the executions in Iran.", "ACCUSE", "IRN"),
    ("Britain criticized the elections in Zimbabwe.", "ACCUSE", "ZWE"),
    ("The UN Security Council condemned the attacks in Mali.", "ACCUSE", "MLI"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "tgt_c"), SCENES)
def test_a_reaction_to_an_act_is_aimed_at_where_it_happened(
    nlp: Language, text: str, etype: str, tgt_c: str
) -> None:
    ev = _one(_events(nlp, text, "2020-06-01"), etype)
    assert _target_country(ev) == tgt_c


SCENE_CONTROLS = [
    # sentence, type, target words: an owner or an actor named stays the target
    ("Britain criticized Zimbabwe's elections.", "ACCUSE", ["Zimbabwe"]),
    ("Trump criticized the media in Washington.", "ACCUSE", ["media"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "words"), SCENE_CONTROLS)
def test_scene_controls(nlp: Language, text: str, etype: str, words: list[str]) -> None:
    ev = _one(_events(nlp, text, "2020-06-01"), etype)
    assert [a.span.text.split()[-1] for a in ev.targets][:1] == words


@pytest.mark.model
def test_a_reaction_with_no_place_named_has_no_target(nlp: Language) -> None:
    ev = _one(_events(nlp, "The UN condemned the violence.", "2020-06-01"), "ACCUSE")
    assert not ev.targets


@pytest.mark.model
def test_the_owner_of_the_object_comes_before_the_means_of_the_act(nlp: Language) -> None:
    # "with protests" is how, not with whom: the minister whose convoy it is is the target
    ev = _one(
        _events(nlp, "Farmers threatened to block the minister's convoy with protests.", None),
        "THREATEN",
    )
    assert [a.span.text for a in ev.targets][:1] == ["minister"]


@pytest.mark.model
def test_a_continent_is_no_scene_of_an_act(nlp: Language) -> None:
    # control: "cooperation in Europe" names no act done to anyone there
    text = "He said the attacks strengthen the case for closer cooperation in Europe."
    events = _events(nlp, text, "2020-06-01")
    assert all("Europe" not in a.span.text for e in events for a in e.targets)


@pytest.mark.model
def test_a_person_object_stays_the_target_not_its_owner(nlp: Language) -> None:
    # control: the nominee is blocked, not the president who named him
    ev = _one(
        _events(nlp, "Republican senators vowed to block Mr. Obama's Supreme Court nominee.", None),
        "THREATEN",
    )
    assert "nominee" in ev.targets[0].span.text
