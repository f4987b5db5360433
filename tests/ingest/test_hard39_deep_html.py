"""hard39: a page nested deeper than libxml2 parses (2048 open elements even with its limit
lifted; e.g. 100,000 nested ``<div>`` around the story) lost everything past that point: the
file was "no article text found in the HTML" where a browser shows its text. Such a page is
written again with the tags past 256 levels left out (their text and paragraphs kept) and
read from that. Controls: text before and after the nest is kept in order; nesting of the
paragraph-level elements themselves stays bounded; a page within the limits is not touched."""

from __future__ import annotations

from pathlib import Path

from newsgraph.ingest import Failure, RawArticle, iter_articles
from newsgraph.ingest._flat_html import flatten
from newsgraph.ingest.html import extract_html

STORY = (
    "<p>The county water board in Marrow Falls voted on Wednesday to raise rates by six per "
    "cent after a dry summer emptied two reservoirs. Its chair said the money would pay for "
    "a new pipeline from the river.</p>"
)


def _page(body: str) -> str:
    return f"<html><head><title>Water rates rise</title></head><body>{body}</body></html>"


def test_a_story_inside_100000_nested_divs_is_read(tmp_path: Path) -> None:
    page = tmp_path / "nested.html"
    page.write_text(_page("<div>" * 100_000 + STORY + "</div>" * 100_000))
    (tmp_path / "plain.html").write_text(_page(STORY))
    got = {Path(g.path or "").name: g for g in iter_articles([str(tmp_path)])}
    assert not any(isinstance(g, Failure) for g in got.values()), got
    nested, plain = got["nested.html"], got["plain.html"]
    assert isinstance(nested, RawArticle) and isinstance(plain, RawArticle)
    assert "new pipeline from the river" in nested.text
    assert nested.text == plain.text and nested.title == plain.title == "Water rates rise"


def test_text_before_and_after_the_nest_is_kept_in_order() -> None:
    body = (
        "<p>Farmers in the valley had asked for help since June.</p>"
        + "<section><div>" * 3000
        + STORY
        + "</div></section>" * 3000
        + "<p>The new rates take effect in January, the board said.</p>"
    )
    found = extract_html(_page(body))
    assert found is not None
    lines = found.text.splitlines()
    assert lines[0].startswith("Farmers in the valley")
    assert lines[1].startswith("The county water board")
    assert lines[-1].startswith("The new rates take effect")


def test_nested_paragraph_elements_stay_bounded() -> None:
    # blockquotes (kept past the first 256 levels) nested 100,000 deep: still read
    found = extract_html(_page("<blockquote>" * 100_000 + STORY + "</blockquote>" * 100_000))
    assert found is not None and "six per cent" in found.text
    flat, dropped = flatten("<div>" * 1000 + "<blockquote>" * 1000 + "x")
    assert flat.count("<div>") == 256 and flat.count("<blockquote>") == 32
    assert dropped == 1000 - 256 + 1000 - 32


def test_flattening_keeps_text_entities_and_attributes() -> None:
    flat, _ = flatten('<div class="a">' * 300 + "<p id=k>Fish &amp; chips&#33;</p>" + "<br/>x")
    assert flat.count('<div class="a">') == 256
    assert flat.endswith("<p id=k>Fish &amp; chips&#33;</p><br/>x")


def test_control_a_page_within_the_limits_is_not_flattened() -> None:
    # 1,000 levels: libxml2 reads it with its limit lifted (ux26); every level kept
    body = "<div>" * 1000 + STORY + "</div>" * 1000
    found = extract_html(_page(body))
    assert found is not None and found.text.startswith("The county water board")


def test_a_feed_item_whose_content_is_nested_deep_keeps_its_text(tmp_path: Path) -> None:
    # the same class in a feed: content past 256 levels counted no words, so the item's
    # link was fetched instead (here a dead one: one failure line, the text lost)
    more = "<p>Work on the pipeline would start in the spring if the state approves the loan.</p>"
    content = "<div>" * 5000 + STORY + more + "</div>" * 5000  # over 40 words: used as is
    feed = tmp_path / "wire.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Valley '
        "Wire</title><item><title>Water rates rise</title><link>http://127.0.0.1:9/w</link>"
        f"<guid>w1</guid><content:encoded><![CDATA[{content}]]></content:encoded></item>"
        "</channel></rss>"
    )
    (got,) = list(iter_articles([str(feed)]))
    assert isinstance(got, RawArticle), got
    assert "new pipeline from the river" in got.text and got.outlet == "Valley Wire"
