"""Flatten an ``Article`` into the store's table rows (one dict per row, keyed by column)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, TypeVar

from ..model import Actor, Article, Entity, Place, Span, TimeRef

Row = dict[str, Any]
_R = TypeVar("_R", Place, TimeRef)

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# A sentence ends at . ! or ? (plus closing quotes/brackets) followed by whitespace and then
# something that can open a sentence; a newline always ends one.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]?(\w))|\n")
# Tokens before a full stop that rarely end a sentence: initials ("J."), dotted abbreviations
# ("U.S.") and short capitalised titles ("Mr.", "Dr.", "Gen.", "Sen.").
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z]|\b[A-Z][a-z]{1,2})$")


def dumps(obj: Any) -> str:
    """Compact JSON in a stable order (the order the records declare their fields)."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def day_of(value: str | None) -> str | None:
    """``YYYY-MM-DD`` when ``value`` is resolved to a day (or finer), else None."""
    if value and _DAY.match(value):
        return value[:10]
    return None


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The character range of the sentence(s) holding ``text[start:end]``.

    Expands to the nearest sentence end before ``start`` and after ``end``, skipping
    full stops after initials and abbreviations; newlines are hard boundaries. A span that
    opens its sentence, or ends with the sentence's own full stop and closing quote, keeps
    just that sentence (ux38: the boundary before a sentence-initial span was not seen,
    nor one whose full stop lay inside the span, so both took in their neighbours).
    """
    begin = 0
    stop = len(text)
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= start:
            if _is_boundary(text, m):
                begin = m.end()
        elif m.end() >= end and _is_boundary(text, m):
            stop = m.end() if m.group() != "\n" else m.start()
            break
    while begin < stop and text[begin].isspace():
        begin += 1
    while stop > begin and text[stop - 1].isspace():
        stop -= 1
    return begin, stop


def evidence(text: str, start: int | None, end: int | None) -> Row:
    """The ``evidence``, ``evidence_start`` and ``evidence_end`` of a row whose characters
    are ``text[start:end]``: the sentence(s) around them (all null without a range)."""
    if start is None or end is None or not text:
        return {"evidence": None, "evidence_start": None, "evidence_end": None}
    s0, s1 = sentence_around(text, start, end)
    return {"evidence": text[s0:s1], "evidence_start": s0, "evidence_end": s1}


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    """Whether a ``_SENTENCE_END`` match really ends a sentence."""
    if m.group() == "\n":
        return True
    opener = m.group(1)
    if not (opener.isupper() or opener.isdigit()):
        return False
    dot = m.start()
    return text[dot] != "." or _ABBREVIATION.search(text, max(0, dot - 12), dot) is None


def article_row(a: Article, added_at: str) -> Row:
    return {
        "id": a.id,
        "title": a.title,
        "published": a.published,
        "published_from": a.published_from,
        "author": a.author,
        "outlet": a.source.outlet,
        "url": a.source.url,
        "path": a.source.path,
        "text": a.text,
        "json": dumps(a),  # records are dicts: the same JSON as a.to_dict(), no deep copy
        "added_at": added_at,
    }


def entity_rows(a: Article) -> Iterator[Row]:
    for e in a.entities:
        yield {
            "id": e.id,
            "article_id": a.id,
            "name": e.name,
            "type": e.type,
            "country": e.country,
            "sector": e.sector,
            "role": e.role,
            "aliases": dumps(e.aliases),
            "n_mentions": len(e.mentions),
            "confidence": e.confidence,
            "rule": e.rule,
        }


def mention_rows(a: Article) -> Iterator[Row]:
    for e in a.entities:
        for m in e.mentions:
            yield {"article_id": a.id, "entity_id": e.id, **_span(m)}


def quote_rows(a: Article) -> Iterator[Row]:
    for q in a.quotes:
        yield {
            "id": q.id,
            "article_id": a.id,
            "kind": q.kind,
            "content": q.content.text,
            "content_start": q.content.start,
            "content_end": q.content.end,
            **_optional_span("cue", q.cue),
            **_optional_span("source", q.source),
            "speaker": q.speaker,
            "speaker_name": q.speaker_name,
            "unnamed": q.unnamed,
            "sentence": q.sentence,
            "confidence": q.confidence,
            "rule": q.rule,
            "time_id": q.time,
            "place_id": q.place,
            "json": dumps(q),
        }


def event_rows(a: Article) -> Iterator[Row]:
    entities = {e.id: e for e in a.entities}
    for ev in a.events:
        time = _find(a.times, ev.time_id, ev.time)
        place = _find(a.places, ev.place_id, ev.place)
        ev_start, ev_end = sentence_around(a.text, ev.trigger.start, ev.trigger.end)
        yield {
            "id": ev.id,
            "article_id": a.id,
            "type": ev.type,
            "mode": ev.mode,
            "quad": ev.quad,
            "cameo": ev.cameo,
            "goldstein": ev.goldstein,
            "trigger_text": ev.trigger.text,
            "trigger_start": ev.trigger.start,
            "trigger_end": ev.trigger.end,
            "source_codes": _joined(x.code for x in ev.sources),
            "source_names": _joined(_actor_name(x, entities) for x in ev.sources),
            "target_codes": _joined(x.code for x in ev.targets),
            "target_names": _joined(_actor_name(x, entities) for x in ev.targets),
            "negated": ev.negated,
            "hypothetical": ev.hypothetical,
            "background": ev.background,
            "reported_by": ev.reported_by,
            "context": dumps(ev.context),
            "place_text": ev.place.text if ev.place else None,
            "place_id": place.id if place else ev.place_id,
            "time_text": ev.time.text if ev.time else None,
            "time_id": time.id if time else ev.time_id,
            "time_value": time.value if time else None,
            "event_date": _event_date(time, a.published),
            "sentence": ev.sentence,
            "evidence": a.text[ev_start:ev_end],
            "evidence_start": ev_start,
            "evidence_end": ev_end,
            "confidence": ev.confidence,
            "rule": ev.rule,
            "json": dumps(ev),
        }


def event_actor_rows(a: Article) -> Iterator[Row]:
    entities = {e.id: e for e in a.entities}
    for ev in a.events:
        for role, actors in (("source", ev.sources), ("target", ev.targets)):
            for position, x in enumerate(actors):
                yield {
                    "article_id": a.id,
                    "event_id": ev.id,
                    "role": role,
                    "position": position,
                    "entity_id": x.entity,
                    "code": x.code,
                    "country": x.country,
                    "sector": x.sector,
                    "name": _actor_name(x, entities),
                    **_span(x.span),
                }


def place_rows(a: Article) -> Iterator[Row]:
    for p in a.places:
        yield {
            "id": p.id,
            "article_id": a.id,
            **_span(p.span),
            "geonameid": p.geonameid,
            "name": p.name,
            "feature": p.feature,
            "country_code": p.country_code,
            "lat": p.lat,
            "lon": p.lon,
            "metonymy": p.metonymy,
            "confidence": p.confidence,
            "rule": p.rule,
            "sentence": p.sentence,
        }


def time_rows(a: Article) -> Iterator[Row]:
    for t in a.times:
        interval = t.interval or {}
        yield {
            "id": t.id,
            "article_id": a.id,
            **_span(t.span),
            "type": t.type,
            "value": t.value,
            "granularity": t.granularity,
            "interval_from": interval.get("from", interval.get("start")),
            "interval_to": interval.get("to", interval.get("end")),
            "anchor": t.anchor,
            "sentence": t.sentence,
            "rule": t.rule,
            "confidence": t.confidence,
        }


def _span(s: Span) -> Row:
    return {"start": s.start, "end": s.end, "text": s.text}


def _optional_span(prefix: str, s: Span | None) -> Row:
    if s is None:
        return {prefix: None, f"{prefix}_start": None, f"{prefix}_end": None}
    return {prefix: s.text, f"{prefix}_start": s.start, f"{prefix}_end": s.end}


def _joined(values: Iterator[str | None]) -> str | None:
    present = [v for v in values if v]
    return "; ".join(present) if present else None


def _actor_name(x: Actor, entities: dict[str, Entity]) -> str:
    if x.name:
        return x.name
    if x.entity and x.entity in entities:
        return entities[x.entity].name
    return x.span.text


def _find(records: list[_R], rid: str | None, span: Span | None) -> _R | None:
    """The record with id ``rid``, else the one covering exactly ``span``."""
    for r in records:
        if rid is not None and r.id == rid:
            return r
    if span is not None:
        for r in records:
            if (r.span.start, r.span.end) == (span.start, span.end):
                return r
    return None


def _event_date(time: TimeRef | None, published: str | None) -> str | None:
    return day_of(time.value if time else None) or day_of(published)
