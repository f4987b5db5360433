"""Attacks in words are criticism, real attacks assaults (issue 10 items 1 and 4, metaphor17).

Every sentence was written by hand for this file and labelled before the coder ran on it.
VERBAL rows: a politician's attack on a person, a person's record or words, attacks from a
named rival, a campaign's "line of attack" or "attack ad": ACCUSE (disapprove), as verbal
attacks against a person are coded. VIOLENT rows: weapons, terror, armed groups, places
attacked, casualties: ASSAULT, as before.
"""

from __future__ import annotations

import pytest

from tests.nlp._docs import coded_events

VERBAL = [  # ASSAULT on the old code
    "The candidate attacked his critics at a rally in Ohio.",
    "The governor faced fresh attacks from Marco Rubio.",
    "The congressman attacked the Democratic nominee as weak on trade.",
    "The Clinton campaign is testing a new line of attack.",
    "The senator shrugged off the latest attack from Donald Trump.",
    "Pence attacked the Democratic candidate for her record on trade.",
    "Democrats launched a blistering attack on the Republican nominee.",
    "Sanders attacked Clinton on Tuesday.",
    "The senator attacked the Republican nominee as unfit to serve.",
    "Rubio faced sharp attacks from Bush during the debate.",
    "Governor Chris Christie was rattled by attacks from Jeb Bush.",
    "The Republican Party launched a new ad attack on the president.",
]

VERBAL_KEPT = [  # ACCUSE on the old code too (controls)
    "Ted Cruz attacked Donald Trump at the debate in Des Moines.",
    "The campaign doubled down on its attacks on the senator's record.",
    "Republicans are looking for a new line of attack against Hillary Clinton.",
    "Bernie Sanders attacked Hillary Clinton's record on Wall Street.",
    "The mayor attacked his critics in a speech on Monday.",
    "Obama attacked the Republican candidate's plan.",
    "She attacked Trump's comments about the judge.",
    "Trump attacked the Republican establishment in his speech.",
    "Clinton brushed off the attacks from Bernie Sanders.",
]

VIOLENT = [
    "Gunmen attacked a police station in Peshawar.",
    "Militants attacked the convoy near the border, killing four soldiers.",
    "A man attacked the senator with a knife outside his office.",
    "Terrorists attacked a hotel in Bamako, Mali.",
    "Russia blamed the Paris attacks on Islamic State.",
    "Rebels attacked the town of Goma.",
    "The attack on the embassy in Benghazi killed four Americans.",
    "Troops attacked rebel positions in the north.",
    "Protesters attacked the mayor with stones.",
    "An attack by Islamic State fighters on the village left ten dead.",
]


def _attack(nlp, text: str):
    events = coded_events(nlp, text, published="2016-03-01")
    found = [e for e in events if e.trigger.text.lower().startswith(("attack", "launch"))]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in events]
    return found[0]


@pytest.mark.parametrize("text", VERBAL + VERBAL_KEPT)
def test_verbal_attack_is_criticism(nlp, text: str) -> None:
    ev = _attack(nlp, text)
    assert (ev.type, ev.mode) == ("ACCUSE", "disapprove")


@pytest.mark.parametrize("text", VIOLENT)
def test_violent_attack_stays_assault(nlp, text: str) -> None:
    assert _attack(nlp, text).type == "ASSAULT"


# "fight" as a struggle or advocacy: no event (labelled by hand; ASSAULT or a THREATEN made of
# the fight on the old code). Real fighting, with an opponent or armed sides, stays ASSAULT.
FIGHT_NO_EVENT = [
    "Hillary Clinton will fight for working families.",
    "The Republican candidates are still fighting to survive.",
    "Senator Elizabeth Warren keeps fighting.",
    "The Democratic Party fought to keep its majority in the Senate.",
    "Governor Jeb Bush fought to retain his lead in the polls.",
    "The senator has been fighting for veterans her whole life.",
    "Nancy Pelosi fought hard for the health care bill.",
    "The governor is fighting to win the nomination.",
    "Republicans fought for a balanced budget amendment.",
    "The mayor fought for years to build the new stadium.",
]

FIGHT_REAL = [
    "Troops fought rebels near Goma.",
    "Government forces fought Islamic State militants in Mosul.",
    "Kurdish fighters fought for the town of Kobani.",
    "The army fought to retake the city from the rebels.",
    "Police fought with protesters in Athens.",
    "Rebels fought against government troops in the north.",
]


def _fights(nlp, text: str):
    events = coded_events(nlp, text, published="2016-03-01")
    return [e for e in events if e.trigger.text.lower().startswith(("fight", "fought"))]


@pytest.mark.parametrize("text", FIGHT_NO_EVENT)
def test_figurative_fight_no_event(nlp, text: str) -> None:
    assert _fights(nlp, text) == []


@pytest.mark.parametrize("text", FIGHT_REAL)
def test_real_fight_stays_assault(nlp, text: str) -> None:
    found = _fights(nlp, text)
    assert [e.type for e in found] == ["ASSAULT"]


