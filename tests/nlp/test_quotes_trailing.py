"""newsgraph_quotes: a sentence closing on ", <source> <cue verb>." or ", <cue verb> <source>."
reports the clause before the comma (PolNeAR: cue the verb, source its subject, content the
sentence up to the comma), also where the parse gave the verb no content; an act ("..., the
company refused."), a relative or subordinate clause and a cue that interrupts its clause are
left alone."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.nlp.quotes._lexicon import load_lexicon
from newsgraph.nlp.quotes._trailing import TRAILING_RULE, trailing_candidates


def _cands(nlp: Language, text: str) -> list[tuple[str, str | None, str]]:
    """(cue, source, content) texts of the trailing-cue candidates of ``text``."""
    doc = nlp(text)
    t = doc.text
    out = []
    for c in trailing_candidates(doc, t, load_lexicon()):
        assert c.rule == TRAILING_RULE and c.content is not None
        source = t[c.source[0] : c.source[1]] if c.source is not None else None
        out.append((t[c.cue[0] : c.cue[1]], source, t[c.content[0] : c.content[1]]))
    return out


def _quote(nlp: Language, text: str, cue: str) -> list[tuple[str, str | None, str]]:
    """(cue, source, content) texts of the quotes of ``text`` whose cue is ``cue``."""
    doc = nlp(text)
    return [
        (q.cue.text, q.source.text if q.source is not None else None, q.content.text)
        for q in doc._.ng_quotes
        if q.cue is not None and q.cue.text == cue
    ]


@pytest.mark.model
def test_a_clause_before_said_with_its_own_subject_hung_on_said(quotes_nlp: Language) -> None:
    # the parse makes "The departure" a second subject of "said": the verb got no content
    text = (
        'The departure of the coach signals "a hard reset" for the program, said Dale Cooper, '
        "a former player.\n"
    )
    assert _quote(quotes_nlp, text, "said") == [
        (
            "said",
            "Dale Cooper, a former player",
            'The departure of the coach signals "a hard reset" for the program',
        )
    ]
    text = (
        'The vote in the assembly signals "the start of a new chapter" for the province, said '
        "Marc Olivier, leader of the regional Green party.\n\n"
        "The new zoning rules will make it harder for small landlords to convert old warehouses "
        "into apartments, said Priya Natarajan, a planner at the Urban Land Institute.\n\n"
        "''If the council wants to fix this, it has to start with the permits,'' Ms. Natarajan "
        "said. ''Nothing else will matter.''\n"
    )
    found = [q for q in _quote(quotes_nlp, text, "said") if q[1] is not None]
    assert (
        "said",
        "Marc Olivier, leader of the regional Green party",
        'The vote in the assembly signals "the start of a new chapter" for the province',
    ) in found


@pytest.mark.model
def test_the_shapes_of_a_trailing_cue(quotes_nlp: Language) -> None:
    # the source before the verb, a sentence opening on a subordinate clause
    assert _cands(
        quotes_nlp,
        "As hundreds of fans waited outside the stadium on Sunday, a 40-year-old man near the "
        "gate was bitten by a police dog, officials said.",
    ) == [
        (
            "said",
            "officials",
            "As hundreds of fans waited outside the stadium on Sunday, a 40-year-old man near "
            "the gate was bitten by a police dog",
        )
    ]
    # a main-gated verb reporting what a study found
    assert _cands(
        quotes_nlp,
        "A Colorado company accused by regulators of hiding losses from investors gave more "
        "than $200,000 to state lawmakers over five years, a Tribune investigation found.",
    ) == [
        (
            "found",
            "a Tribune investigation",
            "A Colorado company accused by regulators of hiding losses from investors gave more "
            "than $200,000 to state lawmakers over five years",
        )
    ]
    # a short medium phrase joins the cue; a time after the verb does not
    assert _cands(
        quotes_nlp, "The airport will add four gates by 2028, the authority wrote in a filing."
    ) == [("wrote in a filing", "the authority", "The airport will add four gates by 2028")]
    assert _cands(
        quotes_nlp,
        "Fewer students enrolled in the vocational program this fall than last year, school "
        "officials said Tuesday.",
    ) == [
        (
            "said",
            "school officials",
            "Fewer students enrolled in the vocational program this fall than last year",
        )
    ]


@pytest.mark.model
def test_acts_relatives_and_interrupting_cues_make_no_trailing_cue(
    quotes_nlp: Language,
) -> None:
    for text in (
        # an act, not a report of the clause before it
        "The drivers asked for a raise of 3 percent in the new contract, the company refused.",
        "Union leaders wanted a meeting with the governor before the vote, the governor's office "
        "declined.",
        # a relative clause
        "The plan was drafted in secret by the mayor's aides, who insisted on it.",
        # a subordinate clause: the comma before the verb is inside the clause it belongs to
        "The truth is that, while the polls look bad for him, most members still believe in the "
        "senator.",
        # a participle after the source of a direct quote
        '"I\'m better with tools than with words," said Jo Park, half joking.',
        # no main clause before the comma
        "As the storm passed over the coast on Monday, officials said.",
        # the cue interrupts its clause, and an object follows the verb
        "It was, the coach said, the best game of the season.",
        "If the rain continues, the harvest will be late, the farmers worry about their crops.",
    ):
        assert _cands(quotes_nlp, text) == [], text
