"""ux26 walk: an RSS item's HTML title ('&lt;b&gt;Bold&lt;/b&gt; &amp;amp; more', which RSS
allows and feedparser marks text/html) kept its tags and entities in the title and in the
article text; a relative item link ('/news/1') was dropped, so the article lost its URL and
a teaser item said "no content and no link". Titles are text now and relative links are
read against the channel's link. Controls: plain titles, absolute links and an Atom id
('urn:...') that is no link stay as they were."""

from __future__ import annotations

from pathlib import Path

from newsgraph.ingest import RawArticle, iter_articles
from newsgraph.ingest.feeds import parse_feed

PARA = (
    "Foreign ministers of Norway and Chile met in Oslo to discuss fishing rights and the "
    "protection of salmon stocks along their coasts, officials said after the meeting, and "
    "agreed to meet again in Santiago to sign a formal agreement on quotas for the fleets."
)


def _rss(items: str, home: str = "https://rel.example/") -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Rel</title>'
        f"<link>{home}</link>{items}</channel></rss>"
    ).encode()


def _item(title: str, link: str) -> str:
    body = f"<content:encoded><![CDATA[<p>{PARA}</p>]]></content:encoded>"
    return f"<item><title>{title}</title><link>{link}</link>{body}</item>"


def test_an_html_title_is_text_and_a_relative_link_is_resolved(tmp_path: Path) -> None:
    feed = tmp_path / "rel.rss"
    feed.write_bytes(_rss(_item("&lt;b&gt;Bold&lt;/b&gt; talks &amp;amp; fish", "/news/1")))
    (art,) = list(iter_articles([str(feed)], timeout=3))
    assert isinstance(art, RawArticle)
    assert art.title == "Bold talks & fish"
    assert art.text.startswith("Bold talks & fish\n\nForeign ministers")
    assert art.url == "https://rel.example/news/1"


def test_a_relative_teaser_link_is_the_link_to_fetch() -> None:
    teaser = (
        "<item><title>Teaser</title><link>news/2?x=1</link><description>Short.</description></item>"
    )
    (item,) = parse_feed(_rss(teaser, home="https://rel.example/world/")).items
    assert item.link == "https://rel.example/world/news/2?x=1" and item.text is None


def test_control_plain_titles_absolute_links_and_ids_stay() -> None:
    items = _item("Fish &amp; chips: a &lt; b", "https://other.example/a") + (
        f"<item><title>Id only</title><link>urn:uuid:1234</link><description>{PARA}"
        "</description></item>"
    )
    first, second = parse_feed(_rss(items)).items
    assert first.title == "Fish & chips: a < b"
    assert first.link == "https://other.example/a"
    assert second.link is None  # an id, no page
    # a feed without a channel link: a relative link stays unreadable
    (alone,) = parse_feed(_rss(_item("T", "/news/1"), home="")).items
    assert alone.link is None


def test_an_item_with_no_link_carrying_its_text_as_description_is_read() -> None:
    item = f"<item><title>Fish</title><description>&lt;p&gt;{PARA}&lt;/p&gt;</description></item>"
    (got,) = parse_feed(_rss(item)).items
    assert got.link is None and got.text == PARA


def test_control_a_linked_items_description_stays_a_teaser() -> None:
    item = f"<item><title>Fish</title><link>https://rel.example/f</link><description>{PARA}"
    (got,) = parse_feed(_rss(item + "</description></item>")).items
    assert got.link == "https://rel.example/f" and got.text is None  # the link is fetched
