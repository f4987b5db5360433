"""Inputs known by their first bytes, not their name: a WARC archive or gzip data given on
standard input or in a file without the usual extension (ux26: `newsgraph ingest - < crawl.warc`
and a gzip'd page piped in were "binary file, not text"; an uncompressed WARC named without
.warc was read as one text article of WARC headers)."""

from __future__ import annotations

import gzip
import io
import tempfile
from collections.abc import Iterator
from pathlib import Path

from newsgraph.ingest._inputs import _TooBig

GZIP = b"\x1f\x8b"
_WARC = b"WARC/"


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
    return data.startswith(_WARC)


def file_is_warc(path: Path) -> bool:
    """Whether the file at ``path`` is a WARC archive, compressed or not, whatever its name."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(_WARC))
        if head.startswith(GZIP):
            with gzip.open(path, "rb") as fh:
                head = fh.read(len(_WARC))
    except (OSError, EOFError):
        return False
    return is_warc(head)


def spooled(data: bytes) -> Iterator[Path]:
    """A temporary file holding ``data`` (the WARC reader seeks in a file), removed after."""
    with tempfile.TemporaryDirectory(prefix="newsgraph-stdin-") as folder:
        path = Path(folder) / "stdin.warc"
        path.write_bytes(data)
        yield path
