"""No events where there are none (violence idioms, natural forces), and PLOVER modes."""

from __future__ import annotations

import pytest

from newsgraph.nlp.events import EventCoder

NO_EVENT = [
    "Smith took out a mortgage on his house last year.",
    "Sears liquidated its remaining stores in March.",
    "The party purged its leadership after the congress, officials said.",
    "The new manager attacked the problem with energy.",
    "The director shot a film in the Alps last summer.",
    "The boxer knocked out his opponent in the third round.",
    "A powerful earthquake struck the region on Monday.",
    "The company killed the project after losing funding.",
    "The storm destroyed hundreds of homes along the coast.",
    "Wildfires killed 12 people and destroyed 400 homes in California.",
    # business, school and sport dealings are no political events
    "Apple sued Samsung over patent infringement.",
    "The teacher praised the students for their hard work.",
    "Manchester United attacked relentlessly in the second half but could not score.",
    "Federer withdrew from the tournament with a knee injury.",
    "Doctors warned that flu cases were rising sharply.",
    "The rally in tech shares lifted the Nasdaq to a record.",
    "The city council met to discuss the new parking rules.",
    # family life: a kin word among the actors or as the object, no political actor
    "The boy pleaded with his mother to buy him a bicycle.",
    "They drove to Ohio to visit their cousins over the holidays.",
    "He asked his brother for a loan to buy a car.",
    # a lone unresolved pronoun talking, nobody else named: no political actor
    "She threatened to leave the book club if meetings kept starting late.",
    "He refused to wear a tie to the wedding.",
    # a game in what the trigger governs
    "The midfielder agreed a deal to join the club until the end of next season.",
]

EVENTS = [
    ("The army took out two rebel commanders in a drone strike.", "ASSAULT", "drone"),
    ("Russian warplanes bombed rebel positions in Idlib on Tuesday.", "ASSAULT", "aerial"),
    ("Gunmen shot dead three policemen in Karachi.", "ASSAULT", "firearms"),
    ("Rebels attacked an army base near the border.", "ASSAULT", None),
    ("Police fired tear gas at protesters in the capital.", "ASSAULT", "crowd-control"),
    ("Police arrested 20 protesters outside parliament.", "COERCE", "arrest"),
    ("Thousands of workers went on strike in Paris over pension reform.", "PROTEST", "strike"),
    ("A mob set fire to a police station in the northern town.", "ASSAULT", "primitive"),
    ("Villagers lynched two suspected thieves on Monday.", "ASSAULT", "targeted"),
    ("Militants kidnapped two aid workers near the border.", "ASSAULT", "abduct"),
]


@pytest.fixture(scope="module")
def code(bare_nlp):  # type: ignore[no-untyped-def]
    coder = EventCoder()

    def run(text: str):  # type: ignore[no-untyped-def]
        doc = bare_nlp.make_doc(text)
        doc._.ng_published = "2020-01-01"
        return coder(bare_nlp(doc))._.ng_events

    return run


@pytest.mark.model
@pytest.mark.parametrize("text", NO_EVENT)
def test_idioms_and_natural_forces_are_no_events(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(text) == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "mode"), EVENTS)
def test_events_and_their_modes(code, text: str, etype: str, mode: str | None) -> None:  # type: ignore[no-untyped-def]
    (ev,) = code(text)
    assert (ev.type, ev.mode) == (etype, mode)
    assert ev.rule and not ev.rule.startswith("model:")  # a pattern names these


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # a firm fined or raided with no authority named: still a sanction or coercion
        ("Deutsche Bank was fined $20 million for laundering money.", "SANCTION"),
        # family words do not hide an authority's act
        ("Police arrested his father outside the mosque.", "COERCE"),
    ],
)
def test_authorities_acts_on_firms_and_families_stay(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert etype in [e.type for e in code(text)]


@pytest.mark.model
def test_a_request_whose_addressee_the_parser_hangs_on_the_infinitive(code) -> None:  # type: ignore[no-untyped-def]
    # "wants Congress to approve": Congress is the subject of the infinitive in the parse
    evs = code("The State Department wants Congress to approve the sale of fighter jets to Taiwan.")
    (req,) = [e for e in evs if e.type == "REQUEST"]
    assert [a.span.text for a in req.targets] == ["Congress"]
