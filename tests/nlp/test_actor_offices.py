"""Civil offices named "<noun> general", armed people and Islamists (actorfix13, issue 10 item 3).

Sentences written for these tests; the expected codes were worked out by hand before running
the coder. The first three tests fail on the code before this change (the "general" of
"secretary-general" read as an army general: IGOUNOMIL, KENMIL; "armed men" coded civilians;
"Islamists" uncoded); the controls keep the old behaviour.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.nlp.events._codes import builtin_agents
from newsgraph.nlp.events.dictionaries import AgentEntry
from tests.nlp._docs import coded_events as _events
from tests.nlp._docs import one_event as _one


def _source(nlp: Language, text: str, etype: str) -> list[str | None]:
    return [a.code for a in _one(_events(nlp, text), etype).sources]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "etype", "code"),
    [
        # an IGO's office-holder is the IGO (as the named "UN Secretary-General Antonio
        # Guterres" is IGOUNO): no army sector, no government sector
        ("The UN secretary-general condemned the attack on civilians in Gaza.", "ACCUSE", "IGOUNO"),
        ("The NATO secretary-general accused Russia of sabotaging cables.", "ACCUSE", "IGOWSTNAT"),
        ("The IAEA director general met Iranian officials in Tehran.", "CONSULT", "IGOUNOIAE"),
        ("The UN envoy met the Yemeni president in Aden.", "CONSULT", "IGOUNO"),
        # a state's "<noun> general" is a civil office of its government
        (
            "Kenya's auditor general accused the ministry of wasting public funds.",
            "ACCUSE",
            "KENGOV",
        ),
        (
            "The governor general of Australia met the prime minister in Canberra.",
            "CONSULT",
            "AUSGOV",
        ),
    ],
)
def test_an_office_called_general_is_no_army_general(
    nlp: Language, text: str, etype: str, code: str
) -> None:
    assert _source(nlp, text, etype) == [code]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "etype", "code"),
    [
        # controls: army generals stay MIL; the attorney general keeps its JUD convention
        ("A Russian general accused Ukraine of shelling the plant.", "ACCUSE", "RUSMIL"),
        ("General Mark Milley met his Chinese counterpart in Beijing.", "CONSULT", "USAMIL"),
        ("Attorney General Jeff Sessions criticized the judge's ruling.", "ACCUSE", "USAJUD"),
    ],
)
def test_an_army_general_stays_military(nlp: Language, text: str, etype: str, code: str) -> None:
    assert _source(nlp, text, etype) == [code]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Armed men stormed the village and killed five farmers in Nigeria.",
        "Armed men abducted 20 students from a school in Kaduna, Nigeria.",
    ],
)
def test_armed_men_are_an_armed_group_like_gunmen(nlp: Language, text: str) -> None:
    # old: NGACVL; "gunmen" in the same sentence are NGAREB
    assert _source(nlp, text, "ASSAULT") == ["NGAREB"]


@pytest.mark.model
def test_men_with_no_weapon_word_stay_civilians(nlp: Language) -> None:
    text = "Three men attacked a shopkeeper in Lagos, Nigeria."
    assert _source(nlp, text, "ASSAULT") == ["NGACVL"]


@pytest.mark.model
def test_islamists_are_coded_with_the_country(nlp: Language) -> None:
    # old: no source code. Phoenix's ~MUS agent, as REL like the clerics (a bare MUS is
    # Mauritius); the armed "Islamist militants" stay an armed group
    assert _source(nlp, "Islamists attacked a police station in Mali.", "ASSAULT") == ["MLIREL"]
    text = "Radical Islamists burned a church in northern Nigeria."
    assert _source(nlp, text, "ASSAULT") == ["NGAREL"]
    text = "Islamist militants attacked an army base in northern Mali."
    assert _source(nlp, text, "ASSAULT") == ["MLIREB"]


@pytest.mark.parametrize(
    ("words", "suffix"),
    [
        (["secretary", "-", "general"], "GOV"),
        (["director", "general"], "GOV"),
        (["governors", "general"], "GOV"),
        (["prosecutor", "-", "general"], "JUD"),
    ],
)
def test_the_agents_read_a_general_office_whole(words: list[str], suffix: str) -> None:
    # old: no entry starts at the office noun, so only "general" (MIL) matched
    m = builtin_agents().match(words, 0)
    assert m is not None
    n, entry = m
    assert n == len(words)
    assert isinstance(entry, AgentEntry)
    assert entry.suffix == suffix
