"""clean42: markup tags and sign-up form furniture left in scraped text (sentences written here).

Tags go and the text between them stays; a line of nothing but tags goes whole; each removal is
remembered with its reason; the analysed article's every span still points at its own text.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.ingest import clean_text

NOISY = (
    "Harbour Board Delays Vote on Ferry Fares\n\n"
    "The Kestrel Bay harbour board postponed its vote on ferry fares on Thursday, "
    "chairwoman Alma Ruiz said.\n\n"
    '<tweet tweet-id="903311224455667788"><tweet/>.\n\n'
    '<tweet id="903311224455660001" author="@almaruiz" datetime="2017-09-01">'
    "Commuters deserve a fair price before winter.</tweet>.\n\n"
    'Read the full agenda at <a href="http://example.org/agenda">the board\'s site</a>.\n\n'
    "Ferry riders crowded the hall.<br>Several of them shouted at the board.\n\n"
    "Name This field is for validation purposes and should be left unchanged.\n"
    "You also agree to this site's Privacy Policy and Terms of Use.\n"
    "You may opt out at anytime.\n\n"
    "The board will meet again on October 12, officials said."
)


def test_tags_go_their_text_stays() -> None:
    result = clean_text(NOISY)
    assert "<" not in result.text and ">" not in result.text
    assert "Commuters deserve a fair price before winter." in result.text
    assert "before winter.." not in result.text  # the embed's own closing stop is dropped
    assert "Read the full agenda at the board's site." in result.text
    assert "hall. Several of them" in result.text  # a <br> was the only space
    tags = [r.text for r in result.removed if r.reason == "markup: a tag left in the text"]
    assert tags == [
        '<tweet id="903311224455660001" author="@almaruiz" datetime="2017-09-01">',
        "</tweet>",
        '<a href="http://example.org/agenda">',
        "</a>",
        "<br>",
    ]
    whole = [r.text for r in result.removed if r.reason.startswith("markup only")]
    assert whole == ['<tweet tweet-id="903311224455667788"><tweet/>.']


def test_form_furniture_lines_go() -> None:
    result = clean_text(NOISY)
    forms = [r.text for r in result.removed if r.reason == "boilerplate line (form)"]
    assert forms == [
        "Name This field is for validation purposes and should be left unchanged.",
        "You also agree to this site's Privacy Policy and Terms of Use.",
        "You may opt out at anytime.",
    ]
    assert result.text.endswith("The board will meet again on October 12, officials said.")


def test_prose_with_angle_brackets_privacy_and_opt_out_kept() -> None:
    body = (
        "Rail Union Weighs Strike\n\n"
        "The union said turnout was <50 per cent> in two depots, and a <b> grade means pass.\n\n"
        "The minister said the company broke its privacy policy and its terms of service "
        "when it sold riders' data to advertisers.\n\n"
        "Parents may opt out of the new tests, the school board said on Monday.\n\n"
        "You can opt out of the scheme by writing to the council, the leaflet says."
    )
    result = clean_text(body)
    assert "<50 per cent>" in result.text  # no tag: "<50" does not open one
    assert "broke its privacy policy and its terms of service" in result.text
    assert "Parents may opt out of the new tests" in result.text
    assert "You can opt out of the scheme by writing" in result.text
    assert [r.text for r in result.removed] == ["<b>"]  # a bare common HTML element only


def _spans(node: Any, out: list[dict[str, Any]]) -> None:
    if isinstance(node, dict):
        if {"start", "end", "text"} <= node.keys() and isinstance(node["start"], int):
            out.append(node)
        for value in node.values():
            _spans(value, out)
    elif isinstance(node, list):
        for value in node:
            _spans(value, out)


@pytest.mark.model
def test_analysed_spans_point_at_the_stored_text() -> None:
    from newsgraph.api import Pipeline

    art = Pipeline().analyze(NOISY, published="2017-09-01")
    assert "<tweet" not in art.text and "validation purposes" not in art.text
    assert art.quotes or art.events or art.places
    spans: list[dict[str, Any]] = []
    _spans(art.to_dict(), spans)
    assert len(spans) > 5
    for span in spans:
        assert art.text[span["start"] : span["end"]] == span["text"]
    assert any(r.text == "</tweet>" for r in art.removed)
