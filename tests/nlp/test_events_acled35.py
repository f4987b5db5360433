"""acled35 (issue 10 item 1): property destruction told in the passive with no doer named.

"his vehicle has been vandalised twice", "Several hundred cars were vandalised, businesses were
looted", "A synagogue ... was firebombed in 1992": a verb of deliberate damage in the passive of
a building, vehicle or business is the news even when no actor is named
(:mod:`newsgraph.nlp.events._damaged_property`). The sentences are written by hand (several
countries, expected values written before the coder ran on them); the controls are the same
verbs with no physical thing damaged, under a condition or a modal, negated, and damage
verbs that weather and accidents share."""

from __future__ import annotations

import pytest

# (sentence, mode or None): an ASSAULT must be among the events, with that mode when given
DAMAGED = [
    ("Several cars were vandalised overnight in the Kreuzberg district of Berlin.", "destroy"),
    (
        "Dozens of shops were looted in Nairobi after the election results were announced.",
        "destroy",
    ),
    ("Two churches were torched in the village of Kafanchan on Sunday.", None),
    ("Over the weekend his truck was vandalised again in Leeds.", "destroy"),
    ("Several businesses in downtown Minneapolis were looted overnight.", "destroy"),
    ("The old synagogue in Tunis was firebombed in 1985.", None),
    ("The Jewish cemetery near Strasbourg was desecrated during the night.", "destroy"),
    ("A polling station in Kandahar province was set on fire before the vote.", None),
    ("The mosque in the town of Bradford had been vandalized twice this year.", "destroy"),
    ("Hundreds of homes were ransacked in the villages around Mosul.", "destroy"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mode"), DAMAGED)
def test_acled35_property_damaged_in_the_passive(code, text: str, mode: str | None) -> None:  # type: ignore[no-untyped-def]
    found = [(e.type, e.mode) for e in code(text)]
    assert "ASSAULT" in [t for t, _ in found]
    if mode is not None:
        assert ("ASSAULT", mode) in found


# controls: no physical thing damaged, damage that may be an accident's or the weather's, a
# condition, a modal, a negation: no ASSAULT, as before
NO_ASSAULT = [
    "The pension fund was looted over two decades.",
    "The buffet was ransacked within minutes of the doors opening.",
    "Dozens of homes were damaged when the storm hit the coast of Florida.",
    "The old barn was burned down in an accidental fire last spring.",
    "If the car is vandalised, the insurance company pays for the repairs.",
    "The shops could be looted if the police leave the city.",
    "The statue was not vandalised, the mayor said.",
    "Her reputation was torched by the leaked emails.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NO_ASSAULT)
def test_acled35_controls_stay_without_assault(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in [e.type for e in code(text)]


# controls that were coded before: a doer named, or an active verb, keeps its actors
@pytest.mark.model
def test_acled35_a_named_doer_stays_the_source(code) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code("Her house was ransacked by soldiers.") if e.type == "ASSAULT"]
    assert events and [a.code for a in events[0].sources] == ["MIL"]


@pytest.mark.model
def test_acled35_rioters_looting_stay_a_riot(code) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" in [e.type for e in code("Rioters torched cars and looted shops in Paris.")]


# (sentence, type): dwellings and furnishings as what a raid, a storming or an arson hits
# (event_harm.tsv ``physical``: apartment, flat, furniture, bed, couch, sofa, mattress)
DWELLINGS = [
    ("Police raided an apartment in Marseille and seized two rifles.", "COERCE"),
    ("Officers raided the flat of a suspected militant in Birmingham on Tuesday.", "COERCE"),
    ("The intruder set the couch on fire before fleeing the house in Dublin.", "ASSAULT"),
    ("Youths set a mattress on fire in the stairwell of a building in Malmo.", "ASSAULT"),
    ("Soldiers torched the apartments of opposition supporters in Harare.", "ASSAULT"),
    ("Gunmen attacked a flat in the Bandra district of Mumbai overnight.", "ASSAULT"),
    ("Rebels burned the furniture of the district office in Goma.", "ASSAULT"),
    ("He set the bed on fire while his wife was asleep, police in Lagos said.", "ASSAULT"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype"), DWELLINGS)
def test_acled35_dwellings_and_furnishings_are_targets(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert etype in [e.type for e in code(text)]


# controls: the same words with no one acting on them, or damage by nature or an accident
NO_EVENT_DWELLINGS = [
    "The new sofa was delivered to the apartment in Oslo on Tuesday.",
    "Exports stayed flat in the second quarter, the ministry said.",
    "The director shot the film in a small apartment in Rome.",
    "The storm destroyed the furniture in the beach house.",
    "Fire destroyed the apartment after a candle fell over.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NO_EVENT_DWELLINGS)
def test_acled35_dwelling_words_without_violence_stay_none(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in code(text)] == []


# a call, tip, complaint or report the police receive from the public is no hosting (CONSULT
# "visit" from "receive"): no CONSULT
REPORTS_TO_POLICE = [
    "Police in Leeds received a call from a neighbour reporting a break-in.",
    "The station received a tip from a local resident about a stolen car in Durban.",
    "Officers received several complaints from tenants about the noise in the building in Toronto.",
    "The sheriff's office received a 911 call from a woman who said her husband had a gun.",
    "Crimestoppers received a tip from a private citizen about the suspect's whereabouts.",
    "Detectives in Melbourne received a report from a member of the public about an armed man.",
    "Police in Nairobi say they received a call from a concerned citizen about a body on the road.",
    "The fire brigade in Hamburg received calls from residents about smoke in the stairwell.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", REPORTS_TO_POLICE)
def test_acled35_a_report_received_from_the_public_is_no_consult(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CONSULT" not in [e.type for e in code(text)]


# controls: a call from a head of government, a delegation received: CONSULT stays
CONSULTS_RECEIVED = [
    "President Macron received a call from Chancellor Scholz on Tuesday.",
    "The king received a delegation from Japan at the palace.",
    "The prime minister received the Chinese foreign minister in Canberra.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", CONSULTS_RECEIVED)
def test_acled35_an_official_received_stays_a_consult(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CONSULT" in [e.type for e in code(text)]


# sexual violence in the passive of its victim, no doer named: an ASSAULT of mode sexual
VIOLATED = [
    "A schoolgirl was raped on her way home in the Indian state of Uttar Pradesh, police said.",
    "Two women were sexually assaulted near the bus station in Nairobi on Friday.",
    "At least 20 girls were sexually abused at the orphanage in Bucharest over five years.",
    "She was beaten and raped in a field outside Lahore.",
    "The tourist was tied up and raped in her hotel room in Goa.",
    "Dozens of women were said to have been raped during the attack on the village in Darfur.",
    "A boy was molested at a summer camp in Ontario, his parents said.",
    "Several migrants were raped in detention centres in Libya, the report said.",
    "Hundreds of women were reported to have been raped, beaten and robbed during the fighting "
    "in South Kivu.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", VIOLATED)
def test_acled35_sexual_violence_in_the_passive(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("ASSAULT", "sexual") in [(e.type, e.mode) for e in code(text)]


# controls: a condition, a denial, a modal: no ASSAULT, as before
NOT_VIOLATED = [
    "If you or someone you know has been sexually assaulted, call the hotline.",
    "No one was raped during the riots, police said.",
    "Women could be raped if the camps are left unguarded, aid workers warned.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_VIOLATED)
def test_acled35_sexual_violence_not_told_as_done_stays_none(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in [e.type for e in code(text)]
