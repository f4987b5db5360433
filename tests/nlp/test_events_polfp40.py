"""polfp40 (issue 10 item 4): a person's own promise, support or news conference, and a
person disagreeing (:mod:`newsgraph.nlp.events._owned_stances`).

* a noun of a promise, a stance or a press event owned by a person, with its owner its only
  side ("his promise to build a wall", "her long support for the tax credit", "At his news
  conference"): no event; a state's or a body's pledge, support come to its owner, a promise
  to an actor, the verb ("promised to ...") and a joint news conference with someone stay;
* "disagree" by a person ("I disagree with that", "many economists disagree"): no REJECT;
  governments disagreeing ("Dublin and London disagreed over the border") stay.

Sentences are hand-written (none copied from the data); expected values were written by hand
before the coder ran."""

from __future__ import annotations

import pytest

# --- owned nouns: no event ------------------------------------------------------------------

OWNED = [
    ("Senator Walsh repeated his promise to cut taxes for small businesses.", "promise"),
    ("Mr. Hadley's pledge to balance the budget won him applause in Des Moines.", "pledge"),
    ("Voters remember her long support for the ethanol subsidy.", "support"),
    ("Governor Baker explained his support for legal sports betting at a town hall.", "support"),
    ("Although she lost Iowa, her Republican support remains strong in the South.", "support"),
    ("At his news conference in Ohio on Monday, the senator took questions.", "conference"),
    ("The mayor said at a news conference on Friday that the budget was balanced.", "conference"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "noun"), OWNED)
def test_polfp40_owned_noun_is_no_event(code, text: str, noun: str) -> None:  # type: ignore[no-untyped-def]
    assert noun not in [e.trigger.text for e in code(text)]


# controls: a state's pledge and support, support come to someone or given at a time, the
# verb of promising (a joint news conference with another leader below); a first row
# ("Germany's support for the Ukrainian army grew") was no event before polfp40 either and was
# replaced; the casino-bill row was first labelled no event and moved here when
# ``test_actor_targets`` showed support for a bill (a measure put to a vote) coded as an event
KEPT = [
    ("Japan's pledge to send two hundred engineers to South Sudan was welcomed in Juba.", "pledge"),
    ("The Japanese government's support for the sanctions was announced on Monday.", "support"),
    ("Berlin's support for the Kurdish fighters angered Ankara.", "support"),
    ("Several senators came to Walsh's support after the attack on his record.", "support"),
    ("Governor Baker explained his support for the casino bill at a town hall.", "support"),
    (
        "The governor weighed in with his support on Monday, a day after the mayor unveiled "
        "the plan.",
        "support",
    ),
    ("The president promised Kenya two new patrol boats for its coast guard.", "promised"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger"), KEPT)
def test_polfp40_kept_events(code, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert any(trigger in e.trigger.text for e in code(text))


def test_polfp40_joint_news_conference_with_a_leader_stays(code) -> None:  # type: ignore[no-untyped-def]
    text = "Merkel held a joint news conference with President Macron in Paris on Tuesday."
    assert "CONSULT" in [e.type for e in code(text)]


# --- disagree ------------------------------------------------------------------------------


def _disagreeing(events):  # type: ignore[no-untyped-def]
    return [e for e in events if e.trigger.text.lower().startswith("disagree")]


OPINIONS = [
    "I strongly disagree with that argument, the senator told reporters.",
    "Many economists disagree with the governor's estimate of the cost.",
    "Mr. Hadley only rarely disagreed with the party's nominee during the debate.",
    "Some lawmakers disagree over how large the cut should be.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", OPINIONS)
def test_polfp40_a_person_disagreeing_is_no_reject(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _disagreeing(code(text))


DISPUTES = [
    "Dublin and London disagreed over the border arrangements after the vote.",
    "Athens and Ankara disagree over the drilling rights near Cyprus.",
    "The Indian government disagreed with Beijing over the new map.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", DISPUTES)
def test_polfp40_governments_disagreeing_is_a_reject(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in _disagreeing(code(text))] == ["REJECT"]
