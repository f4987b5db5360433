"""acled41 (issue 10 item 1): event-type recall outside ACCUSE, by class.

Labour strikes told with the verb "strike" or a strike launched are PROTEST ``strike``
(:mod:`newsgraph.nlp.events._labour_strikes`), not ASSAULT; armies, rebels and jets striking, and
a labour side striking a person, stay ASSAULT.

Every sentence is written by hand for this file (none is a gold row); expected values were
written before the coder ran on them.
"""

from __future__ import annotations

import pytest

LABOUR_STRIKES = [
    "Nurses at the main state hospital in Harare have been striking for a week over unpaid "
    "salaries.",
    "Dock workers in Antwerp voted to strike next month over pension cuts.",
    "Council employees in Nairobi struck for two days this week, demanding a pay rise.",
    "Teachers in Lima launched an indefinite strike on Monday to demand higher wages.",
    "Workers strike over unpaid wages in Dhaka",
]

ARMED_STRIKES = [
    "Government warplanes struck rebel positions outside Idlib on Tuesday.",
    "The army launched a strike on militant hideouts in the north.",
    "Insurgents struck a police convoy near Kandahar on Sunday.",
    "A group of students struck a security guard with stones at the campus gate.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", LABOUR_STRIKES)
def test_acled41_a_labour_strike_is_a_protest(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    types = [e.type for e in events]
    assert "PROTEST" in types and "ASSAULT" not in types, types
    strike = next(e for e in events if e.type == "PROTEST")
    assert strike.mode == "strike", strike.mode
    assert strike.rule.endswith(".labour"), strike.rule


@pytest.mark.model
@pytest.mark.parametrize("text", ARMED_STRIKES)
def test_acled41_armed_strikes_stay_attacks(code, text: str) -> None:  # type: ignore[no-untyped-def]
    types = [e.type for e in code(text)]
    assert "ASSAULT" in types and "PROTEST" not in types, types
