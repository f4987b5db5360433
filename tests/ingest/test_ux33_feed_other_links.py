"""ux33 walk: a feed item with no content whose link is no web page (ftp:, mailto:, urn:) was
told "feed item has no content and no link", though the feed gives a link: the line names the
link. Controls: an item with no link says as before; an item with such a link and full
content is read from its content."""

from __future__ import annotations

from pathlib import Path

from newsgraph.ingest import Failure, RawArticle, iter_articles

BODY = " ".join(
    ["Ministers of Norway and Chile met in Oslo on Monday to discuss fishing rights."] * 12
)


def _read(tmp_path: Path, items: str) -> tuple[list[tuple[str, str]], list[RawArticle]]:
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
        f"{items}</channel></rss>",
        encoding="utf-8",
    )
    got = list(iter_articles([str(feed)]))
    failures = [(f.source.rsplit("/", 1)[-1], f.reason) for f in got if isinstance(f, Failure)]
    return failures, [a for a in got if isinstance(a, RawArticle)]


def test_an_item_whose_link_is_no_web_page_names_it(tmp_path: Path) -> None:
    failures, _ = _read(
        tmp_path,
        "<item><title>A</title><link>ftp://files.example.org/a.txt</link></item>"
        "<item><title>B</title><link>urn:uuid:1234</link></item>",
    )
    assert failures == [
        (
            "feed.xml#1",
            "feed item has no content and its link is no web page ('ftp://files.example.org/a.txt')",
        ),
        ("feed.xml#2", "feed item has no content and its link is no web page ('urn:uuid:1234')"),
    ]


def test_control_no_link_and_a_content_item_with_such_a_link(tmp_path: Path) -> None:
    failures, articles = _read(
        tmp_path,
        "<item><title>B</title></item>"
        f"<item><title>C</title><link>mailto:desk@example.org</link><description>{BODY}"
        "</description></item>",
    )
    assert failures == [("feed.xml#1", "feed item has no content and no link")]
    assert len(articles) == 1 and "fishing rights" in articles[0].text
