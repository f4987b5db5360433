"""Clashes in words are criticism, armed clashes assaults (issue 10 items 1 and 4, clash16).

Every sentence was written by hand for this file and labelled before the coder ran on it.
VERBAL rows: political sides clashing over an issue, in a debate, meeting, hearing or talks,
or with no violent or armed word: ACCUSE (disapprove), as the headline convention codes
"Obama, Romney clash in debate"; all but the last were ASSAULT on the old code. ARMED rows:
armed sides, police, protesters, weapons or casualties: ASSAULT, as before.
"""

from __future__ import annotations

import pytest

from tests.nlp._docs import coded_events

VERBAL = [
    "Trump and Clinton clashed over trade during the debate on Monday.",
    "Putin and Erdogan clashed over Syria at the summit.",
    "Republicans clashed with Democrats over the budget.",
    "Merkel clashed with Macron over farm subsidies.",
    "The prime minister clashed with opposition leaders in parliament on Tuesday.",
    "Senators clashed over the nominee during a heated hearing.",
    "China and the United States clashed at the United Nations over sanctions.",
    "Labour and the Conservatives clashed on immigration.",
    "The finance minister clashed with the central bank governor over interest rates.",
    "Iran and Saudi Arabia clashed over oil output at the OPEC meeting.",
    "India and Pakistan clashed over Kashmir at the talks in Geneva.",
    "The president clashed with lawmakers over the health bill.",
    "Britain and France clashed over fishing rights.",
    "Greek and Turkish ministers clashed during talks in Brussels.",
    "Democrats clashed with the White House over immigration policy.",
    "Clashes between Republicans and Democrats over the budget continued.",
    "Farmers clashed with the minister over subsidies.",
]

ARMED = [
    "Troops clashed with militants in Idlib.",
    "Rebels clashed with government forces.",
    "Police clashed with protesters.",
    "Hamas, Fatah clash in Gaza",
    "Indian and Chinese soldiers clashed on the border.",
    "Israeli forces clashed with Palestinian gunmen in Jenin.",
    "Taliban fighters clashed with Afghan security forces in Helmand province.",
    "Protesters clashed with riot police, who fired tear gas.",
    "Armenia and Azerbaijan clashed on their border, killing three soldiers.",
    "Kurdish fighters clashed with Islamic State militants near Raqqa.",
    "The Sudanese army and paramilitary forces clashed over control of the airport.",
    "Villagers clashed with police over land, and two people were injured.",
    "The two parties clashed over the election results, and supporters threw stones.",
    "Fans clashed with supporters of the rival club.",
]


def _clash(nlp, text: str):
    found = [e for e in coded_events(nlp, text) if e.trigger.text.lower().startswith("clash")]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in coded_events(nlp, text)]
    return found[0]


@pytest.mark.parametrize("text", VERBAL)
def test_verbal_clash_is_criticism(nlp, text: str) -> None:
    ev = _clash(nlp, text)
    assert (ev.type, ev.mode) == ("ACCUSE", "disapprove")


@pytest.mark.parametrize("text", ARMED)
def test_armed_clash_stays_assault(nlp, text: str) -> None:
    assert _clash(nlp, text).type == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("Putin and Erdogan clashed over Syria at the summit.", "SYR"),
        ("Russia and Turkey clashed over Libya.", "LBY"),
        ("The EU and Britain clashed over Gibraltar.", "GBRGIB"),
    ],
)
def test_issue_is_no_target(nlp, text: str, issue: str) -> None:
    ev = _clash(nlp, text)
    assert ev.type == "ACCUSE"
    assert not any((a.code or "").startswith(issue) for a in ev.targets)


def test_clash_already_verbal_between_people_kept(nlp) -> None:
    # control: two named people were criticism on the old code too
    ev = _clash(nlp, "Biden and Trump clashed on the economy in their first debate.")
    assert ev.type == "ACCUSE"


def test_armed_over_issue_keeps_its_target(nlp) -> None:
    # control: an armed clash is no dispute in words; its sides are kept
    ev = _clash(nlp, "Israeli forces clashed with Palestinian gunmen in Jenin.")
    assert ev.type == "ASSAULT"
    assert any((a.code or "").startswith("PSE") for a in ev.targets)


# item 2: a raid by a non-state group is an attack (ASSAULT, CAMEO 190), as the rule for raids
# by armed men codes it; a raid by police, troops or agents stays COERCE seize. Labelled by hand.
RAID_ATTACK = [  # COERCE on the old code
    "Herdsmen raided a village in Benue, Nigeria.",
    "Armed herders raided farms in Plateau state.",
    "Herders raided a village in central Mali.",
    "Separatists raided a police station in Cameroon.",
    "Kidnappers raided a school in Kaduna.",
]
RAID_ATTACK_KEPT = [  # ASSAULT on the old code too
    "Bandits raided a market in Zamfara.",
    "Gunmen raided a church in Kaduna.",
    "Militants raided an army post near the border.",
]
RAID_SEIZE = [
    "Police raided the offices of the newspaper.",
    "Soldiers raided a rebel hideout in the forest.",
    "FBI agents raided the home of the former aide.",
    "Security forces raided a militant hideout in Kashmir.",
    "Customs officers raided a warehouse in Lagos.",
    "Troops raided a bandit camp in Zamfara.",
    "Anti-graft agents raided the home of the former governor.",
]


def _raid(nlp, text: str):
    found = [e for e in coded_events(nlp, text) if e.trigger.text.lower().startswith("raid")]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in coded_events(nlp, text)]
    return found[0]


@pytest.mark.parametrize("text", RAID_ATTACK + RAID_ATTACK_KEPT)
def test_non_state_raid_is_attack(nlp, text: str) -> None:
    assert _raid(nlp, text).type == "ASSAULT"


@pytest.mark.parametrize("text", RAID_SEIZE)
def test_authority_raid_stays_seizure(nlp, text: str) -> None:
    ev = _raid(nlp, text)
    assert (ev.type, ev.mode) == ("COERCE", "seize")


def test_nominal_herdsmen_raid_no_seizure(nlp) -> None:
    # "a raid by herdsmen" was COERCE seize beside the killing; now no seizure, the attack kept
    events = coded_events(nlp, "A raid by herdsmen on the village killed ten people.")
    assert not [e for e in events if e.type == "COERCE"]
    assert [e for e in events if e.type == "ASSAULT"]
