"""The fetcher's guarantees against hostile servers on loopback (never the network).

One overall deadline per URL (connect, headers and body), no redirect into a private address
unless the user's own URL was there, and gzip'd JSONL capped while inflating.
"""

from __future__ import annotations

import gzip
import json
import socket
import threading
import time
import tracemalloc
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsgraph.ingest import Failure, RawArticle, fetch, iter_articles

PAGE = b"""<html><head><title>Envoys meet in Geneva</title></head><body><article>
<h1>Envoys meet in Geneva</h1>
<p>Envoys from Armenia and Azerbaijan met in Geneva on Friday for talks on their border,
the Swiss foreign ministry said in a statement issued after the meeting ended.</p>
<p>"We are closer than ever," one of the envoys told reporters outside the venue, adding
that a new round of talks would be held in Vienna next month.</p>
</article></body></html>"""


def _items(*sources: str, **kw: float) -> list[RawArticle | Failure]:
    return list(iter_articles(list(sources), **kw))  # type: ignore[arg-type]


# -- a server that trickles its headers ------------------------------------------------------


@pytest.fixture
def trickler() -> Iterator[str]:
    """A raw socket server sending a long header block one byte every 0.1 s."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(4)
    stop = threading.Event()

    def serve() -> None:
        srv.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
            except TimeoutError:
                continue
            with conn:
                conn.recv(4096)
                head = b"HTTP/1.1 200 OK\r\nX-Padding: " + b"a" * 400 + b"\r\n\r\n"
                for i in range(len(head)):
                    if stop.is_set():
                        break
                    try:
                        conn.sendall(head[i : i + 1])
                    except OSError:
                        break
                    time.sleep(0.1)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{srv.getsockname()[1]}/headers"
    finally:
        stop.set()
        thread.join()
        srv.close()


def test_trickled_headers_fail_within_the_overall_deadline(trickler: str) -> None:
    started = time.monotonic()
    (slow,) = _items(trickler, timeout=0.3)  # each byte comes well within the read timeout
    elapsed = time.monotonic() - started
    assert isinstance(slow, Failure) and slow.reason == "too slow: not complete after 0.9 s"
    assert elapsed < 2.0, f"took {elapsed:.1f} s"


# -- redirects into private addresses --------------------------------------------------------


class _Redirector(BaseHTTPRequestHandler):
    target = ""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/article":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)
            return
        self.send_response(302)
        self.send_header("Location", self.server.target)  # type: ignore[attr-defined]
        self.send_header("Content-Length", "0")
        self.end_headers()


def _serve(host: str) -> tuple[ThreadingHTTPServer, str]:
    httpd = ThreadingHTTPServer((host, 0), _Redirector)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://{host}:{httpd.server_address[1]}"


@pytest.fixture
def two_servers() -> Iterator[tuple[str, str]]:
    """Server A on 127.0.0.1 redirects to server B on 127.0.0.2 (both loopback on Linux)."""
    try:
        b, b_url = _serve("127.0.0.2")
    except OSError:
        pytest.skip("127.0.0.2 is not a loopback address here")
    a, a_url = _serve("127.0.0.1")
    a.target = f"{b_url}/article"  # type: ignore[attr-defined]
    try:
        yield a_url, b_url
    finally:
        for s in (a, b):
            s.shutdown()
            s.server_close()


def test_redirect_into_private_address_refused_for_a_public_url(
    two_servers: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    a_url, _ = two_servers
    real = fetch.is_private
    # resolver stub: pretend 127.0.0.1 is a public address (a news site on the internet)
    monkeypatch.setattr(fetch, "is_private", lambda ip: ip != "127.0.0.1" and real(ip))
    (item,) = _items(f"{a_url}/go", timeout=2)
    assert isinstance(item, Failure), item
    assert item.source == f"{a_url}/go"
    assert item.reason == (
        "redirected to 127.0.0.2 (127.0.0.2), a private, loopback or link-local address; refused"
    )


def test_redirect_within_private_addresses_allowed_when_the_user_url_is_private(
    two_servers: tuple[str, str],
) -> None:
    a_url, b_url = two_servers
    (item,) = _items(f"{a_url}/go", timeout=2)
    assert isinstance(item, RawArticle), item
    assert item.url == f"{b_url}/article" and item.title == "Envoys meet in Geneva"


@pytest.mark.parametrize(
    ("ip", "private"),
    [
        ("127.0.0.1", True),
        ("10.1.2.3", True),
        ("192.168.0.1", True),
        ("169.254.169.254", True),  # cloud metadata
        ("100.64.0.1", True),  # shared address space (carrier NAT, Tailscale-style intranets)
        ("::ffff:100.127.255.254", True),
        ("::1", True),
        ("fe80::1", True),
        ("0.0.0.0", True),
        ("93.184.216.34", False),
        ("2606:2800:220:1::1", False),
    ],
)
def test_private_address_classes(ip: str, private: bool) -> None:
    assert fetch.is_private(ip) is private


# -- gzip'd JSONL is capped while inflating ---------------------------------------------------


def test_jsonl_gz_line_capped_while_inflating(tmp_path: Path) -> None:
    good = json.dumps({"text": "Envoys meet\n\nEnvoys met in Geneva on Friday for talks."})
    huge = '{"text": "' + "x" * 30_000_000 + '"}'
    path = tmp_path / "bomb.jsonl.gz"
    path.write_bytes(gzip.compress(f"{huge}\n{good}\n".encode(), compresslevel=1))
    assert path.stat().st_size < 200_000
    tracemalloc.start()
    try:
        items = _items(str(path), max_bytes=10_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [type(x).__name__ for x in items] == ["Failure", "RawArticle"]
    assert str(items[0]) == f"{path}:1: larger than the 0.01 MB cap (set --max-bytes)"
    assert peak < 5_000_000, f"inflated {peak:,} bytes at once"
