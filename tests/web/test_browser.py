"""Headless Chromium over the real server: the article, map and timeline pages render, run no
failing script (no console errors, no CSP violations), and the screenshots are not blank.

Chromium is Debian's (``/usr/bin/chromium``; ``.ci/run`` installs it), driven by playwright
with the browser's own binary (playwright's browser download is never used). Outside CI the
test skips when Chromium or playwright is missing; with ``CI=true`` it fails instead.
"""

from __future__ import annotations

import os
import socket
import struct
import threading
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.store.store_samples import moscow_article

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]


def _need_browser() -> Any:
    problem = None
    if not CHROMIUM.exists():
        problem = f"{CHROMIUM} is not installed (apt-get install chromium)"
    else:
        try:
            from playwright.sync_api import sync_playwright
        except ImportError:
            problem = "playwright is not installed (pip install -e '.[dev]')"
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the browser test: {problem}")
        pytest.skip(problem)
    return sync_playwright


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(db_path: Path) -> Iterator[str]:
    import uvicorn

    from newsgraph.web.app import create_app

    port = _free_port()
    config = uvicorn.Config(
        create_app(db_path, port=port), host="127.0.0.1", port=port, log_level="warning"
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


def png_pixels(data: bytes) -> tuple[int, int, int, list[bytes]]:
    """Width, height, bytes per pixel and the unfiltered rows of an 8-bit RGB(A) PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour in (2, 6), (depth, colour)
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        filt = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if filt == 1:
                line[i] = (line[i] + a) & 255
            elif filt == 2:
                line[i] = (line[i] + b) & 255
            elif filt == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif filt == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def _colours(png: bytes) -> int:
    width, _, bpp, rows = png_pixels(png)
    seen = set()
    for row in rows[::4]:
        for x in range(0, width * bpp, bpp * 4):
            seen.add(row[x : x + 3])
    return len(seen)


def test_png_reader_counts_colours() -> None:
    # a 2x1 RGB image, one red and one blue pixel, rows filtered with "sub"
    raw = b"\x01" + bytes([255, 0, 0, 1, 0, 255])  # second pixel = first + (1, 0, 255) mod 256
    ihdr = struct.pack(">IIBBBBB", 2, 1, 8, 2, 0, 0, 0)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + b"\0\0\0\0"

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw))
    _, _, _, rows = png_pixels(png + chunk(b"IEND", b""))
    assert rows == [bytes([255, 0, 0, 0, 0, 255])]


def test_pages_render_in_chromium(server: str, tmp_path: Path) -> None:
    sync_playwright = _need_browser()
    article = moscow_article()
    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch_persistent_context(
            str(tmp_path / "profile"),  # a fresh profile every run
            executable_path=str(CHROMIUM),
            headless=True,
            args=ARGS,
            viewport={"width": 1000, "height": 700},
        )
        try:
            page = browser.new_page()
            page.on(
                "console",
                lambda m: (
                    problems.append(f"console {m.type}: {m.text}")
                    if m.type in ("error", "warning")
                    else None
                ),
            )
            page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
            page.on(
                "response",
                lambda r: (
                    problems.append(f"HTTP {r.status} for {r.url}") if r.status >= 400 else None
                ),
            )
            shots: dict[str, bytes] = {}

            page.goto(f"{server}/articles/{article.id}", wait_until="load")
            assert page.locator("#text .hl-quote:not(.hl-cont)").count() == 2  # two quotes
            page.locator("#legend input[data-kind=quote]").uncheck()  # the page's script runs
            assert "hide-quote" in (page.locator("#text").get_attribute("class") or "")
            shots["article"] = page.screenshot()

            page.goto(f"{server}/places", wait_until="load")
            svg = page.locator("svg.worldmap")
            box = svg.bounding_box()
            assert box is not None and box["width"] > 500 and box["height"] > 150
            assert page.locator("svg.worldmap .land path").count() >= 150
            assert page.locator("svg.worldmap circle").count() == 3
            shots["map"] = svg.screenshot()
            page.locator('svg.worldmap a[href$="/places/169389"] circle').click()
            page.wait_for_url("**/places/169389")
            assert "aiding militants in Idlib" in page.inner_text("main")

            page.goto(f"{server}/timeline", wait_until="load")
            assert page.locator("svg.bars rect").count() == 2
            assert page.locator("section.day").count() == 2
            shots["timeline"] = page.screenshot()
        finally:
            browser.close()
    assert problems == []
    for name, png in shots.items():
        assert _colours(png) >= 8, f"the {name} screenshot looks blank"
