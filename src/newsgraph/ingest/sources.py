"""Read articles from files, folders, stdin, URLs, URL lists, JSON(L) and WARC, one at a time.

``iter_articles`` streams: it never holds more than one input (or one JSONL line, or one
WARC record) in memory, and bad input becomes a ``Failure`` instead of an exception.

This module finds the inputs and sends each to its format; the parts it uses are
:mod:`._inputs` (run options, file kinds, capped reads, folder walks, sniffing),
:mod:`._article` (one article from text or HTML: cleaned, titled, language judged) and
:mod:`._json` (JSON documents and JSON Lines).
"""

from __future__ import annotations

import logging
import os
import re
import sys
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsgraph.ingest._article import _from_html, _from_text
from newsgraph.ingest._charset import header_charset
from newsgraph.ingest._inputs import (
    _URL,
    NON_ENGLISH,
    TABLE_REASON,
    Item,
    Joined,
    _is_url_list,
    _kind_of,
    _line_stats,
    _open,
    _Options,
    _read_capped,
    _sniff,
    _TooBig,
    _walk,
    broken_link,
    unlistable,
    url_list_lines,
)
from newsgraph.ingest._json import (
    _from_json_text,
    _from_jsonl_lines,
    _garbage_runs,
    _iter_jsonl,
    jsonl_stream,
)
from newsgraph.ingest._json_array import json_array, object_over_cap, starts_array
from newsgraph.ingest._safe import crashed, display_path, display_text
from newsgraph.ingest._sniffed import (
    GZIP,
    SQLITE_REASON,
    content_kind,
    file_is_sqlite,
    file_is_warc,
    gunzip_capped,
    is_sqlite,
    is_warc,
    spooled,
    spooled_stream,
    starts_warc,
)
from newsgraph.ingest.decode import DecodeError, decode_bytes, looks_binary
from newsgraph.ingest.feeds import Feed, looks_like_feed, parse_feed
from newsgraph.ingest.fetch import cap_reason, fetch, user_url_is_private
from newsgraph.ingest.records import Failure, RawArticle, noted, one_line
from newsgraph.ingest.titles import strip_site_name

log = logging.getLogger(__name__)  # newsgraph.ingest.sources, as every ingest warning

__all__ = ["NON_ENGLISH", "Item", "iter_articles", "tell_notes"]


def iter_articles(
    sources: str | Path | Iterable[str | Path],
    *,
    clean: bool = True,
    max_bytes: int = 5_000_000,
    timeout: float = 10.0,
    non_english: str = "keep",
    exclude: Iterable[str | Path] = (),
    defer_notes: bool = False,
) -> Iterator[RawArticle | Failure]:
    """Each article in ``sources`` (paths, folders, ``-`` for stdin, http(s) URLs; one path or
    URL alone is one source), or a Failure.

    ``clean=False`` keeps plain text exactly as given (no headline, nothing removed).
    ``max_bytes`` caps each input (file, page, JSONL line, WARC record); ``timeout`` is per URL.
    ``non_english``: ``skip`` an article confidently in another language (a Failure naming
    it), ``flag`` it (a warning naming it) and let it through, or ``keep`` it silently (the
    library default; the commands and ``newsgraph.ingest`` skip). ``language`` is always set.
    ``exclude``: files and folders a folder walk leaves out (``newsgraph.ingest`` gives its
    store's own files: :func:`store_files`).
    ``defer_notes``: leave each article's "no publication date" and "not English" lines on it
    (``RawArticle.undated_note``, ``language_note``) for the caller to say with
    :func:`tell_notes`; ingest says them only for an article it has not stored yet (ux28,
    ux30: a rerun repeated them for every one, "analysed" of an article it did not analyse).
    """
    if non_english not in NON_ENGLISH:
        raise ValueError(f"non_english must be skip, flag or keep, not {non_english!r}")
    if isinstance(sources, str | Path):  # ux35: one path, not its characters (the first '/'
        sources = [sources]  # of '/tmp/a.txt' walked the whole file system)
    skip = frozenset(Path(os.path.realpath(p)) for p in exclude)
    opts = _Options(clean, max_bytes, timeout, non_english, skip)
    try:
        for source in sources:
            label = display_text(str(source))
            found = False
            for item in _guard(_iter_source(str(source), opts), label):
                found = True
                if isinstance(item, RawArticle) and not defer_notes:
                    tell_notes(item)
                yield item
            if not found:  # ux24: an empty folder or JSON array was a silent no-op
                yield Failure(label, _nothing_in(str(source)))
    finally:
        opts.close()


