"""newsgraph_quotes: the cue scorer sees which lexicon cue's content a candidate sits in."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.nlp.quotes._candidate import Candidate
from newsgraph.nlp.quotes._nesting import nest_rules


def _cand(
    head: int, cue: tuple[int, int], content: tuple[int, int] | None, rule: str, lexical: bool
) -> Candidate:
    return Candidate(
        head=head, cue=cue, source=None, content=content, weight=0.5, rule=rule, lexical=lexical
    )


def test_a_candidate_inside_a_lexicon_cues_content_gets_that_cues_rule() -> None:
    # "Sanders said the party wants a fight, according to aides."
    #  0       8    13        23    29      37 38
    text = "Sanders said the party wants a fight, according to aides."
    said = _cand(1, (8, 12), (13, 36), "verb-ccomp+subject", True)
    wants = _cand(4, (23, 28), (29, 36), "verb-dobj", False)
    fight = _cand(6, (31, 36), None, "noun-prep", False)
    according = _cand(8, (38, 50), (0, 36), "according-to", True)
    assert text[23:28] == "wants" and text[13:36] == "the party wants a fight"
    assert nest_rules([said, wants, fight, according]) == [
        "according-to",  # "according to" holds like any lexicon cue (v1)
        "verb-ccomp",  # the innermost holder: "said"'s content, not "according to"'s
        "verb-ccomp",
        "none",  # control: a cue is never inside its own content
    ]
    # control: without the "said", "according to" is the innermost holder
    assert nest_rules([wants, according]) == ["according-to", "none"]
    # the innermost holder wins: "wants" is inside "said"'s and "thinks"'s contents
    thinks = _cand(10, (60, 66), (0, 50), "verb-ccomp", True)
    seems = _cand(11, (0, 5), (13, 36), "seem", True)
    assert nest_rules([thinks, wants])[1] == "verb-ccomp"
    assert nest_rules([thinks, seems, wants]) == ["none", "verb-ccomp", "seem"]


def test_broad_contents_hold_nothing_and_cues_outside_are_none() -> None:
    # control: only lexicon candidates hold; a broad candidate's content is no holder
    backed = _cand(1, (8, 14), (15, 40), "verb-dobj", False)
    inner = _cand(5, (20, 25), None, "verb", False)
    assert nest_rules([backed, inner]) == ["none", "none"]
    # a cue right at a content's end is outside it
    said = _cand(1, (8, 12), (13, 20), "verb-ccomp", True)
    after = _cand(4, (20, 25), None, "verb", False)
    assert nest_rules([said, after]) == ["none", "none"]


@pytest.mark.model
def test_cue_features_name_the_content_a_candidate_sits_in(bare_nlp: Language) -> None:
    from newsgraph.nlp.quotes._model import features
    from newsgraph.nlp.quotes._rules import find_candidates
    from newsgraph.nlp.quotes.component import QuoteFinder

    finder = QuoteFinder(None, cue_model=False, end_model=False, start_model=False)
    doc = bare_nlp("Sanders said the party needs a new leader.")
    cands = find_candidates(doc, finder.lexicon, broad=True)
    feats = {
        doc[c.head].text: set(features(doc, c, [], finder.lexicon, nest=n))
        for c, n in zip(cands, nest_rules(cands), strict=True)
    }
    assert {"nest=verb-ccomp", "lex|nest=False|verb-ccomp"} <= feats["needs"]
    assert {"nest=none", "lex|nest=True|none"} <= feats["said"]
    # a report that "according to" attributes sits in its content (v1)
    doc = bare_nlp("The ministry said it had closed the market, according to the newspaper.")
    cands = find_candidates(doc, finder.lexicon, broad=True)
    nests = {doc[c.head].text: n for c, n in zip(cands, nest_rules(cands), strict=True)}
    assert nests["said"] == "according-to"


@pytest.fixture(scope="module")
def quotes_nlp(bare_nlp: Language) -> Language:
    import copy

    nlp = copy.deepcopy(bare_nlp)
    nlp.add_pipe("newsgraph_quotes")
    return nlp


def _quotes(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    doc = nlp(text)
    return [
        (q.cue.text if q.cue else None, q.source.text if q.source else None, q.content.text)
        for q in doc._.ng_quotes
    ]


@pytest.mark.model
def test_a_verb_inside_what_a_source_said_is_no_cue_of_its_own(quotes_nlp: Language) -> None:
    # what the critics said the mayor did is their words, not the mayor's attribution
    # (the old scorer also took "dismissed concerns about" -> "the budget")
    text = "Critics said the mayor dismissed concerns about the budget."
    assert _quotes(quotes_nlp, text) == [
        ("said", "Critics", "the mayor dismissed concerns about the budget")
    ]
    # control: nested and refused before too
    text = "Analysts said the company criticized the regulators."
    assert _quotes(quotes_nlp, text) == [
        ("said", "Analysts", "the company criticized the regulators")
    ]


@pytest.mark.model
def test_the_same_verb_outside_any_reported_clause_is_still_a_cue(quotes_nlp: Language) -> None:
    # control: the stance verbs at the top of their sentence keep their attributions
    assert _quotes(quotes_nlp, "The mayor criticized the budget on Monday.") == [
        ("criticized", "The mayor", "the budget")
    ]
    assert _quotes(quotes_nlp, "The senator defended the plan on Tuesday.") == [
        ("defended", "The senator", "the plan")
    ]
