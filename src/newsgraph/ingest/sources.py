"""Read articles from files, folders, stdin, URLs, URL lists, JSON(L) and WARC, one at a time.

``iter_articles`` streams: it never holds more than one input (or one JSONL line, or one
WARC record) in memory, and bad input becomes a ``Failure`` instead of an exception.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from dateutil import parser as dateparser

from newsgraph.ingest._safe import crashed, display_path, display_text, scrub
from newsgraph.ingest.clean import LineStats, clean_text
from newsgraph.ingest.decode import DecodeError, decode_bytes, looks_binary
from newsgraph.ingest.feeds import looks_like_feed, parse_feed
from newsgraph.ingest.fetch import cap_reason, fetch, make_client, user_url_is_private
from newsgraph.ingest.html import extract_html
from newsgraph.ingest.language import detect_language, language_name
from newsgraph.ingest.records import Failure, RawArticle
from newsgraph.ingest.titles import strip_site_name
from newsgraph.model import Removed

log = logging.getLogger(__name__)

Item = RawArticle | Failure

_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)
_TEXT_SUFFIXES = (".txt", ".text", ".md")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_JSONL_SUFFIXES = (".jsonl", ".ndjson")


class _TooBig(Exception):
    pass


@dataclass(slots=True)
class _Options:
    clean: bool
    max_bytes: int
    timeout: float
    non_english: str = "keep"
    _client: httpx.Client | None = field(default=None)

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = make_client(self.timeout)
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()


def iter_articles(
    sources: Iterable[str],
    *,
    clean: bool = True,
    max_bytes: int = 5_000_000,
    timeout: float = 10.0,
    non_english: str = "keep",
) -> Iterator[RawArticle | Failure]:
    """Each article in ``sources`` (paths, folders, ``-`` for stdin, http(s) URLs), or a Failure.

    ``clean=False`` keeps plain text exactly as given (no headline, nothing removed).
    ``max_bytes`` caps each input (file, page, JSONL line, WARC record); ``timeout`` is per URL.
    ``non_english``: ``skip`` an article confidently in another language (a Failure naming
    it), ``flag`` it (a warning naming it) and let it through, or ``keep`` it silently (the
    library default; the commands and ``newsgraph.ingest`` skip). ``language`` is always set.
    """
    if non_english not in NON_ENGLISH:
        raise ValueError(f"non_english must be skip, flag or keep, not {non_english!r}")
    opts = _Options(clean, max_bytes, timeout, non_english)
    try:
        for source in sources:
            yield from _guard(_iter_source(str(source), opts), display_text(str(source)))
    finally:
        opts.close()


def _guard(items: Iterator[Item], source: str, stage: str = "reading") -> Iterator[Item]:
    """``items``, and one Failure naming ``source`` if producing them raises unexpectedly."""
    try:
        yield from items
    except Exception as exc:  # the safety net: one input never stops the batch
        yield crashed(source, exc, stage)


def _iter_source(source: str, opts: _Options) -> Iterator[Item]:
    if source == "-":
        data = sys.stdin.buffer.read(opts.max_bytes + 1)
        if len(data) > opts.max_bytes:
            yield Failure("<stdin>", cap_reason(opts.max_bytes))
            return
        yield from _from_bytes(data, _sniff(data), "<stdin>", opts)
        return
    if _URL.match(source):
        yield from _from_url(source, opts)
        return
    path = Path(source)
    if path.is_dir():
        yield from _iter_directory(path, opts)
    elif path.is_file():
        yield from _iter_file(path, opts)
    else:
        yield Failure(display_text(source), "no such file or folder")


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
        got.data, kind, url, opts, url=got.url, given=given, private_links=private_ok
    )


# ---------------------------------------------------------------- files and folders


def _kind_of(path: Path) -> str:
    name = path.name.lower().removesuffix(".gz")
    if name.endswith((".warc", ".arc")):
        return "warc"
    if name.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(".json"):
        return "json"
    if name.endswith(_HTML_SUFFIXES):
        return "html"
    if name.endswith(".urls"):
        return "urls"
    if name.endswith((".rss", ".atom")):
        return "feed"
    if name.endswith(_TEXT_SUFFIXES):
        return "text"
    return "sniff"


def _open(path: Path) -> Any:
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")


def _read_capped(path: Path, max_bytes: int) -> bytes:
    if not path.name.lower().endswith(".gz") and path.stat().st_size > max_bytes:
        raise _TooBig
    with _open(path) as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _TooBig
    return bytes(data)


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
    try:
        if kind == "warc":
            from newsgraph.ingest.warc import iter_warc

            for url, data, failure in iter_warc(path, opts.max_bytes):
                if failure is not None:
                    yield Failure(f"{source}#{url}" if url else source, failure)
                else:
                    yield from _from_bytes(data, "html", url or source, opts, url=url, path=source)
            return
        if kind == "jsonl":
            yield from _iter_jsonl(path, source, opts)
            return
        data = _read_capped(path, opts.max_bytes)
    except _TooBig:
        yield Failure(source, cap_reason(opts.max_bytes))
        return
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield Failure(source, f"could not be read ({exc})")
        return
    if kind == "sniff":
        kind = _sniff(data)
    yield from _from_bytes(data, kind, source, opts, path=source, corpus_lines=corpus_lines)


def _walk(folder: Path) -> Iterator[Path]:
    for child in sorted(folder.iterdir()):
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from _walk(child)
        elif child.is_file():
            yield child


def _iter_directory(folder: Path, opts: _Options) -> Iterator[Item]:
    stats = _line_stats(folder, opts) if opts.clean else None
    for path in _walk(folder):
        lines = stats.boilerplate(display_path(path.parent)) if stats is not None else None
        yield from _iter_file(path, opts, corpus_lines=lines)


def _line_stats(folder: Path, opts: _Options) -> LineStats | None:
    """Pass one over the plain-text files of a folder: which lines repeat (per sub-folder)."""
    stats = LineStats()
    for path in _walk(folder):
        if _kind_of(path) != "text":
            continue
        try:
            text = decode_bytes(_read_capped(path, opts.max_bytes))
        except (_TooBig, DecodeError, OSError, EOFError, gzip.BadGzipFile):
            continue
        except Exception:  # pass one only gathers statistics: never fail the batch on it
            log.debug("line statistics skipped %s", display_path(path), exc_info=True)
            continue
        if not _is_url_list(text):
            stats.add(display_path(path.parent), text)
    return stats


# ---------------------------------------------------------------- formats


def _sniff(data: bytes) -> str:
    if looks_like_feed(data):
        return "feed"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<") and (b"<html" in head or b"<!doctype" in head or b"<p" in head):
        return "html"
    if head.startswith(b"<") and b"<" in head[1:]:
        return "html"
    if head.startswith((b"{", b"[")):
        lines = [x for x in data[:65536].splitlines() if x.strip()]
        if len(lines) > 1 and all(x.lstrip().startswith(b"{") for x in lines[:3]):
            return "jsonl"
        return "json"
    return "text"


def _is_url_list(text: str) -> bool:
    lines = [x.strip() for x in text.splitlines() if x.strip() and not x.startswith("#")]
    return bool(lines) and all(_URL.match(x) for x in lines)


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
        yield _from_html(data, source, opts, url=url, path=path, given=given)
        return
    try:
        text = decode_bytes(data)
    except DecodeError as exc:
        yield Failure(source, str(exc))
        return
    if kind == "jsonl":
        yield from _from_jsonl_lines(text.splitlines(), source, opts, path=path)
    elif kind == "json":
        yield from _from_json_text(text, source, opts, path=path)
    elif _is_url_list(text) and kind in ("text", "urls"):
        for line in text.splitlines():
            if _URL.match(line.strip()):
                yield from _from_url(line.strip(), opts)
    elif kind == "urls":
        yield Failure(source, "a .urls file must list one http(s) URL a line")
    else:
        yield _from_text(
            text, source, opts, url=url, path=path, corpus_lines=corpus_lines, **(given or {})
        )


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
    for i, item in enumerate(feed.items, 1):
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
            yield _from_text(
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
        elif item.link and _URL.match(item.link):
            yield from _from_url(item.link, opts, allow_private=private_links, given=meta)
        else:
            yield Failure(f"{source}#{i}", "feed item has no content and no link")


NON_ENGLISH = ("skip", "flag", "keep")


def _from_text(text: str, source: str, opts: _Options, **kwargs: Any) -> Item:
    """An article from its text (cleaned unless ``opts.clean`` is off), its language judged."""
    item = _from_text_any_language(text, source, opts, **kwargs)
    if isinstance(item, RawArticle):
        return _judge_language(item, source, opts)
    return item


def _judge_language(raw: RawArticle, source: str, opts: _Options) -> Item:
    raw.language = detect_language(raw.text)
    if raw.language in (None, "en"):
        return raw
    what = f"in {language_name(raw.language)}, not English"
    if opts.non_english == "skip":
        return Failure(source, f"{what}: skipped (--non-english flag analyses it anyway)")
    if opts.non_english == "keep":
        return raw
    log.warning("%s: %s: analysed with the English model", source, what)
    return raw


def _from_text_any_language(
    text: str,
    source: str,
    opts: _Options,
    *,
    title: str | None = None,
    url: str | None = None,
    path: str | None = None,
    corpus_lines: Counter[str] | None = None,
    detect_title: bool = True,
    **meta: Any,
) -> Item:
    if not text.strip():
        return Failure(source, "empty input")
    if not opts.clean:
        if title:
            body = "\n\n".join(x.strip() for x in text.splitlines() if x.strip())
            return RawArticle(
                f"{title}\n\n{body}", title, url=url, path=path, body_start=len(title) + 2, **meta
            )
        return RawArticle(text, None, url=url, path=path, **meta)
    result = clean_text(text, title=title, corpus_lines=corpus_lines, detect_title=detect_title)
    if not result.text.strip():
        return Failure(source, "empty after cleaning")
    return RawArticle(
        result.text,
        result.title,
        url=url,
        path=path,
        removed=result.removed,
        captions=result.captions,
        body_start=result.body_start,
        **meta,
    )


def _from_html(
    data: bytes | str,
    source: str,
    opts: _Options,
    *,
    url: str | None,
    path: str | None,
    title: str | None = None,
    given: dict[str, Any] | None = None,
) -> Item:
    """Main text of a page; ``title`` and ``given`` metadata (from JSON) win over the page's."""
    try:
        page = extract_html(data, url=url)
    except Exception as exc:  # lxml/trafilatura on broken markup: report, never crash the batch
        log.debug("HTML extraction failed for %s", source, exc_info=True)
        return Failure(source, f"malformed HTML ({type(exc).__name__}: {exc})")
    if page is None:
        return Failure(source, "no article text found in the HTML (malformed or not an article)")
    meta: dict[str, Any] = {
        "published": page.published,
        "published_from": "html" if page.published else None,
        "author": page.author,
        "outlet": page.outlet,
    }
    meta.update({k: v for k, v in (given or {}).items() if v is not None})
    text = page.text.replace("\n", "\n\n")
    title = title or page.title
    if title:
        title = strip_site_name(title, outlet=meta["outlet"], url=url or page.url)
    return _from_text(
        text,
        source,
        opts,
        title=title,
        url=url or page.url,
        path=path,
        detect_title=False,
        **meta,
    )


