"""A sentence the parser read as one noun phrase ("The Qatari emir hosted Hamas leaders in
Doha": "leaders" the root, "hosted" its adjective, "emir" hanging on "hosted"). Sentences and
codes written by hand before running the coder; on the old code the event was dropped (the
host pattern found no actor object) and the halves of the phrase were one actor."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.nlp.events._phrases import np_tokens
from newsgraph.nlp.events._roles_clause import clause_read_as_noun
from tests.nlp._docs import coded_events as _events
from tests.nlp._docs import one_event as _one


def _parsed(words: list[str], rows: list[tuple[str, str, str, int]], spaces: list[bool]) -> Doc:
    """A doc with the given (pos, tag, dep, head) per word."""
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    for tok, (pos, tag, dep, head) in zip(doc, rows, strict=True):
        tok.pos_, tok.tag_, tok.dep_ = pos, tag, dep
        tok.head = doc[head]
    return doc


def _emir() -> Doc:
    # the parse the model gives "The Qatari emir hosted Hamas leaders in Doha."
    words = ["The", "Qatari", "emir", "hosted", "Hamas", "leaders", "in", "Doha", "."]
    rows = [
        ("DET", "DT", "det", 5),
        ("ADJ", "JJ", "amod", 5),
        ("NOUN", "NN", "npadvmod", 3),
        ("VERB", "VBN", "amod", 5),
        ("PROPN", "NNP", "compound", 5),
        ("NOUN", "NNS", "ROOT", 5),
        ("ADP", "IN", "prep", 5),
        ("PROPN", "NNP", "pobj", 6),
        ("PUNCT", ".", "punct", 5),
    ]
    return _parsed(words, rows, [True] * 7 + [False, False])


def test_a_verb_read_as_an_adjective_has_its_clause_back() -> None:
    doc = _emir()
    read = clause_read_as_noun(doc[3])
    assert read is not None
    assert (read[0].text, read[1].text) == ("emir", "leaders")
    # the object's phrase starts after the verb, the subject's takes the words before it
    assert [t.text for t in np_tokens(doc[5])] == ["Hamas", "leaders", "in", "Doha"]
    assert [t.text for t in np_tokens(doc[2])] == ["The", "Qatari", "emir"]


def test_a_compound_participle_stays_a_modifier() -> None:
    # "A state-hosted summit opened": "state" joined to the verb by a hyphen
    words = ["A", "state", "-", "hosted", "summit", "opened", "."]
    rows = [
        ("DET", "DT", "det", 4),
        ("NOUN", "NN", "npadvmod", 3),
        ("PUNCT", "HYPH", "punct", 3),
        ("VERB", "VBN", "amod", 4),
        ("NOUN", "NN", "nsubj", 5),
        ("VERB", "VBD", "ROOT", 5),
        ("PUNCT", ".", "punct", 5),
    ]
    doc = _parsed(words, rows, [True, False, False, True, True, False, False])
    assert clause_read_as_noun(doc[3]) is None
    assert [t.text for t in np_tokens(doc[4])] == ["A", "state", "-", "hosted", "summit"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Qatari emir hosted Hamas leaders in Doha.", "QATGOV", "PSEREBHMS"),
        ("The Qatari emir hosted Syrian officials in Doha.", "QATGOV", "SYRGOV"),
    ],
)
def test_the_host_of_a_sentence_read_as_a_noun_meets_the_guests(
    nlp: Language, text: str, source: str, target: str
) -> None:
    ev = _one(_events(nlp, text), "CONSULT")
    assert [a.code for a in ev.sources] == [source]
    assert [a.code for a in ev.targets] == [target]


@pytest.mark.model
def test_a_host_the_parser_reads_as_a_subject_is_unchanged(nlp: Language) -> None:
    text = "The Egyptian president hosted the Israeli prime minister in Sharm el-Sheikh."
    ev = _one(_events(nlp, text), "CONSULT")
    assert [a.code for a in ev.sources] == ["EGYGOV"]
    assert [a.code for a in ev.targets] == ["ISRGOV"]
