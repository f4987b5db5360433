"""Event words in their everyday, campaign, sport and statistics senses
(``newsgraph.nlp.events._filters_speech``; issue 10, the hand audit of coded events on real
articles, fitted on its tune articles only). Each NO_EVENT sentence (a tune audit row, or
written like one) got an event from the coder before the filters (checked by hand, the coded
event in the comment); each VERBAL sentence got ASSAULT and is criticism (ACCUSE); each
CONTROL is the political reading the same filters must leave coded."""

from __future__ import annotations

import pytest

NO_EVENT = [
    # an abstract non-political object (was AGREE 'offered'; tune rows au-073, au-084)
    "Trump also claimed Clinton had helped Machado get U.S. citizenship, but offered no proof.",
    "He offered no proof that Clinton had a role in Machado's citizenship.",
    "The senator offered no evidence for the claim.",
    # making an appearance (was CONCEDE 'make')
    "The minister will make his first appearance before the committee on Monday.",
    # money raised for a campaign (was THREATEN 'raised'; tune row au-047)
    "He said he plans to put to good use the approximately $18 million he says he raised for "
    "his campaign and Republican partners on the day after Monday's debate.",
    # what someone carries (was AID 'armed'; tune row au-155)
    "Millington was the only officer armed with a Taser, and had only recently been trained in "
    "its use.",
    # a campaign rally as a venue (was PROTEST 'rally'; tune row au-027)
    'Trump tells his supporters at a Michigan rally to "go to your place and vote".',
    # goods promised to the voters (was AGREE; tune row au-086)
    'Trump is promising lower taxes and "jobs, jobs, jobs," in his outsider presidential bid.',
    "The Republican candidate promised more jobs and higher wages.",
    # a candidate's appeal to voters (was REQUEST 'appeal'; tune row au-059)
    "They may also illustrate the decline in newspapers' power to shape opinions and the "
    "strength of Trump's anti-establishment appeal.",
    "The mayor's broad appeal among suburban voters helped her win.",
    # sport: a league's discipline (was THREATEN 'fine'), a title defence (was SUPPORT, USA->CAN)
    "The NFL will fine Rudolph for his role in the brawl.",
    "The Americans defended their title against Canada.",
    # the press's routine (was REQUEST 'requests', REJECT 'ignored repeated requests')
    "Reporters' requests for comment went unanswered.",
    "The ministry ignored repeated requests for comment.",
    # aggregate violence with no actor (was ASSAULT; tune rows au-021, au-024)
    "In Chicago, they've had thousands of shootings, thousands since January 1st.",
    "Politifact then ruled that the statement is true, but they could not resist pointing out "
    "that every shooting did not result in a homicide.",
    # a poll answer (was REQUEST 'want')
    "A new poll shows most Americans want Congress to investigate the president.",
    "Most voters in the survey want the Senate to reject the treaty.",
    # a speech formula (was AGREE 'promise'; like tune rows au-141, au-146)
    '"We will find them, I promise you," the police chief told reporters.',
]

VERBAL = [
    # a message as the attacker's instrument (tune rows au-075, au-040: were ASSAULT)
    'Hillary Clinton is describing as "unhinged" a Donald Trump tweet attacking a former Miss '
    "Universe.",
    "Hillary Clinton says Donald Trump's flurry of late-night tweets targeting former Miss "
    'Universe Alicia Machado was "unhinged, even for him."',
    # an abstract object (were ASSAULT)
    "Trump attacked Clinton's record on trade.",
    "The senator attacked the president's plan in a speech on Monday.",
    "The opposition leader attacked the government's handling of the crisis.",
]

