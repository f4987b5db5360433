"""The main event of a sentence (over background events in time clauses, participle and
purpose clauses, participants' descriptions and what a conviction or regret is about), agents
that cannot act, agreed concessions and "seized on".

Every sentence here was written by hand for this file (none is a gold row) and each of the
changed expectations failed on the coder before its rule (checked by running the coder with
the rule switched off)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsgraph.nlp.events.component import _named_side

# (sentence, the exact set of types coded)
MAIN = [
    # a time clause is the setting of the main clause's event (old: + ASSAULT)
    ("Thousands of people protested in the capital after police killed a student.", {"PROTEST"}),
    # a trailing participle says how the main event happened (old: + REQUEST)
    ("Hundreds of farmers marched to parliament, demanding higher grain prices.", {"PROTEST"}),
    # the purpose clause of such a participle (old: + ACCUSE)
    (
        "Kenyan detectives worked with the FBI, using its laboratories to investigate the bombing.",
        {"COOPERATE"},
    ),
    # a gerund naming what a conviction or a regret is about (old: + ASSAULT, + ACCUSE)
    ("A jury convicted the former soldier of kidnapping two girls.", {"SANCTION"}),
    ("The minister regretted calling the protesters terrorists.", {"CONCEDE"}),
    # a nominal event inside the object of a setting gerund (old: + ACCUSE)
    ("The senator resigned after enduring months of criticism from his party.", {"RETREAT"}),
    # agreeing to let something happen is a concession (old: AGREE)
    ("The junta agreed to release the detained journalists.", {"CONCEDE"}),
    # announcing an agreement, holding out the prospect of aid (old: nothing, AID)
    ("The two leaders announced a ceasefire agreement on Sunday.", {"AGREE"}),
    ("The minister held out the prospect of new loans to Ukraine.", {"AGREE"}),
    # what stays: a relative clause's event alone, an attack by arms with no person named
    ("Shots were fired at the patrol, killing two soldiers.", {"ASSAULT"}),
    ("Police seized the weapons at the border.", {"COERCE"}),
    ("Rebels shelled the town before troops stormed it.", {"ASSAULT"}),
]

# no political event (old: ASSAULT, AGREE, COERCE, COERCE)
NO_EVENT = [
    "Tragedy struck the village school last year.",
    "The clinic will offer free vaccinations to children.",
    "Critics seized on the remark.",
    "The drummer seized on the rhythm and the band followed.",
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "types"), MAIN)
def test_the_main_event_of_a_sentence(code, text: str, types: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert {e.type for e in code(text)} == types


@pytest.mark.model
@pytest.mark.parametrize("text", NO_EVENT)
def test_no_agent_and_idioms_are_no_events(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in code(text)] == []


@pytest.mark.model
def test_seizing_on_a_scandal_to_demand_is_the_demand(code) -> None:  # type: ignore[no-untyped-def]
    # old: COERCE (the seizing)
    text = "The opposition seized on the scandal to demand new elections."
    assert [e.type for e in code(text)] == ["REQUEST"]


def test_a_proposed_event_needs_a_coded_or_named_side() -> None:
    def actor(code: str | None, entity: str | None) -> SimpleNamespace:
        return SimpleNamespace(code=code, entity=entity)

    pronoun_only = SimpleNamespace(sources=[actor(None, None)], targets=[])
    assert not _named_side(pronoun_only)  # type: ignore[arg-type]
    coded = SimpleNamespace(sources=[actor(None, None)], targets=[actor("USAGOV", None)])
    assert _named_side(coded)  # type: ignore[arg-type]
    named = SimpleNamespace(sources=[actor(None, "entity-1")], targets=[])
    assert _named_side(named)  # type: ignore[arg-type]
