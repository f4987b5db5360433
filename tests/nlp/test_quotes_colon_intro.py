"""newsgraph_quotes: a paragraph ending "<source> <cue verb>:" attributes the next paragraph to
its source (cue the verb with its colon, as PolNeAR marks it most often); a colon after an
object, a verb outside the lexicon, and an embedded post's markup are left alone."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.nlp.quotes._colon_intro import INTRO_RULE, colon_intro_candidates


def _parts(nlp: Language, text: str) -> list[tuple[str, str | None, str]]:
    """(cue, source, content) texts of the quotes of ``text`` whose cue ends in a colon."""
    doc = nlp(text)
    return [
        (q.cue.text, q.source.text if q.source is not None else None, q.content.text)
        for q in doc._.ng_quotes
        if q.cue is not None and q.cue.text.endswith(":")
    ]


@pytest.mark.model
def test_a_verb_before_a_paragraphs_colon_introduces_the_next_paragraph(
    quotes_nlp: Language,
) -> None:
    text = (
        "The county clerk answered the complaint in a letter last week. Marsh writes:\n\n"
        "The ballots were counted twice, and no discrepancy was found in either count.\n\n"
        "The complaint has not been withdrawn."
    )
    assert _parts(quotes_nlp, text) == [
        (
            "writes:",
            "Marsh",
            "The ballots were counted twice, and no discrepancy was found in either count.",
        )
    ]
    text = (
        "Hours after the vote, the union's president tweeted:\n\n"
        "We will keep fighting for every driver in this city until the law is changed.\n"
    )
    assert _parts(quotes_nlp, text) == [
        (
            "tweeted:",
            "the union's president",
            "We will keep fighting for every driver in this city until the law is changed.",
        )
    ]


@pytest.mark.model
def test_the_source_stays_on_the_colons_line(quotes_nlp: Language) -> None:
    doc = quotes_nlp(
        "The mayor's office posted a photo of the flooded square on Friday\n"
        "The Gazette reported:\n\n"
        "Residents of the lower town were told to leave their homes before dark.\n"
    )
    cands = colon_intro_candidates(doc, doc.text, {"report": 1.0})
    assert [c.rule for c in cands] == [INTRO_RULE]
    assert cands[0].source is not None
    assert doc.text[cands[0].source[0] : cands[0].source[1]] == "The Gazette"
    # a photo credit on the line above, read by the parse as a second subject
    doc = quotes_nlp(
        '"We are not leaving," one protester shouted.\n'
        "pic.twitter.com/Zk3 — Omar Haddad (@ohaddad) October 2\n"
        "The Chronicle reported:\n\n"
        "The square was cleared by midnight.\n"
    )
    cands = colon_intro_candidates(doc, doc.text, {"report": 1.0})
    assert [c.rule for c in cands] == [INTRO_RULE]
    assert cands[0].source is not None
    assert doc.text[cands[0].source[0] : cands[0].source[1]] == "The Chronicle"


@pytest.mark.model
def test_no_cue_verb_before_the_colon_makes_no_intro(quotes_nlp: Language) -> None:
    # a verb outside the lexicon, a colon after an object, a list, an embedded post
    for text in (
        "Do you back the new stadium? Like the page:\n\nThe stadium will cost $400 million.",
        "Here are the towns that voted against the plan:\n\nMillbrook, Ashford and Dale.",
        "The governor told the crowd, to loud cheers:\n\nThis state will not be ignored.",
        'A local reporter tweeted:\n\n<tweet author="@x">Crowds are gathering downtown.</tweet>',
    ):
        doc = quotes_nlp(text)
        assert not [q for q in doc._.ng_quotes if q.cue is not None and q.cue.text.endswith(":")]
