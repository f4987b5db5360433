"""newsgraph_quotes: where a source phrase starts and ends (PolNeAR's conventions) and the
source of a cue noun the parse gives none."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph.nlp.quotes._sources import _closing_mark, _source_token


def _roles(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    doc = nlp(text)
    return [
        (q.cue.text if q.cue else None, q.source.text if q.source else None)
        for q in doc._.ng_quotes
    ]


def test_the_mark_closing_an_apposition_joins_the_source() -> None:
    text = "Carole Bower, a retiree in Carthage, Ill., said it."
    cue = text.index("said")
    # the span as trimmed ends on "Ill" (its period is edge punctuation)
    assert _closing_mark(text, 0, text.index("., said"), cue) == (0, text.index(" said"))
    text = "Joe Smith, a broker in Tampa, said it."
    assert _closing_mark(text, 0, text.index(", said"), text.index("said")) == (0, 29)
    text = "Jason Sims — a teacher — said it."
    assert _closing_mark(text, 0, text.index(" — said"), text.index("said")) == (0, 24)
    # no apposition: nothing joins; a sentence's period is no abbreviation's
    text = "Joe Smith, said it."
    assert _closing_mark(text, 0, 9, text.index("said")) == (0, 9)
    text = "Voters in the capital, the city., said it."
    assert _closing_mark(text, 0, text.index("., said"), text.index("said")) == (0, 31)


@pytest.mark.model
def test_a_focusing_even_is_no_part_of_the_source(quotes_nlp: Language) -> None:
    roles = _roles(quotes_nlp, "Even the organizer of the rally said the crowd was small.")
    assert roles == [("said", "the organizer of the rally")]
    roles = _roles(quotes_nlp, "Even the mayor's closest allies said the budget was too large.")
    assert roles == [("said", "the mayor's closest allies")]


@pytest.mark.model
def test_an_apposition_closing_on_an_abbreviation_or_a_dash_keeps_its_mark(
    quotes_nlp: Language,
) -> None:
    roles = _roles(quotes_nlp, "Tom Reed, a lawyer in Tampa, Fla., said the ruling was wrong.")
    assert roles == [("said", "Tom Reed, a lawyer in Tampa, Fla.,")]
    roles = _roles(
        quotes_nlp, "Jason Sims — a teacher from Mount Pleasant — said the plan would fail."
    )
    assert roles == [("said", "Jason Sims — a teacher from Mount Pleasant —")]


@pytest.mark.model
def test_a_cue_noun_takes_the_subject_of_the_verb_it_is_the_object_of(
    quotes_nlp: Language,
) -> None:
    roles = _roles(quotes_nlp, "The mayor made the claim that crime had fallen.")
    assert roles == [("claim", "The mayor")]
    roles = _roles(quotes_nlp, "Trump has raised questions about the senator's record.")
    # the source is the point; PolNeAR train's annotators mark the cue both with the verb
    # ("has raised questions about", 7 cues) and without it ("raised new questions about": 6)
    assert roles in (
        [("questions about", "Trump")],
        [("has raised questions about", "Trump")],
    )


@pytest.mark.model
def test_a_cue_noun_keeps_its_possessor_and_leaves_a_verb_cue_its_source(
    quotes_nlp: Language,
) -> None:
    # the possessor stays the noun's source; a verb that is a cue itself keeps the attribution
    roles = _roles(quotes_nlp, "Trump renewed his attack on the senator.")
    assert ("attack on", "his") in roles and ("renewed", "Trump") in roles
    roles = _roles(quotes_nlp, "The senator issued a statement that the bill was dead.")
    assert roles == [("issued a statement", "The senator")]


def _parsed(words: list[str], spaces: list[bool], heads: list[int], deps: list[str]) -> Doc:
    return Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps)


def test_a_time_stamp_run_into_the_cue_sentence_is_no_subject() -> None:
    # AP's "The Latest": the parse ran the time stamp's line into the next sentence and gave
    # the cue two subjects; the one on the cue's own line speaks
    words = ["9:18", "p.m.", "\n\n", "The", "governor", "is", "thanking", "his", "supporters", "."]
    spaces = [True, False, False, True, True, True, True, True, False, False]
    heads = [1, 6, 1, 4, 6, 6, 6, 8, 6, 6]
    deps = ["nummod", "nsubj", "dep", "det", "nsubj", "aux", "ROOT", "poss", "dobj", "punct"]
    doc = _parsed(words, spaces, heads, deps)
    assert doc.text == "9:18 p.m.\n\nThe governor is thanking his supporters."
    src, how = _source_token(doc[6])
    assert (src.text if src is not None else None, how) == ("governor", "subject")


def test_two_subjects_on_the_cue_line_keep_the_first() -> None:
    # control: no line break before the cue: the first subject, as before
    words = ["Officials", "and", "aides", "they", "said", "it", "."]
    spaces = [True, True, True, True, True, False, False]
    heads = [4, 0, 0, 4, 4, 4, 4]
    deps = ["nsubj", "cc", "conj", "nsubj", "ROOT", "dobj", "punct"]
    doc = _parsed(words, spaces, heads, deps)
    src, how = _source_token(doc[4])
    assert (src.text if src is not None else None, how) == ("Officials", "subject")
