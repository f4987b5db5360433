"""ux26 walk: inputs known by their bytes, not their name. A WARC archive or gzip'd page on
standard input (`newsgraph ingest - < crawl.warc.gz`, `zcat`-less pipes) was "binary file,
not text"; an uncompressed WARC named without .warc was read as one text article of WARC
headers, and a gzip'd page without .gz was "binary file". Each is read as what it is now.
Junk behind a gzip magic number is one line. Controls: plain text on stdin and a .txt file
starting with "WARC/1.0" stay articles."""

from __future__ import annotations

import gzip
import io
import sys
from pathlib import Path

import pytest
from tests.ingest.test_ingest_sources import ARTICLE, PAGE, _warc_record

from newsgraph.ingest import Failure, RawArticle, iter_articles


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def _items(*sources: str | Path) -> list[RawArticle | Failure]:
    return list(iter_articles([str(s) for s in sources]))


def _warc() -> bytes:
    return _warc_record("https://example.org/fish", "200 OK", PAGE) + _warc_record(
        "https://example.org/gone", "404 Not Found", PAGE
    )


@pytest.mark.parametrize("compressed", [True, False])
def test_a_warc_on_stdin_is_read_as_an_archive(
    monkeypatch: pytest.MonkeyPatch, compressed: bool
) -> None:
    data = _warc()  # gzip members, one a record
    _stdin(monkeypatch, data if compressed else gzip.decompress(data))
    fish, gone = _items("-")
    assert isinstance(fish, RawArticle) and fish.url == "https://example.org/fish"
    assert fish.title == "Ministers meet on fishing rights"
    assert isinstance(gone, Failure)
    assert str(gone) == "<stdin>#https://example.org/gone: HTTP 404 in the archive"


def test_a_gzipped_page_on_stdin_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, gzip.compress(PAGE.encode()))
    (page,) = _items("-")
    assert isinstance(page, RawArticle) and page.title == "Ministers meet on fishing rights"
    _stdin(monkeypatch, b"\x1f\x8b" + b"junk" * 20)  # a gzip magic number, then junk
    (bad,) = _items("-")
    assert isinstance(bad, Failure) and bad.reason.startswith("could not be read (")


def test_files_named_otherwise_are_read_by_their_bytes(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl-2024-02"
    crawl.write_bytes(gzip.decompress(_warc()))
    page = tmp_path / "page"
    page.write_bytes(gzip.compress(PAGE.encode()))
    fish, gone, saved = _items(crawl, page)
    assert isinstance(fish, RawArticle) and fish.url == "https://example.org/fish"
    assert isinstance(gone, Failure) and gone.source == f"{crawl}#https://example.org/gone"
    assert isinstance(saved, RawArticle) and saved.title == "Ministers meet on fishing rights"


def test_control_text_stays_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, ARTICLE.encode())
    (art,) = _items("-")
    assert isinstance(art, RawArticle) and art.title == "Ministers meet on fishing rights"
    notes = tmp_path / "notes.txt"
    notes.write_text("WARC/1.0 is the archive format we use.\n\n" + ARTICLE)
    (note,) = _items(notes)  # a .txt file is text, whatever its first words
    assert isinstance(note, RawArticle) and note.text.startswith("WARC/1.0 is")


def test_markup_and_json_under_each_others_name_are_read_as_what_they_are(
    tmp_path: Path,
) -> None:
    page = tmp_path / "saved-page.json"  # an HTML page saved from a JSON API's URL
    page.write_text(PAGE)
    feed = tmp_path / "feed.json"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item>'
        f"<title>Fish</title><description>{ARTICLE} {ARTICLE}</description></item></channel>"
        "</rss>"
    )
    records = tmp_path / "records.html"
    text = ARTICLE.replace("\n", " ").replace('"', "'")
    records.write_text(f'{{"text": "{text}"}}\n{{"text": "Again: {text}"}}\n')
    crawl = tmp_path / "crawl.html"
    crawl.write_bytes(gzip.decompress(_warc()))
    got = _items(page, feed, records, crawl)
    titles = [g.title if isinstance(g, RawArticle) else str(g) for g in got]
    assert titles[0] == "Ministers meet on fishing rights"  # the page
    assert titles[1] == "Fish"  # the feed's item
    assert all(isinstance(g, RawArticle) for g in got[2:4])  # the JSON Lines' two records
    assert isinstance(got[4], RawArticle) and got[4].url == "https://example.org/fish"


def test_control_a_broken_json_file_is_still_named_malformed_json(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"text": "unclosed')
    (item,) = _items(bad)
    assert isinstance(item, Failure) and item.reason.startswith("malformed JSON")


def test_a_warc_without_html_responses_says_so(tmp_path: Path) -> None:
    head = (
        b"WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Date: 2024-02-14T10:00:00Z\r\n"
        b"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000009>\r\n"
        b"Content-Type: application/warc-fields\r\nContent-Length: 16\r\n\r\nsoftware: test\r\n"
        b"\r\n\r\n"
    )
    crawl = tmp_path / "info.warc.gz"
    crawl.write_bytes(gzip.compress(head))
    (item,) = _items(crawl)
    assert isinstance(item, Failure)
    assert item.reason == (
        "a WARC archive with no HTML responses (only requests, media or other records)"
    )


def test_control_an_empty_json_array_keeps_its_line(tmp_path: Path) -> None:
    empty = tmp_path / "none.json"
    empty.write_text("[]")
    (item,) = _items(empty)
    assert isinstance(item, Failure)
    assert item.reason == "no articles in it (an empty JSON array, or only blank lines)"


def test_a_store_given_as_a_source_is_named_as_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsgraph.ingest._sniffed import SQLITE_REASON
    from newsgraph.store import Store

    db = tmp_path / "news.db"
    with Store(db) as store:
        store.conn.execute("CREATE TABLE padding (x BLOB)")
        store.conn.execute("INSERT INTO padding VALUES (zeroblob(200000))")  # over --max-bytes
    (item,) = list(iter_articles([str(db)], max_bytes=100_000))
    assert isinstance(item, Failure) and item.reason == SQLITE_REASON
    assert "give it as --db" in item.reason
    _stdin(monkeypatch, db.read_bytes()[:50_000])
    (piped,) = list(iter_articles(["-"], max_bytes=100_000))
    assert isinstance(piped, Failure) and piped.reason == SQLITE_REASON


def test_control_text_about_sqlite_stays_text(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("SQLite format 3 files start with a header.\n\n" + ARTICLE)
    (note,) = _items(notes)
    assert isinstance(note, RawArticle)
