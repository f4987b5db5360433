"""ux27: an article left undated twice over (its feed item's or JSON record's date has no day,
and so has its page) got two warning lines, each saying 'the article has no publication
date': one from the page, one from the feed item or record. It gets one line now, the one
naming the date the user's input gave. Controls: a page alone still gets its line; a record
with a full date gets none."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsgraph.ingest import RawArticle, iter_articles

PARA = (
    "Syrian government forces shelled villages held by rebels in southern Idlib on Friday, a "
    "monitoring group said. The Syrian Observatory for Human Rights said six civilians were "
    "killed in the shelling and dozens were wounded."
)
PAGE = (
    "<html><head><title>Shelling</title></head><body><article><h1>Shelling in Idlib</h1>"
    f"<p>Posted March 2020</p><p>{PARA}</p></article></body></html>"
)


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        body = PAGE.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
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


def _warnings(caplog: pytest.LogCaptureFixture, source: Path) -> list[str]:
    with caplog.at_level(logging.WARNING, logger="newsgraph.ingest"):
        got = list(iter_articles([str(source)]))
    assert [type(g) for g in got] == [RawArticle]
    assert isinstance(got[0], RawArticle) and got[0].published is None
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]


def test_a_feed_item_and_its_page_both_undated_give_one_line(
    server: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    feed = tmp_path / "wire.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item>'
        f"<title>Shelling</title><link>{server}/a</link><pubDate>March 2018</pubDate>"
        "</item></channel></rss>"
    )
    lines = _warnings(caplog, feed)
    assert len(lines) == 1
    assert lines[0].startswith(f"{server}/a (item 1 of the feed {feed}): its date 'March 2018'")


def test_a_json_record_and_its_html_both_undated_give_one_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    record = tmp_path / "a.json"
    record.write_text(json.dumps({"html": PAGE, "published": "March 2020"}))
    lines = _warnings(caplog, record)
    assert len(lines) == 1
    assert lines[0].startswith(f"{record}: its 'published' field (March 2020) is not a date")


def test_control_the_page_alone_still_says_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    record = tmp_path / "b.json"
    record.write_text(json.dumps({"html": PAGE}))
    lines = _warnings(caplog, record)
    assert len(lines) == 1
    assert lines[0].startswith(f"{record}: the page writes no publication date with a day")


def test_control_a_full_record_date_says_nothing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    record = tmp_path / "c.json"
    record.write_text(json.dumps({"html": PAGE, "published": "2020-03-05"}))
    with caplog.at_level(logging.WARNING, logger="newsgraph.ingest"):
        got = list(iter_articles([str(record)]))
    assert [g.published for g in got if isinstance(g, RawArticle)] == ["2020-03-05"]
    assert [r for r in caplog.records if r.levelno == logging.WARNING] == []
