"""Time tagger, issue 12's ninth pass (times5): names that hold a time word, and the issue's
explicit items re-checked. Values worked out by hand with a calendar: 2013-03-22 is a Friday,
2018-08-27 a Monday (ISO week 35, so the weekend before it is 2018-W34-WE).
"""

from __future__ import annotations

import pytest
import spacy

from newsgraph.nlp.times.component import tag


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _run(nlp, text: str, published: str | None) -> list[tuple[str, str | None]]:
    doc = nlp.make_doc(text)
    doc._.ng_published = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(r.span.text, r.value) for r in tag(doc)]


@pytest.mark.parametrize(
    "text",
    [
        "She told the Today show that she was fine.",
        "He told BBC Radio 4's Today programme that he would run.",
        "He was a guest on the Tonight Show with Jay Leno.",
    ],
)
def test_a_capitalised_deictic_inside_a_sentence_is_a_programme_name(blank, text) -> None:
    assert _run(blank, text, "2013-03-22") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lower case inside a sentence: the day itself
        ("The company said today that it would cut jobs.", [("today", "2013-03-22")]),
        # capitalised at the start of a sentence, of a quote or of a line: still the day
        (
            "Officials met on Thursday. Today, they voted.",
            [("Thursday", "2013-03-21"), ("Today", "2013-03-22")],
        ),
        ('"Tomorrow we vote," he said.', [("Tomorrow", "2013-03-23")]),
        ("Senate budget vote\nYesterday the Senate voted.", [("Yesterday", "2013-03-21")]),
        ("WASHINGTON (AP) _ Today the Senate votes.", [("Today", "2013-03-22")]),
    ],
)
def test_a_deictic_opening_a_sentence_stays_a_day(blank, text, expected) -> None:
    assert _run(blank, text, "2013-03-22") == expected
