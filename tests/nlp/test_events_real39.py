"""real39 (issue 10 item 1): classes found on the tune half of the real39 blind batch.

* Retorts told with a verb of shooting or striking back are criticism, ACCUSE ``disapprove``
  (:mod:`newsgraph.nlp.events._retorts`); troops and police firing back with guns stay ASSAULT.
* People captured by the police are arrested, COERCE ``arrest``
  (:mod:`newsgraph.nlp.events._captures`); things a camera captures are no event, fighters
  captured stay ASSAULT ``abduct`` and towns COERCE ``seize``.
* A person pulled to the ground is beaten, ASSAULT ``beat`` (the lexicon's acled36 class of
  people forced to the ground, one more verb); a thing pulled down is no event.
* One's own act called a mistake in what one says or believes is a concession, CONCEDE
  (:mod:`newsgraph.nlp.events._own_mistakes`); another's act called a mistake stays the speech
  verdict (ACCUSE), and the writer's own verdict is no event.
* Comparing someone to Hitler, the Nazis or a dictator is a condemnation, ACCUSE
  ``disapprove`` (:mod:`newsgraph.nlp.events._villain_comparisons`); other comparisons are no
  event.

Every sentence is written by hand for this file (none is a gold row); expected values were
written before the coder ran on them.
"""

from __future__ import annotations

import pytest

RETORTS = [
    "Senator Warren fired back at Governor Baker over the tax plan.",
    "The mayor shot back in a statement that the council had ignored the audit.",
    "Governor Lee lashed back at his critics on Thursday.",
    "“That is simply false,” the foreign minister shot back.",
    "The candidate punched back at the newspaper's editorial board.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", RETORTS)
def test_real39_a_retort_is_criticism(code, text: str) -> None:  # type: ignore[no-untyped-def]
    types = [e.type for e in code(text)]
    assert "ACCUSE" in types, types
    assert "ASSAULT" not in types, types


@pytest.mark.model
def test_real39_the_retort_names_its_target(code) -> None:  # type: ignore[no-untyped-def]
    (event,) = [e for e in code(RETORTS[0]) if e.type == "ACCUSE"]
    assert event.mode == "disapprove"
    assert any("Warren" in a.span.text for a in event.sources)
    assert any("Baker" in a.span.text for a in event.targets)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers fired back at the gunmen, killing three of them.",
        "When the attackers opened fire on the checkpoint, the guards shot back.",
        "Troops fired back with heavy machine guns.",
    ],
)
def test_real39_gunfire_back_stays_an_assault(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert any(e.type == "ASSAULT" and e.mode == "firearms" for e in events), events
    assert not any(e.type == "ACCUSE" for e in events)


@pytest.mark.model
def test_real39_a_bare_fire_back_by_a_titled_doer_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    # neither words nor shots are told: no event, as before the retort patterns
    assert code("Hours later, the police fired back.") == []


@pytest.mark.model
def test_real39_an_armed_doer_retorting_to_an_official_is_criticism(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The police chief fired back at the mayor over the budget cuts.")
    assert [e.type for e in events] == ["ACCUSE"]


@pytest.mark.model
def test_real39_prices_shooting_back_up_are_no_event(code) -> None:  # type: ignore[no-untyped-def]
    assert code("Petrol prices shot back up in March after a quiet winter.") == []


@pytest.mark.model
def test_real39_shot_in_the_back_is_no_retort(code) -> None:  # type: ignore[no-untyped-def]
    events = code("A local man was shot in the back as he ran from the gunmen.")
    assert any(e.type == "ASSAULT" and e.mode == "firearms" for e in events), events
    assert not any(e.type == "ACCUSE" for e in events)


CAPTURES = [
    "The escaped prisoner was captured on Sunday near a truck stop.",
    "Deputies captured the robbery suspect after a two-hour search.",
    "A woman wanted for fraud was captured in Tulsa on Monday.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", CAPTURES)
def test_real39_a_person_captured_is_arrested(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert any(e.type == "COERCE" and e.mode == "arrest" for e in events), events


@pytest.mark.model
def test_real39_the_captors_are_the_source(code) -> None:  # type: ignore[no-untyped-def]
    (event,) = [e for e in code(CAPTURES[1]) if e.type == "COERCE"]
    assert [a.span.text for a in event.sources] == ["Deputies"]
    assert any("suspect" in a.span.text for a in event.targets)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The security camera captured the whole scene.",
        "The documentary captured the mood of the campaign.",
        "Thousands of old messages were captured in the archive system.",
    ],
)
def test_real39_things_captured_are_no_event(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        ("Rebels captured two soldiers near the border.", "ASSAULT", "abduct"),
        ("The army captured the town after heavy fighting.", "COERCE", "seize"),
    ],
)
def test_real39_fighters_and_towns_captured_keep_their_type(  # type: ignore[no-untyped-def]
    code, text: str, etype: str, mode: str
) -> None:
    events = code(text)
    assert any(e.type == etype and e.mode == mode for e in events), events
    assert not any(e.type == "COERCE" and e.mode == "arrest" for e in events)


