"""Doc extensions shared by newsgraph's components, and small span helpers."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Container, Hashable
from typing import TYPE_CHECKING, Any, TypeVar

from spacy.attrs import IDX, LENGTH
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

_TokenFn = TypeVar("_TokenFn", bound=Callable[..., list[str]])


def register_extensions() -> None:
    """Register the ``Doc._.ng_*`` extensions (idempotent)."""
    for name, default in _EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Doc.has_extension("ng_id"):
        Doc.set_extension("ng_id", getter=_article_id)


def _article_id(doc: Doc) -> str:
    return _cached(doc, "id", lambda: article_id(doc_text(doc)))  # type: ignore[no-any-return]


def article_id_of(doc: Doc) -> str:
    """``doc._.ng_id`` (the article's id, computed once per doc) without an Underscore
    object."""
    return _article_id(doc)


register_extensions()


# where spaCy keeps the value of ``doc._.ng_cache`` (Underscore stores Doc extensions in
# ``doc.user_data`` under this key); reading it directly skips building an Underscore object
# on every access, which the components do tens of thousands of times per article
_CACHE_KEY = ("._.", "ng_cache", None, None)
_ENTITIES_KEY = ("._.", "ng_entities", None, None)


def _cached(doc: Doc, key: Hashable, make):  # type: ignore[no-untyped-def]
    data: dict[Any, Any] = doc.user_data
    cache = data.get(_CACHE_KEY)
    if cache is None:
        cache = data[_CACHE_KEY] = {}
    try:
        return cache[key]
    except KeyError:
        value = cache[key] = make()
        return value


#: the per-doc cache entries that hold no fact read from the parse or the token text: the
#: article id (hashed from the text) and the caller's "publication date was inferred" flag
#: (set before the pipeline runs). A component that rebuilds or re-parses a doc keeps these and
#: drops everything else (tokens, sentence bounds, entities, parse-derived values).
PARSE_FREE = frozenset({"id", "published_inferred"})


def restart_cache(doc: Doc, text: str, old: dict[Any, Any] | None) -> None:
    """Restart ``doc``'s cache with ``text`` and the :data:`PARSE_FREE` entries of ``old``."""
    kept = {k: v for k, v in (old or {}).items() if k in PARSE_FREE}
    data: dict[Any, Any] = doc.user_data
    data[_CACHE_KEY] = {**kept, "text": text}


def release(doc: Doc) -> None:
    """Drop the doc's per-doc cache once its records are read. The cache's Tokens, Spans and
    memos hold the doc in reference cycles, so a dropped doc waited for the garbage collector
    (the end-of-batch collection walked every one of them); without the cache, reference
    counting frees it at once. A later read rebuilds what it needs, as on a fresh doc."""
    data: dict[Any, Any] = doc.user_data
    data.pop(_CACHE_KEY, None)


def remember_text(doc: Doc, text: str) -> None:
    """Start the doc's cache with the text it was made from (the tokenizer has it; spaCy keeps
    it exactly as ``doc.text``, which otherwise is rebuilt by walking every token)."""
    data: dict[Any, Any] = doc.user_data
    data.setdefault(_CACHE_KEY, {})["text"] = text


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per doc (spaCy rebuilds it from the tokens on every access)."""
    data: dict[Any, Any] = doc.user_data
    try:  # the hot path: a plain lookup (called tens of thousands of times per article)
        return data[_CACHE_KEY]["text"]  # type: ignore[no-any-return]
    except KeyError:
        return _cached(doc, "text", lambda: doc.text)  # type: ignore[no-any-return]


def per_token(name: str) -> Callable[[_TokenFn], _TokenFn]:
    """Decorator: ``fn(toks, tok, *args)`` (``toks`` is ``tokens(tok.doc)``, the result depends
    on the token and ``args`` alone) computed once per doc, token and ``args``; each call gets
    its own copy of the list."""

    def wrap(fn: _TokenFn) -> _TokenFn:
        @functools.wraps(fn)
        def memo(toks: list[Token], tok: Token, *args: Any) -> list[str]:
            kept: dict[int, tuple[tuple[Any, ...], tuple[str, ...]]]
            kept = _cached(tok.doc, name, dict)
            hit = kept.get(tok.i)
            if hit is not None and hit[0] == args:
                return list(hit[1])
            out = fn(toks, tok, *args)
            kept[tok.i] = (args, tuple(out))
            return out

        return memo  # type: ignore[return-value]

    return wrap


def tokens(doc: Doc) -> list[Token]:
    """The doc's tokens as a list, built once per doc (iterating a Doc creates new Tokens)."""
    data: dict[Any, Any] = doc.user_data
    try:
        return data[_CACHE_KEY]["tokens"]  # type: ignore[no-any-return]
    except KeyError:
        return _cached(doc, "tokens", lambda: list(doc))  # type: ignore[no-any-return]


def token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Each token's start and end character offsets (cached per doc): the text of tokens
    ``i .. j`` is ``doc_text(doc)[starts[i]:ends[j]]``, with no Span built."""

    def make() -> tuple[list[int], list[int]]:
        arr = doc.to_array([IDX, LENGTH])
        starts = arr[:, 0].tolist()
        return starts, [s + n for s, n in zip(starts, arr[:, 1].tolist(), strict=True)]

    return _cached(doc, "token_bounds", make)  # type: ignore[no-any-return]


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


def _mention_index(doc: Doc) -> tuple[list[int], list[tuple[int, int, int, Entity]], int]:
    """Entity mentions sorted by start (start, end, order, entity), their starts, and the
    longest mention's length; rebuilt when ``doc._.ng_entities`` is replaced."""
    data: dict[Any, Any] = doc.user_data
    ents = data.get(_ENTITIES_KEY) or []  # doc._.ng_entities, no Underscore object
    key = ("mention_index", id(ents), len(ents))

    def make() -> tuple[list[int], list[tuple[int, int, int, Entity]], int]:
        rows = sorted(
            (m.start, m.end, order, ent) for order, ent in enumerate(ents) for m in ent.mentions
        )
        longest = max((e - s for s, e, _, _ in rows), default=0)
        return [r[0] for r in rows], rows, longest

    return _cached(doc, key, make)  # type: ignore[no-any-return]


def entity_at(doc: Doc, start: int, end: int) -> Entity | None:
    """The entity with a mention overlapping ``[start, end)`` best (longest overlap; the
    earlier entity on a tie), or None."""
    starts, rows, longest = _mention_index(doc)
    best: tuple[int, int, Entity] | None = None
    i = bisect.bisect_left(starts, end)  # mentions starting at or after ``end`` cannot overlap
    while i > 0:
        i -= 1
        m_start, m_end, order, ent = rows[i]
        if m_start + longest <= start:
            break  # no earlier mention reaches ``start``
        ov = min(end, m_end) - max(start, m_start)
        if ov > 0 and (best is None or (ov, -order) > (best[0], -best[1])):
            best = (ov, order, ent)
    return best[2] if best else None


def first_entity_covering(doc: Doc, char: int, types: Container[str]) -> Entity | None:
    """The first entity in ``doc._.ng_entities`` of one of ``types`` with a mention covering
    character ``char`` (``start <= char < end``), or None."""
    starts, rows, longest = _mention_index(doc)
    best: tuple[int, Entity] | None = None
    i = bisect.bisect_right(starts, char)  # mentions starting after ``char`` cannot cover it
    while i > 0:
        i -= 1
        m_start, m_end, order, ent = rows[i]
        if m_start + longest <= char:
            break  # no earlier mention reaches ``char``
        if char < m_end and ent.type in types and (best is None or order < best[0]):
            best = (order, ent)
    return best[1] if best else None