def _typo_url_list(text: str) -> bool:
    """A text file that is a URL list with a line or two that are no URL (a typo, an ftp://
    link, a note not marked with #): most lines http(s) URLs, every other line short (ux30:
    it was one article made of the URLs; hard38: so it still was when a line held a few
    words, "dead links below"). No article's lines are mostly URLs."""
    lines = [x for _, x in url_list_lines(text)]
    urls = sum(1 for x in lines if _URL.match(x))
    short = all(len(x.split()) <= _NOTE_WORDS for x in lines)
    return urls >= 2 and urls * 2 > len(lines) and short


_NOTE_WORDS = 6  # the longest line, in words, a URL list may hold that is no URL


def _url_lines(text: str, source: str, opts: _Options) -> Iterator[Item]:
    """A URL list with lines that are no URL: each URL fetched, each other line one failure
    naming its line (ux30: one typo refused a whole ``.urls`` file, naming no line)."""
    found = False
    for n, line in url_list_lines(text):
        found = True
        if _URL.match(line):
            yield from _from_url(line, opts)
        else:
            shown = display_text(line[:80])
            yield Failure(
                f"{source}:{n}", f"not an http(s) URL ({shown!r}): a URL list gives one a line"
            )
    if not found:
        yield Failure(source, "a .urls file with no URL in it (only blank or # lines)")


def tell_notes(item: RawArticle, undated: bool = True) -> None:
    """Say ``item``'s "not English" line and (unless ``undated`` is false: ``--published``
    dates it) its "no publication date" line, those it has, each only once."""
    if item.language_note:
        log.warning("%s", item.language_note)
        item.language_note = None
    if item.charset_note:  # ux33: an undeclared page two code pages read equally well
        log.warning("%s", item.charset_note)
        item.charset_note = None
    if item.field_note:  # ux35: a JSON field of the wrong type, ignored
        log.warning("%s", item.field_note)
        item.field_note = None
    if item.undated_note and undated:
        log.warning("%s", item.undated_note)
    item.undated_note = None


def _nothing_in(source: str) -> str:
    """Why a source gave no article and no failure line of its own."""
    if os.path.isdir(source):
        return "a folder with no files to read (hidden files and folders are skipped)"
    path = Path(source)
    if source != "-" and path.is_file() and path.stat().st_size == 0:
        return "empty input"  # hard38: an empty .warc.gz said "no HTML responses"
    if source != "-" and path.is_file() and (_kind_of(path) == "warc" or file_is_warc(path)):
        # ux26: it said "an empty JSON array, or only blank lines" of a WARC archive
        return "a WARC archive with no HTML responses (only requests, media or other records)"
    return "no articles in it (an empty JSON array, or only blank lines)"


def _guard(items: Iterator[Item], source: str, stage: str = "reading") -> Iterator[Item]:
    """``items``, and one Failure naming ``source`` if producing them raises unexpectedly."""
    try:
        yield from items
    except Exception as exc:  # the safety net: one input never stops the batch
        yield crashed(source, exc, stage)


def _jsonl_stream(head: bytes) -> bool:
    """Whether piped data over the cap is JSON Lines: lines of objects, or an object whose
    first line runs past 64 KB (ux33: a first line over the cap hid the lines after it)."""
    start = head[:65536]
    one_line = start.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") and b"\n" not in start
    return one_line or _sniff(start) == "jsonl"


