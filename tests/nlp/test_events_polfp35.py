"""polfp35 (issue 10 items 3 and 4): false events on real political news.

A hand-judged sample of 150 events coded on the PolNeAR train texts of the actors eval's tune
part found 50 with no political event in their sentence. Two classes a coder can tell from the
text are fixed here:

* a candidate's *following* is no act of support: "support" as the share of voters or
  respondents behind a candidate ("the support of 31 percent of Republican voters", "38 percent
  support", "Trump's support holding steady", "lingering Sanders support", "sapping her
  support", "lacks bipartisan support") names no one supporting anyone;
* a *threat* that is a danger is no threat made: "poses a threat to", "is a threat to", "face
  the threat from", "under threat", "sees him as a real threat" (THREATEN needs an actor
  threatening to do something).

Expected values were written by hand before the coder ran; the controls (the same words in a
real event) must keep their old result."""

from __future__ import annotations

import pytest

# --- a candidate's following -----------------------------------------------------------------

FOLLOWING = [
    "The latest poll showed the governor leading the field with the support of 34 percent of "
    "likely voters.",
    "Among Democrats, Warren wins with 41 percent support, ahead of Harris at 22 percent.",
    "The senator's support among evangelical voters has held steady since the debate.",
    "A new survey found that Johnson's support has fallen to 12 percent.",
    "The mayor is losing support to his rival in the suburbs.",
    "Her scandals are sapping her support in the Rust Belt states.",
    "The congressman drew the support of nearly four in 10 Republicans in the state, the poll "
    "found.",
    "Trump support remains strong in rural counties, the pollster said.",
    "The sanctions bill lacks bipartisan support in the Senate.",
    "Latino support for the Republican nominee dropped to a record low.",
    "The counties north of the city formed the backbone of her support in the primary.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", FOLLOWING)
def test_polfp35_a_candidates_following_is_no_support_event(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "SUPPORT" not in [e.type for e in code(text)]


# controls: support given, announced or drawn from a named person is an act (SUPPORT)
SUPPORT_GIVEN = [
    "Senator Graham came out in support of Cruz on Friday.",
    "Rubio announced his support for Trump last month.",
    # tune gold ev-868 (SUPPORT): drawn from a named governor, not from a share of voters
    "Their cause has drawn the support of Republican Governor Chris Sununu and New Hampshire's "
    "all-Democratic congressional delegation.",
    "Carly Fiorina threw her support behind Sen. Ted Cruz on Wednesday.",
    "The superdelegates declared their support for Clinton on Monday night.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", SUPPORT_GIVEN)
def test_polfp35_support_given_stays_support(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "SUPPORT" in [e.type for e in code(text)]


# --- a threat that is a danger ---------------------------------------------------------------

DANGER = [
    "Iran's missile program poses a grave threat to the region, the minister said.",
    "The general said North Korea is a direct threat to Japan.",
    "We continue to face the threat from militant groups along the border.",
    "Officials described the gang as a serious threat to public safety.",
    "The senator called climate change the greatest threat to national security.",
    "Journalists in the province work under constant threat.",
    "Analysts see the militia as the main threat to the ceasefire.",
    "The president vowed to counter the terrorist threat from the Islamic State.",
    "The cooperation resulted in returning this man, who is a threat to public safety.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", DANGER)
def test_polfp35_a_danger_is_no_threat_made(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "THREATEN" not in [e.type for e in code(text)]


# controls: a threat someone makes, repeats or issues stays THREATEN
THREAT_MADE = [
    "Russia issued a threat to cut gas supplies to Ukraine.",
    "The rebels made threats against the election monitors in the north.",
    "The envoy repeated Washington's threat of sanctions against Pyongyang.",
    "A threat to close the Strait of Hormuz was issued by the commander of Iran's "
    "Revolutionary Guards.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", THREAT_MADE)
def test_polfp35_a_threat_made_stays_threaten(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "THREATEN" in [e.type for e in code(text)]


# --- "insist" that something is so -----------------------------------------------------------

ASSERTED = [
    "Democrats insist the political tide is turning their way.",
    "The minister insisted that the economy was recovering despite the strike.",
    "Party officials insist that turnout will exceed expectations in November.",
    "The governor insists he is focused on the budget, not on a presidential run.",
    "Police insisted they were prepared for the crowds expected at the convention.",
    "She insisted that all of her public statements had been consistent.",
    "Many of his supporters insist there was fraud in the primary.",
    "The spokesman insisted that staff departures would be few.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", ASSERTED)
def test_polfp35_insisting_that_something_is_so_is_no_request(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" not in [e.type for e in code(text)]


# controls: insisting that someone do something, or on something, is a demand (REQUEST)
DEMANDED = [
    "Democratic leaders insisted that any package include a delay of the tax.",
    "The United States insisted that Beijing let its currency rise.",
    "European governments will insist on stricter passport checks at their borders.",
    "The opposition insisted that the president must resign.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", DEMANDED)
def test_polfp35_insisting_on_an_act_stays_a_request(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" in [e.type for e in code(text)]


@pytest.mark.model
def test_polfp35_insisting_it_had_not_stays_a_denial(code) -> None:  # type: ignore[no-untyped-def]
    # control (types25's denials): "insisted that ... had not" is REJECT
    text = "The Israeli military insisted that it had not targeted the hospital."
    assert "REJECT" in [e.type for e in code(text)]


# --- "recognize" of knowing or noticing ----------------------------------------------------

NOTICED = [
    "The governor recognizes that angry voters have valid reasons to be frustrated.",
    "The commission recognized that a suitable court should settle the matter.",
    "The administration obviously recognizes that this issue could get out of control.",
    "The senator recognized how absurd the proposal was.",
    "Mr. Trump recognized the need to reshape his campaign.",
    "Both parties belatedly recognize the anxiety of blue-collar workers.",
    "No other passenger recognized the cabinet minister on the flight.",
    "Recognizing this, the senator joined Democrats in writing an immigration bill.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NOTICED)
def test_polfp35_recognizing_a_fact_is_no_recognition(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "SUPPORT" not in [e.type for e in code(text)]


# controls: diplomatic recognition of a state, a government, a genocide or a person as
# something stays SUPPORT
RECOGNIZED = [
    "Sweden on Thursday formally recognised the State of Palestine.",
    "Brazil formally recognized the new government in Kabul on Wednesday.",
    "Argentina recognized Kosovo's independence in 2008.",
    "The party recognizes him as the presumptive nominee.",
    "The parliament voted to recognize the Armenian genocide.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", RECOGNIZED)
def test_polfp35_diplomatic_recognition_stays_support(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "SUPPORT" in [e.type for e in code(text)]


@pytest.mark.model
def test_polfp35_insisting_there_was_none_stays_a_denial(code) -> None:  # type: ignore[no-untyped-def]
    # control (types25's denials): "insisted there had been no ..." is REJECT
    text = "The army insisted that there had been no shots fired at the protesters."
    assert "REJECT" in [e.type for e in code(text)]
