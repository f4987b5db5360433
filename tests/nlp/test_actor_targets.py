"""Targets of events whose own phrase names none (issue #10, item 3, both sides coded on real
news): whoever answers a nominal request, offer or threat, the subject of a claim's "that"
clause, "the group" for the organisation named before it, delegates and legislatures as
actors; and controls where no target may be invented (a thing is never a target)."""

from __future__ import annotations

import pytest

from tests.nlp._docs import coded_events, one_event

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "etype", "target", "code"),
    [
        # the answerer of a request is whom it was made to (the event is the administration's)
        (
            "Mexico accepted the Bush administration's request to open the border.",
            "REQUEST",
            "Mexico",
            "MEX",
        ),
        # "respond to" answers a threat: the threat was aimed at Mexico
        (
            "The minister said Mexico would respond to Mr. Trump's threats.",
            "THREATEN",
            "Mexico",
            "MEX",
        ),
    ],
)
def test_whoever_answers_a_nominal_request_or_threat_is_its_target(
    nlp, text: str, etype: str, target: str, code: str
) -> None:
    event = one_event(coded_events(nlp, text), etype)
    assert [(a.span.text, a.code) for a in event.targets] == [(target, code)]


def test_repeating_a_request_does_not_answer_it(nlp) -> None:
    # Mexico repeats the request; it is not whom the request was made to
    text = "Mexico repeated the Bush administration's request to open the border."
    request = one_event(coded_events(nlp, text), "REQUEST")
    assert [a.span.text for a in request.sources] == ["Bush administration"]
    assert all(a.span.text != "Mexico" for a in request.targets)


def test_the_subject_of_an_accusations_that_clause_is_its_target(nlp) -> None:
    text = "Trump's accusation that Obama and Clinton created the Islamic State angered Biden."
    accused = one_event(coded_events(nlp, text), "ACCUSE")
    assert [a.span.text for a in accused.sources] == ["Trump"]
    assert [(a.span.text, a.country) for a in accused.targets] == [
        ("Obama", "USA"),
        ("Clinton", "USA"),
    ]


def test_the_group_is_the_organisation_named_before_it(nlp) -> None:
    text = "The NRA said it will oppose Obama's plan. The group criticized Obama on Monday."
    events = coded_events(nlp, text)
    criticism = next(e for e in events if e.trigger.text == "criticized")
    assert [(a.span.text, a.code) for a in criticism.sources] == [("group", "USANGO")]


@pytest.mark.parametrize(
    "text",
    [
        # no organisation named before it: nothing to refer to
        "Activists met on Monday. The group criticized the mayor.",
        # "a group", "a civil rights group" introduce a group; they do not refer back
        "The NRA held a rally. A civil rights group criticized the mayor.",
    ],
)
def test_a_group_not_referring_back_takes_no_organisation(nlp, text: str) -> None:
    events = coded_events(nlp, text)
    criticism = next(e for e in events if e.trigger.text == "criticized")
    assert all(a.code is None or "NGO" not in a.code for a in criticism.sources)


def test_debate_moderators_are_journalists(nlp) -> None:
    text = "Trump said Democrats are trying to pressure the moderators."
    pressure = one_event(coded_events(nlp, text, "2016-09-20"), "REQUEST")
    assert [(a.span.text, a.sector) for a in pressure.targets] == [("moderators", "MED")]


def test_delegates_and_legislatures_are_actors(nlp) -> None:
    urged = one_event(coded_events(nlp, "Kasich urged delegates to back him."), "REQUEST")
    assert [(a.span.text, a.sector) for a in urged.targets] == [("delegates", "LEG")]
    text = "The governor asked the legislature for more money."
    asked = one_event(coded_events(nlp, text), "REQUEST")
    assert [(a.span.text, a.sector) for a in asked.targets] == [("legislature", "LEG")]


@pytest.mark.parametrize(
    "text",
    [
        # a thing is never a target: "the delegate system" is no one, nor is the bill
        "Trump blasted the convoluted delegate system.",
        "The senator voiced support for the bill.",
        # a statement with no addressee, a claim about a thing
        "Rubio said the deal was a mistake.",
        "Rubio dismissed the claim that the plan would fail.",
    ],
)
def test_no_target_is_invented(nlp, text: str) -> None:
    events = coded_events(nlp, text)
    assert events, text  # each sentence has its event, with a source
    assert all(not e.targets for e in events), [
        (e.type, [a.span.text for a in e.targets]) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the support goes to whoever accepts, welcomes or refuses to disavow it
        ("Clinton welcomed Sanders's endorsement.", "Sanders", "Clinton"),
        (
            "Ted Cruz refused to disavow Lindsey Graham's endorsement.",
            "Lindsey Graham's",
            "Ted Cruz",
        ),
        # and to the indirect object of the verb that gives it
        (
            "During the primaries, the Times gave Clinton a glowing endorsement.",
            "Times",
            "Clinton",
        ),
    ],
)
def test_support_goes_to_whom_it_is_given_or_who_takes_it(
    nlp, text: str, source: str, target: str
) -> None:
    events = coded_events(nlp, text, "2016-06-01")
    support = next(e for e in events if e.trigger.text == "endorsement")
    assert [a.span.text for a in support.sources] == [source]
    assert [a.span.text for a in support.targets] == [target]


def test_support_for_a_thing_is_not_given_to_who_welcomes_it(nlp) -> None:
    events = coded_events(nlp, "Clinton welcomed Ryan's support for the bill.", "2016-06-01")
    support = next(e for e in events if e.trigger.text == "support")
    assert [a.span.text for a in support.sources] == ["Ryan"]
    assert support.targets == []
    gave = coded_events(nlp, "The Senate gave the bill its support.", "2016-06-01")
    assert all(not e.targets for e in gave)


