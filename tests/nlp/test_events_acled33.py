"""acled33 (issue 10 item 1): pushing someone to act is a request.

FOUND holds the blind tune gold row of the class (tests/data/events/gold.tsv, ev-1452: type and
target labelled before the coder ran) and sentences of the same construction written by hand
after PolNeAR train texts ("Sanders pushes Dems to reject ...", "has pushed Mayor Bill de Blasio
to abandon ..."); each made no REQUEST before this change. The controls must keep their old
result: a push with no infinitive of what to do is no request ("pushed her to the ground",
"pushed Clinton to the left"), and "push for" stays a request."""

from __future__ import annotations

import pytest

# (sentence, target country that must be among the REQUEST's targets, or None)
FOUND = [
    # ev-1452 (blind tune label: REQUEST, He -> China and India)
    (
        "He pushed China and India to control hydrofluorocarbons, potent greenhouse gases from "
        "material used in refrigeration and air conditioning.",
        "CHN",
    ),
    ("Sanders pushes Dems to reject Puerto Rico debt deal.", None),
    (
        "As chair of the city's parks committee, Levine has pushed Mayor Bill de Blasio to "
        "abandon city contracts with Trump.",
        None,
    ),
    ("The European Union pushed Turkey to release the jailed journalists.", "TUR"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "country"), FOUND)
def test_acled33_pushing_an_actor_to_act_is_a_request(code, text: str, country: str | None) -> None:  # type: ignore[no-untyped-def]
    requests = [e for e in code(text) if e.type == "REQUEST"]
    assert requests
    if country is not None:
        assert any((a.code or "").startswith(country) for e in requests for a in e.targets)


@pytest.mark.model
def test_acled33_the_pushed_act_is_no_event_of_its_own(code) -> None:  # type: ignore[no-untyped-def]
    # the Democrats have not rejected anything: the rejection is what they are pushed to do
    types = [e.type for e in code("Sanders pushes Dems to reject Puerto Rico debt deal.")]
    assert types == ["REQUEST"]


# controls: a push with no infinitive of what the pushed is to do asks no one to act
NO_REQUEST = [
    "The suspect pushed her to the ground, causing cuts to her knees and hands.",
    "His bold agenda has pushed Clinton to the left.",
    "She pushed the door open and walked in.",
    "Rising costs pushed the price of bread to a record high.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NO_REQUEST)
def test_acled33_a_push_without_an_infinitive_is_no_request(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" not in [e.type for e in code(text)]


@pytest.mark.model
def test_acled33_push_for_stays_a_request(code) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" in [e.type for e in code("Senators pushed for new sanctions on Iran.")]


# an agreement completed, secured, clinched or finalized by the verb's subject is AGREE: blind
# tune rows ev-1450 and ev-1481 (labelled AGREE before the coder ran) and the same verbs written
# by hand; each made no AGREE before this change
DEALS = [
    # ev-1450
    "Across the Atlantic, international climate negotiators completed an agreement that owed "
    "much of its success to the willingness of the U.S. president to take on both "
    "congressional Republicans and fossil-fuel-industry executives on an issue that "
    "consistently ranks among the lowest priorities for Americans.",
    # ev-1481
    "Obama has in the last year secured a landmark nuclear deal with Iran, reopened an embassy "
    "in Cuba, sealed a free-trade pact in the Asia-Pacific region and corralled the world into "
    "a climate change accord.",
    "Japan and Australia clinched a free trade deal after seven years of talks.",
    "The government secured a truce with the rebels in the east.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", DEALS)
def test_acled33_a_deal_made_is_an_agreement(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "AGREE" in [e.type for e in code(text)]


# controls: a deal told as background (passive, absolute participle), and the same verbs with
# no agreement as their object, stay without an AGREE
NO_DEAL = [
    "With the Iran deal finalized, the two sides have talked about moving on.",
    "The deal was finalized on Friday.",
    "The team clinched a playoff berth with a win over Boston.",
    "She completed the paperwork for her new house last week.",
    "Police secured the building after the alarm.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NO_DEAL)
def test_acled33_no_deal_made_is_no_agreement(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "AGREE" not in [e.type for e in code(text)]


# protesters told by where they are and whom they meet, as the verb's subject or agent: blind
# tune row ev-1478 (labelled PROTEST demo before the coder ran; was a CONSULT visit) and the same
# verbs written by hand
CROWDS = [
    # ev-1478
    "When Trump held rallies all over the southwest he was received by waves of anti-Trump "
    "protestors, some of whom carried Mexican flags.",
    "Demonstrators packed the square outside parliament.",
    "Protesters lined the route of the motorcade.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", CROWDS)
def test_acled33_a_crowd_of_protesters_is_a_protest(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("PROTEST", "demo") in [(e.type, e.mode) for e in code(text)]


# controls: protesters as what others act on, and crowds that are no protesters
NO_CROWD_PROTEST = [
    "Police surrounded the protesters outside the embassy.",
    "Officers filled two vans with protesters.",
    "Fans filled the stadium for the final.",
    "The minister received the ambassador at the palace.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NO_CROWD_PROTEST)
def test_acled33_protesters_acted_on_are_no_crowd_protest(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" not in [e.type for e in code(text)]


@pytest.mark.model
def test_acled33_an_event_pushed_stays_its_own_event(code) -> None:  # type: ignore[no-untyped-def]
    # what is pushed is no request's content: the talks stay (the "push" pattern made them its
    # content before _pushed.pushed_thing)
    text = (
        "Diplomats are pushing urgent peace talks between Georgian and South Ossetian officials "
        "to avert all-out war."
    )
    assert "CONSULT" in [e.type for e in code(text)]


# a vehicle driven into people is an attack: PolNeAR train (Nice, 2016) and hand-written
RAMMINGS = [
    "In some, bodies could be seen lying on the boulevard where the truck plowed into the crowd.",
    "A man plowed his car into a crowd of protesters.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", RAMMINGS)
def test_acled33_a_vehicle_driven_into_people_is_an_attack(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in [e.type for e in code(text)]


# controls: into things, or a field plowed, are no attack
NO_RAMMING = [
    "The car plowed into a tree after skidding on ice.",
    "A car plowed into a storefront on Main Street.",
    "He rammed the ball into the net.",
    "She plowed the field behind the barn.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NO_RAMMING)
def test_acled33_a_vehicle_into_things_is_no_attack(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in [e.type for e in code(text)]
