"""ux33 walk: a WARC archive piped to ``-`` was capped whole at ``--max-bytes`` (as one page):
a crawl over 5 MB, plain or gzip'd, was refused with one line and every page in it lost,
while a WARC file's cap is per record. The stream is read as a WARC file is, each record
capped (a record over it one line). Controls: a page over the cap on stdin is still one
line; a small piped archive reads as before."""

from __future__ import annotations

import gzip
import io
import sys

import pytest

from newsgraph.ingest import Failure, RawArticle, iter_articles

CAP = 3000
BODY = (
    "Ministers of Norway and Chile met in Oslo on Monday to discuss fishing rights, officials said."
)


def _record(url: str, words: int = 0) -> bytes:
    page = (
        f"<html><head><title>Talks {url[-1]}</title></head><body><article><h1>Talks</h1>"
        f"<p>{BODY}</p><p>{BODY} {'more ' * words}</p></article></body></html>"
    ).encode()
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        + f"Content-Length: {len(page)}\r\n\r\n".encode()
        + page
    )
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n"
        "WARC-Date: 2024-02-14T10:00:00Z\r\n"
        "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> list[RawArticle | Failure]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    return list(iter_articles(["-"], max_bytes=CAP))


@pytest.mark.parametrize("gzipped", [False, True], ids=["warc", "warc.gz"])
def test_a_piped_warc_over_the_cap_is_read_record_by_record(
    monkeypatch: pytest.MonkeyPatch, gzipped: bool
) -> None:
    records = [_record(f"http://example.org/{i}") for i in range(6)]  # about 6 KB in all
    data = b"".join(gzip.compress(r) if gzipped else r for r in records)
    if not gzipped:
        assert len(data) > CAP
    got = _stdin(monkeypatch, data)
    assert [g.url for g in got if isinstance(g, RawArticle)] == [
        f"http://example.org/{i}" for i in range(6)
    ]
    assert [g for g in got if isinstance(g, Failure)] == []


def test_a_record_over_the_cap_in_a_piped_warc_is_one_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = _record("http://example.org/0") + _record("http://example.org/1", words=600)
    got = _stdin(monkeypatch, data)
    assert [g.url for g in got if isinstance(g, RawArticle)] == ["http://example.org/0"]
    failures = [g for g in got if isinstance(g, Failure)]
    assert len(failures) == 1 and "example.org/1" in failures[0].source
    assert "cap" in failures[0].reason


def test_control_a_page_over_the_cap_and_a_small_piped_warc(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = b"<html><body><p>" + b"Ministers met in Oslo. " * 200 + b"</p></body></html>"
    got = _stdin(monkeypatch, page)
    assert len(got) == 1 and isinstance(got[0], Failure) and "cap" in got[0].reason
    got = _stdin(monkeypatch, _record("http://example.org/0") + _record("http://example.org/1"))
    assert [g.url for g in got if isinstance(g, RawArticle)] == [
        "http://example.org/0",
        "http://example.org/1",
    ]
