"""newsgraph_quotes: a cue inside another attribution's longer cue is the same act read twice (the
support verb's cue "has made no secret of" and its noun's "secret of"); only the longer one, which
carries the source, is kept. PolNeAR's cues never nest (0 of 19,865.7 weighted train cues lie
inside another cue of the same annotator); quotes18, docs/quotes.md."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.nlp.quotes._attribution import _Attribution, without_inner_cues
from tests.nlp._quotes import part_span as _span


def _att(text: str, cue: str, content: str, source: str | None, weight: float) -> _Attribution:
    return _Attribution(
        cue=_span(text, cue),
        source=_span(text, source) if source else None,
        content=_span(text, content),
        kind="indirect",
        rule="test",
        weight=weight,
    )


def test_the_noun_cue_inside_the_verb_cue_is_dropped_whatever_its_weight() -> None:
    text = "Neighbours voiced concern that the new depot would bring lorries through the village."
    content = "that the new depot would bring lorries through the village"
    outer = _att(text, "voiced concern", content, "Neighbours", 0.40)
    inner = _att(text, "concern", content, None, 0.45)  # more confident: the old rule kept it
    assert without_inner_cues([outer, inner]) == [outer]
    assert without_inner_cues([inner, outer]) == [outer]


def test_the_inner_copy_goes_when_its_content_ends_elsewhere() -> None:
    text = "The coach has made no secret of his doubts about the new stadium, which opens in May."
    outer = _att(
        text, "has made no secret of", "his doubts about the new stadium", "The coach", 0.6
    )
    inner = _att(
        text, "secret of", "his doubts about the new stadium, which opens in May", None, 0.45
    )
    assert without_inner_cues([outer, inner]) == [outer]


def test_cues_that_do_not_nest_are_all_kept() -> None:
    # controls: two cues side by side, the same cue twice (that is _dedupe's), an uncued
    # attribution, a single attribution
    text = "The mayor said the bridge would open soon, and the council agreed that it would."
    said = _att(text, "said", "the bridge would open soon", "The mayor", 0.9)
    agreed = _att(text, "agreed", "that it would", "the council", 0.8)
    assert without_inner_cues([said, agreed]) == [said, agreed]
    again = _att(text, "said", "the bridge would open soon, and", "The mayor", 0.5)
    assert without_inner_cues([said, again]) == [said, again]
    uncued = _Attribution(None, None, _span(text, "that it would"), "indirect", "test", 0.5)
    assert without_inner_cues([said, uncued]) == [said, uncued]
    assert without_inner_cues([said]) == [said]


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "cue", "source"),
    [
        (
            "The senator has made no secret of her frustration with the budget talks, which "
            "collapsed on Friday after a week of meetings.",
            "has made no secret of",
            "The senator",
        ),
        (
            "Mr. Ortiz has made no secret of his plans for the harbor, which he says will bring "
            "thousands of jobs.",
            "has made no secret of",
            "Mr. Ortiz",
        ),
    ],
)
def test_the_component_keeps_the_support_verbs_cue_only(
    quotes_nlp: Language, sentence: str, cue: str, source: str
) -> None:
    doc = quotes_nlp(sentence)
    cues = [q.cue.text for q in doc._.ng_quotes if q.cue is not None]
    assert cue in cues
    assert "secret of" not in cues
    kept = next(q for q in doc._.ng_quotes if q.cue is not None and q.cue.text == cue)
    assert kept.source is not None and kept.source.text == source
