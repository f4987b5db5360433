"""Targets of events from the article's earlier text (issue 10 item 3, targets38). Sentences
written for these tests; the expected sides and countries were worked out by hand from the text
(tests/data/events/README.md conventions: the organisation for IGO codes, else the country)
before running the coder.

(a) a reaction to an act named before with a demonstrative or "the" ("that proposal", "this
    request", "that invitation", "the ban") is aimed at whoever made the act: the subject of
    the verb that did it a few sentences before ("Egypt invited ... Hamas accepted that
    invitation"), or the owner of an earlier mention of the same noun ("Mexico's proposal ...
    rejected that proposal", "The Greek government submitted a request ... turned down this
    request"). An earlier mention with no maker ("A proposal to build a new airport was debated
    ..."), a noun with nothing before it, "the" with the act named more than three sentences
    before, a passive with no "by" agent ("was ordered to repay ... rejected the order"), and a
    reaction to one's own act name no one.
(b) a state body or group with no country of its own ("security forces", "the police",
    "protesters") in an article about several countries takes the country the text just before
    it is about: its paragraph up to it (the paragraph before, when its sentence opens one),
    where one country has two mentions and two thirds of them ("In Ethiopia, protests have
    spread from the Oromia region to Addis Ababa. Security forces shot dead ..."). A paragraph
    naming two countries, a sentence naming another country than its paragraph, the article's
    first sentence and a lone sentence give none.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp._docs import coded_events as _events
from tests.nlp._docs import country_key as _key
from tests.nlp._docs import show_sides as _show

DATE = "2022-06-01"


def _by_trigger(nlp: Language, text: str, word: str) -> list:
    """The non-negated events whose trigger holds ``word``."""
    return [e for e in _events(nlp, text, DATE) if word in e.trigger.text and not e.negated]


REFERRED = [
    # text, a word of the reaction's trigger, the maker's country (the expected target)
    (
        "Egypt invited Israeli and Hamas negotiators to Cairo for truce talks. Hamas accepted "
        "that invitation on Sunday.",
        "accepted",
        "EGY",
    ),
    (
        "Pakistan accused India of sheltering militants in Kashmir. New Delhi rejected that "
        "accusation on Monday.",
        "rejected",
        "PAK",
    ),
    (
        "The Greek government submitted a request for emergency funds to the European Union. "
        "The European Commission turned down this request in June.",
        "turned down",
        "GRC",
    ),
    (
        "Mexico's proposal for a joint border force was discussed in Washington on Monday. The "
        "State Department rejected that proposal on Tuesday.",
        "rejected",
        "MEX",
    ),
    (
        "Turkey offered to host peace talks between Russia and Ukraine. The Kremlin welcomed "
        "that offer on Wednesday.",
        "welcomed",
        "TUR",
    ),
    (
        "Lawyers for the Argentine government argued that the debt ruling was unlawful. A "
        "federal judge in New York rejected that argument on Thursday.",
        "rejected",
        "ARG",
    ),
    # "the" refers back to an act named a few sentences before
    (
        "Iraq's parliament voted on Monday to ban all flights from Turkey. Ankara condemned "
        "the ban on Tuesday.",
        "condemned",
        "IRQ",
    ),
    (
        "A court in Islamabad ordered the release of the opposition leader. The interior "
        "ministry rejected the order.",
        "rejected",
        "PAK",
    ),
    # a verb in the passive: its "by" agent made the act
    (
        "Hamas was invited by Egypt to truce talks in Cairo. Its leaders accepted the "
        "invitation on Sunday.",
        "accepted",
        "EGY",
    ),
]


@pytest.mark.parametrize("text,word,country", REFERRED)
def test_a_reaction_to_an_act_named_before_is_aimed_at_its_maker(
    nlp: Language, text: str, word: str, country: str
) -> None:
    found = _by_trigger(nlp, text, word)
    assert found, _show(_events(nlp, text, DATE))
    targets = [_key(a.code) for a in found[0].targets if a.code]
    assert targets[:1] == [country], _show(found)
    # the target spans the noun phrase that refers back, in the reaction's own sentence
    assert found[0].targets[0].span.text.split()[-1] in text[found[0].trigger.start :]


NO_MAKER = [
    # an earlier mention names no maker: the nearest mention decides
    (
        "A proposal to build a new airport near Lisbon was debated for months. The Portuguese "
        "prime minister rejected that proposal.",
        "rejected",
    ),
    # nothing before names the act
    ("The Kenyan senator rejected that argument on Friday.", "rejected"),
    # "the": the act was named more than three sentences before
    (
        "Chile proposed a regional trade summit in March. Ministers met in Lima in April. "
        "Exports of copper rose sharply. Markets were calm on Friday. Peru rejected the "
        "proposal.",
        "rejected",
    ),
    # a verb in the passive with no "by" agent: its subject received the act
    (
        "The Greek government was ordered to repay the loans within a year. Athens rejected "
        "the order on Monday.",
        "rejected",
    ),
]


@pytest.mark.parametrize("text,word", NO_MAKER)
def test_an_act_named_before_without_a_maker_gives_no_target(
    nlp: Language, text: str, word: str
) -> None:
    found = _by_trigger(nlp, text, word)
    assert found, _show(_events(nlp, text, DATE))
    assert not found[0].targets, _show(found)


def test_a_reaction_to_ones_own_act_names_no_target(nlp: Language) -> None:
    text = (
        "Serbia proposed direct talks with Kosovo in May. Serbia defended that proposal at the "
        "United Nations on Monday."
    )
    found = _by_trigger(nlp, text, "defended")
    assert found, _show(_events(nlp, text, DATE))
    assert not any(_key(a.code) == "SRB" for a in found[0].targets), _show(found)


# --- (b) a state body in an article about several countries: the country of its paragraph

SUMMIT = (
    "Leaders of the United States, China, Russia, France and Britain met in Geneva on Monday "
    "to discuss trade. The talks ended without an agreement.\n\n"
)


def _sides(nlp: Language, text: str, word: str) -> list:
    found = _by_trigger(nlp, text, word)
    assert found, _show(_events(nlp, text, DATE))
    return [*found[0].sources, *found[0].targets]


def test_a_state_body_takes_the_country_its_paragraph_is_about(nlp: Language) -> None:
    text = SUMMIT + (
        "In Ethiopia, protests have spread from the Oromia region to Addis Ababa. Security "
        "forces shot dead dozens of demonstrators on Sunday."
    )
    sides = _sides(nlp, text, "shot")
    assert [_key(a.code) for a in sides] == ["ETH", "ETH"], _show(_by_trigger(nlp, text, "shot"))


def test_the_paragraph_before_places_a_sentence_that_opens_its_own(nlp: Language) -> None:
    text = SUMMIT + (
        "Protests in Kenya spread from Nairobi to Mombasa last week.\n\n"
        "The police arrested dozens of protesters on Sunday."
    )
    sides = _sides(nlp, text, "arrested")
    assert [_key(a.code) for a in sides] == ["KEN", "KEN"], _show(
        _by_trigger(nlp, text, "arrested")
    )


@pytest.mark.parametrize(
    "text",
    [
        # the paragraph names two countries
        SUMMIT + "Along the border between Ethiopia and Eritrea, security forces shot dead "
        "dozens of demonstrators on Sunday.",
        # a lone sentence
        "Security forces shot dead dozens of demonstrators on Sunday.",
    ],
)
def test_no_one_country_before_a_state_body_gives_it_none(nlp: Language, text: str) -> None:
    sides = _sides(nlp, text, "shot")
    assert not any(a.country for a in sides), _show(_by_trigger(nlp, text, "shot"))


def test_a_sentence_naming_other_countries_keeps_the_paragraphs_country_off(
    nlp: Language,
) -> None:
    text = SUMMIT + (
        "In Ethiopia, protests have spread from the Oromia region to Addis Ababa. Rebels "
        "crossed from Sudan and South Sudan and attacked a police post."
    )
    found = _by_trigger(nlp, text, "attacked")
    assert found, _show(_events(nlp, text, DATE))
    assert not any(a.country for a in found[0].sources), _show(found)
