"""acled36 (issue 10 item 1): an act received is no hosting; signs held by part of a crowd.

"Ted Cruz ... received the endorsement of Gov. ...", "Palau said it had received a request from
Australian authorities", "She had received threats from security officials": the thing received
is an act of the sender (an endorsement, a request, a threat) coded by its own noun, not a visit
hosted (:mod:`newsgraph.nlp.events._received`). "Dozens in the crowd held signs with the names of
..." and "Some in the crowd carried signs like ...": the people holding the signs are part of a
crowd, as "hundreds of protesters" are (:mod:`newsgraph.nlp.events._filters_acled`). The
sentences are written by hand (several countries, expected values written before the coder ran
on them); the controls are the same words in their old uses."""

from __future__ import annotations

import pytest

# an act received from someone: no CONSULT
RECEIVED_ACTS = [
    "The governor received the endorsement of the state's largest teachers union on Monday.",
    "Kenya received a formal request from Somalia to extradite the two suspects.",
    "The journalist had received threats from army officers before she left Caracas.",
    "The plan has received backing from the European Union and the World Bank.",
    "Seoul received assurances from Washington that the drills would go ahead.",
    "The mayor of Lyon received an invitation from the Chinese embassy to visit Wuhan.",
    "The ministry received a letter of support from the Indian government.",
    "The senator received warnings from the party leadership in Ottawa about his remarks.",
    "Bolivia has received a request from Peru for information about the missing boat.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", RECEIVED_ACTS)