def _iter_source(source: str, opts: _Options) -> Iterator[Item]:
    if source == "-":
        data = sys.stdin.buffer.read(opts.max_bytes + 1)
        if starts_warc(data):  # each record capped, as a WARC file's (ux33)
            for spool in spooled_stream(data, sys.stdin.buffer):
                yield from _from_warc(spool, "<stdin>", opts)
            return
        if len(data) > opts.max_bytes and _jsonl_stream(data):
            # ux33: JSON Lines piped in were refused whole over the cap (a file's lines are
            # each capped): read one line at a time, as a file's are
            lines = jsonl_stream(Joined(data, sys.stdin.buffer), "<stdin>", opts, path=None)
            yield from _garbage_runs(lines)  # hard38b: a run of garbage lines is one line
            return
        if len(data) > opts.max_bytes and starts_array(data):
            # ux35: a JSON array piped in (pretty-printed: not JSON Lines) was refused whole
            # over the cap: read one article at a time, each capped
            yield from json_array(data, sys.stdin.buffer, "<stdin>", opts, path=None)
            return
        if len(data) > opts.max_bytes:
            yield Failure("<stdin>", _over_cap(data, opts.max_bytes))
            return
        yield from _from_stdin(data, opts)
        return
    if _URL.match(source):
        yield from _from_url(source, opts)
        return
    path = Path(source)
    reason = unlistable(path)  # hard38: a folder or path this user may not look into
    if reason:
        yield Failure(display_text(source), reason)
    elif path.is_dir():
        yield from _iter_directory(path, opts)
    elif path.is_file():
        yield from _iter_file(path, opts)
    elif path.exists():  # a device, pipe or socket: reading it may never end
        yield Failure(
            display_text(source),
            "not a regular file (a device, pipe or socket); to read a stream, send it to "
            "standard input and give - as the source",
        )
    else:
        yield Failure(display_text(source), broken_link(path) or _missing_reason(source))


_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*)://", re.IGNORECASE)


def _missing_reason(source: str) -> str:
    """Why ``source`` names nothing to read: no such path, or a URL newsgraph does not fetch."""
    m = _SCHEME.match(source)
    if m is None:
        return "no such file or folder"
    scheme = m.group(1).lower()
    if scheme in ("http", "https"):
        return "not a complete http(s) URL (no host, or spaces in it)"
    if scheme == "file":
        return "file:// URLs are not read: give the file's path instead"
    return f"unsupported URL scheme {scheme}://: only http and https URLs are fetched"


def _from_url(
    url: str,
    opts: _Options,
    *,
    allow_private: bool | None = None,
    given: dict[str, Any] | None = None,
) -> Iterator[Item]:
    """The article(s) at ``url``: a page, JSON, text, or a feed's items.

    ``allow_private`` (None: decided by ``url`` itself) is for links found in a feed;
    ``given`` metadata (a feed item's date and id) wins over the page's.
    """
    got = fetch(opts.client, url, max_bytes=opts.max_bytes, allow_private=allow_private)
    if isinstance(got, Failure):
        yield got
        return
    ctype = got.content_type
    kind = (
        "feed"
        if "rss" in ctype or "atom" in ctype or looks_like_feed(got.data)
        else "html"
        if "html" in ctype
        else "json"
        if "json" in ctype
        else "text"
        if ctype.startswith("text/plain")
        else _sniff(got.data)
    )
    if kind == "feed" and given is not None:
        yield Failure(url, "a feed item links to another feed; not followed")
        return
    private_ok = user_url_is_private(url) if allow_private is None else allow_private
    yield from _from_bytes(
        got.data,
        kind,
        url,
        opts,
        url=got.url,
        given=given,
        private_links=private_ok,
        charset=header_charset(ctype),
    )


# ---------------------------------------------------------------- files and folders


def _iter_file(
    path: Path, opts: _Options, corpus_lines: Counter[str] | None = None
) -> Iterator[Item]:
    """The articles of one file; anything unexpected becomes one Failure naming the file."""
    source = display_path(path)
    yield from _guard(_iter_file_unguarded(path, source, opts, corpus_lines), source)


def _iter_file_unguarded(
    path: Path, source: str, opts: _Options, corpus_lines: Counter[str] | None
) -> Iterator[Item]:
    kind = _kind_of(path)
    if kind == "table":
        yield Failure(source, TABLE_REASON)
        return
    if file_is_sqlite(path):
        yield Failure(source, SQLITE_REASON)
        return
    if kind not in ("warc", "jsonl", "table") and file_is_warc(path):  # named otherwise (ux26)
        kind = "warc"
    try:
        if kind == "warc":
            yield from _from_warc(path, source, opts)
            return
        if kind == "jsonl":
            yield from _iter_jsonl(path, source, opts)
            return
        data = _read_capped(path, opts.max_bytes)
        if kind == "sniff" and data.startswith(GZIP):  # gzip'd, named without .gz (ux26)
            data = gunzip_capped(data, opts.max_bytes)
    except _TooBig:
        yield from _file_over_cap(path, kind, source, opts)
        return
    except (OSError, EOFError, zlib.error) as exc:
        yield _unreadable(source, exc)
        return
    kind = _sniff(data) if kind == "sniff" else content_kind(kind, data, _sniff)
    yield from _from_bytes(data, kind, source, opts, path=source, corpus_lines=corpus_lines)


