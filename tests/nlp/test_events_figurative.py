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
