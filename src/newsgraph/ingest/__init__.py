"""Ingest: read real inputs (files, folders, stdin, URLs, JSON(L), WARC) and strip scrape noise.

Ingest runs before any NLP. ``iter_articles`` streams ``RawArticle`` records (cleaned text,
headline first, metadata, what was removed, photo captions) and a ``Failure`` for each input
that could not be read, so one bad file never stops a batch.
"""

from __future__ import annotations

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
