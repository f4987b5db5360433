"""polfp38 (issue 10 items 3 and 4): false events on real political news, third sample.

A new hand-judged sample of 150 events coded on the PolNeAR train texts of the actors eval's
tune part (seed 38, ``docs/experiments/events/polfp38_sample.tsv``) found campaign-trail uses
of event verbs. Four classes a coder can tell from the text are fixed here
(:mod:`newsgraph.nlp.events._campaign_trail`):

* a *question* put by a person is no REQUEST ("the anchor asked whether ...", '"...?" he
  asked.', "asked her a question"); a request to act, a body's inquiry and an official asking
  a body stay REQUEST;
* a candidate's *appeal* to an electorate, or appeal as attractiveness, is no REQUEST; an
  appeal to act, for something, or to a court stays;
* a *citizen's ballot* for or against a candidate is no SUPPORT or REJECT; a legislator's
  vote on a bill stays;
* being *assured* of an outcome, or assuring someone of a fact, is no AGREE; assuring someone
  that one will act, or guaranteeing someone something, stays;
* *talking with the press*, or a news outlet talking with someone, is no CONSULT; a meeting
  between sides stays, whoever reports it;
* a candidate *leaving the race* ("suspended his campaign", "dropped her bid") is no CONCEDE;
  an armed campaign suspended stays.

Sentences are hand-written (none copied from the data); expected values were written by hand
before the coder ran; the controls keep their old result."""

from __future__ import annotations

import pytest

# --- a question put ---------------------------------------------------------------------------

QUESTIONS = [
    "The anchor asked whether the senator would endorse the nominee before the convention.",
    "During the interview, Hewitt asked the governor about his remarks on the border wall.",
    "Asked what he thought of the debate, the mayor said it had been a circus.",
    "The moderator asked him a question about his tax returns.",
    "She said she answered every question she was asked by the committee members.",
    "Who will pay for the wall is a question voters are starting to ask.",
    '"Why would anyone trust him with the codes?" asked Sen. Jane Miller of Ohio.',
    'He paused. "Is this what we want for our children?" the candidate asked.',
    "A reporter asked the candidate whether he regretted the attack on the judge.",
    '"What does that even mean?" Mr. Smith asked, repeating a claim that the senator had '
    "voted for the war.",
    "Asked whether sitting out the race had been hard for the vice president, his former "
    "chief of staff said it had.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", QUESTIONS)
