"""Unnamed groups of offenders and young people, and suspected attackers (actorfix14, issue 10
item 3).

Sentences written for these tests; the expected codes were worked out by hand before running
the coder. On the code before this change "youths", "looters", "hoodlums", "hooligans" and
"vandals" were uncoded (no agent entry), and the participle "suspected" was read as the agent
noun "suspect" (CRM) stacked on the group's own code ("suspected jihadists" MLICRMREB). The
controls keep the old behaviour: a mob, rioters, thugs, young men, suspects and suspected
robbers, and "youth" naming whom an office serves.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp._docs import coded_events as _events
from tests.nlp._docs import one_event as _one


def _source(nlp: Language, text: str, etype: str) -> list[str | None]:
    return [a.code for a in _one(_events(nlp, text), etype).sources]


def _target(nlp: Language, text: str, etype: str) -> list[str | None]:
    return [a.code for a in _one(_events(nlp, text), etype).targets]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # young people as a crowd are civilians (as "young men", "a mob of youths")
        ("Youths torched the offices of the electoral commission in Kenya.", "KENCVL"),
        ("Angry youths attacked a police post in Nairobi, Kenya.", "KENCVL"),
        # masked ones are an armed group, as "masked men" and "gunmen"
        ("Masked youths set fire to a police station in Lagos on Sunday.", "NGAREB"),
        # offenders named for the damage they do are criminals, as thugs and arsonists
        ("Looters ransacked shops in Johannesburg, South Africa.", "ZAFCRM"),
        ("Hoodlums attacked a police station in Lagos, Nigeria.", "NGACRM"),
        ("Vandals set fire to a church in Enugu, Nigeria.", "NGACRM"),
        ("Hooligans attacked migrants in Chemnitz, Germany.", "DEUCRM"),
    ],
)
def test_unnamed_groups_are_coded_with_the_country(nlp: Language, text: str, code: str) -> None:
    assert _source(nlp, text, "ASSAULT") == [code]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "etype", "code"),
    [
        # controls: the table's existing conventions stay
        ("A mob of youths attacked a police station in Nigeria.", "ASSAULT", "NGACVL"),
        ("Thugs attacked opposition supporters in Harare, Zimbabwe.", "ASSAULT", "ZWECRM"),
        ("Young men threw stones at police in Srinagar, India.", "ASSAULT", "INDCVL"),
        ("Rioters set fire to a police station in Dhaka, Bangladesh.", "PROTEST", "BGDOPP"),
        # "youth" naming whom a body or office serves adds no civilians to it
        (
            "The youth wing of the ruling party attacked opposition supporters in Harare, "
            "Zimbabwe.",
            "ASSAULT",
            "ZWEPTY",
        ),
        ("Kenya's youth minister met student leaders in Nairobi.", "CONSULT", "KENGOV"),
        (
            "The minister of youth and sports criticized the football federation in Nigeria.",
            "ACCUSE",
            "NGAGOV",
        ),
    ],
)
def test_group_conventions_kept(nlp: Language, text: str, etype: str, code: str) -> None:
    assert _source(nlp, text, etype) == [code]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "suspected" is no second agent: the group's own code with the country
        ("Suspected jihadists attacked a military base in central Mali.", "MLIREB"),
        ("Suspected jihadists ambushed an army convoy in western Niger.", "NERREB"),
        ("Suspected insurgents attacked a police station in Borno, Nigeria.", "NGAREB"),
    ],
)
def test_suspected_attackers_keep_their_group_code(nlp: Language, text: str, code: str) -> None:
    assert _source(nlp, text, "ASSAULT") == [code]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # controls already coded by the group noun alone
        ("Suspected jihadists killed twelve villagers in northern Burkina Faso.", "BFAREB"),
        ("Suspected separatists attacked a school in Cameroon.", "CMRREB"),
        ("Suspected militants killed ten soldiers in northwest Pakistan.", "PAKREB"),
        ("Suspected gunmen kidnapped 20 students in Zamfara, Nigeria.", "NGAREB"),
        # unknown attackers keep the noun's code: gunmen REB, assailants CRM
        ("Unidentified gunmen killed a police officer in Peshawar, Pakistan.", "PAKREB"),
        ("Unknown assailants killed a police officer in Peshawar, Pakistan.", "PAKCRM"),
    ],
)
def test_suspected_or_unknown_group_nouns_keep_their_code(
    nlp: Language, text: str, code: str
) -> None:
    assert _source(nlp, text, "ASSAULT") == [code]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # controls: suspects and suspected robbers are criminals of the country
        "Police arrested two suspected robbers in Nairobi, Kenya.",
        "Kenyan police arrested three suspects in Nairobi.",
    ],
)
def test_suspects_stay_criminals(nlp: Language, text: str) -> None:
    assert _target(nlp, text, "COERCE") == ["KENCRM"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # bandits are criminals (Phoenix: BANDIT, ARMED_BANDIT [~CRM]); herders are agricultural
        # (Phoenix: HERDS!PERSON! [~AGR]); both were uncoded before the lead's entries
        ("Bandits abducted 20 pupils from a school in Zamfara, Nigeria.", "NGACRM"),
        ("Armed bandits attacked a village in Katsina, Nigeria.", "NGACRM"),
        ("Herdsmen killed 12 villagers in Benue State, Nigeria, on Sunday.", "NGAAGR"),
        ("Herders attacked farmers in central Mali.", "MLIAGR"),
        # cattle rustlers are criminals (Phoenix: RUSTLER [~CRM]); were uncoded
        ("Rustlers killed five herders in Kenya.", "KENCRM"),
        ("Cattle rustlers attacked a village in West Pokot, Kenya.", "KENCRM"),
    ],
)
def test_bandits_and_herders_are_coded(nlp: Language, text: str, code: str) -> None:
    assert _source(nlp, text, "ASSAULT") == [code]
