"""lost43 (issue 10 item 1): a document or message speaks for its author.

"The letter accuses", "a lawsuit ... alleges", "the tweet was a dig at": a text accuses,
rejects, demands, warns or backs for whoever wrote it, so ``no_agent`` (an inanimate subject
names no one who acted) does not veto these verbal events
(:mod:`newsgraph.nlp.events._document_speakers`). Force, meetings and deals by a text stay
vetoed.

Every sentence is written by hand for this file (none is a gold row); expected values were
written before the coder ran on them.
"""

from __future__ import annotations

import pytest

from tests.nlp._docs import coded_of_type

SPOKEN = [
    ("The letter accuses the mayor of hiding the audit from the city council.", "ACCUSE"),
    ("A lawsuit filed on Tuesday accuses the sheriff of violating inmates' rights.", "ACCUSE"),
    ("The open letter demanded that the governor resign immediately.", "REQUEST"),
    ("Her tweet was a sharp dig at the senator's record on immigration.", "ACCUSE"),
    ("An email sent to reporters rejected the allegations against the prime minister.", "REJECT"),
    ("The petition urges the president to pardon the jailed journalists.", "REQUEST"),
]

# not verbal: a text does not meet, fight or strike a deal
NOT_SPOKEN = [
    ("The statement met with a cold reception in Brussels.", "CONSULT"),
    ("The report hit the bond markets hard on Monday.", "ASSAULT"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype"), SPOKEN)
def test_lost43_a_document_speaks_for_its_author(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_of_type(code, text, etype)
    assert any(e.rule for e in events)


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype"), NOT_SPOKEN)
def test_lost43_a_document_does_not_act_by_force_or_meet(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert etype not in [e.type for e in code(text)]


def test_lost43_only_verbal_types_and_document_nouns(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.nlp.events._document_speakers import document_speaks
    from newsgraph.nlp.events._patterns import Pattern

    doc = bare_nlp("The letter criticized the council, and the storm hit the town.")
    letter, storm = doc[1], doc[7]
    common = {"with_": frozenset(), "mode": None, "targets": frozenset(), "context": None}
    accuse = Pattern("t", "V", "criticize", type="ACCUSE", cameo="111", reciprocal=False, **common)
    hit = Pattern("t", "V", "hit", type="ASSAULT", cameo="190", reciprocal=False, **common)
    assert document_speaks(accuse, [letter])
    assert not document_speaks(hit, [letter])
    assert not document_speaks(accuse, [storm])
    assert not document_speaks(accuse, [])