def _int_or_text(digits: str) -> int | str:
    """A JSON integer; one too long for ``int()`` (over 4,300 digits) is kept as its text."""
    return int(digits) if len(digits) <= 4000 else digits


def _json_loads(text: str) -> Any:
    """``json.loads`` that keeps huge integers as text (a RecursionError means too deep)."""
    return json.loads(text, parse_int=_int_or_text)


def _iso_date(value: object) -> str | None:
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return None
    try:
        return dateparser.parse(str(value)).date().isoformat()
    except (ValueError, OverflowError):
        return None


def _from_record(record: object, source: str, opts: _Options, *, path: str | None) -> Item:
    try:
        item = _from_record_unguarded(record, source, opts, path=path)
    except Exception as exc:  # the safety net for one record of a JSON array or JSONL file
        return crashed(source, exc)
    return item


#: the fields of a JSON article that are read (others are ignored)
_FIELDS = ("text", "html", "title", "url", "outlet", "author", "published", "id")


def _scrubbed(record: dict[str, Any], notes: list[Removed]) -> dict[str, Any]:
    """The record's string fields with lone surrogates replaced (each replacement noted)."""
    return {k: scrub(v, k, notes) if isinstance(v, str) else v for k, v in record.items()}


def _from_record_unguarded(
    record: object, source: str, opts: _Options, *, path: str | None
) -> Item:
    if not isinstance(record, dict):
        return Failure(source, 'a JSON article must be an object with a "text" or "html" field')
    notes: list[Removed] = []
    record = _scrubbed({k: v for k, v in record.items() if k in _FIELDS}, notes)
    item = _from_fields(record, source, opts, path=path)
    if isinstance(item, RawArticle):
        item.removed[:0] = notes
    return item


