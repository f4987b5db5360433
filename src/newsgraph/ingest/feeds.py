"""RSS and Atom feeds (feedparser): the items of a feed, never the feed document itself.

Only bytes are handed to feedparser (it never fetches anything itself). An item's full
content (Atom ``<content>``, RSS ``<content:encoded>``) is used when it is there and long
enough to be an article; otherwise the item's link is fetched by the caller, with the same
limits as any URL. The item's date is the article's publication date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin
from xml.sax import SAXParseException

import feedparser
import lxml.html

from newsgraph.ingest._charset import undeclared_xml
from newsgraph.ingest._feed_items import Piece, cdata_left_open, split_items
from newsgraph.ingest._flat_html import fragment
from newsgraph.ingest._json_dates import iso_date
from newsgraph.ingest.decode import DecodeError
from newsgraph.ingest.records import one_line

#: an item's content shorter than this (in words) is a teaser: the link is fetched instead
MIN_CONTENT_WORDS = 40
_BLOCKS = {"p", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "td", "dd"}
_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf")
_WEB = re.compile(r"^https?://\S+$", re.IGNORECASE)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)  # urn:, mailto:, ftp: ...


@dataclass(slots=True)
class FeedItem:
    """One feed item: its text when the feed carries it in full, else a link to fetch."""

    title: str | None
    link: str | None
    published: str | None  # ISO date, as the item gives it
    guid: str | None
    text: str | None  # paragraphs separated by blank lines, when the item has full content
    error: str | None = None  # why the item could not be read (its XML is broken)
    unread_date: str | None = None  # the item's date text, when it is no date (no day)


@dataclass(slots=True)
class Feed:
    title: str | None
    items: list[FeedItem]
    error: str | None = None  # why the document could not be read as a feed
    charset_note: str | None = None  # two code pages read it equally well (ux35)


def looks_like_feed(data: bytes) -> bool:
    """An XML document whose root is ``<rss>``, Atom's ``<feed>`` or RSS 1.0's ``<rdf:RDF>``."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not head.startswith(b"<"):
        return False
    start = head
    while start.startswith((b"<?", b"<!--", b"<!doctype")):
        end = start.find(b">")
        if end < 0:
            return False
        start = start[end + 1 :].lstrip()
    return start.startswith(_ROOTS)


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _paragraphs(html: str) -> str:
    """The text of an HTML fragment, one paragraph per block element."""
    try:
        root = fragment(html)
    except Exception:  # lxml on hostile markup: treat as plain text
        return "\n\n".join(" ".join(x.split()) for x in html.split("\n\n") if x.strip())
    blocks = [el for el in root.iter() if isinstance(el.tag, str) and el.tag.lower() in _BLOCKS]
    nested = {id(b) for el in blocks for b in el.iterdescendants() if b in blocks}
    texts = [" ".join(el.text_content().split()) for el in blocks if id(el) not in nested]
    texts = [t for t in texts if t]
    if not texts:
        whole = " ".join(root.text_content().split())
        texts = [whole] if whole else []
    return "\n\n".join(texts)


def _date(entry: Any) -> tuple[str | None, str | None]:
    """``(date, unread)``: the item's date read from its own text as ``--published`` reads it
    (a year, a month and a day; ux26: feedparser's ``*_parsed`` fields fill a missing day or
    month, so '2018-03' was 1 March and dateutil gave 'March 2018' today's day), and, when no
    date reads, the first date text it has (to be named in a warning)."""
    unread = None
    for key in ("published", "updated", "created"):
        # the item's own fields: feedparser's get('updated') falls back to 'published' with
        # a DeprecationWarning
        raw = dict.get(entry, key) if isinstance(entry, dict) else entry.get(key)
        if isinstance(raw, str) and raw.strip():
            date = iso_date(raw)
            if date:
                return date, None
            unread = unread or raw
    return None, unread


def _content(entry: Any, min_words: int = MIN_CONTENT_WORDS) -> str | None:
    best = ""
    for part in entry.get("content") or []:
        value = part.get("value") if isinstance(part, dict) else None
        if not isinstance(value, str):
            continue
        text = _paragraphs(value) if "html" in str(part.get("type", "html")) else value.strip()
        if len(text) > len(best):
            best = text
    return best if best and len(best.split()) >= min_words else None


