"""newsgraph_quotes: an appositive source after its cue keeps the comma that closes the
apposition, as PolNeAR marks it ("..., said Joe Smith, a broker in Tampa, adding ..."; on train 70
of 99.7 weighted such sources keep it), like one before its cue (quotes16, docs/quotes.md)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.nlp.quotes._sources import closing_comma_after_cue
from tests.nlp._quotes import part_span as _span
from tests.nlp._quotes import said_quotes


def test_an_appositive_source_after_its_cue_keeps_its_closing_comma() -> None:
    text = '"We will win," said Joe Smith, a broker in Tampa, adding that it was close.'
    got = closing_comma_after_cue(
        text, _span(text, "Joe Smith, a broker in Tampa"), _span(text, "said")
    )
    assert got is not None
    assert text[got[0] : got[1]] == "Joe Smith, a broker in Tampa,"


def test_after_an_abbreviation_the_period_and_comma_join_it() -> None:
    text = (
        '"We will win," said Carole Bower, a retiree in Carthage, Ill., adding that it was close.'
    )
    source = _span(text, "Carole Bower, a retiree in Carthage, Ill")
    got = closing_comma_after_cue(text, source, _span(text, "said"))
    assert got is not None
    assert text[got[0] : got[1]] == "Carole Bower, a retiree in Carthage, Ill.,"


def test_sources_without_an_apposition_or_before_the_cue_are_left_alone() -> None:
    # controls: no comma inside the source; the sentence ends after it; before its cue (that
    # case is source_span's own, _closing_mark); no source
    text = '"We will win," said Joe Smith, adding that it was close.'
    assert closing_comma_after_cue(text, _span(text, "Joe Smith"), _span(text, "said")) == _span(
        text, "Joe Smith"
    )
    text = '"We will win," said Joe Smith, a broker in Tampa.'
    source = _span(text, "Joe Smith, a broker in Tampa")
    assert closing_comma_after_cue(text, source, _span(text, "said")) == source
    text = "Joe Smith, a broker in Tampa, said it was close."
    source = _span(text, "Joe Smith, a broker in Tampa")
    assert closing_comma_after_cue(text, source, _span(text, "said")) == source
    assert closing_comma_after_cue(text, None, _span(text, "said")) is None


@pytest.mark.model
def test_the_component_gives_the_inverted_source_its_comma(quotes_nlp: Language) -> None:
    doc = quotes_nlp(
        '"We will win this state," said Joe Smith, a broker in Tampa, adding that the race was '
        "close."
    )
    said = said_quotes(doc)
    assert [q.source.text if q.source else None for q in said] == ["Joe Smith, a broker in Tampa,"]


@pytest.mark.model
def test_an_inverted_source_with_no_apposition_keeps_no_comma(quotes_nlp: Language) -> None:
    # control
    doc = quotes_nlp('"The plan will fail," said Maria Lopez, adding that the vote was close.')
    said = said_quotes(doc)
    assert [q.source.text if q.source else None for q in said] == ["Maria Lopez"]
