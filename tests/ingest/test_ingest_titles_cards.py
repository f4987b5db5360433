"""Titles lose site suffixes; hover-card junk leaves bodies; progress agrees with the summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.ingest import RawArticle, clean_text, iter_articles
from newsgraph.ingest.titles import strip_site_name

BODY = (
    "Envoys from Armenia and Azerbaijan met in Geneva on Friday for talks on their border, "
    "the Swiss foreign ministry said in a statement issued after the meeting ended."
)


@pytest.mark.parametrize(
    ("title", "outlet", "url", "expected"),
    [
        ("Envoys meet in Geneva | Local Wire", "Local Wire", None, "Envoys meet in Geneva"),
        ("Envoys meet in Geneva - The Local Wire", "Local Wire", None, "Envoys meet in Geneva"),
        (
            "Envoys meet in Geneva – NYTimes.com",
            None,
            "https://www.nytimes.com/a",
            "Envoys meet in Geneva",
        ),
        ("Local Wire | Envoys meet in Geneva", "Local Wire", None, "Envoys meet in Geneva"),
        ("Envoys meet | Editorial | Local Wire", "Local Wire", None, "Envoys meet"),
        ("Envoys meet in Geneva | Editorial", None, None, "Envoys meet in Geneva"),
        # a two-letter outlet given by the input is a site name too ("| AP" was kept)
        ("Lavrov ready for talks | AP", "AP", None, "Lavrov ready for talks"),
        ("Markets fall - FT", "FT", "https://ft.com/x", "Markets fall"),
        # not the site: kept
        ("Envoys meet in Geneva | UN", None, "https://un.org/a", "Envoys meet in Geneva | UN"),
        (
            "Armenia - Azerbaijan talks resume",
            "Local Wire",
            None,
            "Armenia - Azerbaijan talks resume",
        ),
        ("Biden | A profile", "Local Wire", None, "Biden | A profile"),
        ("Local Wire", "Local Wire", None, "Local Wire"),  # never emptied
        ("Envoys meet in Geneva", None, None, "Envoys meet in Geneva"),
    ],
)
def test_strip_site_name(title: str, outlet: str | None, url: str | None, expected: str) -> None:
    assert strip_site_name(title, outlet=outlet, url=url) == expected


def test_html_and_json_titles_lose_the_site_suffix(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Envoys meet in Geneva | Local Wire</title>"
        '<meta property="og:site_name" content="Local Wire"></head><body><article>'
        f"<h1>Envoys meet in Geneva</h1><p>{BODY}</p><p>{BODY} Again, they said.</p>"
        "</article></body></html>"
    )
    (tmp_path / "a.html").write_text(page)
    record = {"title": "Ministers meet - Sample Wire", "outlet": "Sample Wire", "text": BODY}
    (tmp_path / "b.json").write_text(json.dumps(record))
    html, js = iter_articles([str(tmp_path)])
    assert isinstance(html, RawArticle) and html.title == "Envoys meet in Geneva"
    assert isinstance(js, RawArticle) and js.title == "Ministers meet"
    assert js.text.startswith("Ministers meet\n\n")


def test_hover_card_junk_is_removed_from_the_body() -> None:
    text = (
        "Governors push back\n\n"
        "Gov. Kristi NoemKristi Lynn NoemSouth Dakota governor said on Monday that the state "
        "would sue over the rule, which she called unlawful.\n\n"
        "Sen. Ted CruzRafael Edward CruzU.S. senator from Texas backed the suit on Tuesday.\n"
    )
    result = clean_text(text)
    assert result.text == (
        "Governors push back\n\n"
        "Gov. Kristi Noem said on Monday that the state would sue over the rule, which she "
        "called unlawful.\n\n"
        "Sen. Ted Cruz backed the suit on Tuesday."
    )
    cards = [r for r in result.removed if r.reason.startswith("hover card")]
    assert [r.text for r in cards] == [
        "Kristi Lynn NoemSouth Dakota governor",
        "Rafael Edward CruzU.S. senator from Texas",
    ]


def test_ordinary_names_are_left_alone() -> None:
    text = (
        "Talks\n\nJohn McDonald met Ronald MacDonald and the iPhone maker's chief, "
        "Tim Cook, in New York on Monday, officials said after the meeting.\n"
    )
    assert clean_text(text).text == text.strip()
