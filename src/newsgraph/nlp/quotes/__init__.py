"""Quotes: direct, indirect and mixed attributions with cue, source and content, the source
resolved to an entity (``doc._.ng_quotes``)."""

from newsgraph.nlp.quotes.component import QuoteFinder, make_quote_finder

__all__ = ["QuoteFinder", "make_quote_finder"]
