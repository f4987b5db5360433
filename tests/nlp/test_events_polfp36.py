"""polfp36 (issue 10 items 3 and 4): false events on real political news, second sample.

A new hand-judged sample of 150 events coded on the PolNeAR train texts of the actors eval's
tune part (seed 36) found verbs stretched past their event sense. Two classes a coder can tell
from the text are fixed here (:mod:`newsgraph.nlp.events._stretched_senses`):

* *offering* words, a view or a glimpse is no AGREE: "offered her positive reviews",
  "offered their thoughts and prayers", "offered no specifics", "the email dump offered a
  window into"; an offer to act or of a deal stays AGREE;
* *talking about* a topic with no partner is no CONSULT: "I talked about Israel", "People are
  talking about a brokered convention", "launched his campaign by talking about the wall"; two
  sides talking, or a talk with or to someone, stays CONSULT.

Sentences are hand-written (none copied from the data); expected values were written by hand
before the coder ran; the controls (the same verbs in a real event) keep their old result."""

from __future__ import annotations

import pytest

# --- offering words, a view or a glimpse ------------------------------------------------------

OFFERED_WORDS = [
    "The senator offered a blistering assessment of the administration's Iran policy on Sunday.",
    "The governor offered his thoughts and prayers to the families of the victims.",
    "Asked about the vote, the candidate offered no specifics about how he would pay for the plan.",
    "The prime minister offered a spirited defense of the budget in parliament.",
    "The former ambassador offered a grim prediction about the peace talks.",
    "The leaked memo offers a rare glimpse into the campaign's strategy.",
    "In her speech, the chancellor offered few details of the new refugee policy.",
    "The spokesman offered a brief explanation of the delay to reporters.",
    "The rally offered a sharp contrast with the president's visit to the flood zone.",
    "Obama offered the graduates some advice about public service.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", OFFERED_WORDS)
def test_polfp36_offering_words_is_no_agree(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "AGREE" not in [e.type for e in code(text)]


# controls: an offer to act, or of a deal, a truce or an amnesty, is an offer (AGREE)
OFFERED_ACTS = [
    "Norway offered to mediate between the government and the rebels.",
    "The rebels offered a ceasefire to the government on Friday.",
    "The government offered an amnesty to fighters who lay down their arms.",
    "Egypt offered on Sunday to help Sudan build a new dam on the Nile.",
    "Iran offered a prisoner swap to the United States.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", OFFERED_ACTS)
def test_polfp36_an_offer_to_act_stays_agree(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "AGREE" in [e.type for e in code(text)]


# --- talking about a topic with no one --------------------------------------------------------

TOPIC_TALK = [
    "The candidate launched his campaign by talking about immigration and trade.",
    "Voters in the town are talking about the closure of the steel mill.",
    "People across the country are talking about the governor's surprise resignation.",
    "Many Americans talk about leaving the country if he wins.",
    "He is talking about tearing up our trade deals with Mexico.",
    "The governor keeps talking about Russia, one of his aides complained.",
    "Supporters of the mayor talked about his record on crime.",
    "Residents talked about the flooding for weeks after the storm.",
    "Retired miners gathered at the union hall to talk about their lost pensions.",
    "Nobody in Washington is talking about the deficit anymore.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", TOPIC_TALK)
def test_polfp36_talking_about_a_topic_is_no_consult(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CONSULT" not in [e.type for e in code(text)]


# controls: two sides talking, or a talk with or to someone, is a meeting (CONSULT)
TALKS_HELD = [
    "Putin and Erdogan talked about the Syrian war by telephone on Tuesday.",
    "The foreign minister talked with his Iranian counterpart about the nuclear deal.",
    "Obama talked to Merkel about the refugee crisis on Monday.",
    "The two leaders talked about trade during a dinner in Beijing.",
    "The mayor met with the governor on Thursday to talk about the flood.",
    "The rebels and the government started to talk about a ceasefire in Geneva.",
    "They began to talk about a prisoner exchange after the fighting stopped.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", TALKS_HELD)
def test_polfp36_two_sides_talking_stays_consult(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CONSULT" in [e.type for e in code(text)]


# --- a feeling about one's own act -------------------------------------------------------------

FEELING_TO_ACT = [
    "The mayor said she would be happy to meet the protesters next week.",
    "The minister was pleased to announce the opening of the new bridge.",
    "Opposition leaders were all too happy to seize on the scandal.",
    "The ambassador said he was delighted to be back in Cairo.",
    "Reporters were happy to hear the news of the prisoners' release.",
    "The committee chairman was pleased to welcome the delegates from Japan.",
    "The prime minister said he was happy to take questions from the press.",
    "The rebel commander was delighted to show the journalists his new weapons.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", FEELING_TO_ACT)
def test_polfp36_a_feeling_about_ones_own_act_is_no_support(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "SUPPORT" not in [e.type for e in code(text)]


# controls: approval of someone or something stays SUPPORT
APPROVAL = [
    "The president was pleased with the agreement reached by the two countries.",
    "Germany is happy with the outcome of the talks, the chancellor said.",
    "The minister was delighted by the court's ruling on the treaty.",
    "The prime minister was impressed by Japan's offer of aid.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", APPROVAL)
def test_polfp36_approval_of_something_stays_support(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "SUPPORT" in [e.type for e in code(text)]
