"""The same text from several outlets: each outlet's copy is kept as its own article.

An article's id is the hash of its text, so a wire story two sites ran was stored once
and the second outlet, its URL and its date were lost: "who said it first" and framing
by outlet could name the wrong outlet or miss one. At ingest, a text already stored (or
read earlier in the same run) is now compared by source:

- the same outlet (compared without case or spacing) or the same URL, or an input that
  names neither: the same article, skipped as before (a rerun adds nothing);
- another outlet or URL: that outlet's copy, stored and analysed as its own article
  (its own date anchors its relative dates) under the id ``copy_id(text, key)``, the key
  being its outlet, else its URL. ``dedupe`` links it to the earliest copy as a duplicate
  (similarity 1.0), as it links any near-duplicate reprint.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Iterator
from typing import Any, Protocol, TypeVar

from ..ingest.records import RawArticle, copy_id
from ..model import article_id

__all__ = ["CopyFilter", "copy_keys", "mark_copies", "same_source"]

SourceKey = tuple[str | None, str | None]  # (url, folded outlet)
_T = TypeVar("_T")


class _Store(Protocol):
    def existing_ids(self, ids: Iterable[str]) -> set[str]: ...
    def sources_of(self, ids: Iterable[str]) -> dict[str, tuple[str | None, str | None]]: ...


def _fold(outlet: str | None) -> str | None:
    folded = " ".join((outlet or "").casefold().split())
    return folded or None


def _url(url: str | None) -> str | None:
    return (url or "").strip().split("#", 1)[0] or None


def source_key(url: str | None, outlet: str | None) -> SourceKey:
    """What tells one outlet's copy from another's: its URL and its folded outlet name."""
    return (_url(url), _fold(outlet))


def same_source(a: SourceKey, b: SourceKey) -> bool:
    """Whether two copies of one text came from the same place (same URL or same outlet)."""
    return (a[0] is not None and a[0] == b[0]) or (a[1] is not None and a[1] == b[1])


def copy_keys(key: SourceKey) -> list[str]:
    """The keys a copy from ``key`` may be stored under: its outlet first, then its URL."""
    return [k for k in (key[1], key[0]) if k is not None]


class CopyFilter:
    """Which articles read by one ingest run are new, copies of other outlets included.

    ``new(batch)`` returns the articles to analyse and store; each other outlet's copy of a
    text already stored or read gets its ``copy_key`` set (so its own id). ``skipped``
    counts the ones left out.
    """

    def __init__(self, store: _Store, window: int = 100_000) -> None:
        self.store = store
        # text id -> its sources read this run, and the ids this run will store: only the
        # last ``window`` of each, so memory stays flat on any corpus size (older ones are
        # committed by then, and the store answers for them)
        self.sources: OrderedDict[str, list[tuple[SourceKey, str | None]]] = OrderedDict()
        self.claimed: OrderedDict[str, None] = OrderedDict()
        self.window = window
        self.skipped = 0

    def _remember(self, base: str, key: SourceKey) -> None:
        self.sources[base] = [(key, None)]  # the text's first source: the text's own id
        if len(self.sources) > self.window:
            self.sources.popitem(last=False)

    def _claim(self, aid: str) -> None:
        self.claimed[aid] = None
        if len(self.claimed) > self.window:
            self.claimed.popitem(last=False)

    def new(self, batch: list[RawArticle]) -> list[RawArticle]:
        bases = [article_id(r.text) for r in batch]
        unseen = [b for b in bases if b not in self.sources]
        for base, src in self.store.sources_of(unseen).items():
            self._remember(base, source_key(*src))
        kept: list[RawArticle] = []
        for raw, base in zip(batch, bases, strict=True):
            if self._keep(raw, base):
                kept.append(raw)
            else:
                self.skipped += 1
        return kept

    def _keep(self, raw: RawArticle, base: str) -> bool:
        key = source_key(raw.url, raw.outlet)
        seen = self.sources.get(base)
        if seen is None:  # a text neither stored nor read before
            self._remember(base, key)
            self._claim(base)
            return True
        if key == (None, None):
            return False
        for earlier, earlier_key in seen:
            if same_source(key, earlier):
                raw.copy_key = earlier_key  # the same article: its id (what analyze prints)
                return False
        keys = copy_keys(key)
        seen.append((key, keys[0]))
        ids = [copy_id(raw.text, k) for k in keys]
        if any(i in self.claimed for i in ids) or self.store.existing_ids(ids):
            return False  # this outlet's copy is stored already (a rerun)
        raw.copy_key = keys[0]
        self._claim(ids[0])
        return True


class _NoStore:
    """No stored article: what ``analyze`` compares against (it stores nothing)."""

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        return set()

    def sources_of(self, ids: Iterable[str]) -> dict[str, tuple[str | None, str | None]]:
        return {}


def mark_copies(items: Iterable[_T]) -> Iterator[_T]:
    """``items`` as they come, each other outlet's copy of a text read before in them with its
    ``copy_key`` set, so ``analyze`` gives it the id ``ingest`` stores it under (ux26: two
    outlets' copies printed with one id); nothing is left out."""
    copies = CopyFilter(_NoStore())
    for item in items:
        if isinstance(item, RawArticle):
            copies.new([item])
        yield item


def sources_query(conn: Any, ids: list[str]) -> dict[str, tuple[str | None, str | None]]:
    """``{id: (url, outlet)}`` of the stored articles among ``ids``."""
    found: dict[str, tuple[str | None, str | None]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for aid, url, outlet in conn.execute(
            f"SELECT id, url, outlet FROM articles WHERE id IN ({marks})", chunk
        ):
            found[aid] = (url, outlet)
    return found
