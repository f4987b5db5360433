"""Event words the text does not assert as a political act (``_filters_everyday``, and fixes to
``_filters_speech``; issue 10, the hand audit's tune rows of both batches). Each NO_EVENT
sentence (a tune audit row, or written like one) got the event in its comment from the coder
before these filters (checked by hand with the old filter chain); each CONTROL is a political
reading the same filters must leave coded. Rows that the coder only got wrong with the whole
article around them are tested on the filter function itself, on the sentence's parse."""

from __future__ import annotations

import pytest

from newsgraph.nlp.events._filters_everyday import private_exchange, self_directed
from newsgraph.nlp.events._filters_speech import (
    aggregate_violence,
    non_physical_attack,
    speech_formula,
)
from newsgraph.nlp.events._patterns import Pattern

NO_EVENT = [
    # the content of a negated verb of saying or perceiving (was ACCUSE 'violated', tune row
    # au-069; CONSULT 'discuss', au-154; ASSAULT 'attacked')
    "But Attorney General Eric Schneiderman isn't saying if Donald Trump's foundation violated "
    "any laws.",
    "And he told the inquiry he never overheard his fellow officers discuss the incident.",
    "The minister did not say whether the army had attacked the village.",
    # the content of an allegation (was ASSAULT 'raped'; like tune row au-254)
    "It is alleged he raped a 17-year-old girl at a house in London.",
    # a question put to the hearer (was AGREE 'pledge'; tune row au-030)
    "Mr. President, will you pledge not to issue a pardon to Hillary Clinton?",
    # habits: present "when" clauses (was ACCUSE 'lashes out', au-077; COERCE 'shut down',
    # like au-243)
    "When something gets under Donald's thin skin, he lashes out and can't let go.",
    "When Chinese officials give the order to shut down factories, it gets done.",
    # thanks and praise among private relations (were SUPPORT; like tune rows au-262, au-150)
    "The prime minister thanked everyone who had sent messages.",
    "The governor thanked his wife and children.",
    "The mayor praised his neighbours.",
    # acting on oneself (were SUPPORT 'defend', like au-051; AID 'protect', like au-235)
    "Spokeswoman Jessica Ditto said Mr. Trump is going to defend himself.",
    "We must protect ourselves from the militants, the mayor said.",
    # the electorate's support and votes (were SUPPORT; tune rows au-192, au-193)
    "Trump has record low support from black voters, with just 1 percent.",
    "He told African-Americans that they should vote for him.",
    # a car's power (was AGREE 'offer'; tune row au-113); sport (was SUPPORT ESP -> HRV;
    # au-123)
    "The SPACE VIZZION 4Motion would offer 335 horsepower and 517 lb-ft of torque in total.",
    "Spain will be back in action on Wednesday against defending champion Croatia.",
    # an intention to do nothing a coder codes (were REJECT 'reluctant', AGREE 'willing'; like
    # tune rows au-237, au-242, au-246)
    "Delhi officials are reluctant to take aggressive action.",
    "Indian officials are reluctant to enforce bans on burning, driving, fireworks, and "
    "industrial activity.",
    "Many public officials are willing to accept the tradeoffs.",
    # the content of a charge (was AID 'donated'; tune row au-036)
    "Trump charges that countries that stand to benefit from the deal donated millions of "
    "dollars to the Clinton Foundation.",
    # a lone speaker discussing a topic (was CONSULT Caddell -> Fox News; written like the
    # audit's "discuss polls" kind)
    "Pat Caddell discussed the latest polls on Fox News.",
    # a restaurant closed for rodents (was COERCE 'shut down' CANGOV; tune row au-261)
    "Richmond’s Bo Kong Vegetarian Restaurant was shut down March 10 by the Vancouver Coastal "
    "Health Authority, marking the city’s sixth restaurant closure of the year and its fifth "
    "for rodent infestation.",
    # a crime statistic in a claim (was ASSAULT 'shootings' with the claimant as its source;
    # tune row au-022)
    "Politifact seized on Trump’s claim that there have been “thousands of shootings” in "
    "Chicago this year alone.",
]

