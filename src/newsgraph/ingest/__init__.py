"""Ingest: read real inputs (files, folders, stdin, URLs, JSON(L), WARC) and strip scrape noise.

Ingest runs before any NLP. ``iter_articles`` streams ``RawArticle`` records (cleaned text,
headline first, metadata, what was removed, photo captions) and a ``Failure`` for each input
that could not be read, so one bad file never stops a batch.
"""

from __future__ import annotations

import sys
import types
from typing import Any

from newsgraph.ingest.clean import CleanResult, LineStats, clean_text
from newsgraph.ingest.records import Failure, RawArticle, raw_to_dict
from newsgraph.ingest.sources import iter_articles

__all__ = [
    "CleanResult",
    "Failure",
    "LineStats",
    "RawArticle",
    "clean_text",
    "iter_articles",
    "raw_to_dict",
]


def raw_from_text(text: str, *, clean: bool = True, source: str = "<text>") -> RawArticle:
    """A RawArticle from text given directly (the API's ``analyze("...")``).

    Raises ``InputError`` naming ``source`` when there is nothing to analyse.
    """
    from newsgraph.errors import InputError
    from newsgraph.ingest._safe import scrub
    from newsgraph.model import Removed

    notes: list[Removed] = []
    text = scrub(text, "text", notes)
    if not text.strip():
        raise InputError(source, "empty input")
    if not clean:
        return RawArticle(text, removed=notes)
    result = clean_text(text)
    if not result.text.strip():
        raise InputError(source, "empty after cleaning")
    return RawArticle(
        result.text,
        result.title,
        removed=notes + result.removed,
        captions=result.captions,
        body_start=result.body_start,
    )


__all__ += ["raw_from_text"]


class _IngestModule(types.ModuleType):
    """This package, callable: ``newsgraph.ingest(sources, db)`` streams sources into a store.

    ``newsgraph.ingest`` is both this package (``from newsgraph.ingest import iter_articles``)
    and the public batch call documented in ``newsgraph.runner.ingest``.
    """

    def __call__(self, sources: Any, db: Any, **options: Any) -> Any:
        from newsgraph.runner import ingest

        return ingest(sources, db, **options)


sys.modules[__name__].__class__ = _IngestModule
