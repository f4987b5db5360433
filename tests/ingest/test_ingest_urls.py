"""URLs and URL lists against a local HTTP server on 127.0.0.1 (never the network)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsgraph.ingest import Failure, RawArticle, iter_articles

PAGE = b"""<html><head><title>Envoys meet in Geneva</title>
<meta property="og:site_name" content="Local Wire"></head><body><article>
<h1>Envoys meet in Geneva</h1>
<p>Envoys from Armenia and Azerbaijan met in Geneva on Friday for talks on their border,
the Swiss foreign ministry said in a statement issued after the meeting ended.</p>
<p>"We are closer than ever," one of the envoys told reporters outside the venue, adding
that a new round of talks would be held in Vienna next month.</p>
</article></body></html>"""


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path == "/article":
            self._send(200, PAGE)
        elif self.path == "/plain":
            self._send(200, b"Envoys meet\n\nThe envoys met in Geneva on Friday.", "text/plain")
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, PAGE)
        elif self.path == "/trickle":  # each read is quick, the whole download is not
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            for i in range(0, len(PAGE), 40):
                self.wfile.write(PAGE[i : i + 40])
                self.wfile.flush()
                time.sleep(0.1)
        elif self.path == "/big":
            self._send(200, b"<p>" + b"x" * 50_000 + b"</p>")
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/article")
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self._send(404, b"not found")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def _items(*sources: str, **kw: float) -> list[RawArticle | Failure]:
    return list(iter_articles(list(sources), **kw))  # type: ignore[arg-type]


def test_url_article(server: str) -> None:
    (art,) = _items(f"{server}/article")
    assert isinstance(art, RawArticle)
    assert art.title == "Envoys meet in Geneva" and art.outlet == "Local Wire"
    assert art.url == f"{server}/article" and "Vienna" in art.body
    (plain,) = _items(f"{server}/plain")
    assert isinstance(plain, RawArticle) and plain.title == "Envoys meet"


def test_redirect_followed_and_loop_refused(server: str) -> None:
    (moved,) = _items(f"{server}/moved")
    assert isinstance(moved, RawArticle) and moved.title == "Envoys meet in Geneva"
    (loop,) = _items(f"{server}/loop")
    assert isinstance(loop, Failure) and loop.reason == "more than 5 redirects"


def test_dead_url(server: str) -> None:
    (dead,) = _items(f"{server}/missing")
    assert isinstance(dead, Failure)
    assert dead.source == f"{server}/missing" and dead.reason.startswith("HTTP 404")


def test_trickling_url_hits_the_overall_deadline(server: str) -> None:
    (slow,) = _items(f"{server}/trickle", timeout=0.3)
    assert isinstance(slow, Failure) and slow.reason == "too slow: not complete after 0.9 s"


def test_slow_url_times_out(server: str) -> None:
    (slow,) = _items(f"{server}/slow", timeout=0.3)
    assert isinstance(slow, Failure) and slow.reason == "timed out after 0.3 s"


def test_size_cap_while_streaming(server: str) -> None:
    (big,) = _items(f"{server}/big", max_bytes=10_000)
    assert isinstance(big, Failure) and "cap" in big.reason


def test_url_lists(server: str, tmp_path: Path) -> None:
    listing = f"{server}/article\n\n{server}/missing\n{server}/plain\n"
    for name in ("links.urls", "links.txt"):
        path = tmp_path / name
        path.write_text(listing)
        kinds = [type(x).__name__ for x in _items(str(path))]
        assert kinds == ["RawArticle", "Failure", "RawArticle"], name
    mixed = tmp_path / "notes.txt"
    mixed.write_text(f"Reading list\n\nA colleague sent this on Friday.\n\n{server}/article\n")
    (note,) = _items(str(mixed))
    assert isinstance(note, RawArticle) and note.title == "Reading list"  # text, not a URL list


def test_unreachable_port() -> None:
    (gone,) = _items("http://127.0.0.1:9/none", timeout=2)
    assert isinstance(gone, Failure) and gone.reason.startswith("could not connect")
