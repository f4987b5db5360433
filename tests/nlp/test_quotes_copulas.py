"""newsgraph_quotes: a predicate adjective of attitude after "be" is a broad cue candidate."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.nlp.quotes._rules import Candidate


def _copulas(bare_nlp: Language, text: str) -> list[tuple[str, str, str | None, str | None]]:
    from newsgraph.nlp.quotes._rules import find_candidates
    from newsgraph.nlp.quotes.component import QuoteFinder

    finder = QuoteFinder(None, cue_model=False, end_model=False, start_model=False)
    doc = bare_nlp(text)

    def part(span: tuple[int, int] | None) -> str | None:
        return text[span[0] : span[1]] if span is not None else None

    cands: list[Candidate] = find_candidates(doc, finder.lexicon, broad=True)
    return [
        (c.rule, text[c.cue[0] : c.cue[1]], part(c.source), part(c.content))
        for c in cands
        if c.rule.startswith("copula")
    ]


@pytest.mark.model
def test_an_adjective_of_attitude_with_a_that_clause_is_a_candidate(bare_nlp: Language) -> None:
    text = "His supporters are optimistic that he will win Texas."
    assert _copulas(bare_nlp, text) == [
        ("copula-that", "are optimistic", "His supporters", "that he will win Texas")
    ]
    # the auxiliaries and adverbs before and after "be" join the cue
    text = "Cruz has been acutely aware that the contest is a delegate battle."
    assert _copulas(bare_nlp, text) == [
        ("copula-that", "has been acutely aware", "Cruz", "that the contest is a delegate battle")
    ]


@pytest.mark.model
def test_an_adjective_of_attitude_with_a_preposition_takes_it_into_the_cue(
    bare_nlp: Language,
) -> None:
    text = "The governor is deeply skeptical of the new tax plan."
    assert _copulas(bare_nlp, text) == [
        ("copula-prep", "is deeply skeptical of", "The governor", "the new tax plan")
    ]


@pytest.mark.model
def test_a_copula_without_a_clause_or_an_attitude_object_is_no_candidate(
    bare_nlp: Language,
) -> None:
    # controls: a bare predicate adjective, a noun after "be", an adjective with an infinitive
    assert _copulas(bare_nlp, "The senator was tired.") == []
    assert _copulas(bare_nlp, "The senator is a lawyer from Ohio.") == []
    assert _copulas(bare_nlp, "The senator was able to win the state.") == []
