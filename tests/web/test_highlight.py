"""The span renderer: escaping, nesting and splitting of overlapping spans, snippets, tooltips."""

from __future__ import annotations

import random
from html.parser import HTMLParser

import pytest
from markupsafe import Markup

from newsgraph.model import article_from_dict
from newsgraph.web.highlight import Highlight, mark_snippet, render_highlighted
from newsgraph.web.views import article_highlights
from tests.store.store_samples import MOSCOW_TEXT, moscow_article


class _Coverage(HTMLParser):
    """Replays rendered HTML: the text, and for each character the (kind, ref) pairs around it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.text = ""
        self.cover: list[frozenset[tuple[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag == "span", f"unexpected tag <{tag}>"
        a = dict(attrs)
        classes = (a["class"] or "").split()
        kinds = [c[3:] for c in classes if c.startswith("hl-") and c != "hl-cont"]
        assert classes[0] == "hl" and len(kinds) == 1
        self.stack.append((kinds[0], a.get("data-ref")))

    def handle_endtag(self, tag: str) -> None:
        assert tag == "span" and self.stack, "unbalanced </span>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text += data
        self.cover.extend([frozenset(self.stack)] * len(data))


def _replay(html: str) -> _Coverage:
    parser = _Coverage()
    parser.feed(html)
    parser.close()
    assert parser.stack == [], "spans left open"
    return parser


def _assert_faithful(text: str, spans: list[Highlight]) -> str:
    """Render, then check the HTML gives back ``text`` with exactly the right spans per char."""
    html = str(render_highlighted(text, spans))
    replay = _replay(html)
    assert replay.text == text
    for i in range(len(text)):
        expected = {(s.kind, s.ref) for s in spans if s.start <= i < s.end and s.end <= len(text)}
        assert replay.cover[i] == expected, (i, text[i])
    return html


def test_no_spans_is_escaped_text() -> None:
    out = render_highlighted('a < b & "c"', [])
    assert isinstance(out, Markup)
    assert out == "a &lt; b &amp; &#34;c&#34;"


def test_nested_spans_nest() -> None:
    text = "Sergei Lavrov said"
    spans = [Highlight(7, 13, "place", ref="p"), Highlight(0, 13, "entity", "Sergei Lavrov", "e")]
    html = _assert_faithful(text, spans)
    assert html == (
        '<span class="hl hl-entity" title="Sergei Lavrov" data-ref="e">Sergei '
        '<span class="hl hl-place" data-ref="p">Lavrov</span></span> said'
    )


def test_crossing_spans_are_split_and_reopened() -> None:
    spans = [Highlight(0, 5, "quote"), Highlight(3, 8, "entity")]
    html = _assert_faithful("abcdefgh", spans)
    assert html == (
        '<span class="hl hl-quote">abc<span class="hl hl-entity">de</span></span>'
        '<span class="hl hl-entity hl-cont">fgh</span>'
    )


def test_identical_ranges_nest_in_kind_order() -> None:
    spans = [Highlight(0, 3, "event"), Highlight(0, 3, "entity"), Highlight(0, 3, "quote")]
    html = _assert_faithful("met", spans)
    assert html == (
        '<span class="hl hl-quote"><span class="hl hl-entity"><span class="hl hl-event">met'
        "</span></span></span>"
    )


def test_chain_of_crossings_and_adjacent_spans() -> None:
    text = "one two three four five"
    spans = [
        Highlight(0, 7, "quote", ref="q"),
        Highlight(4, 13, "entity", ref="e"),
        Highlight(8, 18, "time", ref="t"),
        Highlight(18, 23, "place", ref="p"),  # adjacent to the time span
        Highlight(19, 23, "event", ref="v"),  # ends at the very end of the text
    ]
    _assert_faithful(text, spans)


def test_invalid_spans_are_skipped() -> None:
    spans = [
        Highlight(2, 2, "entity"),  # empty
        Highlight(-1, 2, "entity"),  # before the text
        Highlight(3, 99, "entity"),  # past its end
        Highlight(4, 1, "entity"),  # reversed
    ]
    assert render_highlighted("abcdef", spans) == "abcdef"


def test_text_and_attributes_are_escaped() -> None:
    text = 'x <script>alert("1")</script> & y'
    title = '"><img src=x onerror=alert(2)>'
    html = _assert_faithful(text, [Highlight(2, 10, "entity", title, 'r"1')])
    assert "<script>" not in html and "<img" not in html
    assert 'title="&#34;&gt;&lt;img src=x onerror=alert(2)&gt;"' in html
    assert 'data-ref="r&#34;1"' in html
    assert "&lt;script&gt;" in html


@pytest.mark.parametrize("seed", range(25))
def test_random_overlaps_stay_well_formed(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice("ab <&\"'\n") for _ in range(40))
    kinds = ["quote", "source", "cue", "entity", "place", "time", "event"]
    spans = []
    for i in range(rng.randint(1, 12)):
        start = rng.randint(0, 39)
        spans.append(Highlight(start, rng.randint(start + 1, 40), rng.choice(kinds), ref=str(i)))
    _assert_faithful(text, spans)


def test_mark_snippet_escapes_and_marks() -> None:
    assert mark_snippet("a \ue000b<\ue001 & c") == "a <mark>b&lt;</mark> &amp; c"
    assert mark_snippet(None) == ""
    # Stray markers never produce unescaped text.
    assert "<b>" not in mark_snippet("\ue000<b>")


def test_article_highlights_name_their_records() -> None:
    article = article_from_dict(moscow_article().to_dict())
    spans = article_highlights(article)
    by_text = {(MOSCOW_TEXT[s.start : s.end], s.kind): s.title for s in spans}
    assert by_text[("met", "event")] == (
        "Event CONSULT (CAMEO 043, visit): RUSGOV Sergei Lavrov → SAUGOV Adel al-Jubeir"
    )
    assert by_text[("aiding", "event")].endswith("USA United States → REB militants [reported]")
    assert by_text[("Moscow", "place")] == "Moscow (city, RU) 55.7522, 37.6156 · GeoNames 524901"
    assert by_text[("Wednesday", "time")] == "2018-08-29 (DATE, day, published)"
    assert by_text[("told", "cue")] == "Quote cue: Sergei Lavrov"
    assert by_text[("Sergei Lavrov", "entity")] == "Sergei Lavrov (PERSON, RUS, GOV)"
    # mentions: 3 Lavrov + 1 al-Jubeir + 1 U.S.; 2 quotes x (content, cue, source);
    # 2 event triggers; 2 places; 1 time.
    assert len(spans) == 5 + 6 + 2 + 2 + 1
    _assert_faithful(article.text, spans)
