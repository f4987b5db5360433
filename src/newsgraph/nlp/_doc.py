"""Doc extensions shared by newsgraph's components, and small span helpers."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsgraph.model import Span, article_id

if TYPE_CHECKING:
    from newsgraph.model import Entity

_EXTENSIONS = {
    "ng_published": None,  # ISO date string of publication, set by the caller before the pipeline
    "ng_entities": None,  # list[Entity]
    "ng_quotes": None,  # list[Quote]
    "ng_events": None,  # list[Event]
    "ng_places": None,  # list[Place]
    "ng_times": None,  # list[TimeRef]
    "ng_cache": None,  # dict: per-doc scratch space shared between components
}


def register_extensions() -> None:
    """Register the ``Doc._.ng_*`` extensions (idempotent)."""
    for name, default in _EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Doc.has_extension("ng_id"):
        Doc.set_extension("ng_id", getter=_article_id)


def _article_id(doc: Doc) -> str:
    return _cached(doc, "id", lambda: article_id(doc_text(doc)))  # type: ignore[no-any-return]


register_extensions()


def _cached(doc: Doc, key: str, make):  # type: ignore[no-untyped-def]
    cache = doc._.ng_cache  # one extension access: each builds an Underscore object
    if cache is None:
        cache = doc._.ng_cache = {}
    try:
        return cache[key]
    except KeyError:
        value = cache[key] = make()
        return value


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per doc (spaCy rebuilds it from the tokens on every access)."""
    return _cached(doc, "text", lambda: doc.text)  # type: ignore[no-any-return]


def tokens(doc: Doc) -> list[Token]:
    """The doc's tokens as a list, built once per doc (iterating a Doc creates new Tokens)."""
    return _cached(doc, "tokens", lambda: list(doc))  # type: ignore[no-any-return]


def doc_ents(doc: Doc) -> tuple[SpacySpan, ...]:
    """``doc.ents``, built once per doc (spaCy rebuilds the spans on every access).

    Only valid after the last component that sets entities (the pipeline's ``prepare``
    step computes it after the NER and the entity ruler).
    """
    return _cached(doc, "ents", lambda: tuple(doc.ents))  # type: ignore[no-any-return]


def span(doc: Doc, start: int, end: int) -> Span:
    """A record span over the doc's text (character offsets)."""
    return Span(start, end, doc_text(doc)[start:end])


def sentence_starts(doc: Doc) -> list[int]:
    """Character offsets where each sentence starts (cached per doc)."""
    return _cached(doc, "sent_starts", lambda: [s.start_char for s in doc.sents])  # type: ignore[no-any-return]


def sentence_index(doc: Doc, char: int) -> int:
    """Index of the sentence containing character offset ``char``."""
    starts = sentence_starts(doc)
    return max(0, bisect.bisect_right(starts, char) - 1)


def entity_at(doc: Doc, start: int, end: int) -> Entity | None:
    """The entity with a mention overlapping ``[start, end)`` best (longest overlap), or None."""
    best: tuple[int, Entity] | None = None
    for ent in doc._.ng_entities or []:
        for m in ent.mentions:
            ov = min(end, m.end) - max(start, m.start)
            if ov > 0 and (best is None or ov > best[0]):
                best = (ov, ent)
    return best[1] if best else None