def _from_fields(record: dict[str, Any], source: str, opts: _Options, *, path: str | None) -> Item:
    text, html = record.get("text"), record.get("html")
    title = record.get("title") if isinstance(record.get("title"), str) else None
    url = record.get("url") if isinstance(record.get("url"), str) else None
    published = _iso_date(record.get("published"))
    given_id = record.get("id")
    meta: dict[str, Any] = {
        "source_id": str(given_id)
        if isinstance(given_id, str | int) and not isinstance(given_id, bool) and str(given_id)
        else None,
        "outlet": record.get("outlet") if isinstance(record.get("outlet"), str) else None,
        "author": record.get("author") if isinstance(record.get("author"), str) else None,
        "published": published,
        "published_from": "metadata" if published else None,
    }
    if isinstance(html, str) and html.strip():
        return _from_html(html, source, opts, url=url, path=path, title=title, given=meta)
    if title:
        title = strip_site_name(title, outlet=meta["outlet"], url=url)
    if isinstance(text, str):
        return _from_text(
            text, source, opts, title=title, url=url, path=path, detect_title=not title, **meta
        )
    return Failure(source, 'the JSON object has no "text" or "html" string')


def _from_json_text(text: str, source: str, opts: _Options, *, path: str | None) -> Iterator[Item]:
    try:
        obj = _json_loads(text)
    except json.JSONDecodeError as exc:
        yield Failure(source, f"malformed JSON at line {exc.lineno}: {exc.msg}")
        return
    except RecursionError:
        yield Failure(source, "JSON nested too deeply")
        return
    records = obj if isinstance(obj, list) else [obj]
    for i, record in enumerate(records):
        label = f"{source}[{i}]" if isinstance(obj, list) else source
        yield _from_record(record, label, opts, path=path)


