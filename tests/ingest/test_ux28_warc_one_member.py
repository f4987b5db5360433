"""ux28: a WARC archive gzipped as a whole (``gzip crawl.warc``: one gzip member, not one per
record) gave its first page only and one line calling the rest 'damaged WARC data at byte N
(ERROR: non-chunked gzip file detected ...)': every other page was lost. Such an archive is
read through one gzip stream now, every page once. Control: an archive gzipped record by
record reads as before. Junk inside a whole-gzipped archive is one line after its pages."""

from __future__ import annotations

import gzip
from pathlib import Path

from newsgraph.ingest import Failure, RawArticle, iter_articles
from newsgraph.ingest.warc import iter_warc

PARA = (
    "Syrian government forces shelled villages held by rebels in southern Idlib on Friday, a "
    "monitoring group said. The Syrian Observatory for Human Rights said {n} civilians were "
    "killed in the shelling and dozens were wounded."
)


def _record(n: str, status: str = "200 OK") -> bytes:
    page = (
        f"<html><head><title>Shelling {n}</title></head><body><article><h1>Shelling {n}</h1>"
        f"<p>{PARA.format(n=n)}</p><p>{PARA.format(n=n)}</p></article></body></html>"
    ).encode()
    http = (
        f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(page)}\r\n\r\n"
    ).encode() + page
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/{n}\r\n"
        f"WARC-Date: 2020-03-05T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:{n}>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


NAMES = ("six", "seven", "eight")


def test_a_warc_gzipped_as_a_whole_gives_every_page(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(gzip.compress(b"".join(_record(n) for n in NAMES)))
    got = [(url, bool(data), reason) for url, data, reason, _ in iter_warc(path, 10**6)]
    assert got == [(f"https://news.example/{n}", True, None) for n in NAMES]
    items = list(iter_articles([str(path)]))
    assert [type(i) for i in items] == [RawArticle] * 3
    assert [i.url for i in items if isinstance(i, RawArticle)] == [
        f"https://news.example/{n}" for n in NAMES
    ]


def test_a_whole_gzipped_warc_keeps_its_error_records_once(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    body = _record("six") + _record("gone", "404 Not Found") + _record("seven")
    path.write_bytes(gzip.compress(body))
    got = [(url, reason) for url, _, reason, _ in iter_warc(path, 10**6)]
    assert got == [
        ("https://news.example/six", None),
        ("https://news.example/gone", "HTTP 404 in the archive"),
        ("https://news.example/seven", None),
    ]


def test_control_a_warc_gzipped_record_by_record_reads_as_before(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(gzip.compress(_record(n)) for n in NAMES))
    got = [(url, reason) for url, _, reason, _ in iter_warc(path, 10**6)]
    assert got == [(f"https://news.example/{n}", None) for n in NAMES]


def test_junk_inside_a_whole_gzipped_warc_is_one_line_after_its_pages(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    junk = b"this is no WARC record\r\n\r\n"
    path.write_bytes(gzip.compress(_record("six") + _record("seven") + junk))
    items = list(iter_articles([str(path)]))
    pages = [i.url for i in items if isinstance(i, RawArticle)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert pages == ["https://news.example/six", "https://news.example/seven"]
    assert len(failures) == 1 and "damaged WARC data" in failures[0].reason