COMPARISONS = [
    "The opposition leader compared the prime minister to Mussolini.",
    "Activists compared the new border policy to Nazi Germany.",
    "The senator compared the governor to a dictator in a fiery speech.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", COMPARISONS)
def test_real39_a_comparison_to_tyranny_is_criticism(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert any(e.type == "ACCUSE" and e.mode == "disapprove" for e in events), events


@pytest.mark.model
def test_real39_the_one_compared_is_the_target(code) -> None:  # type: ignore[no-untyped-def]
    (event,) = [e for e in code(COMPARISONS[0]) if e.type == "ACCUSE"]
    assert any("prime minister" in a.span.text for a in event.targets)
    assert any("opposition leader" in a.span.text for a in event.sources)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The critic compared the opera to a long summer afternoon.",
        "The study compared crime rates in Ohio and Texas.",
        "The coach compared the young striker to a veteran.",
    ],
)
def test_real39_other_comparisons_are_no_event(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(text) == []


@pytest.mark.model
def test_real39_a_person_pulled_to_the_ground_is_beaten(code) -> None:  # type: ignore[no-untyped-def]
    events = code("A masked man pulled the clerk to the floor and emptied the till.")
    assert any(e.type == "ASSAULT" and e.mode == "beat" for e in events), events


@pytest.mark.model
def test_real39_a_thing_pulled_to_the_ground_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The workers pulled the old fence to the ground.") == []


OWN_MISTAKES = [
    "The mayor told reporters that she believes her handling of the audit was a mistake.",
    "The minister said on Monday that his decision to skip the summit was a mistake.",
    "The governor acknowledged that what he said about the strike was a mistake.",
    "The senator said he realizes he erred in backing the bill.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", OWN_MISTAKES)
def test_real39_ones_own_mistake_is_a_concession(code, text: str) -> None:  # type: ignore[no-untyped-def]
    types = [e.type for e in code(text)]
    assert "CONCEDE" in types, types
    assert "ACCUSE" not in types, types


@pytest.mark.model
def test_real39_the_one_who_concedes_is_the_source(code) -> None:  # type: ignore[no-untyped-def]
    (event,) = [e for e in code(OWN_MISTAKES[1]) if e.type == "CONCEDE"]
    assert [a.span.text for a in event.sources] == ["minister"]


@pytest.mark.model
def test_real39_anothers_mistake_stays_criticism(code) -> None:  # type: ignore[no-untyped-def]
    types = [e.type for e in code("The senator said the governor's decision was a mistake.")]
    assert "ACCUSE" in types and "CONCEDE" not in types, types


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The coach clearly erred in picking the young goalkeeper.",
        "A spelling error delayed the annual report.",
        "The cook believes the recipe was a mistake.",
    ],
)
def test_real39_no_own_mistake_no_concession(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.type == "CONCEDE" for e in code(text))
