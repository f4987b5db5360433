"""The content-end chooser's clause features (``_end_clauses``): a clause of the source's own
next act the parse hung on the reported clause ("said the economy would rebound and praised
the plan") is told from a clause that goes on with what was said."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.nlp.quotes._bounds import END_TEMPLATES, end_rows
from newsgraph.nlp.quotes._model import template

# (word, head, dependency, part of speech, tag, lemma) per token; heads are token indices
_Row = tuple[str, int, str, str, str, str]
_VOCAB = spacy.blank("en").vocab  # its lexical attributes give lower-case forms


def _doc(rows: list[_Row]) -> Doc:
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][0] not in {".", ","} for i in range(len(rows))]
    return Doc(
        _VOCAB,
        words=words,
        spaces=spaces,
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
    )


_LEAD: list[_Row] = [
    ("She", 1, "nsubj", "PRON", "PRP", "she"),
    ("said", 1, "ROOT", "VERB", "VBD", "say"),
    ("the", 3, "det", "DET", "DT", "the"),
    ("economy", 5, "nsubj", "NOUN", "NN", "economy"),
    ("would", 5, "aux", "AUX", "MD", "would"),
    ("rebound", 1, "ccomp", "VERB", "VB", "rebound"),
    ("and", 5, "cc", "CCONJ", "CC", "and"),
]


def _shorter_row(doc: Doc) -> tuple[list[str], list[str]]:
    """The end rows of the content from "the economy" to the sentence's last word: the parse's
    end there, the other option right after "rebound" (what it moves out: "and ...")."""
    text = doc.text
    a = text.index("the economy")
    b = doc[-2].idx + len(doc[-2])
    cut = text.index(" and")
    parse_end, shorter = end_rows(doc, (a, b), [b, cut], b, "verb-ccomp", 1, "indirect")
    return parse_end, shorter


def test_a_subjectless_verb_of_saying_after_the_clause_is_the_sources_next_act() -> None:
    # "She said the economy would rebound and praised the plan.": the parse hangs "praised" on
    # "rebound"; ending before "and" moves out a verb of the cue lexicon with no subject, whose
    # tag is the cue's (both VBD)
    doc = _doc(
        [
            *_LEAD,
            ("praised", 5, "conj", "VERB", "VBD", "praise"),
            ("the", 9, "det", "DET", "DT", "the"),
            ("plan", 7, "dobj", "NOUN", "NN", "plan"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    parse_end, shorter = _shorter_row(doc)
    assert "shorter|cue-verb" in shorter
    assert "shorter|first-verb=conj|nosubj|cue-tag" in shorter
    assert not any("cue-verb" in f or "first-verb" in f for f in parse_end)


def test_a_participle_of_saying_after_a_comma_is_the_sources_next_act() -> None:
    # "She said the economy would rebound, adding details.": "adding" an advcl of "rebound"
    doc = _doc(
        [
            *_LEAD[:6],
            (",", 5, "punct", "PUNCT", ",", ","),
            ("adding", 5, "advcl", "VERB", "VBG", "add"),
            ("details", 7, "dobj", "NOUN", "NNS", "detail"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    text = doc.text
    a, b = text.index("the economy"), text.index(".")
    rows = end_rows(doc, (a, b), [b, text.index(",")], b, "verb-ccomp", 1, "indirect")
    assert "shorter|cue-verb" in rows[1]
    assert "shorter|first-verb=advcl|nosubj|VBG" in rows[1]


def test_a_clause_with_its_own_subject_or_mark_is_no_next_act() -> None:
    # "She said the economy would rebound and jobs would return.": "return" has a subject and
    # is no verb of saying; the first word moved is a noun
    own_subject = _doc(
        [
            *_LEAD,
            ("jobs", 9, "nsubj", "NOUN", "NNS", "job"),
            ("would", 9, "aux", "AUX", "MD", "would"),
            ("return", 5, "conj", "VERB", "VB", "return"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    _, shorter = _shorter_row(own_subject)
    assert not any("cue-verb" in f or "first-verb" in f for f in shorter)
    # "... and that she would praise it": a that-clause (its own mark) goes on with the words
    marked = _doc(
        [
            *_LEAD,
            ("that", 10, "mark", "SCONJ", "IN", "that"),
            ("she", 10, "nsubj", "PRON", "PRP", "she"),
            ("would", 10, "aux", "AUX", "MD", "would"),
            ("praise", 5, "conj", "VERB", "VB", "praise"),
            ("it", 10, "dobj", "PRON", "PRP", "it"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    _, shorter = _shorter_row(marked)
    assert "shorter|cue-verb" not in shorter


def test_a_subjectless_verb_outside_the_lexicon_is_only_a_first_verb() -> None:
    # "She said the economy would rebound and rose sharply": a subjectless verb with the cue's
    # tag, but no verb of saying
    no_cue = _doc(
        [
            *_LEAD,
            ("rose", 5, "conj", "VERB", "VBD", "rise"),
            ("sharply", 7, "advmod", "ADV", "RB", "sharply"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    _, shorter = _shorter_row(no_cue)
    assert "shorter|cue-verb" not in shorter
    assert "shorter|first-verb=conj|nosubj|cue-tag" in shorter


def test_the_clause_features_are_known_end_templates() -> None:
    # weights files carrying them load (LinearModel.load checks every feature's template)
    for name in (
        "shorter|cue-verb",
        "longer|cue-verb",
        "shorter|first-verb=conj|nosubj|cue-tag",
        "longer|first-verb=advcl|nosubj|VBG",
    ):
        assert template(name) in END_TEMPLATES


@pytest.fixture(scope="module")
def quotes_nlp(bare_nlp: Language) -> Language:
    import copy

    nlp = copy.deepcopy(bare_nlp)
    nlp.add_pipe("newsgraph_quotes")
    return nlp


def _contents(nlp: Language, text: str) -> dict[str, str]:
    return {q.cue.text: q.content.text for q in nlp(text)._.ng_quotes if q.cue is not None}


@pytest.mark.model
def test_a_content_ends_before_the_sources_next_act(quotes_nlp: Language) -> None:
    # the shipped end chooser (trained with the clause features) ends the argued clause before
    # ", saying ...", which is an attribution of its own
    got = _contents(
        quotes_nlp,
        "The governor argued that a database would keep people from coming into the country "
        "illegally, saying it was all about management.",
    )
    assert got["argued"] == (
        "that a database would keep people from coming into the country illegally"
    )
    assert got["saying"] == "it was all about management"


@pytest.mark.model
def test_a_content_goes_on_over_a_second_clause_of_what_was_said(quotes_nlp: Language) -> None:
    got = _contents(quotes_nlp, "He said that the budget would pass and that taxes would rise.")
    assert got["said"] == "that the budget would pass and that taxes would rise"
    got = _contents(
        quotes_nlp,
        "The senator said he was proud of his campaign and expects to leave Nevada with a solid "
        "share of the delegates.",
    )
    assert got["said"] == (
        "he was proud of his campaign and expects to leave Nevada with a solid share of the "
        "delegates"
    )
