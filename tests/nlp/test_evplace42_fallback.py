"""evplace42: an event whose clause names no place takes the place of its paragraph nearest
the trigger ("paragraph"), else the article's wire dateline ("dateline"); the coder's own place
stays ("sentence"); an article that names no place leaves the event without one. Sentences
written for these tests (expected places written before running the pipeline on them)."""

from __future__ import annotations

import pytest

from tests.nlp._docs import pipeline_doc

pytestmark = pytest.mark.model


def _events(nlp, text: str):  # type: ignore[no-untyped-def]
    doc = pipeline_doc(nlp, text, "2026-03-02")
    places = {p.id: p for p in doc._.ng_places or []}
    return [(e, places.get(e.place_id or "")) for e in doc._.ng_events or []]


def _of(events, word: str):  # type: ignore[no-untyped-def]
    hits = [(e, p) for e, p in events if e.trigger.text.lower().startswith(word)]
    assert hits, [e.trigger.text for e, _ in events]
    return hits[0]


def test_dateline_places_an_event_whose_paragraph_names_no_place(nlp) -> None:
    text = (
        "Minister quits over budget row.\n\n"
        "NAIROBI (Reuters) - The finance minister resigned on Monday after a week of protests.\n\n"
        "Opposition lawmakers accused the government of hiding the true cost of the loans."
    )
    ev, place = _of(_events(nlp, text), "accus")
    assert ev.place_source == "dateline"
    assert place is not None and place.name == "Nairobi" and place.country_code == "KE"


def test_paragraph_place_nearest_the_trigger(nlp) -> None:
    text = (
        "Farmers block roads.\n\n"
        "Thousands of farmers gathered in Lyon on Tuesday to oppose the new water rules. "
        "Police arrested twelve protesters after clashes near the town hall.\n\n"
        "The ministry said talks would resume next week."
    )
    ev, place = _of(_events(nlp, text), "arrest")
    assert ev.place_source == "paragraph"
    assert place is not None and place.name == "Lyon" and place.country_code == "FR"


def test_no_place_in_the_article_leaves_none(nlp) -> None:
    text = (
        "Union rejects offer.\n\n"
        "The nurses' union rejected the hospital board's pay offer on Friday.\n\n"
        "Its leaders said they would ballot members on a strike next month."
    )
    events = _events(nlp, text)
    assert events
    for ev, place in events:
        assert place is None and ev.place_id is None and ev.place_source is None


def test_the_coders_place_in_the_clause_stays(nlp) -> None:
    text = (
        "Talks open.\n\n"
        "CAIRO (AP) - The two rival factions sent envoys abroad.\n\n"
        "The envoys met in Doha on Sunday to discuss a truce, officials in Cairo said."
    )
    ev, place = _of(_events(nlp, text), "met")
    assert ev.place_source == "sentence"
    assert place is not None and place.name == "Doha"
