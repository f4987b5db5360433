"""perf34: the event clause read from the flat dependents list gives the clause the token walk
gave: embedded clauses left out, but the one holding the trigger (heads set by hand)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.nlp.events._flags import clause_indices


def _doc(bare_nlp, words, heads, deps, pos):  # type: ignore[no-untyped-def]
    return Doc(bare_nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_clause_stops_at_embedded_clauses(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    # Police(0) said(1) protesters(2) who(3) marched(4) were(5) arrested(6)
    doc = _doc(
        bare_nlp,
        ["Police", "said", "protesters", "who", "marched", "were", "arrested"],
        [1, 1, 6, 4, 2, 6, 1],
        ["nsubj", "ROOT", "nsubjpass", "nsubj", "relcl", "auxpass", "ccomp"],
        ["PROPN", "VERB", "NOUN", "PRON", "VERB", "AUX", "VERB"],
    )
    assert clause_indices(doc, 6) == (2, 5, 6)  # without the relative clause
    assert clause_indices(doc, 1) == (0, 1)  # without the reported clause
    assert clause_indices(doc, 4) == (3, 4)
    assert clause_indices(doc, 2) == (2, 5, 6)  # a noun's clause is its verb's


def test_control_clause_keeps_the_embedded_clause_holding_the_trigger(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    # Police(0) said(1) arrests(2) today(3): a ccomp the parser tagged as a noun
    doc = _doc(
        bare_nlp,
        ["Police", "said", "arrests", "today"],
        [1, 1, 1, 2],
        ["nsubj", "ROOT", "ccomp", "npadvmod"],
        ["PROPN", "VERB", "NOUN", "NOUN"],
    )
    assert clause_indices(doc, 2) == (0, 1, 2, 3)  # the trigger's own clause is kept
    assert clause_indices(doc, 0) == (0, 1)  # another token's clause leaves it out
