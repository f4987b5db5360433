"""acled38 (issue 10 item 1): deliberate violence told in the passive of its victim, no doer
named; violence and arrests suffered by kin at unnamed hands.

"One person was shot and killed in the city during a demonstration", "a 35-year-old man has
died ... after being shot in the head", "their husbands, sons and nephews were already killed":
the attacker is unknown or unnamed and the victim is a person, so the event is the news with no
actor (:mod:`newsgraph.nlp.events._attacked_persons`), and a kin word among the victims makes
it no private family matter (:func:`newsgraph.nlp.events._agency.private_life`). The sentences
are written by hand (several countries; expected values written before the coder ran on them);
the controls are the same verbs of things, of sport and of family life."""

from __future__ import annotations

import pytest

# a person shot, stabbed, kidnapped ... in the passive, no doer named: ASSAULT (the first five
# had no event before acled38: no actor in the clause; the last four were coded before, through
# a people noun the actor coder knows, and stay so)
ATTACKED_PERSONS = [
    "One person was shot dead near a checkpoint in Bamako on Sunday.",
    "At least one person has been kidnapped in the province since the election, the governor said.",
    "A pensioner was murdered in his flat in Minsk last week.",
    "A 40-year-old shopkeeper died in hospital after being stabbed during a robbery in Karachi.",
    "A coffee farmer was taken to hospital after being shot in the leg in Medellin.",
    "A taxi driver was stabbed outside the central station in Nairobi late on Friday.",
    "Two aid workers were kidnapped on the road between Gao and Timbuktu, officials said.",
    "A local journalist was shot dead in front of his home in Veracruz on Sunday.",
    "The opposition activist was abducted from a cafe in Harare on Tuesday.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", ATTACKED_PERSONS)
def test_acled38_a_person_attacked_in_the_passive_is_an_assault(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in [e.type for e in code(text)]


# controls: the same verbs of things, and the verbs that accidents and sport share
NOT_ATTACKS = [
    "The film was shot in Morocco over six weeks.",
    "The striker was injured in the second half and left the pitch.",
    "The pass was kicked out of bounds after being deflected in the second half.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_ATTACKS)
def test_acled38_things_shot_and_players_hurt_are_no_assault(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in [e.type for e in code(text)]


# kin harmed or arrested by someone unnamed: no family matter
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Her teenage son was attacked outside a nightclub in Leeds on Saturday.", "ASSAULT"),
        ("His wife and two daughters were abducted from their home in Kaduna state.", "ASSAULT"),
        ("The mayor's brother was arrested at the airport in Lima on Monday.", "COERCE"),
        ("Her uncle was stabbed during a robbery in Durban.", "ASSAULT"),
        ("Their fathers and brothers were killed in the village last spring.", "ASSAULT"),
    ],
)
def test_acled38_kin_harmed_by_someone_unnamed_is_an_event(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert etype in [e.type for e in code(text)]


# controls: acts among family stay private life
FAMILY_LIFE = [
    "She visited her grandmother in Ohio last weekend.",
    "He begged his parents to let him stay in Madrid.",
    "The boy was welcomed home by his mother and sisters.",
    "He stabbed his wife during a row at their home.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", FAMILY_LIFE)
def test_acled38_family_life_stays_no_event(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(text) == []


# "X came after / followed a meeting between A and B": the meeting dates the clause; its own
# "between" sides are its sides (the clause's subject, "the announcement", is none), and the
# verb's pattern ("come ... talks") takes no word from a time phrase (all failed before)
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "The announcement came after a meeting between Ramaphosa and Museveni in Kampala.",
            "CONSULT",
        ),
        (
            "The decision followed talks between Japan and South Korea in Tokyo last week.",
            "CONSULT",
        ),
        (
            "The truce came after months of negotiations between the government and the rebels.",
            "CONSULT",
        ),
        (
            "The curfew came after two days of clashes between police and protesters in Dhaka.",
            "ASSAULT",
        ),
        ("The statement came after a phone call between Modi and Sharif on Sunday.", "CONSULT"),
    ],
)
def test_acled38_an_event_between_two_sides_that_dates_the_clause(
    code, text: str, etype: str
) -> None:  # type: ignore[no-untyped-def]
    assert etype in [e.type for e in code(text)]


# controls: a visit for talks, talks that did not happen, an arrest dated by a protest
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Putin came for talks with Erdogan in Ankara.", "CONSULT", None),
        (
            "The minister regretted the absence of dialogue between Kiev and Moscow.",
            None,
            "CONSULT",
        ),
        ("The senator was placed under arrest after the protest.", "COERCE", None),
    ],
)
def test_acled38_dating_controls(code, text: str, present: str | None, absent: str | None) -> None:  # type: ignore[no-untyped-def]
    types = [e.type for e in code(text)]
    assert present is None or present in types
    assert absent is None or absent not in types


# an attack noun whose clause states its toll ("left seven soldiers dead"): ASSAULT with no
# actor named (all failed before)
TOLLS = [
    "The fighting left four soldiers and a nurse dead near Beni, the army said.",
    "The attack on the convoy left twelve people dead.",
    "Residents described Sunday's shooting, which left three men dead outside a bar in Cali.",
    "The clashes left two students dead on the campus in Dhaka.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", TOLLS)
def test_acled38_an_attack_that_left_people_dead_is_an_assault(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in [e.type for e in code(text)]


# controls: the toll of a storm, leaving as departure
NOT_TOLLS = [
    "The storm left three people dead and thousands without power.",
    "The team left the stadium after the match in Turin.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_TOLLS)
def test_acled38_a_storm_toll_and_a_departure_are_no_assault(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in [e.type for e in code(text)]


# "bash" as criticism of a person, a body or what they did (political35's verbs of striking,
# ``accuse.bash``): ACCUSE (all failed before)
BASHED = [
    "The prime minister bashed the opposition leader during a rally in Lahore on Sunday.",
    "Senator Lopez has been bashing the governor's budget plan all week.",
    "The candidate bashed Brussels for its migration policy at a rally in Milan.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", BASHED)
def test_acled38_bashing_someone_is_criticism(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" in [e.type for e in code(text)]


# controls: blows on people and things, and a party
NOT_BASHED = [
    "Rioters bashed the windows of the police station in Lyon.",
    "He bashed the man over the head with a brick outside the pub.",
    "The campaign threw a birthday bash for the mayor at a hotel in Austin.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_BASHED)
def test_acled38_blows_and_parties_are_no_criticism(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" not in [e.type for e in code(text)]
