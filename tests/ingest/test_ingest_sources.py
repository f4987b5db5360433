"""iter_articles on each kind of local input, and each kind of bad input."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from newsgraph.ingest import Failure, RawArticle, iter_articles, raw_to_dict

ARTICLE = (
    "Ministers meet on fishing rights\n\n"
    "Foreign ministers of Norway and Chile met in Oslo on Monday to discuss fishing rights.\n\n"
    '"We agreed on the principles," Norwegian minister Ingrid Halvorsen said after the talks.\n'
)
PAGE = """<html><head><title>Ministers meet on fishing rights</title>
<meta property="article:published_time" content="2024-02-14T09:30:00+02:00">
<meta property="og:site_name" content="Sample Wire"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Ministers meet on fishing rights</h1>
<p>Foreign ministers of Norway and Chile met in Oslo on Monday to discuss fishing rights and
the protection of salmon stocks along their coasts, officials said after the meeting.</p>
<p>"We agreed on the principles, and our experts will settle the details," Norwegian minister
Ingrid Halvorsen said after the talks, which lasted for more than five hours.</p>
<p>The two sides will meet again in Santiago in May to sign a formal agreement, her Chilean
counterpart said in a statement published by his ministry on Monday evening.</p></article>
<footer>Copyright 2024 Sample Wire. Cookie policy.</footer></body></html>"""


def _one(source: str | Path, **kw: object) -> RawArticle | Failure:
    items = list(iter_articles([str(source)], **kw))  # type: ignore[arg-type]
    assert len(items) == 1, items
    return items[0]


def _article(source: str | Path, **kw: object) -> RawArticle:
    item = _one(source, **kw)
    assert isinstance(item, RawArticle), item
    return item


def _failure(source: str | Path, **kw: object) -> Failure:
    item = _one(source, **kw)
    assert isinstance(item, Failure), item
    return item


def test_txt_clean_and_exact(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    raw = "  \n" + ARTICLE + "\n\nAdvertisement\n   "
    path.write_text(raw, encoding="utf-8")
    art = _article(path)
    assert art.title == "Ministers meet on fishing rights"
    assert art.text.startswith("Ministers meet on fishing rights\n\nForeign ministers")
    assert art.body.startswith("Foreign ministers") and art.path == str(path)
    assert [r.text for r in art.removed] == ["Advertisement"]
    exact = _article(path, clean=False)
    assert exact.text == raw and exact.removed == [] and exact.title is None
    assert exact.body_start == 0


def test_txt_gz_and_latin1(tmp_path: Path) -> None:
    gz = tmp_path / "a.txt.gz"
    gz.write_bytes(gzip.compress(ARTICLE.encode("utf-8")))
    assert _article(gz).title == "Ministers meet on fishing rights"
    latin = tmp_path / "b.txt"
    latin.write_bytes("Réunion à Genève\n\nLes ministres se sont réunis à Genève.".encode("cp1252"))
    assert _article(latin).title == "Réunion à Genève"


def test_html_file(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    art = _article(path)
    assert art.title == "Ministers meet on fishing rights"
    assert art.published == "2024-02-14" and art.published_from == "html"
    assert art.outlet == "Sample Wire"
    assert art.text.startswith("Ministers meet on fishing rights\n\nForeign ministers")
    assert art.text.count("Ministers meet on fishing rights") == 1
    assert "Home" not in art.text and "Cookie" not in art.text
    assert "\n\n" in art.body  # one paragraph per <p>, separated by a blank line
    gz = tmp_path / "page.html.gz"
    gz.write_bytes(gzip.compress(PAGE.encode("utf-8")))
    assert _article(gz).body == art.body


def test_json_text_and_html(tmp_path: Path) -> None:
    record = {
        "text": ARTICLE.split("\n\n", 1)[1],
        "title": "Fishing talks",
        "url": "https://example.org/x",
        "published": "14 February 2024",
        "outlet": "Sample Outlet",
    }
    path = tmp_path / "a.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    art = _article(path)
    assert (art.title, art.published, art.published_from) == (
        "Fishing talks",
        "2024-02-14",
        "metadata",
    )
    assert art.outlet == "Sample Outlet" and art.url == "https://example.org/x"
    assert art.text.startswith("Fishing talks\n\nForeign ministers")
    html = tmp_path / "b.json"
    html.write_text(json.dumps({"html": PAGE, "outlet": "Given Outlet"}), encoding="utf-8")
    art = _article(html)
    assert art.outlet == "Given Outlet" and art.published == "2024-02-14"
    assert "Santiago" in art.body


def test_jsonl_streams_each_line_and_reports_bad_ones(tmp_path: Path) -> None:
    good = json.dumps({"text": ARTICLE, "outlet": "O"})
    path = tmp_path / "a.jsonl"
    path.write_text(f"{good}\n{{not json\n\n{good}\n[1, 2]\n", encoding="utf-8")
    items = list(iter_articles([str(path)]))
    assert [type(x).__name__ for x in items] == ["RawArticle", "Failure", "RawArticle", "Failure"]
    assert items[1].source == f"{path}:2"  # type: ignore[union-attr]
    assert items[1].reason.startswith("malformed JSON at line 2:")  # type: ignore[union-attr]
    assert "object" in items[3].reason  # type: ignore[union-attr]


def test_directory_recursive_sorted_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zeta headline\n\nZeta body sentence here.")
    (tmp_path / "a.txt").write_text("Alpha headline\n\nAlpha body sentence here.")
    (tmp_path / ".secret.txt").write_text("Hidden headline\n\nHidden body.")
    (tmp_path / ".hidden" / "c.txt").write_text("Hidden headline\n\nHidden body.")
    titles = [x.title for x in iter_articles([str(tmp_path)]) if isinstance(x, RawArticle)]
    assert titles == ["Alpha headline", "Zeta headline"]


def test_directory_removes_lines_repeated_across_an_outlet(tmp_path: Path) -> None:
    footer = "Sample Outlet is an independent newsroom"
    for word in ("alpha", "beta", "gamma", "delta"):
        (tmp_path / f"{word}.txt").write_text(
            f"Headline {word}\n\nThe {word} story is told here in a sentence.\n\n{footer}\n"
        )
    arts = [x for x in iter_articles([str(tmp_path)]) if isinstance(x, RawArticle)]
    assert len(arts) == 4
    assert all(footer not in a.text for a in arts)
    assert all(a.removed[-1].reason.startswith("repeats in 4 articles") for a in arts)


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8"))))
    art = _article("-")
    assert art.title == "Ministers meet on fishing rights"


def _warc_record(url: str, status: str, body: str) -> bytes:
    """One gzipped WARC response record, written out by hand (WARC/1.0 is plain text)."""
    http = (
        f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(body.encode())}\r\n\r\n{body}"
    ).encode()
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {url}\r\nWARC-Date: 2024-02-14T10:00:00Z\r\n"
        "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + http + b"\r\n\r\n")


def test_warc(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(
        _warc_record("https://example.org/fish", "200 OK", PAGE)
        + _warc_record("https://example.org/gone", "404 Not Found", "<html>gone</html>")
    )
    items = list(iter_articles([str(path)]))
    assert isinstance(items[0], RawArticle) and items[0].title == "Ministers meet on fishing rights"
    assert items[0].url == "https://example.org/fish"
    assert isinstance(items[1], Failure) and "HTTP 404" in items[1].reason
    assert items[1].source.endswith("#https://example.org/gone")


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("bin.txt", b"\x00\x01\x02PNG\x00" * 50, "binary file, not text"),
        ("img.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary file, not text"),
        ("empty.txt", b"", "empty input"),
        ("blank.txt", b"  \n\n \t\n", "empty input"),
        ("c1.txt", b"\x81\x8d\x8f\x90\x9d" * 40, "could not tell its character encoding"),
        ("bad.json", b'{"text": "a",\n "title": }', "malformed JSON at line 2"),
        ("none.json", b'{"title": "only a title"}', 'no "text" or "html"'),
        ("bad.html", b"<html><head></head><body><div></div></body></html>", "no article text"),
        ("gar.html", b"<<<>>> <p <div <<", "no article text"),
        ("noise.txt", b"Advertisement\n\nRead more: elsewhere\n", "empty after cleaning"),
        ("bad.gz", b"not gzip at all", "could not be read"),
    ],
)
def test_bad_inputs_become_failures(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    failure = _failure(path)
    assert failure.source == str(path)
    assert reason in failure.reason


def test_oversized_and_missing(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(ARTICLE * 10)
    assert _failure(path, max_bytes=100).reason == "larger than the 0.0001 MB cap (set --max-bytes)"
    gz = tmp_path / "big.txt.gz"
    gz.write_bytes(gzip.compress(b"a" * 10_000))  # small on disk, large once decompressed
    assert "cap" in _failure(gz, max_bytes=1000).reason
    assert _failure(tmp_path / "nope.txt").reason == "no such file or folder"


def test_bad_input_does_not_stop_the_batch(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00" * 10)
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    kinds = [type(x).__name__ for x in iter_articles([str(bad), str(tmp_path / "x"), str(good)])]
    assert kinds == ["Failure", "Failure", "RawArticle"]


def test_examples_and_raw_to_dict(examples: Path) -> None:
    arts = [x for x in iter_articles([str(examples)]) if isinstance(x, RawArticle)]
    assert len(arts) == 5  # 1 txt + 1 html + 1 json + 2 jsonl
    for art in arts:
        d = raw_to_dict(art)
        assert set(d) >= {"title", "published", "outlet", "url", "text", "removed", "captions"}
        assert d["title"] and d["text"].startswith(d["title"] + "\n\n")
        json.dumps(d)
    scraped = next(a for a in arts if a.path and a.path.endswith(".txt"))
    assert [c.related for c in scraped.captions] == [True, False]
    assert "Wembley" not in scraped.text
