"""The headline parse repair as its own component (``newsgraph_headline``, nlp/headline.py).

The repair runs right after ``newsgraph_truecase`` and before every newsgraph component, so
places, quotes and the rest read the repaired parse, also with the event coder disabled; it can
be turned off in the config; prose is never touched. Every expected value below was checked by
hand: what the repaired parse should say, and what the other component then reports.
"""

from __future__ import annotations

from typing import Any

import spacy
from spacy.attrs import DEP, HEAD, IDX, POS, SENT_START, TAG

from newsgraph.nlp._doc import _CACHE_KEY, sentence_starts, tokens
from newsgraph.nlp.headline import (
    HeadlineParse,
    headline_parse,
    headline_verbs,
)
from newsgraph.nlp.pipeline import config

HEADLINE = "newsgraph_headline"


def _run(nlp: Any, text: str, *, repair: bool = True) -> Any:
    doc = nlp.make_doc(text)
    doc._.ng_cache = {}
    if repair:
        return nlp(doc)
    with nlp.select_pipes(disable=[HEADLINE]):
        return nlp(doc)


def test_runs_right_after_truecase_before_every_component(nlp) -> None:
    names = nlp.pipe_names
    at = names.index(HEADLINE)
    assert names[at - 1] == "newsgraph_truecase"
    assert names.index("ner") < at < names.index("newsgraph_entity_ruler")
    assert at < names.index("newsgraph_prepare") < names.index("newsgraph_places")


def test_places_read_the_repaired_parse(nlp) -> None:
    # the parser reads "bombs" as a plural noun (the headline has no verb): Russia is then no
    # subject and its place is no actor; repaired, Russia is the subject of "bombs", a verb of
    # the metonymy lexicon, so the country acts (metonymy). Homs, after "near", stays a place.
    text = "Russia bombs rebel villages near Homs"
    doc = _run(nlp, text)
    assert (doc[1].tag_, doc[1].dep_, doc[0].dep_, doc[0].head.i) == ("VBZ", "ROOT", "nsubj", 1)
    places = {p.span.text: p.metonymy for p in doc._.ng_places}
    assert places == {"Russia": True, "Homs": False}
    off = _run(nlp, text, repair=False)
    assert off[1].tag_ == "NNS"
    assert {p.span.text: p.metonymy for p in off._.ng_places} == {"Russia": False, "Homs": False}


def test_quotes_read_the_repaired_parse(nlp) -> None:
    # "calls" read as a plural noun leaves the call for a ceasefire with no speaker; repaired,
    # "UN chief" is the subject of "calls" and the quote's source
    text = "UN chief calls for ceasefire in Yemen"
    quotes = _run(nlp, text)._.ng_quotes
    assert [(q.source.text if q.source else None, q.cue.text) for q in quotes] == [
        ("UN chief", "calls for")
    ]
    assert all(text[q.source.start : q.source.end] == "UN chief" for q in quotes if q.source)
    off = _run(nlp, text, repair=False)._.ng_quotes
    assert [(q.source, q.cue.text) for q in off] == [(None, "calls for")]


def test_events_disabled_still_repaired(nlp) -> None:
    with nlp.select_pipes(disable=["newsgraph_events"]):
        doc = nlp("ICE Arrests Over 150 in Bay Area")
    # "Arrests" (title case, NNS and the root in the model's parse) is the verb, "ICE" its subject
    assert [(t.text, t.tag_, t.dep_) for t in doc[:2]] == [
        ("ICE", "NN", "nsubj"),
        ("Arrests", "VBZ", "ROOT"),
    ]
    assert doc._.ng_events is None  # the event coder did not run
    assert (doc[1].idx, doc.text) == (4, "ICE Arrests Over 150 in Bay Area")


def test_turned_off_in_config(bare_nlp) -> None:
    assert config()["components"][HEADLINE]["repair"] is True
    blank = spacy.blank("en")
    blank.add_pipe(HEADLINE, config={"repair": False})  # the entry point and its setting
    off = blank.get_pipe(HEADLINE)
    assert isinstance(off, HeadlineParse) and not off.repair
    doc = bare_nlp("Three killed in blast at Kabul mosque")
    assert (doc[0].dep_, doc[1].dep_) == ("ROOT", "acl")  # the model's reading
    before = doc.to_array([HEAD, DEP, TAG, POS])
    off(doc)
    assert (doc.to_array([HEAD, DEP, TAG, POS]) == before).all()
    on = HeadlineParse(bare_nlp, HEADLINE)
    on(doc)
    assert (doc[0].dep_, doc[1].dep_, doc[0].head.i) == ("nsubjpass", "ROOT", 1)


def test_prose_untouched(nlp) -> None:
    # a title-case headline (its own sentence), then prose; the second "Three killed in blast."
    # has a final stop and is not the first sentence: no headline, left as the model parsed it
    text = (
        "Three Killed in Blast at Kabul Mosque\n\n"
        "A bomb went off during Friday prayers in the Afghan capital, police said. "
        "Three killed in blast. Officials blamed the Taliban."
    )
    on = _run(nlp, text)
    off = _run(nlp, text, repair=False)
    attrs = [IDX, HEAD, DEP, TAG, POS, SENT_START]
    a, b = on.to_array(attrs), off.to_array(attrs)
    first = next(iter(on.sents))
    assert (on[1].dep_, off[1].dep_) == ("ROOT", "acl")  # the headline was repaired
    assert (a[first.end :] == b[first.end :]).all()  # every prose token as the model left it
    assert [s.start for s in on.sents] == [s.start for s in off.sents]
    second = [t for t in on if t.lower_ == "killed"][1]
    assert (second.dep_, second.head.text) == ("acl", "Three")


def test_cache_rebuilt_after_repair(bare_nlp) -> None:
    doc = bare_nlp("Myanmar junta bombs village, killing 30")
    data: dict[Any, Any] = doc.user_data
    data[_CACHE_KEY] = {"text": doc.text, "published_inferred": True}
    sentence_starts(doc)
    tokens(doc)
    data[_CACHE_KEY]["events_parse"] = object()
    starts = doc.to_array([IDX]).tolist()
    assert headline_parse(doc)
    assert data[_CACHE_KEY] == {"text": doc.text, "published_inferred": True}
    assert doc.to_array([IDX]).tolist() == starts
    assert [(t.text, t.dep_) for t in doc[:3]] == [
        ("Myanmar", "compound"),
        ("junta", "nsubj"),
        ("bombs", "ROOT"),
    ]


def test_own_verb_list() -> None:
    verbs = headline_verbs()
    assert {"arrest", "bomb", "expel"} <= verbs  # verb patterns of the event lexicon
    assert {"unveil", "name"} <= verbs  # news verbs (resources/headline/news_verbs.txt)
    assert "village" not in verbs and "year" not in verbs
