"""Typed results of the store's queries.

Each hit carries the same typed record :func:`newsgraph.analyze` returns (a
:class:`~newsgraph.model.Quote`, an :class:`~newsgraph.model.Event`) plus the
:class:`ArticleRef` it came from. ``to_dict()`` gives the flat row the JSON API and
``--json`` print (documented on each :class:`~newsgraph.store.Store` method), and a hit
can also be read like that row (``hit["speaker_name"]``), so code written against the
flat rows keeps working.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..model import Event, Quote, Span, article_from_dict
from ._rows import evidence, sentence_around


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """The article a hit comes from: enough to show and link it."""

    id: str
    title: str | None
    published: str | None
    outlet: str | None
    url: str | None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def of(cls, row: Mapping[str, Any], id_key: str = "article_id") -> ArticleRef:
        return cls(row[id_key], row["title"], row["published"], row["outlet"], row["url"])


class _Row(dict):  # type: ignore[type-arg]
    """A hit that is also the ``dict`` of its flat row (``to_dict()``), filled when made.

    So ``hit["speaker_name"]`` reads the row and plain ``json.dumps(hit)`` prints it, as
    ``--json`` does. Hits are results: read them, do not change them.
    """

    __slots__ = ()

    def __post_init__(self) -> None:
        dict.update(self, self.to_dict())

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError

    def __reduce__(self) -> tuple[Any, ...]:  # pickle and copy rebuild through __init__
        fields = self.__dataclass_fields__  # type: ignore[attr-defined]
        return _rebuild, (type(self), tuple(getattr(self, f) for f in fields))


def _rebuild(cls: type[_Row], values: tuple[Any, ...]) -> _Row:
    return cls(*values)


@dataclass(eq=False, slots=True)
class SearchHit(_Row):
    """A full-text search hit: the article, a snippet with matches marked, and its rank."""

    article: ArticleRef
    snippet: str
    rank: float

    def to_dict(self) -> dict[str, Any]:
        return {**self.article.to_dict(), "snippet": self.snippet, "rank": self.rank}


@dataclass(eq=False, slots=True)
class ArticleRow(_Row):
    """An article in a listing, with how many quotes and events it holds."""

    article: ArticleRef
    n_quotes: int
    n_events: int

    def to_dict(self) -> dict[str, Any]:
        return {**self.article.to_dict(), "n_quotes": self.n_quotes, "n_events": self.n_events}


@dataclass(eq=False, slots=True)
class QuoteHit(_Row):
    """A stored quote (the record ``analyze`` made) and its article."""

    quote: Quote
    article: ArticleRef
    flat: dict[str, Any] = field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.flat)


@dataclass(eq=False, slots=True)
class EventHit(_Row):
    """A stored event (the record ``analyze`` made), its article, date and evidence sentence.

    ``date`` is the event's own day (its time expression resolved to a day), else the
    article's publication day; ``when`` is the event's own date as precise as its time
    expression gives it (``2018``, ``2018-08``, ``2018-08-29``), else ``date``;
    ``evidence`` is the sentence around the trigger; ``source_names``/``target_names``
    name the actors (entity name, else the text).
    """

    event: Event
    article: ArticleRef
    date: str | None
    when: str | None
    evidence: Span | None
    source_names: list[str]
    target_names: list[str]
    place_name: str | None
    lat: float | None
    lon: float | None
    flat: dict[str, Any] = field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.flat)


def _record(kind: str, data: dict[str, Any]) -> Any:
    """One quote or event record from its stored JSON."""
    return getattr(article_from_dict({"id": "", "text": "", kind: [data]}), kind)[0]


def _names(joined: str | None) -> list[str]:
    return joined.split("; ") if joined else []


def search_hit(row: dict[str, Any]) -> SearchHit:
    return SearchHit(ArticleRef.of(row, "id"), row["snippet"], row["rank"])


def article_row(row: dict[str, Any]) -> ArticleRow:
    return ArticleRow(ArticleRef.of(row, "id"), row["n_quotes"], row["n_events"])


def quote_hit(row: dict[str, Any], data: dict[str, Any]) -> QuoteHit:
    """A quote hit; a row with its article's text (``article_text``) and the quote's first
    and last character (``_evidence_from``/``_evidence_to``) also gets the sentence(s)
    around the quote as ``evidence``, ``evidence_start``, ``evidence_end`` (ux38)."""
    if "article_text" in row:
        text = row.pop("article_text")
        row.update(evidence(text, row.pop("_evidence_from"), row.pop("_evidence_to")))
    return QuoteHit(_record("quotes", data), ArticleRef.of(row), row)


def event_hit(row: dict[str, Any], data: dict[str, Any]) -> EventHit:
    start, end = row["evidence_start"], row["evidence_end"]
    evidence = Span(start, end, row["evidence"]) if start is not None else None
    return EventHit(
        event=_record("events", data),
        article=ArticleRef.of(row),
        date=row["date"],
        when=row.get("when"),
        evidence=evidence,
        source_names=_names(row["source_names"]),
        target_names=_names(row["target_names"]),
        place_name=row["place_name"],
        lat=row["lat"],
        lon=row["lon"],
        flat=row,
    )


@dataclass(eq=False, slots=True)
class PlaceSummary(_Row):
    """One place across the store (a GeoNames id, or an unresolved name) and its counts."""

    geonameid: int | None
    name: str
    feature: str
    country_code: str | None
    lat: float | None
    lon: float | None
    n_mentions: int
    n_articles: int
    n_as_actor: int

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(eq=False, slots=True)
class PlaceMention(_Row):
    """One mention of a place: the span as written, its sentence, and the article."""

    article: ArticleRef
    place_id: str
    span: Span
    evidence: Span
    name: str
    metonymy: bool
    confidence: float
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article.id,
            "place_id": self.place_id,
            "text": self.span.text,
            "start": self.span.start,
            "end": self.span.end,
            "sentence": self.evidence.text,
            "sentence_start": self.evidence.start,
            "sentence_end": self.evidence.end,
            "name": self.name,
            "metonymy": self.metonymy,
            "confidence": self.confidence,
            "rule": self.rule,
            **{k: v for k, v in self.article.to_dict().items() if k != "id"},
        }


def place_summary(row: dict[str, Any]) -> PlaceSummary:
    return PlaceSummary(**{**row, "n_as_actor": int(row["n_as_actor"] or 0)})


def place_mention(row: dict[str, Any]) -> PlaceMention:
    text = row["article_text"]
    start, end = sentence_around(text, row["start"], row["end"])
    return PlaceMention(
        article=ArticleRef.of(row),
        place_id=row["place_id"],
        span=Span(row["start"], row["end"], row["text"]),
        evidence=Span(start, end, text[start:end]),
        name=row["name"],
        metonymy=bool(row["metonymy"]),
        confidence=row["confidence"],
        rule=row["rule"],
    )
