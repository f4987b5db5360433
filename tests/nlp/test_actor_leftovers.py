"""Actor leftovers of issue 10 (item 3), by class: the sides of a punishment or custody one
undergoes, private people named by their trade, the victims of an attack on a place, and
commitments made together. Sentences written for these tests; the expected sources and
targets were worked out by hand (tests/data/events/README.md conventions) before running the
coder."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Event
from tests.nlp._docs import coded_events as _events
from tests.nlp._docs import one_event as _one

pytestmark = pytest.mark.model


def _codes(actors: list) -> list[str | None]:
    return [a.code for a in actors]


def _texts(actors: list) -> list[str]:
    return [a.span.text for a in actors]


def _held(ev: Event, who: str) -> None:
    """``who`` is the event's target and not its source."""
    assert any(who in t for t in _texts(ev.targets)), _texts(ev.targets)
    assert not any(who in s for s in _texts(ev.sources)), _texts(ev.sources)


# --- (a) punishments and custody undergone: the one punished or held is the target


def test_a_man_given_a_suspended_sentence_is_its_target(nlp: Language) -> None:
    text = "A Cleveland man was given a suspended sentence on Tuesday for stealing from a church."
    ev = _one(_events(nlp, text), "SANCTION")
    _held(ev, "man")
    assert _codes(ev.targets) == ["USACVL"]


def test_a_mayor_given_a_prison_term_is_its_target(nlp: Language) -> None:
    ev = _one(
        _events(nlp, "The former mayor of Detroit was given a ten-year sentence for racketeering."),
        "SANCTION",
    )
    _held(ev, "mayor")


def test_the_one_serving_a_sentence_is_its_target(nlp: Language) -> None:
    text = "Former Illinois governor Rod Blagojevich is serving a 14-year sentence for corruption."
    ev = _one(_events(nlp, text), "SANCTION")
    _held(ev, "Blagojevich")
    assert ev.targets[0].code is not None and ev.targets[0].code.startswith("USA")
    assert not ev.sources


def test_journalists_remaining_in_detention_are_held_not_holding(nlp: Language) -> None:
    text = "Two journalists arrested in Istanbul remain in detention, their lawyers said."
    ev = _one(_events(nlp, text), "COERCE")
    _held(ev, "journalists")
    assert _codes(ev.targets) == ["TURMED"]  # the place of their arrest
    assert not ev.sources  # their lawyers only report it


def test_a_gunman_in_custody_is_the_target(nlp: Language) -> None:
    ev = _one(
        _events(nlp, "The gunman, a 24-year-old from Texas, remains in custody in Dallas."),
        "COERCE",
    )
    _held(ev, "gunman")


def test_the_judge_ruling_that_a_suspect_stays_in_custody_holds_him(nlp: Language) -> None:
    text = "The suspect in the Denver shooting will remain in custody until trial, a judge ruled."
    ev = _one(_events(nlp, text), "COERCE")
    _held(ev, "suspect")
    assert _texts(ev.sources) == ["judge"]
    assert _codes(ev.sources) == ["USAJUD"]  # a court of the country its case is in


def test_a_judge_in_a_roundup_is_of_the_country_of_the_case(nlp: Language) -> None:
    # a news roundup: a Spanish item first, then a US one; the court is where the case is
    text = (
        "Spain braced for weeks of uncertainty after the election. Spain's main parties "
        "began talks in Madrid.\n\nThe suspect in the Denver shooting will remain in "
        "custody until trial, a judge ruled."
    )
    ev = next(e for e in _events(nlp, text) if "custody" in e.trigger.text)
    _held(ev, "suspect")
    assert _codes(ev.sources) == ["USAJUD"]


def test_a_tradesman_arraigned_is_a_civilian(nlp: Language) -> None:
    text = "A Danbury stonework mason was arraigned Monday in Connecticut on charges of assault."
    ev = _one(_events(nlp, text), "ACCUSE")
    assert _codes(ev.targets) == ["USACVL"]


