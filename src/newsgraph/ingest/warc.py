"""HTML responses in a WARC web archive (``.warc`` / ``.warc.gz``), one record at a time.

A record whose block is shorter than its ``Content-Length`` (an archive cut off mid-record)
is reported as truncated and skipped (ux37: the line said "not stored", which misled analyze
and extract, that store nothing), so ingesting the complete archive later stores the page
once. Errors never echo the archive's bytes: they are escaped and shortened to one line.
"""

from __future__ import annotations

import gzip
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsgraph.ingest._charset import header_charset
from newsgraph.ingest._safe import one_line
from newsgraph.ingest.fetch import cap_reason

log = logging.getLogger(__name__)

# (url, html bytes, failure reason or None, the charset its HTTP Content-Type names or None)
WarcItem = tuple[str | None, bytes, str | None, str | None]


class _CutHeaders(Exception):
    """The archive ends inside a record's headers (warcio takes that for the archive's end)."""


class _QuietIterator(ArchiveIterator):  # type: ignore[misc]
    """warcio's iterator without its multi-line warning on stderr (logged at debug instead),
    telling an archive's clean end from one cut off inside a record's headers."""

    INC_RECORD = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.seen = -1  # where the last record it gave starts
        parse = self.loader.parse_record_stream

        def parse_record_stream(stream: Any, statusline: Any = None, *rest: Any, **kw: Any) -> Any:
            if statusline is None:
                statusline = stream.readline()
            if not statusline:
                raise EOFError  # nothing left: the archive's end
            try:
                return parse(stream, statusline, *rest, **kw)
            except EOFError:
                raise _CutHeaders from None

        self.loader.parse_record_stream = parse_record_stream


def _missing(record: Any) -> int:
    """Bytes of the record's block that the archive does not have (0 when complete)."""
    stream = record.raw_stream
    while stream.read(65536):  # what is left of the block after the part read, in chunks
        pass
    return int(getattr(stream, "limit", 0) or 0)


def _truncated(record: Any, missing: int) -> str:
    declared = int(record.length or 0)
    return (
        f"truncated WARC record: {declared - missing:,} of {declared:,} bytes "
        "(Content-Length mismatch); skipped"
    )


def iter_warc(path: Path, max_bytes: int) -> Iterator[WarcItem]:
    """(url, html, None) for each HTML response record; (url, b"", reason) for a bad one.

    A damaged stretch in the middle of an archive (junk between records, a record whose
    gzip member or headers are broken) is one failure naming the byte where it starts; the
    records after it are read on from the next record start (a gzip member's magic bytes in
    a ``.warc.gz``, a ``WARC/1.`` line otherwise).
    """
    compressed = _starts_with(path, _GZIP)
    start = total = 0
    while True:
        failed: list[tuple[int, str]] = []
        with path.open("rb") as fh:
            fh.seek(start)
            records = _QuietIterator(fh)
            for item in _records(records, max_bytes, failed):
                total += 1
                yield item
            ended = records.offset
            if (
                not failed
                and compressed
                and ended != records.seen
                and _cut_member(fh, start + ended)
            ):
                # ux33: a last gzip member cut before any of it inflates (its record's
                # headers) was taken for the archive's end, and its page lost with no word
                yield None, b"", _CUT_HEADERS, None
        if not failed:
            return
        at, reason = failed[0]
        if reason == _ONE_MEMBER and start == 0:
            yield from _one_member(path, max_bytes, total)
            return
        resume = _next_start(path, max(at, start) + 1, compressed)
        if total == 0 and resume is None:
            yield None, b"", f"not a readable WARC archive ({reason})", None
            return
        if start == 0 or at > start:  # one line per damaged stretch, however many resyncs
            more = "; read on from the next record" if resume is not None else ""
            yield None, b"", f"damaged WARC data at byte {at:,} ({reason}); skipped{more}", None
        if resume is None:
            return
        start = resume


#: warcio's refusal of an archive gzipped as a whole (``gzip crawl.warc``), not record by
#: record: it read the first record only and called the rest damaged (ux28)
_ONE_MEMBER = "gzipped as one member"