CONTROLS = [
    ("Protesters rallied outside parliament to demand the resignation of the prime minister.",
     "PROTEST"),
    ("The senator promised to block the nomination.", "AGREE"),
    ("Police arrested two men.", "COERCE"),
    ("Police arrested his family.", "COERCE"),
    ("The minister said the army had attacked the village.", "ASSAULT"),
    ("Police said he raped a 17-year-old girl at a house in London.", "ASSAULT"),
    ("When the army attacked the village, the rebels fled.", "ASSAULT"),
    ("Police fired tear gas when protesters stormed parliament.", "ASSAULT"),
    ("The committee asked whether Russia had attacked the convoy.", "REQUEST"),
    ("The ministry denied that it had ordered the arrests.", "REJECT"),
    ("The president thanked Japan for its support.", "SUPPORT"),
    ("Trump praised Putin.", "SUPPORT"),
    ("Germany is helping Ukraine defend itself.", "SUPPORT"),
    ("Clinton is promoting Obama's plan.", "SUPPORT"),
    ("Republican senators voted for the bill.", "SUPPORT"),
    ("The president has strong support from Congress.", "SUPPORT"),
    ("The villagers armed themselves to protect themselves from the rebels.", "AID"),
    ("Russian forces carried out thousands of air strikes in Syria.", "ASSAULT"),
    ("The minister asked the United Nations to investigate the killings.", "REQUEST"),
    ("Iran is willing to negotiate.", "AGREE"),
    ("China said on Wednesday it was willing to expand trade and investment with Pakistan.",
     "AGREE"),
    ("The rebels are unwilling to negotiate with the Malian government.", "REJECT"),
    ("The government is reluctant to impose sanctions on Russia.", "REJECT"),
    ("The army accused the rebels of attacking the convoy.", "ACCUSE"),
    ("Obama and Putin discussed Syria.", "CONSULT"),
    ("Kerry talked with Lavrov about Syria.", "CONSULT"),
    ("The two leaders discussed trade.", "CONSULT"),
    ("The president discussed the crisis with the prime minister.", "CONSULT"),
    ("Police shut down the opposition newspaper.", "COERCE"),
    ("Authorities shut down the restaurant owned by the opposition leader.", "COERCE"),
    ("The Kremlin announced that it was discussing the situation in the region with Iran and "
     "Turkey.", "CONSULT"),
]  # fmt: skip


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [(e.type, e.trigger.text) for e in nlp(text)._.ng_events if not e.negated] == []


