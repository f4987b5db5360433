"""ux33: a WARC archive cut off inside a response record's HTTP headers (before the blank
line ending them, so its Content-Type is missing or cut short: 'tex') lost that page with no
word, plain or gzipped record by record; a cut inside the page's body was already one line.
It is one "truncated WARC record" line naming the page. Controls: complete archives give
every page and say nothing of their image or request records; a cut image body stays
silent, as before."""

from __future__ import annotations

import zlib
from gzip import compress
from pathlib import Path

import pytest

from newsgraph.ingest import Failure, RawArticle, iter_articles
from newsgraph.ingest.warc import iter_warc

BODY = (
    "The foreign minister said on Monday that talks would resume in Geneva next week, "
    "officials said, after a month of delays."
)


def _page(title: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{BODY}</p><p>{BODY}</p></article></body></html>"
    ).encode()


def _record(url: str, kind: str, ctype: str, payload: bytes) -> bytes:
    """One WARC record written out by hand (WARC/1.0 is plain text)."""
    block = payload
    if kind == "response":
        head = f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\n"
        block = (head + f"Content-Length: {len(payload)}\r\n\r\n").encode() + payload
    warc = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {url}\r\n"
        "WARC-Date: 2024-02-14T10:00:00Z\r\n"
        "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        f"Content-Type: application/http; msgtype={kind}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    ).encode()
    return warc + block + b"\r\n\r\n"


def _archive(gzip: bool, last: tuple[str, bytes] = ("text/html", b"")) -> bytes:
    """A page, its request record, an image, and ``last`` (another page by default); gzipped
    record by record (one member each), as crawlers write ``.warc.gz``."""
    records = [
        _record("http://example.org/0", "response", "text/html", _page("Talks one")),
        _record("http://example.org/0", "request", "", b"GET /0 HTTP/1.1\r\n\r\n"),
        _record("http://example.org/2", "response", "image/png", b"\x89PNG" + b"\0" * 300),
        _record("http://example.org/3", "response", last[0], last[1] or _page("Talks two")),
    ]
    if gzip:
        return b"".join(compress(r) for r in records)
    return b"".join(records)


def _cut_in_last_http_headers(data: bytes, gzip: bool) -> bytes:
    """``data`` cut inside the last record's HTTP headers (after its WARC headers)."""
    if not gzip:
        start = data.rfind(b"WARC/1.0")
        return data[: data.index(b"\r\n\r\n", start) + 4 + 30]  # 30 bytes into 'HTTP/1.1'
    last = data.rfind(b"\x1f\x8b\x08")  # the last record's gzip member, inflated in part
    for n in range(10, len(data) - last):
        inflated = zlib.decompressobj(31).decompress(data[last : last + n])
        warc_end = inflated.find(b"\r\n\r\n")
        if warc_end > 0 and len(inflated) > warc_end + 20:
            assert b"\r\n\r\n" not in inflated[warc_end + 4 :]
            return data[: last + n]
    raise AssertionError("no cut found")


def _cut_before_inflating(data: bytes) -> bytes:
    """``data`` cut 30 bytes into its last gzip member: nothing of that member inflates."""
    return data[: data.rfind(b"\x1f\x8b\x08") + 30]


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
def test_an_archive_cut_inside_http_headers_is_one_line_naming_the_page(
    tmp_path: Path, gzip: bool
) -> None:
    path = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    path.write_bytes(_cut_in_last_http_headers(_archive(gzip), gzip))
    got = list(iter_articles([str(path)]))
    assert [a.url for a in got if isinstance(a, RawArticle)] == ["http://example.org/0"]
    failures = [f for f in got if isinstance(f, Failure)]
    assert len(failures) == 1, got
    assert "example.org/3" in failures[0].source
    assert failures[0].reason.startswith("truncated WARC record:")


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
def test_control_complete_archives_and_a_cut_image_body(tmp_path: Path, gzip: bool) -> None:
    path = tmp_path / "whole.warc"
    path.write_bytes(_archive(gzip))
    got = list(iter_warc(path, 5_000_000))
    assert [(u, r) for u, _, r, _ in got] == [
        ("http://example.org/0", None),
        ("http://example.org/3", None),
    ]
    image = _archive(False, last=("image/png", b"\x89PNG" + b"\1" * 400))
    cut = tmp_path / "image.warc"
    cut.write_bytes(image[: len(image) - 200])  # inside the image's body: its headers whole
    assert [(u, r) for u, _, r, _ in iter_warc(cut, 5_000_000)] == [("http://example.org/0", None)]


def test_a_gzip_member_cut_before_it_inflates_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(_cut_before_inflating(_archive(True)))
    got = [(u, r) for u, _, r, _ in iter_warc(path, 5_000_000)]
    assert got == [
        ("http://example.org/0", None),
        (None, "truncated WARC record: the archive ends inside its headers; skipped"),
    ]
