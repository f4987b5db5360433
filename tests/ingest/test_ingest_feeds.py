"""RSS and Atom feeds: each item becomes an article (its full content, or its link fetched),
dated by the item; the feed document itself is never an article. Local files and a local
HTTP server on loopback (never the network)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsgraph.ingest import Failure, RawArticle, fetch, iter_articles

PARAS = (
    "Foreign ministers of Norway and Chile met in Oslo on Monday to discuss fishing rights and "
    "the protection of salmon stocks along their coasts, officials said after the meeting.",
    "The two sides will meet again in Santiago in May to sign a formal agreement, the Chilean "
    "foreign minister said in a statement published by his ministry on Monday evening.",
)
CONTENT = "".join(f"<p>{p}</p>" for p in PARAS)
PAGE = (
    "<html><head><title>Envoys meet in Geneva</title>"
    '<meta property="article:published_time" content="2024-05-01T09:00:00Z"></head><body>'
    "<article><h1>Envoys meet in Geneva</h1>"
    "<p>Envoys from Armenia and Azerbaijan met in Geneva on Friday for talks on their border, "
    "the Swiss foreign ministry said in a statement issued after the meeting ended.</p>"
    "<p>A new round of talks will be held in Vienna next month, one of the envoys told "
    "reporters outside the venue on Friday evening.</p></article></body></html>"
)


def rss(base: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Sample Wire</title><link>{base}/</link><description>News</description>
<item><title>Ministers meet on fishing rights</title><link>{base}/fish</link>
<guid>fish-1</guid><pubDate>Wed, 14 Feb 2024 09:30:00 +0200</pubDate>
<description>A short teaser.</description>
<content:encoded><![CDATA[{CONTENT}]]></content:encoded></item>
<item><title>Envoys meet in Geneva</title><link>{base}/article</link>
<guid>geneva-2</guid><pubDate>Fri, 16 Feb 2024 18:00:00 GMT</pubDate>
<description>Envoys met.</description></item>
</channel></rss>"""


ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:atom-wire</id>
<updated>2024-03-02T10:00:00Z</updated>
<entry><title>Ministers meet on fishing rights</title><id>urn:fish</id>
<link href="https://example.org/fish"/><published>2024-03-01T08:00:00Z</published>
<updated>2024-03-02T10:00:00Z</updated>
<content type="html"><![CDATA[{CONTENT}]]></content></entry>
</feed>"""


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        if self.path == "/feed":
            body, ctype = rss(base).encode(), "application/rss+xml; charset=utf-8"
        elif self.path == "/feed-private":
            private = base.replace("127.0.0.1", "127.0.0.2")
            body, ctype = rss(private).encode(), "application/rss+xml; charset=utf-8"
        elif self.path == "/article":
            body, ctype = PAGE.encode(), "text/html; charset=utf-8"
        else:
            body, ctype = b"not found", "text/plain"
        self.send_response(200 if ctype != "text/plain" else 404)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


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


def _items(*sources: str | Path) -> list[RawArticle | Failure]:
    return list(iter_articles([str(s) for s in sources], timeout=3))


def _check_content_item(art: RawArticle | Failure, url: str, published: str) -> None:
    assert isinstance(art, RawArticle), art
    assert art.title == "Ministers meet on fishing rights"
    assert art.text == f"Ministers meet on fishing rights\n\n{PARAS[0]}\n\n{PARAS[1]}"
    assert art.url == url and art.published == published
    assert art.published_from == "metadata"


def test_rss_file_items_from_content_and_from_links(server: str, tmp_path: Path) -> None:
    path = tmp_path / "wire.xml"
    path.write_text(rss(server))
    fish, geneva = _items(path)
    _check_content_item(fish, f"{server}/fish", "2024-02-14")  # never fetched: /fish is a 404
    assert isinstance(fish, RawArticle) and fish.outlet == "Sample Wire"
    assert fish.source_id == "fish-1"
    assert isinstance(geneva, RawArticle), geneva  # fetched from its link
    assert geneva.url == f"{server}/article" and "Vienna" in geneva.text
    assert geneva.published == "2024-02-16"  # the item's date, not the page's (2024-05-01)


def test_atom_file(tmp_path: Path) -> None:
    path = tmp_path / "wire.atom"
    path.write_text(ATOM)
    (item,) = _items(path)
    _check_content_item(item, "https://example.org/fish", "2024-03-01")
    assert isinstance(item, RawArticle) and item.outlet == "Atom Wire"


def test_feed_url(server: str) -> None:
    fish, geneva = _items(f"{server}/feed")
    _check_content_item(fish, f"{server}/fish", "2024-02-14")
    assert isinstance(geneva, RawArticle) and geneva.url == f"{server}/article"


def test_feed_without_items_is_one_failure_never_an_article(tmp_path: Path) -> None:
    path = tmp_path / "empty.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Sample Wire</title>'
        "<description>Nothing today, but a long description of the channel that could "
        "pass for an article if it were read as one, which it must never be.</description>"
        "</channel></rss>"
    )
    (item,) = _items(path)
    assert isinstance(item, Failure) and item.reason == "a feed with no items"


def test_item_with_neither_content_nor_link(tmp_path: Path) -> None:
    path = tmp_path / "bare.xml"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'
        "<item><title>Only a title</title><description>Teaser.</description></item>"
        "</channel></rss>"
    )
    (item,) = _items(path)
    assert isinstance(item, Failure)
    assert item.source == f"{path}#1" and item.reason == "feed item has no content and no link"


def test_short_content_without_a_link_is_the_article(tmp_path: Path) -> None:
    # content under MIN_CONTENT_WORDS is taken for a teaser and the link fetched instead; with
    # no link to fetch the item was refused as having "no content and no link"
    path = tmp_path / "short.atom"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>W</title><id>urn:w</id><updated>2024-03-03T00:00:00Z</updated>"
        "<entry><title>Ministers agree</title><id>urn:1</id>"
        "<updated>2024-03-03T09:00:00Z</updated><published>2024-03-02T09:00:00Z</published>"
        f'<content type="html">&lt;p&gt;{PARAS[0]}&lt;/p&gt;</content></entry></feed>'
    )
    assert len(PARAS[0].split()) < 40
    (item,) = _items(path)
    assert isinstance(item, RawArticle), item
    assert item.text == f"Ministers agree\n\n{PARAS[0]}"
    assert item.published == "2024-03-02" and item.url is None


def test_a_public_feed_cannot_send_the_fetcher_to_private_addresses(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = fetch.is_private
    # resolver stub: 127.0.0.1 counts as a public address (a news site on the internet)
    monkeypatch.setattr(fetch, "is_private", lambda ip: ip != "127.0.0.1" and real(ip))
    fish, geneva = _items(f"{server}/feed-private")  # its items link to 127.0.0.2
    assert isinstance(fish, RawArticle)  # full content: nothing to fetch
    assert isinstance(geneva, Failure)
    private = server.replace("127.0.0.1", "127.0.0.2")
    # ux23: the failed link names the feed it came from too
    assert geneva.source == f"{private}/article (item 2 of the feed {server}/feed-private)"
    assert geneva.reason == (
        "127.0.0.2 (127.0.0.2) is a private, loopback or link-local address and the link "
        "came from a feed on a public address; refused"
    )
