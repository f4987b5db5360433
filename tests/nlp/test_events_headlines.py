"""Events in headlines (issue 10): headline grammar the small model reads as a verbless noun
phrase (``newsgraph.nlp.events._headline``).

Every headline here was written by hand for this file (none is a probe row); expected types
are the PLOVER manual's. Each FOUND/PLANNED row failed on the coder before the headline rules
(checked on the tree without ``_headline.py``: no event, or CONSULT/RETREAT not flagged
hypothetical, or COERCE for an expelled envoy); the controls passed before and must still.
"""

from __future__ import annotations

import pytest

from newsgraph.nlp.events._headline import headline_sentences
from tests.nlp._docs import assert_found, coded_events, one_event

# (headline, PLOVER type, mode or None): a plural noun that is the verb, a bare passive
FOUND = [
    # "Arrests" tagged NNS and made the root: "ICE arrests over 150"
    ("ICE Arrests Over 150 in Bay Area", "COERCE", "arrest"),
    # "bombs" tagged NNS, a compound of "village"
    ("Myanmar junta bombs village, killing 30", "ASSAULT", None),
    # a diplomat expelled (no "was"): the passive subject is the envoy, SANCTION expel (166)
    ("US envoy expelled from Venezuela", "SANCTION", "expel"),
]

# (headline, PLOVER type): "to" + verb is a planned event, retyped as the intention rules do
PLANNED = [
    ("Obama to visit Cuba in March", "AGREE"),  # a future visit: 036
    ("Germany to Host Libya Peace Conference", "AGREE"),
    ("Russia to Withdraw Troops From Border", "CONCEDE"),  # a future retreat
]

# no-event headlines: sport, markets, weather, products (plural nouns and "to" included)
NO_EVENT = [
    "Yankees Beat Red Sox 5-3",
    "Stocks Fall on Rate Fears",
    "Storm Hits Coast",
    "Tesla shares jump after earnings beat",
    "Company Plans Layoffs",
    "Apple to Launch New iPhone",
    "Netflix to Raise Prices",
]


@pytest.mark.parametrize(("text", "etype", "mode"), FOUND)
def test_headline_event_found(nlp, text: str, etype: str, mode: str | None) -> None:
    assert_found(coded_events(nlp, text), etype, mode)


@pytest.mark.parametrize(("text", "etype"), PLANNED)
def test_headline_to_verb_is_planned(nlp, text: str, etype: str) -> None:
    ev = one_event(coded_events(nlp, text), etype)
    assert ev.hypothetical
    assert not ev.negated
    assert ev.rule.endswith(".headline_intent")


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event_headline(nlp, text: str) -> None:
    assert [(e.type, e.trigger.text) for e in coded_events(nlp, text)] == []


def test_headline_verb_offsets_and_roles(nlp) -> None:
    text = "ICE Arrests Over 150 in Bay Area"
    ev = one_event(coded_events(nlp, text), "COERCE")
    assert (ev.trigger.start, ev.trigger.end, ev.trigger.text) == (4, 11, "Arrests")
    assert text[ev.trigger.start : ev.trigger.end] == ev.trigger.text
    assert not ev.hypothetical


def test_bare_passive_parse(nlp) -> None:
    # "Three killed in blast": the parser makes "Three" the root and "killed" its acl
    doc = nlp("Three killed in blast at Kabul mosque")
    killed = doc[1]
    assert (killed.dep_, doc[0].dep_, doc[0].head.i) == ("ROOT", "nsubjpass", 1)
    assert doc[2].head.i == 1  # "in blast" hangs on the verb
    assert len(list(doc.sents)) == 1


def test_planned_event_in_prose_untouched(nlp) -> None:
    # a prose sentence after the first, with a final stop, is no headline: "to visit" is the
    # purpose of the trip, and the trip happened
    text = "The talks ended on Monday. Obama flew to Havana to visit Raul Castro."
    events = coded_events(nlp, text)
    assert all(not e.rule.endswith(".headline_intent") for e in events)


def test_subject_plural_noun_kept(nlp) -> None:
    # "Police raids net 20 suspects": the parser made "raids" the subject; left as a noun
    doc = nlp("Police raids net 20 suspects in Lagos")
    assert doc[1].tag_ == "NNS"


def test_headline_sentences() -> None:
    import spacy

    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    doc = blank("Rebels seize town. The army said on Monday that rebels had seized the town. More")
    assert [s.text for s in headline_sentences(doc)] == ["Rebels seize town.", "More"]