def _file_over_cap(path: Path, kind: str, source: str, opts: _Options) -> Iterator[Item]:
    """A file over the cap: a JSON array's articles one at a time, each capped (ux35), else
    one line saying the cap and, for one JSON document, how to raise it or split it."""
    if kind not in ("json", "sniff"):
        yield Failure(source, cap_reason(opts.max_bytes))
        return
    with _open(path) as fh:
        head = fh.read(64)
        if starts_array(head):
            yield from json_array(head, fh, source, opts, path=source)
            return
    yield Failure(source, _over_cap(head, opts.max_bytes))


def _over_cap(head: bytes, max_bytes: int) -> str:
    """Why an input over the cap is refused: for one JSON document (ux35) how to raise the
    cap or split the input, else the cap."""
    if head[:64].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return object_over_cap(max_bytes)
    return cap_reason(max_bytes)


def _unreadable(source: str, exc: OSError | EOFError | zlib.error) -> Failure:
    """Why a file or stdin could not be read (hard38: gzip data cut short said "could not be
    read (Compressed file ended before the end-of-stream marker was reached)", damaged gzip
    data "crashed while reading (...); please report this")."""
    if isinstance(exc, EOFError):
        return Failure(source, "the gzip data is cut short (a download stopped?); not read")
    if isinstance(exc, zlib.error):
        return Failure(source, f"could not be read (damaged gzip data: {exc})")
    return Failure(source, f"could not be read ({getattr(exc, 'strerror', None) or exc})")


def _from_warc(path: Path, source: str, opts: _Options) -> Iterator[Item]:
    """Each HTML response of the WARC archive at ``path``; a bad record is one Failure."""
    from newsgraph.ingest.warc import iter_warc

    for url, data, failure, charset in iter_warc(path, opts.max_bytes):
        if failure is not None:
            yield Failure(f"{source}#{url}" if url else source, failure)
        else:
            yield from _from_bytes(
                data, "html", url or source, opts, url=url, path=source, charset=charset
            )


def _from_stdin(data: bytes, opts: _Options) -> Iterator[Item]:
    """Standard input: gzip'd data is decompressed and a WARC archive read as one (ux26: both
    were "binary file, not text"), anything else sniffed as a file of no known name is."""
    source = "<stdin>"
    if data.startswith(GZIP):
        try:
            data = gunzip_capped(data, opts.max_bytes)
        except _TooBig:
            yield Failure(source, cap_reason(opts.max_bytes))
            return
        except (OSError, EOFError, zlib.error) as exc:
            yield _unreadable(source, exc)
            return
    if is_sqlite(data):
        yield Failure(source, SQLITE_REASON)
        return
    if is_warc(data):
        for path in spooled(data):
            yield from _from_warc(path, source, opts)
        return
    yield from _from_bytes(data, _sniff(data), source, opts)


def _iter_directory(folder: Path, opts: _Options) -> Iterator[Item]:
    stats = _line_stats(folder, opts) if opts.clean else None
    for path in _walk(folder, skip=opts.exclude):
        broken = unlistable(path) or broken_link(path)
        if broken:
            yield Failure(display_path(path), broken)
            continue
        lines = stats.boilerplate(display_path(path.parent)) if stats is not None else None
        found = False
        for item in _iter_file(path, opts, corpus_lines=lines):
            found = True
            yield item
        if not found:  # hard38: a file in a folder that gave nothing (an empty .warc.gz, a
            # JSON array with no article) was left out without a word; alone it had its line
            yield Failure(display_path(path), _nothing_in(str(path)))


# ---------------------------------------------------------------- formats


