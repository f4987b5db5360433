"""Classes found on the real-news gold rows added by real30 (issue 10 items 1 and 4: ev-1030 to
ev-1124 and neg-1401 to neg-1494, labelled blind on 16 whole documents, mostly 2016 US
political news) and the older tune rows:

* criticism told by an idiom of pursuit or a jab ("Romney went after Trump on Wednesday over
  his refusal", tune ev-1061; "Trump went after Hillary Clinton for following Obama's
  refusal", tune ev-965; in PolNeAR tune texts "Sanders himself went after Clinton's
  environmental record", "Lewandowski went after him Wednesday morning", "Trump has routinely
  gone after Kelly"): ACCUSE ``disapprove`` (``_criticism_idioms``, pattern
  ``accuse.go_after``); going after a ball, a meal or a suspect (police) and a pursuit only
  announced ("vowed to go after") stay none. "The tweet was a not-so-subtle dig at Trump's
  statement" (tune ev-1066: a noun with no one acting) is left.
* declining a reporter's question ("declined a question about whether she would lead the
  Office", tune neg-1462, and in PolNeAR tune texts "declined to say whether it was a
  violation", "declined to directly respond to a question", "declined to discuss the
  candidate's latest attacks"): no REJECT, as "declined to comment" is none
  (``_press_refusals``); declining an invitation or a meeting, refusing a demand, refusing to
  say what one is asked to affirm stay REJECT.

* "demonstrate" in the sense of showing ("Trump has clearly demonstrated that he has both the
  guts and the fortitude", tune ev-1079, read as PROTEST; in PolNeAR tune texts "was sidelined
  after demonstrating that the economic stimulus package needed to be much larger", "had
  demonstrated a fondness for brutal leaders", "has demonstrated that those who rise up to
  criticize him do so at their own peril"): no PROTEST (``_demonstrated``); people who
  demonstrate outside, against or in a place, and protesters who demonstrate their anger,
  stay PROTEST.

Every sentence was written by hand for this file (modelled on the rows, never copied) and
labelled from its text. Old code: commit c4cd0f5."""

from __future__ import annotations

import pytest

from tests.nlp._docs import assert_found

GONE_AFTER = [
    "Christie went after Clinton on Sunday over her handling of the email inquiry.",
    "The governor has repeatedly gone after Sanders for his vote on the gun bill.",
    "Kasich went after Cruz's record on immigration at the debate.",
    # the one criticised is a coded actor, not a name
    "The senator went after the governor for his handling of the budget.",
]


@pytest.mark.parametrize("text", GONE_AFTER)
def test_real30_going_after_someone_is_criticism(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_found(code(text), "ACCUSE", "disapprove")


def test_real30_swipe_at_someone_stays(code) -> None:  # type: ignore[no-untyped-def]
    # found before (the lexicon's take_swipe): the control of the class
    assert_found(code("Clinton took a swipe at Trump's stance on trade."), "ACCUSE")


NOT_CRITICISM = [
    "The dog went after the ball in the park.",
    "The children went after lunch to the lake.",
    "Police went after the suspects in a high-speed chase.",
    "She vowed to go after companies that ship jobs overseas.",
    "Instead of chasing gangs, he goes after ordinary law-abiding citizens.",
]


@pytest.mark.parametrize("text", NOT_CRITICISM)
def test_real30_pursuits_are_no_criticism(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert not any(e.type == "ACCUSE" for e in events), [(e.type, e.rule) for e in events]


PRESS_REFUSALS = [
    "The spokesman declined to say whether the minister had been told.",
    "Walker declined to directly respond to a question about the donations.",
    "The campaign's manager declined to discuss the candidate's latest remarks.",
    "The mayor declined a question about whether she would run again.",
]


@pytest.mark.parametrize("text", PRESS_REFUSALS)
def test_real30_declining_a_question_is_no_rejection(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert not any(e.type == "REJECT" for e in events), [(e.type, e.rule) for e in events]


REFUSALS = [
    "North Korea declined to meet the American envoy.",
    "Iran declined to discuss the nuclear deal with the European envoys.",
    "The government declined the invitation to the peace talks.",
    "The president refused to allow inspectors into the country.",
    "Trump refused to say that Jerusalem should be the undivided capital of Israel.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_real30_refusals_stay(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_found(code(text), "REJECT")


SHOWN = [
    "The governor has demonstrated that he can work with the legislature.",
    "The senator demonstrated a remarkable talent for fundraising.",
    "The audit demonstrated how badly the agency had been run.",
]


@pytest.mark.parametrize("text", SHOWN)
def test_real30_demonstrating_a_fact_is_no_protest(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert not any(e.type == "PROTEST" for e in events), [(e.type, e.rule) for e in events]


DEMONSTRATIONS = [
    "Hundreds of students demonstrated outside the ministry on Monday.",
    "Thousands demonstrated against the new labour law in the capital.",
    "Protesters demonstrated their anger outside the embassy.",
]


@pytest.mark.parametrize("text", DEMONSTRATIONS)
def test_real30_demonstrations_stay_protests(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_found(code(text), "PROTEST", "demo")
