"""acled41 (issue 10 item 1): event-type recall outside ACCUSE, by class.

Labour strikes told with the verb "strike" or a strike launched are PROTEST ``strike``
(:mod:`newsgraph.nlp.events._labour_strikes`), not ASSAULT; armies, rebels and jets striking, and
a labour side striking a person, stay ASSAULT.

A raid from the air is ASSAULT (``lex.assault.n_air_raid``), a police raid stays COERCE; a
clampdown is a crackdown (``lex.coerce.n_clampdown``, ``clamp_down``); a person grabbed is
assaulted (``lex.assault.grab_person``), delegates grabbed in a primary are won
(:mod:`newsgraph.nlp.events._grabs`). A blow verb whose "in" leads to a part of the body
("punched in the face") is a blow, not the idiom "punched in" (:mod:`newsgraph.nlp.events._blows`).
Being, voting, coming out or arguing "in favor of" an actor or a measure is SUPPORT
(``lex.support.*_in_favor``); the verb "favor", a negated "not in favor" and "dropped in favor of"
are not (:mod:`newsgraph.nlp.events._in_favor`). An embassy, consulate or mission shut or
shuttered is closed (``lex.sanction.shut_embassy``, ``shutter_embassy``).

A protest told by the crowd it drew (:mod:`newsgraph.nlp.events._drawn_crowds`) or as what a
cause set off (:mod:`newsgraph.nlp.events._caused_protests`) is PROTEST with no actor named; a
campaign rally's crowd, criticism drawn, and protests only feared or denied are not.

Every sentence is written by hand for this file (none is a gold row); expected values were
written before the coder ran on them.
"""

from __future__ import annotations

import pytest

from tests.nlp._docs import coded_of_type

LABOUR_STRIKES = [
    "Nurses at the main state hospital in Harare have been striking for a week over unpaid "
    "salaries.",
    "Dock workers in Antwerp voted to strike next month over pension cuts.",
    "Council employees in Nairobi struck for two days this week, demanding a pay rise.",
    "Teachers in Lima launched an indefinite strike on Monday to demand higher wages.",
    "Workers strike over unpaid wages in Dhaka",
]

ARMED_STRIKES = [
    "Government warplanes struck rebel positions outside Idlib on Tuesday.",
    "The army launched a strike on militant hideouts in the north.",
    "Insurgents struck a police convoy near Kandahar on Sunday.",
    "A group of students struck a security guard with stones at the campus gate.",
]

STRUCK_BACK = "The nurses' union struck back at the health minister on Monday."