def test_the_two_men_are_the_two_officials_named_last(nlp) -> None:
    text = (
        "Donald Trump flew to Mexico City on Wednesday to see President Enrique Pena Nieto. "
        "The two men met for an hour."
    )
    met = one_event(coded_events(nlp, text, "2016-08-31"), "CONSULT")
    sides = sorted(a.code for a in [*met.sources, *met.targets])
    assert sides == ["MEXGOV", "USAPTY"]


def test_two_men_without_the_are_not_the_people_named_before(nlp) -> None:
    text = "Donald Trump spoke with Paul Ryan on Monday. Two men were later arrested at the hotel."
    arrest = one_event(coded_events(nlp, text, "2016-06-01"), "COERCE")
    assert all(a.sector not in ("PTY", "LEG") for a in arrest.targets)


def test_a_lone_surname_is_the_person_named_in_full_before(nlp) -> None:
    text = (
        '"Subpoenas are not optional," panel Chairman Rep. Jason Chaffetz (R-Utah) said on '
        "Thursday. Democrats criticized the vote. Chaffetz demanded that Pagliano answer the "
        "committee's questions."
    )
    # (was "Chaffetz insisted that he has different questions": insisting that something is
    # so is no REQUEST since polfp35; the test is about the lone surname, so a demand)
    demanded = one_event(coded_events(nlp, text, "2016-09-22"), "REQUEST")
    assert [(a.span.text, a.code) for a in demanded.sources] == [("Chaffetz", "USALEG")]


def test_it_is_never_a_person_named_by_a_surname(nlp) -> None:
    # "it" is the Russian government, not Schiff (who, coded by his surname, must not take it)
    text = (
        "Rep. Adam Schiff spoke on Thursday. Schiff told USA TODAY it is clear that the "
        "hacking can be traced to the Russian government or hackers sanctioned by it."
    )
    sanctioned = one_event(coded_events(nlp, text, "2016-09-22"), "SANCTION")
    assert all(a.sector != "LEG" for a in sanctioned.sources)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Trump criticized Muslims in France.", "FRACVL"),
        ("Trump criticized Muslims in Michigan.", "USACVL"),
    ],
)
def test_followers_of_a_faith_take_the_place_in_their_own_phrase(nlp, text: str, code: str) -> None:
    accused = one_event(coded_events(nlp, text, "2016-06-01"), "ACCUSE")
    assert [a.code for a in accused.targets] == [code]


def test_followers_of_a_faith_with_no_place_stay_uncoded(nlp) -> None:
    # the story's country is not theirs: "Muslims" alone is placed nowhere
    text = "Donald Trump spoke in Ohio on Monday. Trump criticized Muslims in a speech."
    accused = one_event(coded_events(nlp, text, "2016-06-01"), "ACCUSE")
    assert all(a.country is None for a in accused.targets)


@pytest.mark.parametrize(
    "text",
    [
        # "him" is not the clause's own subject, also through a relative pronoun or control
        # (a host pressing him on a topic is a question put, no REQUEST, since polfp39)
        "Donald Trump spoke in Houston. Then Hugh Hewitt, the host who had criticized him over "
        "his tax returns, spoke.",
        "Donald Trump spoke in Houston. It was Hugh Hewitt who urged him to release his tax "
        "returns.",
        "Donald Trump met voters. Mitt Romney called a press conference to criticize him.",
    ],
)
def test_an_object_him_is_the_person_before_not_the_clauses_subject(nlp, text: str) -> None:
    events = [e for e in coded_events(nlp, text, "2016-06-01") if e.type != "CONSULT"]
    assert len(events) == 1, events
    assert [(a.span.text, a.code) for a in events[0].targets] == [("him", "USAPTY")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Grove tweeted out Trump's praise of Boyle on Monday.", "Boyle"),
        ("Obama criticized Russia's backing of Assad.", "Assad"),
    ],
)
def test_the_of_object_of_an_owned_nominal_event_is_its_target(nlp, text: str, target: str) -> None:
    events = coded_events(nlp, text, "2016-06-01")
    support = one_event([e for e in events if e.trigger.text != "criticized"], "SUPPORT")
    assert [a.span.text for a in support.targets] == [target]


@pytest.mark.parametrize(
    ("text", "of_object"),
    [
        ("Obama welcomed Russia's backing of the peace plan.", "plan"),
        ("Merkel praised France's backing of the new sanctions.", "sanctions"),
        # (targets21's "Trump led the field with support of 31 percent of Republican voters"
        # left: a candidate's poll share is no SUPPORT event since polfp35, no event at all)
    ],
)
def test_an_of_object_that_is_a_thing_or_a_share_is_no_target(
    nlp, text: str, of_object: str
) -> None:
    events = coded_events(nlp, text, "2016-06-01")
    support = next(e for e in events if e.trigger.text in ("backing", "support"))
    assert support.sources
    assert not any(of_object in a.span.text for a in support.targets)


def test_majorities_stand_for_whom_they_count(nlp) -> None:
    text = (
        "Majorities of Democrats in five states say they would be satisfied with Clinton as "
        "the nominee."
    )
    satisfied = one_event(coded_events(nlp, text, "2016-04-26"), "SUPPORT")
    assert [(a.span.text, a.code) for a in satisfied.sources] == [("they", "USAPTY")]
