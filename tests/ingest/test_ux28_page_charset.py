"""ux28: a web page that is not UTF-8 and declares no charset in its markup was decoded by
trafilatura's guess, which for a windows-1252 page (the web's default) is often a Central
European code page: 'São Paulo' became 'Săo Paulo', '£300' 'Ł300'. The charset its server
declared (``Content-Type: text/html; charset=...``) was ignored, and a UTF-8 page with one
stray windows-1252 byte lost every accented letter, as did a page declaring UTF-8 in its
markup while written in windows-1252 (a declaration its bytes contradict). Now: UTF-8 (stray
bytes read alone), else the server's charset, else the page's own declaration as before
(unless it says UTF-8), else windows-1252 unless the guess reads fewer symbols inside words.
Controls: an undeclared Central European page keeps
its letters ('złotego'), a page declaring its charset and a UTF-8 page read as before."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsgraph.ingest import RawArticle, iter_articles

NAV = "".join(f'<li><a href="/section/{i}">Section number {i}</a></li>' for i in range(150))
LEAD = "Officials in Brussels said on Monday that the European Union would impose sanctions. " * 3


def _html(sentence: str, head: str = "") -> str:
    para = LEAD + sentence
    return (
        f"<html><head>{head}<title>Sanctions</title></head><body><nav><ul>{NAV}</ul></nav>"
        f"<article><h1>Sanctions</h1><p>{para}</p><p>{para}</p></article></body></html>"
    )


def _text(source: str) -> str:
    got = list(iter_articles([source]))
    assert [type(g) for g in got] == [RawArticle], got
    assert isinstance(got[0], RawArticle)
    return got[0].text


WESTERN = "Café owners in São Paulo said prices rose to £300."
RUSSIAN = "Министр иностранных дел России Сергей Лавров заявил в понедельник."


def test_an_undeclared_windows_1252_page_keeps_its_letters(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(_html(WESTERN).encode("cp1252"))
    assert WESTERN in _text(str(path))


def test_a_page_declaring_utf8_that_its_bytes_are_not_is_read_as_undeclared(
    tmp_path: Path,
) -> None:
    for i, head in enumerate(
        ('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; '
         'charset=UTF-8">')
    ):  # fmt: skip
        path = tmp_path / f"page{i}.html"
        path.write_bytes(_html(WESTERN, head).encode("cp1252"))
        assert WESTERN in _text(str(path))


def test_a_utf8_page_with_a_stray_windows_1252_byte_keeps_its_letters(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    data = _html(WESTERN + " The minister{Q}s office").encode("utf-8")
    path.write_bytes(data.replace(b"{Q}", b"\x92"))  # a windows-1252 apostrophe
    assert WESTERN + " The minister\u2019s office" in _text(str(path))


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        body = _html(RUSSIAN).encode("cp1251")  # no guess reads it: the header says it
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=windows-1251")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_the_charset_a_server_declares_is_used(server: str) -> None:
    assert RUSSIAN in _text(f"{server}/page")


POLISH = "Kurs złotego spadł w poniedziałek, podał bank w Łodzi."


def test_control_an_undeclared_central_european_page_keeps_its_letters(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(_html(POLISH).encode("cp1250"))
    assert POLISH in _text(str(path))


def test_control_declared_and_utf8_pages_read_as_before(tmp_path: Path) -> None:
    declared = tmp_path / "declared.html"
    declared.write_bytes(_html(POLISH, '<meta charset="windows-1250">').encode("cp1250"))
    utf8 = tmp_path / "utf8.html"
    utf8.write_bytes(_html(WESTERN).encode("utf-8"))
    assert POLISH in _text(str(declared))
    assert WESTERN in _text(str(utf8))


def test_the_charset_of_a_warc_records_http_header_is_used(tmp_path: Path) -> None:
    page = _html(RUSSIAN).encode("cp1251")
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1251\r\n"
        + f"Content-Length: {len(page)}\r\n\r\n".encode()
        + page
    )
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/a\r\n"
        "WARC-Date: 2020-03-05T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:a>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    path = tmp_path / "crawl.warc"
    path.write_bytes(head + http + b"\r\n\r\n")
    assert RUSSIAN in _text(str(path))


SMART = "The minister said “talks” would resume – soon."


def test_a_page_labelled_iso_8859_1_keeps_its_smart_quotes(tmp_path: Path) -> None:
    # browsers read the label ISO-8859-1 as windows-1252; Python's Latin-1 read the quotes
    # and dashes as control characters, which cleaning then dropped ('said talks would')
    for i, head in enumerate(
        ('<meta charset="iso-8859-1">', '<meta http-equiv="Content-Type" content="text/html; '
         'charset=ISO-8859-1">')
    ):  # fmt: skip
        path = tmp_path / f"page{i}.html"
        path.write_bytes(_html(SMART, head).encode("cp1252"))
        assert SMART in _text(str(path))


def test_control_other_declared_charsets_read_as_before(tmp_path: Path) -> None:
    koi8 = tmp_path / "koi8.html"
    head = '<meta http-equiv="content-type" content="text/html; charset=koi8-r">'
    koi8.write_bytes(_html(RUSSIAN, head).encode("koi8-r"))
    assert RUSSIAN in _text(str(koi8))
