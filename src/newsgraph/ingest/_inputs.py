"""What reading an input needs before its format is known: the options of one run, the kind
of a file by its name, capped reads, folder walks, format sniffing and URL lists."""

from __future__ import annotations

import errno
import gzip
import io
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from newsgraph.ingest._safe import display_path
from newsgraph.ingest.clean import LineStats
from newsgraph.ingest.decode import DecodeError, decode_bytes
from newsgraph.ingest.feeds import looks_like_feed
from newsgraph.ingest.fetch import make_client
from newsgraph.ingest.records import Failure, RawArticle

log = logging.getLogger("newsgraph.ingest.sources")  # the logger's name from before the split

Item = RawArticle | Failure

_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)
_TEXT_SUFFIXES = (".txt", ".text", ".md")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
# tables (newsgraph export writes them): never one article (ux24: an events.csv exported into
# the folder being ingested came back as an 'article' of comma-separated rows)
_TABLE_SUFFIXES = (".csv", ".tsv")
TABLE_REASON = (
    "a CSV/TSV table, not an article: newsgraph reads .txt, .html, .json, .jsonl, feeds and "
    'WARC (write a table of articles as JSON Lines, one {"text": ...} a line)'
)


class _TooBig(Exception):
    pass


@dataclass(slots=True)
class _Options:
    clean: bool
    max_bytes: int
    timeout: float
    non_english: str = "keep"
    exclude: frozenset[Path] = frozenset()  # never read in a folder walk (see store_files)
    _client: httpx.Client | None = field(default=None)

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = make_client(self.timeout)
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()


NON_ENGLISH = ("skip", "flag", "keep")


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
    if name.endswith(_TABLE_SUFFIXES):
        return "table"
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


def store_files(db: str | Path) -> frozenset[Path]:
    """A store's own files: the database, its ``-wal``/``-shm``/``-journal`` and its
    ``.dataset`` shard folder, as real paths. A folder walk never reads them (ux24: ingesting
    a folder that holds the store read it and its WAL as sources, three 'binary file' lines)."""
    if str(db) == ":memory:":
        return frozenset()
    p = Path(db)
    own = [p, *(Path(f"{p}{end}") for end in ("-wal", "-shm", "-journal"))]
    return frozenset(Path(os.path.realpath(x)) for x in [*own, p.with_name(p.stem + ".dataset")])


def _walk(
    folder: Path, seen: set[tuple[int, int]] | None = None, skip: frozenset[Path] = frozenset()
) -> Iterator[Path]:
    """Files under ``folder``, sorted, hidden ones and ``skip`` (real paths) left out. A folder
    reached again through a symbolic link (a link back up the tree, two links to one folder)
    is walked once."""
    seen = set() if seen is None else seen
    names = {p.name for p in skip}
    try:
        st = folder.stat()
    except OSError:  # a link loop or a folder gone meanwhile
        return
    if (st.st_dev, st.st_ino) in seen:
        return
    seen.add((st.st_dev, st.st_ino))
    try:
        children = sorted(folder.iterdir())
    except OSError:  # hard38: a folder this user may not read was a traceback that ended
        yield folder  # the batch; given as it is, its reader says why in one line
        return
    for child in children:
        if child.name.startswith("."):
            continue
        if child.name in names and Path(os.path.realpath(child)) in skip:
            continue
        try:
            is_dir = child.is_dir()
        except OSError:  # a folder listed but not searchable: its files cannot be looked at
            yield child
            continue
        if is_dir:
            yield from _walk(child, seen, skip)
        elif child.is_file() or (child.is_symlink() and not child.exists()):
            yield child  # a broken link too: its reader says so in one line (ux25)


def unlistable(path: Path) -> str | None:
    """Why ``path``, given by :func:`_walk`, is a folder or name it could not look into
    (hard38), else None."""
    try:
        if not path.is_dir():
            return None
        os.listdir(path)
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc}); skipped"
    return None


def broken_link(path: Path) -> str | None:
    """Why ``path`` is a symbolic link to nothing (ux25: 'no such file or folder' for a link
    that is there, and a folder walk skipped it without a word), else None."""
    if not path.is_symlink() or path.exists():
        return None
    try:
        path.stat()
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "a symbolic link in a loop of links (it leads to no file)"
    target = os.path.join(os.path.dirname(path), os.readlink(path))
    return f"a symbolic link to {display_path(target)}, which does not exist"


def _line_stats(folder: Path, opts: _Options) -> LineStats | None:
    """Pass one over the plain-text files of a folder: which lines repeat (per sub-folder)."""
    stats = LineStats()
    for path in _walk(folder, skip=opts.exclude):
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


_TRAILING_COMMENT = re.compile(r"\s+#.*$")


def url_list_lines(text: str) -> list[tuple[int, str]]:
    """The numbered lines of a URL list that say something: blank lines and ``#`` comments
    dropped, an indented comment and a comment after a URL too (ux33: 'URL  # note' was
    refused as no URL and an indented '# note' made a list no list; a URL holds no space)."""
    out = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = _TRAILING_COMMENT.sub("", raw.strip())
        if line and not line.startswith("#"):
            out.append((n, line))
    return out


def _is_url_list(text: str) -> bool:
    lines = url_list_lines(text)
    return bool(lines) and all(_URL.match(x) for _, x in lines)


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


class Joined:
    """``first`` (bytes already read) and then the rest of ``rest`` as one stream to read
    lines from: standard input whose first read was over the cap (ux33)."""

    def __init__(self, first: bytes, rest: Any) -> None:
        self._first = io.BytesIO(first)
        self._rest = rest

    def readline(self, limit: int = -1) -> bytes:
        line = self._first.readline(limit)
        if line.endswith(b"\n") or (limit >= 0 and len(line) >= limit):
            return line
        more = self._rest.readline(limit - len(line) if limit >= 0 else -1)
        return line + bytes(more)