def test_polfp38_a_question_put_is_no_request(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" not in [e.type for e in code(text)]


# controls: asking someone to act or for something, a body's inquiry, an official asking a body
REQUESTS = [
    "The majority leader asked the nominee to condemn the violence at his rallies.",
    "Kenya asked the United Nations for emergency food aid on Monday.",
    "The committee asked whether Russia had supplied the missiles to the rebels.",
    "Senator Grassley asked the Justice Department whether it had opened an investigation.",
    "The mayor asked residents to stay indoors during the curfew.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", REQUESTS)
def test_polfp38_a_request_stays_request(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" in [e.type for e in code(text)]


# --- a candidate's pull with voters -------------------------------------------------------------

PULL = [
    "The senator is trying to close the gap by appealing to suburban women in Ohio.",
    "Her appeal to working-class white voters surprised the party's strategists.",
    "The governor's appeal rests on his record of balancing the state budget.",
    "A third-party candidate may hold particular appeal for disaffected Republicans.",
    "The campaign will appeal to its base with the same arguments it used in the primary.",
    "The nominee offered a hopeful and appealing vision of the country's future.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", PULL)
def test_polfp38_a_candidates_pull_is_no_request(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" not in [e.type for e in code(text)]


# controls: an appeal that asks something of someone, and a court appeal
APPEALS = [
    "The Pope appealed to both sides to stop the fighting in Aleppo.",
    "The Red Cross appealed to donors for $50 million to feed refugees in Yemen.",
    "The opposition appealed to the African Union to intervene in the crisis.",
    "Lawyers for the journalists said they would appeal the verdict.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", APPEALS)
def test_polfp38_an_appeal_that_asks_stays_request(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" in [e.type for e in code(text)]


# --- a citizen's ballot -------------------------------------------------------------------------

BALLOTS = [
    "Martha Klein, a retired nurse who voted for Obama twice, said she is undecided.",
    "Ohio resident Tom Baker said he voted for Trump in the March primary.",
    "Many Iowa farmers voted for the Republican nominee in 2012.",
    "There are plenty of people in this county voting against Clinton this year.",
    "Millions of voters voted for Trump in the primaries.",
    "If he brings the jobs back, then I'll vote for him.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", BALLOTS)
def test_polfp38_a_citizens_ballot_is_no_event(code, text: str) -> None:  # type: ignore[no-untyped-def]
    types = [e.type for e in code(text)]
    assert "SUPPORT" not in types and "REJECT" not in types and "AGREE" not in types


# controls: a legislator's vote, a party's vote
VOTES = [
    ("In 2010, the senator voted against a measure to extend the tax cuts.", "REJECT"),
    ("Forty Republican lawmakers voted for the bill on Thursday.", "SUPPORT"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "kind"), VOTES)
def test_polfp38_a_legislators_vote_stays(code, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert kind in [e.type for e in code(text)]


# --- leaving a race -------------------------------------------------------------------------------

RACE_LEFT = [
    "The Texas senator suspended his campaign after losing the Indiana primary.",
    "Fiorina, who dropped her own presidential bid in February, spoke at the rally.",
    "The former governor suspended his presidential campaign on Monday night.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", RACE_LEFT)
def test_polfp38_leaving_a_race_is_no_concession(code, text: str) -> None:  # type: ignore[no-untyped-def]
    types = [e.type for e in code(text)]
    assert "CONCEDE" not in types and "RETREAT" not in types


# control: an armed campaign suspended
def test_polfp38_an_armed_campaign_suspended_stays(code) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels suspended their bombing campaign in the capital on Monday."
    assert {"CONCEDE", "RETREAT"} & {e.type for e in code(text)}


# --- assured of an outcome, or of a fact ----------------------------------------------------------

ASSURED = [
    "With 90 delegates at stake, the senator is assured of winning at least half of them.",
    "The governor is virtually guaranteed to lose the primary in his own state.",
    "The candidate assured the crowd that his hands are perfectly normal.",
    "The minister assured parliament that the army had not used chemical weapons.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", ASSURED)
def test_polfp38_assured_of_an_outcome_or_a_fact_is_no_agree(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "AGREE" not in [e.type for e in code(text)]


# controls: a commitment to act
COMMITMENTS = [
    "Turkey assured Washington that its troops would withdraw from the town by Friday.",
    "The government guaranteed the rebels safe passage out of the city.",
    "The envoy assured the council that the president understood its concerns and that his "
    "government would open talks with the opposition.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", COMMITMENTS)
def test_polfp38_a_commitment_stays_agree(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "AGREE" in [e.type for e in code(text)]


# --- talking with the press -----------------------------------------------------------------------

PRESS = [
    "Two former aides who spoke with The Washington Post said the campaign was in disarray.",
    "The minister discussed the sanctions during a meeting on Friday with reporters in Geneva.",
    "The governor spoke with journalists outside the statehouse after the vote.",
    "The New York Times spoke with the former ambassador about the nuclear deal last week.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", PRESS)
def test_polfp38_talking_with_the_press_is_no_consult(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CONSULT" not in [e.type for e in code(text)]


# controls: a meeting between sides, also when a news outlet is told of it
MEETINGS = [
    'The chairman told Fox News: "The senator and the governor are meeting next week."',
    "The minister spoke with his Iranian counterpart by telephone on Sunday.",
    "Obama met with Putin in Paris on Monday.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", MEETINGS)
def test_polfp38_a_meeting_between_sides_stays_consult(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CONSULT" in [e.type for e in code(text)]