def _from_bytes(
    data: bytes,
    kind: str,
    source: str,
    opts: _Options,
    *,
    url: str | None = None,
    path: str | None = None,
    corpus_lines: Counter[str] | None = None,
    given: dict[str, Any] | None = None,
    private_links: bool = True,
    charset: str | None = None,
) -> Iterator[Item]:
    if not data.strip():
        yield Failure(source, "empty input")
        return
    if looks_binary(data):
        yield Failure(source, "binary file, not text")
        return
    if kind in ("html", "text", "sniff") and looks_like_feed(data):
        kind = "feed"  # a feed document is never itself an article
    if kind == "feed":
        if given is not None:
            yield Failure(source, "a feed item links to another feed; not followed")
        else:
            yield from _from_feed(data, source, opts, path=path, private_links=private_links)
        return
    if kind == "html":
        yield _from_html(data, source, opts, url=url, path=path, given=given, charset=charset)
        return
    notes: list[str] = []
    try:
        text = decode_bytes(data, notes=notes)
    except DecodeError as exc:
        yield Failure(source, str(exc))
        return
    if kind == "jsonl":
        items = _garbage_runs(_from_jsonl_lines(text.splitlines(), source, opts, path=path))
    elif kind == "json":
        items = _from_json_text(text, source, opts, path=path)
    elif _is_url_list(text) and kind in ("text", "urls"):
        items = (got for _, line in url_list_lines(text) for got in _from_url(line, opts))
    elif kind == "urls" or kind == "text" and _typo_url_list(text):
        items = _url_lines(text, source, opts)
    else:
        items = iter(
            [
                _from_text(
                    text,
                    source,
                    opts,
                    url=url,
                    path=path,
                    corpus_lines=corpus_lines,
                    **(given or {}),
                )
            ]
        )
    yield from noted(items, source, notes[0] if notes else None)


def _from_feed(
    data: bytes, source: str, opts: _Options, *, path: str | None, private_links: bool
) -> Iterator[Item]:
    """Each item of an RSS/Atom feed: its full content, or its link fetched (never the feed).

    ``private_links``: whether item links may point at private addresses (a local feed file
    or a feed the user fetched from a private address: yes; a feed from the internet: no).
    """
    try:
        feed = parse_feed(data)
    except Exception as exc:  # feedparser on hostile XML: one line, never a crash
        yield Failure(source, f"malformed feed ({type(exc).__name__}: {exc})")
        return
    if feed.error:
        yield Failure(source, feed.error)
        return
    if not feed.items:
        yield Failure(source, "a feed with no items")
        return
    items = _feed_items(feed, source, opts, path, private_links)
    yield from noted(items, source, feed.charset_note)


def _feed_items(
    feed: Feed, source: str, opts: _Options, path: str | None, private_links: bool
) -> Iterator[Item]:
    for i, item in enumerate(feed.items, 1):
        if item.error:
            yield Failure(f"{source}#{i}", item.error)
            continue
        meta: dict[str, Any] = {
            "published": item.published,
            "published_from": "metadata" if item.published else None,
            "source_id": item.guid,
        }
        title = item.title
        if title:
            title = strip_site_name(title, outlet=feed.title, url=item.link)
        if item.text:
            label = item.link or f"{source}#{i}"
            got = _from_text(
                item.text,
                label,
                opts,
                title=title,
                url=item.link,
                path=path,
                detect_title=not title,
                outlet=feed.title,
                **meta,
            )
            yield _undated(_in_feed(got, i, source), item.unread_date, i, source)
        elif item.link and _URL.match(item.link):
            for got in _from_url(item.link, opts, allow_private=private_links, given=meta):
                yield _undated(_in_feed(got, i, source), item.unread_date, i, source)
        else:
            yield Failure(f"{source}#{i}", "feed item has no content and no link")


def _undated(item: Item, unread: str | None, i: int, feed: str) -> Item:
    """A feed item whose date text is no date (no day: '2018-03', 'March 2018') and that got
    none from its page either: one warning line (ux26; a day was made up before), instead of
    its page's line (ux27: two lines for one article)."""
    if unread and isinstance(item, RawArticle) and not item.published:
        where = f"{item.url} (item {i} of the feed {feed})" if item.url else f"{feed}#{i}"
        item.undated_note = (  # said once, as the page's line is (tell_notes)
            f"{where}: its date {one_line(unread, 60)!r} has no day, or is no date newsgraph "
            "can read; the article has no publication date (a date in its first paragraphs is "
            "used, else its relative times resolve against today)"
        )
    return item


def _in_feed(item: Item, i: int, feed: str) -> Item:
    """A failure of a feed item (its link fetched, or its text) names the feed it came from
    too (ux23): the link alone does not say which of several feeds to look at."""
    if isinstance(item, Failure) and item.source != f"{feed}#{i}":  # that one names it
        return Failure(f"{item.source} (item {i} of the feed {feed})", item.reason)
    return item