@pytest.mark.parametrize(("text", "etype"), CONTROLS)
def test_political_control_stays(nlp, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert etype in {e.type for e in nlp(text)._.ng_events if not e.negated}


def _pattern(etype: str, pos: str = "V") -> Pattern:
    return Pattern("test", pos, "x", frozenset(), etype, None, "000", frozenset(), None, False)


def _tok(bare_nlp, text: str, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in bare_nlp(text) if t.text == word)


def test_private_exchange_whoever_speaks(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    # tune row au-250 (was COERCE 'told' GBRGOV -> family, in the article)
    told = _tok(
        bare_nlp, "Prince Andrew has told friends and family that it was a success.", "told"
    )
    assert private_exchange(told, _pattern("COERCE"))
    to_leader = _tok(bare_nlp, "Prince Andrew has told the prime minister that it was a success.",
                     "told")  # fmt: skip
    assert not private_exchange(to_leader, _pattern("COERCE"))
    arrest = _tok(bare_nlp, "Police arrested his family.", "arrested")
    assert not private_exchange(arrest, _pattern("COERCE"))


def test_promoting_own_plans(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    # tune row au-063 (was SUPPORT 'promoting' USAPTY, in the article)
    own = _tok(bare_nlp, "Hillary Clinton is promoting her plans for public service.", "promoting")
    assert self_directed(own, _pattern("SUPPORT"))
    other = _tok(bare_nlp, "Hillary Clinton is promoting Obama's plans for public service.",
                 "promoting")  # fmt: skip
    assert not self_directed(other, _pattern("SUPPORT"))


def test_promise_formula_with_a_second_subject(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    # tune row au-146 (was AGREE 'promise'): in the article the parser hung both "He" and "I"
    # on "promise" ("He will nor be forgotten Kate, I promise you"); that parse, built by hand
    from spacy.tokens import Doc

    words = ["He", "will", "nor", "be", "forgotten", "Kate", ",", "I", "promise", "you"]
    heads = [8, 8, 1, 4, 1, 1, 8, 8, 8, 8]
    deps = ["nsubj", "dep", "cc", "auxpass", "conj", "dobj", "punct", "nsubj", "ROOT", "dobj"]
    lemmas = ["he", "will", "nor", "be", "forget", "Kate", ",", "I", "promise", "you"]
    doc = Doc(bare_nlp.vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    assert speech_formula(doc[8])
    assert not speech_formula(_tok(bare_nlp, "I promise you I will cut taxes.", "promise"))


def test_media_attack_is_criticism(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    # tune row au-050 (was ASSAULT 'attack'): the lemmatiser reads "media" as "medium"
    doc = bare_nlp("It is the single-biggest coordinated media attack in history.")
    attack = next(t for t in doc if t.text == "attack")
    retyped = non_physical_attack(attack, _pattern("ASSAULT", "N"))
    assert retyped is not None and retyped.type == "ACCUSE"
    doc = bare_nlp("It is the single-biggest coordinated rocket attack in history.")
    attack = next(t for t in doc if t.text == "attack")
    assert non_physical_attack(attack, _pattern("ASSAULT", "N")) is None


def test_statistic_in_a_claim_has_no_side(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    # tune row au-020: the claimant is no side of the shootings
    from newsgraph.model import Actor, Span

    text = (
        "Politifact did a fact-check on Donald Trump's claim that there have been thousands "
        "of shootings in Chicago this year alone."
    )
    doc = bare_nlp(text)
    shootings = next(t for t in doc if t.text == "shootings")
    start = text.index("Donald Trump's")
    trump = Actor(None, Span.of(text, start, start + len("Donald Trump's")), "USAPTY", "USA", "PTY")
    assert aggregate_violence(shootings, _pattern("ASSAULT", "N"), [trump])
    by = "Police carried out thousands of shootings in Chicago this year."
    doc = bare_nlp(by)
    shootings = next(t for t in doc if t.text == "shootings")
    police = Actor(None, Span.of(by, 0, 6), "USACOP", "USA", "COP")
    assert not aggregate_violence(shootings, _pattern("ASSAULT", "N"), [police])


# a negated subject says the act did not happen, as "did not" does: the event carries the
# `negated` flag (docs/events.md, Flags) instead of being dropped (tune row au-032: 'Neither
# Clinton nor her allies have been charged', dropped by the old filter chain)
NEGATED_SUBJECT = [
    ("Neither Clinton nor her allies have been charged with any crime.", "ACCUSE"),
    ("Neither the army nor the police attacked the protesters.", "ASSAULT"),
    ("No soldiers attacked the village, the army said.", "ASSAULT"),
    ("Nobody arrested the protesters.", "COERCE"),
]
ASSERTED_SUBJECT = [
    ("Both Clinton and her aides have been charged with a crime.", "ACCUSE"),
    ("Two soldiers attacked the village, the army said.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "etype"), NEGATED_SUBJECT)
def test_negated_subject_is_flagged(nlp, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in nlp(text)._.ng_events if e.type == etype]
    assert found and all(e.negated for e in found), [(e.type, e.negated) for e in found]


@pytest.mark.parametrize(("text", "etype"), ASSERTED_SUBJECT)
def test_asserted_subject_not_flagged(nlp, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in nlp(text)._.ng_events if e.type == etype]
    assert found and not any(e.negated for e in found), [(e.type, e.negated) for e in found]


def test_object_control_infinitive_takes_the_governing_flags(nlp) -> None:  # type: ignore[no-untyped-def]
    # tune row au-144 (was ASSAULT 'shot', unflagged): the parser hangs "him to get shot" on
    # "want" as a clause (ccomp); a negated wish reaches it as it reaches an xcomp
    shot = [e for e in nlp("He didn't want him to get shot.")._.ng_events if e.type == "ASSAULT"]
    assert shot and shot[0].negated and shot[0].hypothetical
    done = [e for e in nlp("The army attacked the city.")._.ng_events if e.type == "ASSAULT"]
    assert done and not done[0].negated and not done[0].hypothetical
