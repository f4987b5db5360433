"""newsgraph_quotes: a main-gated cue verb ("support", "want", "expect", ...) in a clause that
modifies a noun ("leaders who support the governor", "the plan expected to pass") is a broad
candidate for the cue scorer; in a complement clause ("he said he supports ...") or without the
scorer it stays out."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.nlp.quotes._rules import find_candidates


def _cands(nlp: Language, text: str, lemma: str, broad: bool) -> list[tuple[str, bool, str]]:
    from newsgraph.nlp.quotes.component import QuoteFinder

    finder = QuoteFinder(None, cue_model=False, end_model=False, start_model=False)
    doc = nlp(text)
    return [
        (doc[c.head].dep_, c.lexical, text[c.cue[0] : c.cue[1]])
        for c in find_candidates(doc, finder.lexicon, broad=broad)
        if doc[c.head].lemma_.lower() == lemma
    ]


@pytest.mark.model
def test_a_main_gated_verb_in_a_relative_clause_is_a_broad_candidate(bare_nlp: Language) -> None:
    text = "Party leaders who support the governor met in Albany on Monday."
    assert _cands(bare_nlp, text, "support", broad=True) == [("relcl", False, "support")]
    text = "Several donors who want a new nominee gathered in Miami last week."
    assert _cands(bare_nlp, text, "want", broad=True) == [("relcl", False, "want")]


@pytest.mark.model
def test_the_gate_still_holds_without_the_scorer_and_in_a_complement(bare_nlp: Language) -> None:
    # controls: lexicon cues only (no scorer), and a complement clause, are as before
    text = "Party leaders who support the governor met in Albany on Monday."
    assert _cands(bare_nlp, text, "support", broad=False) == []
    text = "The mayor said he supports the new budget."
    assert _cands(bare_nlp, text, "support", broad=True) == []
    # a main-clause use stays a lexicon candidate
    text = "The mayor supports the new budget."
    assert _cands(bare_nlp, text, "support", broad=True) == [("ROOT", True, "supports")]
