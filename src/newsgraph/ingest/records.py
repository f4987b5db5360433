"""What ingest yields: a ``RawArticle`` for each article read, a ``Failure`` for each bad input."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from newsgraph.model import Caption, Removed, article_id


@dataclass(slots=True)
class RawArticle:
    """One article's cleaned text and metadata, before any NLP.

    ``text`` starts with the headline as its own paragraph when the headline is known;
    ``body_start`` is the offset where the body after it starts.
    """

    text: str
    title: str | None = None
    published: str | None = None  # ISO date
    published_from: str | None = None  # metadata | html | None
    author: str | None = None
    url: str | None = None
    path: str | None = None
    outlet: str | None = None
    source_id: str | None = None  # the id the input gave the article (JSON "id"), kept as text
    language: str | None = None  # ISO 639-1 code, None when too short to judge
    removed: list[Removed] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    body_start: int = 0
    # set by ingest when the same text is stored from another outlet: this copy's own key
    copy_key: str | None = None
    # the line telling the user the page gave no publication date, logged once (ux27)
    undated_note: str | None = None
    # "in French, not English: analysed with the English model" (--non-english flag), said
    # with undated_note: by ingest only for an article it stores (ux30)
    language_note: str | None = None
    # "no character encoding declared and ... read as plausibly in windows-1254" (ux33)
    charset_note: str | None = None
    # a JSON record's field of the wrong type, ignored: "its 'outlet' is not text" (ux35)
    field_note: str | None = None

    @property
    def body(self) -> str:
        """The text after the headline."""
        return self.text[self.body_start :]

    @property
    def article_id(self) -> str:
        """The stored id: the text's hash, or for another outlet's copy of a stored text
        the hash of the text and that copy's key (:mod:`newsgraph.store.copies`)."""
        return copy_id(self.text, self.copy_key)


def noted(
    items: Iterable[RawArticle | Failure], source: str, note: str | None
) -> Iterator[RawArticle | Failure]:
    """``items``, the first article of them carrying ``note`` (the line for an input two code
    pages read equally well) as its ``charset_note``, said once as a web page's is (ux35: a
    text file, a JSON(L) file or a feed in such a code page was read with no word)."""
    for item in items:
        if note and isinstance(item, RawArticle) and not item.charset_note:
            item.charset_note = f"{source}: {note}"
            note = None
        yield item


def copy_id(text: str, key: str | None = None) -> str:
    """``article_id(text)``; with a ``key`` (an outlet or URL), the id of that outlet's copy."""
    return article_id(text if key is None else f"{text}\x00copy\x00{key}")


def printable(text: object) -> str:
    """``text`` with control characters (newlines, escapes) and lone surrogates escaped."""
    s = str(text).encode("utf-8", "backslashreplace").decode("utf-8")
    if s.isprintable():
        return s
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode() for ch in s)


def one_line(text: object, limit: int = 200) -> str:
    """``text`` on one printable line (whitespace collapsed), shortened to ``limit``."""
    s = printable(" ".join(str(text).split()))
    return s if len(s) <= limit else s[: limit - 1] + "…"


@dataclass(slots=True)
class Failure:
    """An input that could not be read: ``source`` names it, ``reason`` says why in a sentence.

    Both are kept to one printable line (a failure is printed as exactly one line).
    """

    source: str
    reason: str

    def __post_init__(self) -> None:
        self.source = printable(self.source)
        self.reason = one_line(self.reason, 500)

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def raw_to_dict(raw: RawArticle) -> dict[str, Any]:
    """The extraction-only JSON shape of an article (``newsgraph extract``)."""
    return {
        "title": raw.title,
        "published": raw.published,
        "published_from": raw.published_from,
        "author": raw.author,
        "outlet": raw.outlet,
        "url": raw.url,
        "path": raw.path,
        "id": raw.source_id,
        "language": raw.language,
        "body_start": raw.body_start,
        "text": raw.text,
        "removed": [dataclasses.asdict(r) for r in raw.removed],
        "captions": [dataclasses.asdict(c) for c in raw.captions],
    }