@pytest.mark.model
@pytest.mark.parametrize("text", LABOUR_STRIKES)
def test_acled41_a_labour_strike_is_a_protest(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    types = [e.type for e in events]
    assert "PROTEST" in types and "ASSAULT" not in types, types
    strike = next(e for e in events if e.type == "PROTEST")
    assert strike.mode == "strike", strike.mode
    assert strike.rule.endswith(".labour"), strike.rule


@pytest.mark.model
def test_acled41_a_union_striking_back_is_no_walkout(code) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" not in [e.type for e in code(STRUCK_BACK)]


@pytest.mark.model
@pytest.mark.parametrize("text", ARMED_STRIKES)
def test_acled41_armed_strikes_stay_attacks(code, text: str) -> None:  # type: ignore[no-untyped-def]
    types = [e.type for e in code(text)]
    assert "ASSAULT" in types and "PROTEST" not in types, types


DRAWN_CROWDS = [
    "A protest against the pension reform drew about 4,000 people in central Lyon on Saturday.",
    "A march against the new mining law drew some 2,000 people to the capital.",
    "A rally in support of the jailed journalists attracted a large crowd outside the court.",
    "Demonstrations that drew thousands of people were held in several towns on Sunday.",
]

NO_PROTEST_CROWDS = [
    "The senator's rally in Dubuque drew 2,500 people.",
    "The exhibition drew thousands of visitors to the museum.",
    "Saturday's march drew some 1,000 people to the seafront.",
]

CAUSED_PROTESTS = [  # (sentence, a word of the cause, which is no protester)
    ("The court's ruling sparked protests across the country.", "court"),
    ("The killing of the student touched off demonstrations in the capital.", "student"),
    ("The new fuel tax has provoked protests in several cities.", "tax"),
]

UNCAUSED_PROTESTS = [
    "The government fears the price rise could trigger protests.",
    "The price rise is expected to trigger protests.",
    "The ruling did not spark protests.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", DRAWN_CROWDS)
def test_acled41_a_protest_told_by_its_crowd_or_cause_is_news(code, text: str) -> None:  # type: ignore[no-untyped-def]
    types = [e.type for e in code(text)]
    assert "PROTEST" in types, types


@pytest.mark.model
@pytest.mark.parametrize(("text", "cause"), CAUSED_PROTESTS)
def test_acled41_a_protest_a_cause_set_off_is_news_without_the_cause(
    code, text: str, cause: str
) -> None:  # type: ignore[no-untyped-def]
    events = coded_of_type(code, text, "PROTEST")
    assert all(cause not in a.span.text for e in events for a in e.sources), [
        [a.span.text for a in e.sources] for e in events
    ]


@pytest.mark.model
@pytest.mark.parametrize("text", NO_PROTEST_CROWDS + UNCAUSED_PROTESTS)
def test_acled41_crowds_and_causes_that_are_no_protest(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" not in [e.type for e in code(text)]


@pytest.mark.model
def test_acled41_the_cause_is_not_the_protester(code) -> None:  # type: ignore[no-untyped-def]
    events = coded_of_type(
        code, "The Chinese crackdown triggered mass protests in Hong Kong.", "PROTEST"
    )
    assert all(a.code is None or not a.code.startswith("CHN") for e in events for a in e.sources)


AIR_RAIDS = [
    "Two children were killed in an air raid on a village near Idlib on Thursday.",
    "Overnight air raids on rebel-held villages killed eleven people, activists said.",
]

OTHER_RAIDS = [
    ("Police raids on drug dens in the capital led to forty arrests.", "COERCE"),
    ("Twelve air-raid shelters were built under the school.", None),
]


@pytest.mark.model
@pytest.mark.parametrize("text", AIR_RAIDS)
def test_acled41_an_air_raid_is_an_attack(code, text: str) -> None:  # type: ignore[no-untyped-def]
    types = [e.type for e in code(text)]
    assert "ASSAULT" in types and "COERCE" not in types, types


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), OTHER_RAIDS)
def test_acled41_other_raids_are_no_air_raid(code, text: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert all(e.rule != "lex.assault.n_air_raid" for e in events)
    assert [e.type for e in events] == ([expected] if expected else []), [e.type for e in events]


CLAMPDOWNS = [
    "The Belarusian authorities launched a clampdown on independent media after the vote.",
    "The government has clamped down on opposition newspapers in the capital.",
]

GRABS = [
    "Two men grabbed the reporter outside the courthouse and bundled him into a car.",
    "The girl was grabbed from behind as she walked home, police said.",
]

NO_GRABS = [
    "The senator grabbed all twelve delegates in the state primary.",
    "The officer grabbed the rifle by its barrel.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", CLAMPDOWNS)
def test_acled41_a_clampdown_is_a_crackdown(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_of_type(code, text, "COERCE")
    assert events[0].rule.startswith("lex.coerce."), events[0].rule


@pytest.mark.model
@pytest.mark.parametrize("text", GRABS)
def test_acled41_a_person_grabbed_is_assaulted(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in [e.type for e in code(text)]


@pytest.mark.model
@pytest.mark.parametrize("text", NO_GRABS)
def test_acled41_delegates_and_things_grabbed_are_no_assault(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in [e.type for e in code(text)]


BODY_BLOWS = [
    "A student was punched in the face by a police officer outside the embassy.",
    "Two journalists were kicked in the stomach during the rally in Minsk, witnesses said.",
]

BLOW_IDIOMS = [
    "The night guard punched in at ten and left at six.",
    "The governor kicked off her campaign in Des Moines.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", BODY_BLOWS)
def test_acled41_a_blow_in_the_face_is_no_idiom(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in [e.type for e in code(text)]


@pytest.mark.model
@pytest.mark.parametrize("text", BLOW_IDIOMS)
def test_acled41_blow_idioms_stay_no_assault(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in [e.type for e in code(text)]


IN_FAVOR = [
    "The upper house of the Polish parliament voted in favor of the new treaty on Tuesday.",
    "The Kenyan government is firmly in favour of the peace talks, a minister said.",
]

NOT_IN_FAVOR = [
    "The Greens are not in favor of the new motorway.",
    "The farmers are of course not in favor of the new water law.",
    "Unless they favor the merger, the shareholders will be bought out.",
    "Unless they favor open borders, they are no longer welcome in the coalition, the leader said.",
    "The old dashboard was dropped in favor of a touch screen.",
    "Momentum is in favor of the senator in the western states.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", IN_FAVOR)
def test_acled41_in_favor_of_is_support(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_of_type(code, text, "SUPPORT")
    assert events[0].rule.endswith("_in_favor"), events[0].rule


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_IN_FAVOR)
def test_acled41_favor_in_other_senses_is_no_support(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(not e.rule.endswith("_in_favor") for e in code(text))


SHUT_MISSIONS = [
    "Ottawa shuttered its embassy in Damascus in 2012.",
    "Washington shut the consulate in Basra after the attack.",
]

SHUT_OTHER = [
    "The council shut the public library for the summer.",
    "The company shuttered its factory in Ohio last year.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", SHUT_MISSIONS)
def test_acled41_a_mission_shut_is_closed(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "SANCTION" in [e.type for e in code(text)]


@pytest.mark.model
@pytest.mark.parametrize("text", SHUT_OTHER)
def test_acled41_other_things_shut_are_no_sanction(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "SANCTION" not in [e.type for e in code(text)]