CONTROLS = [
    ("Protesters rallied outside parliament to demand the resignation of the prime minister.",
     "PROTEST"),
    ("Thousands attended a rally against the war in Baghdad.", "PROTEST"),
    ("Opposition supporters held a rally in the capital to demand early elections.", "PROTEST"),
    # a commitment to act on a nomination stays coded (AGREE, the coder's type for promises)
    ("The senator promised to block the nomination.", "AGREE"),
    ("The president promised aid to Ukraine.", "AGREE"),
    ("Russia offered to mediate between Armenia and Azerbaijan.", "AGREE"),
    ("The European Union offered Ukraine financial aid.", "AGREE"),
    ("The United States raised tariffs on Chinese steel.", "SANCTION"),
    ("Iran released two British sailors on Friday.", "RETREAT"),
    ("The rebels met the government's demands and laid down their arms.", "CONCEDE"),
    ("Germany armed the Kurdish fighters with anti-tank missiles.", "AID"),
    ("Gunmen armed with rifles attacked a police station in Kano.", "ASSAULT"),
    ("Police fired tear gas at protesters in thousands of clashes across the country.", "ASSAULT"),
    ("The army attacked rebel positions near the border.", "ASSAULT"),
    ("Rebels attacked an army base near Goma.", "ASSAULT"),
    ("Militants attacked the convoy with rockets.", "ASSAULT"),
    ("The United States asked Russia for an explanation of the troop build-up.", "REQUEST"),
]  # fmt: skip


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [(e.type, e.trigger.text) for e in code(text)] == []


@pytest.mark.parametrize("text", VERBAL)
def test_verbal_attack_is_accuse(code, text: str) -> None:  # type: ignore[no-untyped-def]
    types = [e.type for e in code(text)]
    assert "ACCUSE" in types and "ASSAULT" not in types


@pytest.mark.parametrize(("text", "etype"), CONTROLS)
def test_political_control_stays(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert etype in {e.type for e in code(text)}


# Events the text does not assert (issue 10, tune audit rows au-032, au-067, au-149, and the
# same classes written by hand): a negated subject ("Neither ... nor", "No soldiers",
# "Nobody"), what an ad, a theory, a rumour or a poll says, help given to the speaker by
# private people. Each got the event in the comment from the coder before (checked by hand).
NOT_ASSERTED = [
    # a negated subject (was ACCUSE 'charged'; tune row au-032; ASSAULT; ASSAULT; COERCE)
    "Neither Clinton nor her allies have been charged with any crime related to her use of a "
    "private email system as secretary of state.",
    "Neither the army nor the police attacked the protesters.",
    "No soldiers attacked the village, the army said.",
    "Nobody arrested the protesters.",
    # what an ad or a theory says, a rumour (was SUPPORT; tune row au-067; ASSAULT; COERCE)
    "The advertisement suggests that the mayor supports the governor.",
    "The senator promoted a conspiracy theory that the judge was murdered by the government.",
    "Rumours that the general had been arrested spread on Monday.",
]

# help to the speaker by private people (was AID 'helping' in the full pipeline, which codes
# the workers as LAB; tune row au-149); a public body's help stays
PERSONAL_HELP = [
    ('"The workers from the old plant are helping me," said Smith, who owns the bakery.', None),
    ('"The Red Cross is helping me," said Smith, who owns the bakery.', "AID"),
]

ASSERTED_CONTROLS = [
    ("Both Clinton and her aides have been charged with a crime.", "ACCUSE"),
    ("Two soldiers attacked the village, the army said.", "ASSAULT"),
    ("The senator said that the judge was murdered by the government.", "ASSAULT"),
    ("Reports that the general had been arrested spread on Monday.", "COERCE"),
    ('"Russia is helping me," Assad said.', "AID"),
]


@pytest.mark.parametrize("text", NOT_ASSERTED)
def test_not_asserted_is_no_event(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [(e.type, e.trigger.text) for e in code(text)] == []


@pytest.mark.parametrize(("text", "etype"), ASSERTED_CONTROLS)
def test_asserted_control_stays(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert etype in {e.type for e in code(text)}


@pytest.mark.parametrize(("text", "etype"), PERSONAL_HELP)
def test_personal_help(nlp, text: str, etype: str | None) -> None:  # type: ignore[no-untyped-def]
    types = {e.type for e in nlp(text)._.ng_events if not e.negated}
    assert (etype in types) if etype else "AID" not in types
