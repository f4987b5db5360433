"""Docs for tests: entities without running the model, and events on the full pipeline."""

from __future__ import annotations

from collections.abc import Callable

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.model import Event, TimeRef
from newsgraph.nlp.places.component import PlacesComponent
from newsgraph.nlp.times.component import tag


def sentencizer() -> Language:
    """A blank English pipeline that only splits sentences (the time tagger's fallback path:
    no tags, no parse)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def time_records(nlp: Language, text: str, published: str | None) -> list[TimeRef]:
    """The time tagger's records for ``text`` run through ``nlp`` with a publication date."""
    doc = nlp.make_doc(text)
    doc._.ng_published = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return tag(doc)


def tagged(text: str, ents: list[tuple[str, str]]) -> Doc:
    """A sentencized blank-English doc with the given entities, each found left to right
    after the previous one."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    spans, pos = [], 0
    for phrase, label in ents:
        start = text.index(phrase, pos)
        pos = start + len(phrase)
        sp = doc.char_span(start, pos, label=label)
        assert sp is not None, phrase
        spans.append(sp)
    doc.ents = spans
    return doc


def place_points(text: str, ents: list[tuple[str, str]]) -> dict[str, tuple[str, float, float]]:
    """The places component's places in :func:`tagged` ``text``: each mention's text to its
    rule and its point rounded to a tenth of a degree (0.0 where it has none)."""
    doc = PlacesComponent()(tagged(text, ents))
    return {
        p.span.text: (p.rule, round(p.lat or 0.0, 1), round(p.lon or 0.0, 1))
        for p in doc._.ng_places or []
    }


def pipeline_doc(nlp: Language, text: str, published: str | None = None) -> Doc:
    """``text`` run through the full pipeline with a fresh per-doc cache and a publication
    date."""
    doc = nlp.make_doc(text)
    doc._.ng_cache = {}
    doc._.ng_published = published
    return nlp(doc)


def coded_events(nlp: Language, text: str, published: str | None = None) -> list[Event]:
    """The events the full pipeline codes in ``text`` (negated ones included)."""
    return list(pipeline_doc(nlp, text, published)._.ng_events or [])


def by_trigger(nlp: Language, text: str, published: str | None, word: str) -> list[Event]:
    """The events the full pipeline codes in ``text`` whose trigger holds ``word`` (negated ones
    included)."""
    return [e for e in coded_events(nlp, text, published) if word in e.trigger.text]


def found_by_trigger(nlp: Language, text: str, published: str | None, word: str) -> list[Event]:
    """:func:`by_trigger`, failing the test with every event's sides when there is none."""
    found = by_trigger(nlp, text, published, word)
    assert found, show_sides(coded_events(nlp, text, published))
    return found


def coded_of_type(code: Callable[[str], list[Event]], text: str, etype: str) -> list[Event]:
    """The events of type ``etype`` that ``code`` (the ``code`` fixture) finds in ``text``;
    fails the test listing every type found when there is none."""
    events = [e for e in code(text) if e.type == etype]
    assert events, [e.type for e in code(text)]
    return events


def one_event(events: list[Event], etype: str) -> Event:
    """The first event of type ``etype``; fails the test naming what was found instead."""
    found = [e for e in events if e.type == etype]
    assert found, f"no {etype} event in {[(e.type, e.trigger.text) for e in events]}"
    return found[0]


def assert_found(events: list[Event], etype: str, mode: str | None = None) -> None:
    """An event of type ``etype`` is among ``events`` (with ``mode`` when given); fails
    naming what was found instead."""
    found = [e for e in events if e.type == etype]
    assert found, f"no {etype} in {[(e.type, e.trigger.text) for e in events]}"
    if mode is not None:
        assert any(e.mode == mode for e in found), [(e.type, e.mode) for e in found]


def country_key(code: str | None) -> str:
    """A code's country part (an IGO/NGO code keeps its six letters): what actor tests compare."""
    code = code or ""
    return code[:6] if code.startswith(("IGO", "NGO")) else code[:3]


def first_code(actors: list) -> str | None:
    """The first coded actor's code, or None."""
    return next((a.code for a in actors if a.code), None)


def show_sides(events: list[Event]) -> list:
    """Each event's type with its sources' and targets' texts and codes, for failure messages."""
    return [
        (
            e.type,
            [(a.span.text, a.code) for a in e.sources],
            [(a.span.text, a.code) for a in e.targets],
        )
        for e in events
    ]
