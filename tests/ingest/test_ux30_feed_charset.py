"""ux30 walk: an RSS feed in a legacy code page whose XML declaration names no encoding was
read by feedparser as XML's default and its fallback, windows-1252: a windows-1251 feed's
items came out 'Ëàâðîâ î ïåðåãîâîðàõ'. Such bytes are read by the code-page guess of
undeclared pages (ux30 item 1) before feedparser. Controls: a feed declaring its encoding
and a UTF-8 feed read as before; bytes no code page reads are one line naming the feed."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.test_ux30_undeclared_charset import RUSSIAN

from newsgraph.ingest import Failure, RawArticle, iter_articles

TITLE = "Лавров о переговорах"


def _feed(prolog: str, body: str = RUSSIAN) -> str:
    text = " ".join([body] * 5)  # 40 words and more: the item's text (ux26)
    return (
        f'{prolog}<rss version="2.0"><channel><title>News</title><link>https://n.example/</link>'
        f"<item><title>{TITLE}</title><description>{text}</description>"
        "<pubDate>Mon, 12 Feb 2024 10:00:00 GMT</pubDate></item></channel></rss>"
    )


def _read(tmp_path: Path, data: bytes) -> list[RawArticle | Failure]:
    path = tmp_path / "feed.rss"
    path.write_bytes(data)
    return list(iter_articles([str(path)]))


def test_an_undeclared_windows_1251_feed_is_read_in_it(tmp_path: Path) -> None:
    (got,) = _read(tmp_path, _feed('<?xml version="1.0"?>').encode("cp1251"))
    assert isinstance(got, RawArticle), got
    assert got.title == TITLE
    assert RUSSIAN in got.text


def test_control_declared_and_utf8_feeds_read_as_before(tmp_path: Path) -> None:
    declared = _feed('<?xml version="1.0" encoding="windows-1251"?>').encode("cp1251")
    for data in (declared, _feed('<?xml version="1.0"?>').encode("utf-8")):
        (got,) = _read(tmp_path, data)
        assert isinstance(got, RawArticle) and got.title == TITLE and RUSSIAN in got.text


def test_a_feed_no_code_page_reads_is_one_line(tmp_path: Path) -> None:
    junk = " ".join(["k\x98\xff\x81\xa0\x9fx"] * 40)
    data = (
        _feed('<?xml version="1.0"?>', "")
        .encode("utf-8")
        .replace(b"</description>", junk.encode("latin-1") + b"</description>")
    )
    (got,) = _read(tmp_path, data)
    assert isinstance(got, Failure), got
    assert got.source.endswith("feed.rss")
    assert "could not tell its character encoding" in got.reason
