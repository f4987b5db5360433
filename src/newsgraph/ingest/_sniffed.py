"""Inputs known by their first bytes, not (only) their name: a WARC archive or gzip data given
on standard input or in a file of another name (ux26: `newsgraph ingest - < crawl.warc` and a
gzip'd page piped in were "binary file, not text"; an uncompressed WARC named without .warc
was read as one text article of WARC headers), and markup or JSON under the other's name."""

from __future__ import annotations

import gzip
import io
import re
import shutil
import tempfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from newsgraph.ingest._inputs import _TooBig

GZIP = b"\x1f\x8b"
_WARC = b"WARC/"
_WARC_LINE = re.compile(rb"WARC/\d\.\d+\r?\n")  # a record's first line: "WARC/1.0"


def gunzip_capped(data: bytes, max_bytes: int) -> bytes:
    """``data`` decompressed, at most ``max_bytes`` (else :class:`_TooBig`); a broken gzip
    stream raises OSError or EOFError."""
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
        out = fh.read(max_bytes + 1)
    if len(out) > max_bytes:
        raise _TooBig
    return bytes(out)


def is_warc(data: bytes) -> bool:
    """Whether (decompressed) ``data`` starts a WARC archive's first record."""
    return _WARC_LINE.match(data) is not None


def file_is_warc(path: Path) -> bool:
    """Whether the file at ``path`` is a WARC archive, compressed or not, whatever its name."""
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
        if head.startswith(GZIP):
            with gzip.open(path, "rb") as fh:
                head = fh.read(16)
    except (OSError, EOFError, zlib.error):  # hard38: damaged gzip data crashed the read
        return False
    return is_warc(head)


def starts_warc(data: bytes) -> bool:
    """Whether ``data`` (the first bytes of a stream, gzip'd or not) starts a WARC archive."""
    if data.startswith(GZIP):
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
                data = fh.read(16)
        except (OSError, EOFError, zlib.error):
            return False
    return is_warc(data)


def spooled_stream(first: bytes, rest: BinaryIO) -> Iterator[Path]:
    """A temporary file holding ``first`` and the rest of ``rest`` (ux33: a WARC piped in was
    capped whole at --max-bytes, as one page, and a 5 MB crawl refused; a WARC file's cap is
    per record), removed after."""
    with tempfile.TemporaryDirectory(prefix="newsgraph-stdin-") as folder:
        path = Path(folder) / "stdin.warc"
        with path.open("wb") as out:
            out.write(first)
            shutil.copyfileobj(rest, out, 1 << 20)
        yield path


def spooled(data: bytes) -> Iterator[Path]:
    """A temporary file holding ``data`` (the WARC reader seeks in a file), removed after."""
    with tempfile.TemporaryDirectory(prefix="newsgraph-stdin-") as folder:
        path = Path(folder) / "stdin.warc"
        path.write_bytes(data)
        yield path


def content_kind(kind: str, data: bytes, sniff: Callable[[bytes], str]) -> str:
    """The kind to read ``data`` as when its name says ``kind``: markup in a ``.json`` file
    (an HTML page or a feed saved under that name) or JSON in an ``.html`` file is read as
    what it is (ux26: "malformed JSON" of a page, "no article text found in the HTML" of
    JSON Lines); otherwise the name's kind."""
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if kind == "json" and head.startswith(b"<"):
        return sniff(data)
    if kind == "html" and head.startswith((b"{", b"[")):
        return sniff(data)
    return kind


_SQLITE = b"SQLite format 3\x00"
#: what a database given as a source is told (ux26: "binary file, not text", or for a store
#: over --max-bytes "over the cap", as if it were a damaged article)
SQLITE_REASON = (
    "an SQLite database (a newsgraph store?), not an article source: to add articles to a "
    "store, give it as --db"
)


def is_sqlite(data: bytes) -> bool:
    return data.startswith(_SQLITE)


def file_is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return is_sqlite(fh.read(len(_SQLITE)))
    except OSError:
        return False