def _from_jsonl_lines(
    lines: Iterable[str], source: str, opts: _Options, *, path: str | None, first: int = 1
) -> Iterator[Item]:
    for lineno, line in enumerate(lines, first):
        if not line.strip():
            continue
        label = f"{source}:{lineno}"
        if len(line) > opts.max_bytes:
            yield Failure(label, cap_reason(opts.max_bytes))
            continue
        try:
            record = _json_loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(label, f"malformed JSON at line {lineno}: {exc.msg}")
            continue
        except RecursionError:
            yield Failure(label, "JSON nested too deeply")
            continue
        yield _from_record(record, label, opts, path=path)


def _capped_lines(fh: Any, max_bytes: int) -> Iterator[bytes | None]:
    """Each line of ``fh`` (a file or gzip stream), or None for a line over ``max_bytes``.

    A line is never read whole past the cap: the rest of an oversized line is skipped in
    chunks, so a gzip'd line that inflates to gigabytes costs one chunk of memory.
    """
    while True:
        line = fh.readline(max_bytes + 1)
        if not line:
            return
        if len(line) <= max_bytes or line.endswith(b"\n") and len(line) == max_bytes + 1:
            yield line
            continue
        while not line.endswith(b"\n"):
            line = fh.readline(1 << 20)
            if not line:
                break
        yield None


def _iter_jsonl(path: Path, source: str, opts: _Options) -> Iterator[Item]:
    """A JSONL file, streamed one line at a time (each line capped, each bad line a Failure)."""
    with _open(path) as fh:
        for lineno, raw in enumerate(_capped_lines(fh, opts.max_bytes), 1):
            if raw is None:
                yield Failure(f"{source}:{lineno}", cap_reason(opts.max_bytes))
                continue
            try:
                line = decode_bytes(raw) if raw.strip() else ""
            except DecodeError as exc:
                yield Failure(f"{source}:{lineno}", str(exc))
                continue
            yield from _from_jsonl_lines([line], source, opts, path=source, first=lineno)