def test_promise_to_fight_for_people_is_no_threat(nlp) -> None:
    # was THREATEN (the fight read as force); the promise itself is kept
    events = coded_events(nlp, "The president promised to fight for the American people.",
                          published="2016-03-01")  # fmt: skip
    assert [e.type for e in events] == ["AGREE"]


# beating or catching a rival in an election: a win or a chase, no event (labelled by hand).
CONTEST_NO_EVENT = [
    "Romney beat a crowded field of Republican hopefuls to win the nomination.",
    "The incumbent beat back a strong challenge from the left in the primary.",
    "Bernie Sanders hopes to catch Hillary Clinton in the delegate race.",
    "Marco Rubio needs a big win in Florida to catch Donald Trump in the delegate count.",
    "The senator beat her Republican challenger by ten points.",
    "John Kasich has little chance of catching Donald Trump before the convention.",
    "Hillary Clinton beat Bernie Sanders by a wide margin among black voters.",  # none before
    "Jeb Bush is trying to catch Marco Rubio in the polls.",
    "Clinton beat back a challenge from Sanders in Nevada.",
    "Trump beat his Republican rivals with a populist message.",
    "Sanders beat Clinton in the Michigan primary.",  # no event on the old code too
]

CONTEST_REAL = [
    ("Police beat protesters in Cairo.", "ASSAULT"),
    ("Soldiers beat the prisoners with sticks.", "ASSAULT"),
    ("Police caught the suspect near the border.", "COERCE"),
    ("Thugs beat a candidate during the election in Kenya.", "ASSAULT"),
    ("Security forces beat opposition supporters at a rally in Harare.", "ASSAULT"),
]


@pytest.mark.parametrize("text", CONTEST_NO_EVENT)
def test_electoral_contest_no_event(nlp, text: str) -> None:
    assert coded_events(nlp, text, published="2016-03-01") == []


@pytest.mark.parametrize(("text", "etype"), CONTEST_REAL)
def test_real_beating_or_arrest_kept(nlp, text: str, etype: str) -> None:
    events = coded_events(nlp, text, published="2016-03-01")
    assert [e.type for e in events] == [etype]


# verbs of saying, describing or thinking the classifier typed as deeds (metaphor18):
# labelled by hand, none is an assault, arrest, threat, sanction or protest (the
# unmarked rows were THREATEN on the old code).
_DEEDS = {"ASSAULT", "COERCE", "THREATEN", "SANCTION", "PROTEST", "MOBILIZE"}
SPOKEN_NO_DEED = [
    "Republicans portrayed the senator's private server as a reckless danger.",  # none before
    "Several party leaders suggested the governor would be competitive in the state.",
    "The senator noted that the governor's campaign manager is from Ohio.",  # none before
    "The candidate has suggested that the country could simply default on its debt.",
    "He has also suggested that voters should deliver a spanking to the president.",  # none before
    "The chairman told reporters that the nominee would win the state in November.",  # none before
    "Party leaders admit that they are nervous about the nominee's appeal.",  # none before
    "The governor suggests cutting regulations as a way to reduce poverty.",
]

SPOKEN_REAL = [  # real deeds and threats said or reported (controls)
    ("Police arrested the opposition leader in Harare.", "COERCE"),
    ("Russia warned that it would retaliate against any new sanctions.", "THREATEN"),
    ("The president threatened to impose sanctions on Russia.", "THREATEN"),
    ("The minister said police had arrested dozens of protesters in Nairobi.", "COERCE"),
]


@pytest.mark.parametrize("text", SPOKEN_NO_DEED)
def test_speech_verb_is_no_deed(nlp, text: str) -> None:
    events = coded_events(nlp, text, published="2016-03-01")
    assert [e.type for e in events if e.type in _DEEDS] == []


@pytest.mark.parametrize(("text", "etype"), SPOKEN_REAL)
def test_said_deed_or_threat_kept(nlp, text: str, etype: str) -> None:
    events = coded_events(nlp, text, published="2016-03-01")
    assert etype in [e.type for e in events]


def _learned(etype: str, lemma: str, name: str | None = None):
    from newsgraph.nlp.events._patterns import Pattern

    return Pattern(name=name or f"model:{etype.lower()}.{lemma}", pos="V", lemma=lemma,
                   with_=frozenset(), type=etype, mode=None, cameo="", targets=frozenset(),
                   context=None, reciprocal=False)  # fmt: skip


def _verb(nlp, text: str, lemma: str):
    return next(t for t in nlp(text) if t.lemma_.lower() == lemma)