def test_a_plumber_sentenced_to_probation_is_the_target(nlp: Language) -> None:
    ev = _one(_events(nlp, "A judge sentenced the plumber to a year's probation."), "SANCTION")
    assert _codes(ev.sources) == ["JUD"]
    assert _texts(ev.targets) == ["plumber"]
    assert _codes(ev.targets) == ["CVL"]  # a private person; the sentence names no country


def test_a_judge_giving_a_sentence_is_its_source_and_of_the_case(nlp: Language) -> None:
    ev = _one(_events(nlp, "A judge gave the Cleveland man a suspended sentence."), "SANCTION")
    # the judge of a Cleveland man's case sits in the United States (the state body rule)
    assert (_codes(ev.sources), _codes(ev.targets)) == (["USAJUD"], ["USACVL"])


def test_control_police_keeping_a_suspect_in_custody_hold_him(nlp: Language) -> None:
    text = "Police kept the suspect in custody overnight in Chicago."
    ev = _one(_events(nlp, text), "COERCE")
    assert (_codes(ev.sources), _codes(ev.targets)) == (["USACOP"], ["USACRM"])


def test_control_aid_given_by_a_country_is_the_givers(nlp: Language) -> None:
    ev = _one(_events(nlp, "Ukraine was given military aid by Germany last year."), "AID")
    assert (_codes(ev.sources), _codes(ev.targets)) == (["DEU"], ["UKR"])


# --- (b) the victims of an attack on a place are not the attacker's people


def test_victims_of_an_attack_on_a_village_are_not_the_attackers(nlp: Language) -> None:
    text = "The attack by Russian troops on the village killed six civilians."
    ev = next(e for e in _events(nlp, text) if e.type == "ASSAULT" and e.trigger.text == "killed")
    assert _codes(ev.sources) == ["RUSMIL"]
    assert _texts(ev.targets) == ["six civilians"]
    assert not any(c and c.startswith("RUS") for c in _codes(ev.targets)), _codes(ev.targets)


def test_victims_of_the_shelling_of_a_town_are_not_the_attackers(nlp: Language) -> None:
    text = "The Russian shelling of the town killed four civilians."
    ev = _one(_events(nlp, text), "ASSAULT")
    assert not any(c and c.startswith("RUS") for c in _codes(ev.targets)), _codes(ev.targets)


def test_control_troops_killing_civilians_of_their_own_country(nlp: Language) -> None:
    ev = _one(_events(nlp, "Syrian troops killed 20 civilians."), "ASSAULT")
    assert (_codes(ev.sources), _codes(ev.targets)) == (["SYRMIL"], ["SYRCVL"])


# --- (c) two who commit to act together are each other's target


def test_two_pledging_to_work_together_are_each_others_target(nlp: Language) -> None:
    ev = _one(_events(nlp, "Trump and Ryan pledged to work together on tax reform."), "AGREE")
    assert _texts(ev.sources) == ["Trump"]
    assert _texts(ev.targets) == ["Ryan"]


def test_two_vowing_to_work_with_each_other(nlp: Language) -> None:
    text = "Pelosi and Schumer vowed to work with each other on the budget."
    ev = _one(_events(nlp, text), "AGREE")
    assert _texts(ev.sources) == ["Pelosi"]
    assert _texts(ev.targets) == ["Schumer"]


def test_control_two_pledging_an_act_of_their_own_both_act(nlp: Language) -> None:
    ev = _one(_events(nlp, "Trump and Ryan pledged to cut taxes."), "AGREE")
    assert _texts(ev.sources) == ["Trump", "Ryan"]
    assert not ev.targets


# --- (b) a state's own army with no country named is that of the place it acts in


def test_the_army_shelling_a_town_is_the_towns_countrys(nlp: Language) -> None:
    ev = _one(_events(nlp, "Army shelling hit a school in Kadugli."), "ASSAULT")
    assert _codes(ev.sources) == ["SDNMIL"]  # Kadugli is in Sudan


def test_control_troops_are_not_given_the_country_they_strike(nlp: Language) -> None:
    # troops may be anyone's: "Troops shelled a village near Kharkiv" says nothing of whose
    ev = _one(_events(nlp, "Troops shelled a village near Kharkiv."), "ASSAULT")
    assert _codes(ev.sources) == ["MIL"]