def test_acled36_an_act_received_is_no_consult(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CONSULT" not in [e.type for e in code(text)]


# the act itself stays coded by its own noun
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The plan has received backing from the European Union and the World Bank.", "SUPPORT"),
        ("Kenya received a formal request from Somalia to extradite the two suspects.", "REQUEST"),
        (
            "The journalist had received threats from army officers before she left Caracas.",
            "THREATEN",
        ),
    ],
)
def test_acled36_the_act_received_stays_coded(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert etype in [e.type for e in code(text)]


# controls: visitors, delegations and calls of officials received: CONSULT stays
RECEIVED_VISITORS = [
    "The king received a delegation from Japan at the palace.",
    "President Putin received the Turkish foreign minister in the Kremlin.",
    "The pope received the president of Argentina at the Vatican on Saturday.",
    "President Macron received a call from Chancellor Scholz on Tuesday.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", RECEIVED_VISITORS)
def test_acled36_a_visitor_received_stays_a_consult(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CONSULT" in [e.type for e in code(text)]


# signs held by part of a crowd: a protest
CROWD_PART_SIGNS = [
    "Dozens in the crowd held signs with the names of the jailed journalists.",
    "Some in the crowd carried signs calling for the president to resign.",
    "Several in the crowd waved banners demanding new elections in Belgrade.",
    "Many in the crowd held placards with portraits of the missing students.",
    "Hundreds among the protesters carried signs against the new labour law in Seoul.",
    "Some among the demonstrators waved flags of the banned party outside the court in Ankara.",
    "Dozens in the crowd held up banners outside the parliament in Kathmandu.",
    "A few in the crowd carried placards denouncing the police in Lagos.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", CROWD_PART_SIGNS)
def test_acled36_signs_held_by_part_of_a_crowd_are_a_protest(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" in [e.type for e in code(text)]


# controls: fans, shoppers and an audience with signs or flags are no protest, as before
NO_PROTEST_SIGNS = [
    "Some in the stands waved flags as the team bus arrived in Madrid.",
    "Fans held signs with the names of their favourite players.",
    "Children carried flags in the parade for the school's anniversary.",
    "Dozens in the audience held signs asking the band for an encore.",
    "Some in the crowd at the concert carried balloons.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NO_PROTEST_SIGNS)
def test_acled36_signs_held_by_fans_stay_no_protest(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" not in [e.type for e in code(text)]


# a killing told with "to death" after a violence verb: an ASSAULT whatever noun names the dead
TO_DEATH = [
    "Gunmen shot to death four villagers near Maiduguri on Sunday.",
    "A mob beat to death two men accused of stealing cattle in Jharkhand.",
    "A local journalist was found beaten to death in Veracruz.",
    "Militants shot to death everyone who tried to flee the village.",
    "The video showed a young man beaten to death by soldiers in Yangon.",
    "Unknown attackers shot to death a priest in Zamfara state.",
    "The refugees said soldiers had beaten to death three prisoners in the camp.",
    "A shopkeeper was found stabbed to death in his store in Karachi.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", TO_DEATH)
def test_acled36_killed_to_death_is_an_assault(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in [e.type for e in code(text)]


# controls: a topic "beaten to death", deaths by fire or cold: no ASSAULT, as before
NOT_TO_DEATH = [
    "That argument has been beaten to death by pundits for years.",
    "The topic was beaten to death at the conference in Geneva.",
    "Six people burned to death when a fire swept through a market in Onitsha.",
    "Two hikers froze to death in the Alps last winter.",
    "The joke was beaten to death by the late-night hosts.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_TO_DEATH)
def test_acled36_to_death_without_a_killing_stays_no_assault(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in [e.type for e in code(text)]


# locals as those who act or are harmed: a people noun like "residents" and "villagers"
LOCALS = [
    ("Locals in Kandahar protested against the closure of the border crossing.", "PROTEST"),
    ("Angry locals torched the police station in the town of Bunia.", "ASSAULT"),
    ("Soldiers killed three locals in a raid on the village near Gao.", "ASSAULT"),
    ("Gunmen shot two locals outside a mosque in Kaduna.", "ASSAULT"),
    ("Hundreds of locals marched to the governor's office in Jos.", "PROTEST"),
    ("Locals rallied outside the town hall in Tetouan against the new tax.", "PROTEST"),
    ("His car was torched by angry locals in Limpopo.", "ASSAULT"),
    ("The militia abducted four locals near Beni.", "ASSAULT"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype"), LOCALS)
def test_acled36_locals_act_and_are_harmed(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert etype in [e.type for e in code(text)]


# controls: locals in everyday sentences stay without an event
NO_EVENT_LOCALS = [
    "Locals and tourists enjoyed the music festival in Salzburg.",
    "The restaurant is popular with locals in Lisbon.",
    "Locals say the bridge has been closed for weeks because of repairs.",
    "The guide showed the visitors where locals buy their fish in Zanzibar.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NO_EVENT_LOCALS)
def test_acled36_locals_in_everyday_use_stay_without_event(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(text) == []


# a person forced to the ground or the floor: an assault (CAMEO 182, mode beat)
FORCED_DOWN = [
    "Police officers pushed the woman to the ground outside the parliament in Tbilisi.",
    "Soldiers threw him to the ground at the checkpoint near Hebron.",
    "The suspect dragged her to the ground and took her bag in Leeds.",
    "Two students were knocked to the ground by riot police in Santiago.",
    "A guard slammed the prisoner to the floor during the transfer in Lima.",
    "They pushed me to the ground and tore my banner, the activist said in Minsk.",
    "Some protesters were thrown to the ground by officers in Harare.",
    "Security guards wrestled the journalist to the ground outside the court in Caracas.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", FORCED_DOWN)
def test_acled36_a_person_forced_to_the_ground_is_an_assault(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("ASSAULT", "beat") in [(e.type, e.mode) for e in code(text)]


# controls: things knocked or thrown down, a player in a game: no ASSAULT, as before
NOT_FORCED_DOWN = [
    "The wind knocked the old tree to the ground in Kent.",
    "He threw the ball to the ground in frustration after the match.",
    "The impact pushed one of the vehicles onto the sidewalk.",
    "She knocked her coffee to the floor during the meeting.",
    "The striker was pushed to the ground in the penalty area in the second half.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_FORCED_DOWN)
def test_acled36_things_knocked_down_stay_no_assault(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in [e.type for e in code(text)]
