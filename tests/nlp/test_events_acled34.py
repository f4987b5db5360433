"""acled34 (issue 10 item 1): a rally for or against a cause is a protest, whoever holds it.

A rally one named person holds is read as a campaign event and vetoed ("Sanders held a rally at
Penn State"). A rally named by the cause it is for or against ("a pro-Hamas rally", "an
anti-war rally") is a demonstration even when one person organizes it. FOUND holds the tune gold
row of the class (tests/data/events/gold.tsv, ev-1263: PROTEST, Zakkout) and sentences of the
same construction written by hand; each made no PROTEST before this change. The controls must
keep their old result: a named person's rally with no cause stays a campaign event, and a
politician of the actor table holding a rally against an opponent stays one too."""

from __future__ import annotations

import pytest

FOUND = [
    # ev-1263 (tune label: PROTEST demo, Zakkout -> the Israeli Consulate)
    "In July 2014, Zakkout organized a pro-Hamas rally held outside the Israeli Consulate in "
    "downtown Miami.",
    "Maria Lopez organized an anti-war rally outside the embassy.",
    "Last week, Ahmed Karimi staged an anti-government rally in the capital.",
    "Ms. Okafor organized a pro-democracy rally in front of the parliament building.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", FOUND)
def test_acled34_a_rally_for_or_against_a_cause_is_a_protest(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" in [e.type for e in code(text)]


# controls: a named person's rally with no cause is a campaign event (no PROTEST)
CAMPAIGN = [
    "Sanders held a rally at Pennsylvania State University in State College on Tuesday.",
    "Maria Lopez organized a rally in Ohio on Monday.",
    "Hillary Clinton held a rally in Iowa on Monday night.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", CAMPAIGN)
def test_acled34_a_persons_rally_without_a_cause_stays_a_campaign_event(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" not in [e.type for e in code(text)]


@pytest.mark.model
def test_acled34_a_group_rally_stays_a_protest(code) -> None:  # type: ignore[no-untyped-def]
    # control: a rally of a group was a protest before and stays one
    text = "Supporters of the opposition held a rally in the capital on Sunday."
    assert "PROTEST" in [e.type for e in code(text)]


@pytest.mark.model
def test_acled34_a_politicians_rally_against_an_opponent_stays_a_campaign_event(code) -> None:  # type: ignore[no-untyped-def]
    # control: a politician of the actor table holding a rally is a campaign event, whatever
    # the rally is against
    assert "PROTEST" not in [e.type for e in code("Sanders held an anti-Trump rally in Ohio.")]


@pytest.mark.model
def test_acled34_the_cause_of_a_rally_is_not_its_holder(code) -> None:  # type: ignore[no-untyped-def]
    # "a pro-Hamas rally" is not held by Hamas: the rally's source is whoever organized it
    # (the old code made "pro-Hamas" the source, coded as Hamas)
    text = (
        "In July 2014, he organized a pro-Hamas rally held outside the Israeli Consulate in "
        "downtown Miami."
    )
    protests = [e for e in code(text) if e.type == "PROTEST"]
    assert protests
    assert not any((a.code or "").startswith("PSE") for e in protests for a in e.sources)


@pytest.mark.model
def test_acled34_a_nationality_modifier_still_names_the_protesters(code) -> None:  # type: ignore[no-untyped-def]
    # control: a nationality before a protest noun is still its source
    protests = [
        e for e in code("Palestinian protests erupted in Gaza on Friday.") if e.type == "PROTEST"
    ]
    assert any((a.code or "").startswith("PSE") for e in protests for a in e.sources)
