"""HTML responses in a WARC web archive (``.warc`` / ``.warc.gz``), one record at a time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsgraph.ingest.fetch import cap_reason

WarcItem = tuple[str | None, bytes, str | None]  # (url, html bytes, failure reason or None)


def iter_warc(path: Path, max_bytes: int) -> Iterator[WarcItem]:
    """(url, html, None) for each HTML response record; (url, b"", reason) for a bad one."""
    with path.open("rb") as fh:
        try:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                if "html" not in ctype:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                status = record.http_headers.get_statuscode() or ""
                if not status.startswith("2"):
                    yield url, b"", f"HTTP {status} in the archive"
                    continue
                data = record.content_stream().read(max_bytes + 1)
                if len(data) > max_bytes:
                    yield url, b"", cap_reason(max_bytes)
                    continue
                yield url, data, None
        except ArchiveLoadFailed as exc:
            yield None, b"", f"not a readable WARC archive ({exc})"
