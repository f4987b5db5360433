"""perf38: the records' own ``__init__`` (``model._record``) fills the slots and the dict as the
dataclass ``__init__`` and ``_Record.__post_init__`` did: same fields, defaults, factories,
errors, field order of the dict, frozen spans, copies and JSON."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle

import pytest

from newsgraph import model
from newsgraph.model import Actor, Article, Entity, Event, Quote, Span, Tone

TEXT = "The mayor of Leeds said on Friday that the new bridge would open in March."


def _fields_in_order(rec: model._Record) -> dict[str, object]:
    return {f.name: getattr(rec, f.name) for f in dataclasses.fields(rec)}


def _event() -> Event:
    trigger = Span.of(TEXT, 15, 19)
    mayor = Actor("entity-1", Span.of(TEXT, 4, 9), "GBRGOV", "GBR", "GOV", name="the mayor")
    return Event(
        "event-1", "ASSERT", None, 1, "010", trigger, [mayor], [], None, None,
        False, False, False, None, 0, 0.7, "lex.assert.say",
    )  # fmt: skip


def test_every_record_class_has_its_own_init() -> None:
    classes = [
        c
        for c in vars(model).values()
        if isinstance(c, type) and issubclass(c, model._Record) and c is not model._Record
    ]
    assert len(classes) == 13
    for cls in classes:
        assert cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__"
        assert cls.__init__.__module__ == "newsgraph.model"


def test_dict_holds_the_fields_in_field_order() -> None:
    ev = _event()
    assert list(ev.items()) == list(_fields_in_order(ev).items())
    assert list(ev.sources[0].items()) == list(_fields_in_order(ev.sources[0]).items())
    span = Span.of(TEXT, 4, 9)
    assert dict(span) == {"start": 4, "end": 9, "text": "mayor"}


def test_defaults_and_fresh_factory_lists() -> None:
    a = Entity("entity-1", "Leeds", "GPE")
    b = Entity("entity-2", "Friday", "DATE")
    assert (a.country, a.role, a.confidence, a.rule) == (None, None, 1.0, "ner")
    assert a.aliases == [] and a.mentions == [] and a["mentions"] == []
    assert a.aliases is not b.aliases and a.mentions is not b.mentions
    assert a["aliases"] is a.aliases  # the dict holds the same list object
    given = [Span.of(TEXT, 13, 18)]
    c = Entity("entity-3", "Leeds", "GPE", mentions=given)
    assert c.mentions is given and c["mentions"] is given


def test_keywords_positions_and_argument_errors() -> None:
    by_position = Tone(1.5, 3.0, 1.5, 4.5, 14)
    by_keyword = Tone(words=14, polarity=4.5, negative=1.5, positive=3.0, tone=1.5)
    assert by_position == by_keyword
    assert list(by_keyword) == ["tone", "positive", "negative", "polarity", "words"]
    with pytest.raises(TypeError):
        Tone(1.5, 3.0, 1.5, 4.5)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Tone(1.5, 3.0, 1.5, 4.5, 14, mood="calm")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Tone(1.5, 3.0, 1.5, 4.5, 14, tone=2.0)  # type: ignore[misc]


def test_span_stays_frozen_and_later_assignments_reach_the_dict() -> None:
    span = Span.of(TEXT, 4, 9)
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 5  # type: ignore[misc]
    quote = Quote(
        "quote-1", "indirect", Span.of(TEXT, 38, 73), Span.of(TEXT, 23, 27),
        Span.of(TEXT, 0, 18), "entity-1", "the mayor", False, 0, 0.8, "verb-ccomp",
    )  # fmt: skip
    assert quote["time"] is None and quote["time_default"] is False
    quote.time = "time-1"
    assert quote["time"] == "time-1"


def test_article_dict_starts_with_the_schema() -> None:
    art = Article("a1", TEXT, title="Bridge to open", events=[_event()])
    assert list(art)[:3] == ["schema", "id", "text"]
    assert list(art)[3:] == [f.name for f in dataclasses.fields(art)][2:]
    assert json.dumps(art) == json.dumps(art.to_dict())
    assert art.source == model.Source() and art.removed == []


def test_copies_pickles_and_replace() -> None:
    art = Article("a1", TEXT, events=[_event()], tone=Tone(1.5, 3.0, 1.5, 4.5, 14))
    for again in (pickle.loads(pickle.dumps(art)), copy.deepcopy(art), copy.copy(art)):
        assert again == art and list(again.items()) == list(art.items())
    moved = dataclasses.replace(Span.of(TEXT, 4, 9), end=18, text="mayor of Leeds")
    assert dict(moved) == {"start": 4, "end": 18, "text": "mayor of Leeds"}


def test_record_decorator_refuses_fields_it_cannot_set() -> None:
    @dataclasses.dataclass(slots=True)
    class Later(model._Record):
        name: str
        count: int = dataclasses.field(default=0, init=False)

    with pytest.raises(TypeError, match="plain init fields"):
        model._record(Later)