def _summary(entry: Any) -> str | None:
    """The item's description (RSS ``<description>``, Atom ``<summary>``) as text when it is
    long enough to be an article (:data:`MIN_CONTENT_WORDS`), else None (a teaser)."""
    value = entry.get("summary")
    if not isinstance(value, str) or not value.strip():
        return None
    detail = entry.get("summary_detail") or {}
    text = _paragraphs(value) if "html" in str(detail.get("type", "html")) else value.strip()
    return text if len(text.split()) >= MIN_CONTENT_WORDS else None


def parse_feed(data: bytes) -> Feed:
    """The items of the feed in ``data`` (bytes: feedparser is never given a URL to fetch)."""
    notes: list[str] = []
    try:
        data = undeclared_xml(data, notes)  # a legacy code page, no encoding declared (ux30)
    except DecodeError as undecodable:
        return Feed(None, [], str(undecodable))
    feed = _parsed_feed(data)
    feed.charset_note = notes[0] if notes else None
    return feed


def _parsed_feed(data: bytes) -> Feed:
    parsed = feedparser.parse(data)
    title = _text(parsed.feed.get("title")) if parsed.get("feed") else None
    # a relative item link ('/news/1') is read against the channel's own link (ux26)
    home = parsed.feed.get("link") if parsed.get("feed") else None
    base = home.strip() if isinstance(home, str) and _WEB.match(home.strip()) else None
    entries = parsed.get("entries") or []
    broken = parsed.get("bozo") and isinstance(parsed.get("bozo_exception"), SAXParseException)
    if broken or cdata_left_open(data):
        # not well-formed: read each item alone so the damage stays in its item (ux24)
        pieces = split_items(data)
        if pieces is not None:
            return Feed(title, list(_pieces(pieces, base)))
    if not entries:
        error = None
        if parsed.get("bozo") and not parsed.get("feed"):
            exc = parsed.get("bozo_exception")
            error = f"malformed feed ({type(exc).__name__}: {exc})" if exc else "malformed feed"
        return Feed(title, [], error)
    return Feed(title, list(_items(entries, base)))


def _pieces(pieces: list[Piece], base: str | None) -> Iterator[FeedItem]:
    for piece in pieces:
        if piece.entry is None:
            yield FeedItem(None, None, None, None, None, error=piece.error)
        else:
            yield from _items([piece.entry], base)


def _link(entry: Any, base: str | None) -> str | None:
    """The item's web link: as given, or a relative one read against ``base``; an Atom
    entry's id given as its link ("urn:uuid:...") is no page to fetch."""
    link = entry.get("link")
    if not isinstance(link, str) or not link.strip():
        return None
    link = link.strip()
    if not _WEB.match(link) and base and not _SCHEME.match(link):
        link = urljoin(base, link)
    return link if _WEB.match(link) else None


def _title(entry: Any) -> str | None:
    """The item's title as text: an HTML title ('&lt;b&gt;Bold&lt;/b&gt; &amp;amp; more', which
    RSS allows) loses its tags and entities (ux26: they were kept in the title and text)."""
    value = entry.get("title")
    detail = entry.get("title_detail") or {}
    if isinstance(value, str) and value.strip() and "html" in str(detail.get("type", "")):
        try:
            value = lxml.html.fragment_fromstring(value, create_parent="div").text_content()
        except Exception:  # lxml on hostile markup: keep the text as given
            pass
    return _text(value)


def _items(entries: list[Any], base: str | None = None) -> Iterator[FeedItem]:
    for entry in entries:
        link = _link(entry, base)
        published, unread = _date(entry)
        # short content is a teaser when there is a link to fetch, else all there is; an item
        # with no link and no content may carry its text as its description (ux26: "no
        # content and no link")
        text = _content(entry) if link else _content(entry, 1) or _summary(entry)
        given = entry.get("link")
        error = None
        if not link and not text and isinstance(given, str) and given.strip():
            # ux33: an ftp:, mailto: or urn: link was told "no content and no link"
            shown = one_line(given.strip(), 80)
            error = f"feed item has no content and its link is no web page ({shown!r})"
        yield FeedItem(
            title=_title(entry),
            link=link,
            published=published,
            unread_date=unread,
            guid=_text(entry.get("id")),
            text=text,
            error=error,
        )