def test_spoken_deed_rule(nlp) -> None:
    from newsgraph.nlp.events._filters_cognition import spoken_deed

    plain = _verb(nlp, "The governor suggested the state could default on its debt.", "suggest")
    threat = _verb(nlp, "The governor suggested that Iran would face consequences.", "suggest")
    ups = _verb(nlp, "The army called up thousands of reservists.", "call")
    names = _verb(nlp, "The senator called the governor a liar.", "call")
    assert spoken_deed(plain, _learned("THREATEN", "suggest"))  # no threat named
    assert spoken_deed(plain, _learned("COERCE", "suggest"))
    assert spoken_deed(names, _learned("ASSAULT", "call"))
    assert not spoken_deed(threat, _learned("THREATEN", "suggest"))  # a threat named
    assert not spoken_deed(plain, _learned("ACCUSE", "suggest"))  # a speech act's type
    assert not spoken_deed(plain, _learned("REQUEST", "suggest"))
    assert not spoken_deed(ups, _learned("MOBILIZE", "call"))  # calling up is a deed
    assert not spoken_deed(plain, _learned("THREATEN", "suggest", name="threaten.suggest"))


# targeting voters, buyers or an audience: a campaign's or a seller's aim (labelled by hand)
TARGET_NO_ATTACK = [
    "Early voting lets the best-funded campaigns target their voters.",
    "The campaign is targeting working-class voters in Ohio.",
    "The voters that the Republican nominee is targeting live in the suburbs.",  # none before
    "The company stopped targeting teenagers as customers.",  # none before
    "Democrats are targeting suburban women voters with new ads.",  # none before
]

TARGET_ATTACK = [  # real attacks (controls)
    "Militants targeted voters at a polling station in Kabul.",
    "A suicide bomber targeted a crowded market in Baghdad.",
    "Rebels targeted an army convoy near Goma.",
]


@pytest.mark.parametrize("text", TARGET_NO_ATTACK)
def test_targeting_an_audience_is_no_attack(nlp, text: str) -> None:
    events = coded_events(nlp, text, published="2016-03-01")
    assert "ASSAULT" not in [e.type for e in events]


@pytest.mark.parametrize("text", TARGET_ATTACK)
def test_targeted_attack_kept(nlp, text: str) -> None:
    events = coded_events(nlp, text, published="2016-03-01")
    assert "ASSAULT" in [e.type for e in events]


# a vow to fight for a cause is no threat (labelled by hand)
VOW_NO_THREAT = [
    "The senator vowed to fight for working families in Congress.",
    "The governor pledged to fight for the middle class.",  # none before
    "The candidate vowed to fight for every vote in Ohio.",
]

VOW_THREAT = [  # threats of force (controls)
    "Hamas vowed to fight Israel.",
    "The rebels vowed to fight until the government falls.",
    "The president vowed to fight and crush the terrorists.",
]


@pytest.mark.parametrize("text", VOW_NO_THREAT)
def test_vow_to_fight_for_a_cause_is_no_threat(nlp, text: str) -> None:
    events = coded_events(nlp, text, published="2016-03-01")
    assert "THREATEN" not in [e.type for e in events]


@pytest.mark.parametrize("text", VOW_THREAT)
def test_vow_to_fight_an_enemy_kept(nlp, text: str) -> None:
    events = coded_events(nlp, text, published="2016-03-01")
    assert "THREATEN" in [e.type for e in events]


# winning a nomination, a race, delegates or a majority is no detention (labelled by hand,
# metaphor19)
PRIZE_NO_EVENT = [
    "Trump locked up the Republican nomination on Tuesday.",
    "Clinton is on the verge of locking up the Democratic nomination.",
    "Trump is close to locking up the delegates he needs.",
    "Romney locked up enough delegates last night.",
    "The Democrats locked up a majority in the Senate.",
    "Clinton clinched the Democratic nomination in New Jersey.",  # none before
    "The governor locked up the primary with a win in Texas.",  # none before
    "She clinched the race for the Senate seat by a wide margin.",  # none before
    "The party struck a deal with the campaign after he locked up the nomination.",  # none before
]

PRIZE_DETENTION = [  # people locked up (controls)
    "Police locked up dozens of protesters in Cairo.",
    "The regime locked up opposition candidates before the election.",
    "Authorities locked up the journalist for two years.",
    "Police locked up the candidate after the election.",
]


@pytest.mark.parametrize("text", PRIZE_NO_EVENT)
def test_locking_up_a_nomination_is_no_detention(nlp, text: str) -> None:
    events = coded_events(nlp, text, published="2016-03-01")
    assert "COERCE" not in [e.type for e in events]


@pytest.mark.parametrize("text", PRIZE_DETENTION)
def test_locking_up_people_kept(nlp, text: str) -> None:
    events = coded_events(nlp, text, published="2016-03-01")
    assert "COERCE" in [e.type for e in events]


def test_won_prize_rule(nlp) -> None:
    from newsgraph.nlp.events._filters_figurative import won_prize

    prize = _verb(nlp, "The senator locked up the nomination.", "lock")
    person = _verb(nlp, "The senator locked up the journalist.", "lock")
    assert won_prize(prize, _learned("COERCE", "lock", name="coerce.lock_up"), [])
    assert not won_prize(person, _learned("COERCE", "lock", name="coerce.lock_up"), [])
    assert not won_prize(prize, _learned("ACCUSE", "lock"), [])  # only a detention is dropped