def _one_member(path: Path, max_bytes: int, done: int) -> Iterator[WarcItem]:
    """The items of an archive gzipped as a whole, read through one gzip stream, after the
    ``done`` items already read from it. A damaged stretch ends it with one line (there is
    no record start to read on from inside one gzip stream)."""
    failed: list[tuple[int, str]] = []
    with gzip.open(path, "rb") as stream:
        for i, item in enumerate(_records(_QuietIterator(stream), max_bytes, failed)):
            if i >= done:
                yield item
    if failed:
        at, reason = failed[0]
        where = f"byte {at:,} of the uncompressed archive"
        yield None, b"", f"damaged WARC data at {where} ({reason}); skipped", None


_GZIP = b"\x1f\x8b\x08"
_CUT_HEADERS = "truncated WARC record: the archive ends inside its headers; skipped"


def _cut_member(fh: Any, offset: int) -> bool:
    """Whether a gzip member starts at ``offset``, where the archive's reading ended."""
    fh.seek(offset)
    return bool(fh.read(len(_GZIP)) == _GZIP)


_WARC_LINE = b"\nWARC/1."


def _starts_with(path: Path, magic: bytes) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(magic)) == magic


def _next_start(path: Path, offset: int, compressed: bool) -> int | None:
    """Offset of the first record start at or after ``offset`` (None: none left)."""
    marker, skip = (_GZIP, 0) if compressed else (_WARC_LINE, 1)
    chunk = 1 << 20
    with path.open("rb") as fh:
        fh.seek(max(0, offset - skip))
        base = fh.tell()
        carry = b""
        while True:
            data = fh.read(chunk)
            if not data:
                return None
            window = carry + data
            hit = window.find(marker)
            if hit >= 0:
                return base - len(carry) + hit + skip
            carry = window[-(len(marker) - 1) :]
            base += len(data)


def _records(
    records: _QuietIterator, max_bytes: int, failed: list[tuple[int, str]]
) -> Iterator[WarcItem]:
    """The items of ``records`` until its end or a damaged record (then ``failed`` holds
    where the damage starts and why, one line)."""
    try:
        for record in records:
            records.seen = records.offset
            if record.format == "warc" and record.length is None:
                # every WARC record declares its Content-Length: an archive cut off
                # inside a record's headers ends here (it used to vanish without a word)
                url = record.rec_headers.get_header("WARC-Target-URI")
                yield (
                    one_line(url, 500) if url else None,
                    b"",
                    "truncated WARC record: the archive ends inside its headers; skipped",
                    None,
                )
                continue
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            url = one_line(url, 500) if url else None
            headers = record.http_headers
            ctype = (headers.get_header("Content-Type") or "").lower() if headers else ""
            if headers is None or "html" not in ctype:
                # ux33: an archive cut inside a response's HTTP headers (no body after them;
                # its Content-Type missing or cut: 'tex') lost the page with no word
                if not record.raw_stream.read(1) and (missing := _missing(record)):
                    yield url, b"", _truncated(record, missing), None
                continue
            status = record.http_headers.get_statuscode() or ""
            if not status.startswith("2"):
                yield url, b"", f"HTTP {one_line(status, 20)} in the archive", None
                continue
            data = record.content_stream().read(max_bytes + 1)
            if len(data) > max_bytes:
                yield url, b"", cap_reason(max_bytes), None
                continue
            missing = _missing(record)
            if missing:
                yield url, b"", _truncated(record, missing), None
                continue
            yield url, data, None, header_charset(ctype)  # as a fetched page's (ux28)
    except _CutHeaders:
        records.seen = records.offset  # said here: not again as a cut member
        yield (
            None,
            b"",
            "truncated WARC record: the archive ends inside its headers; skipped",
            None,
        )
    except ArchiveLoadFailed as exc:
        whole = "non-chunked gzip" in str(exc)
        failed.append((records.offset, _ONE_MEMBER if whole else one_line(exc, 120)))
    except AttributeError:  # warcio on a record whose first header line is cut
        failed.append((records.offset, "a record's headers are damaged"))
    except (OSError, EOFError, ValueError) as exc:  # zlib/gzip errors on a damaged archive
        failed.append((records.offset, f"{type(exc).__name__}: {one_line(exc, 120)}"))
    if records.err_count:
        log.debug("%d record(s) not followed by a blank line", records.err_count)
