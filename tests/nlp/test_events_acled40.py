"""acled40 (issue 10 item 1): criticism told as the noun of a blow with its "at".

"In a thinly veiled swipe at X, Y said ...", "a dig at", "a potshot at", "a slam at" are ACCUSE
``disapprove`` (:mod:`newsgraph.nlp.events._nominal_jabs`, the lexicon's
``lex.accuse.n_<noun>_at`` rows); the nouns' other senses (an archaeological dig, a booster jab,
a grand slam in tennis) are no event.

Every sentence is written by hand for this file (none is a gold row); expected values were
written before the coder ran on them.
"""

from __future__ import annotations

import pytest

from tests.nlp._docs import coded_of_type

JABS = [
    "In a thinly veiled swipe at the opposition leader, the prime minister said the country "
    "needed no lectures on patriotism.",
    "The senator's speech was a pointed dig at the governor's handling of the flood relief.",
    "In a potshot at Brussels, the Hungarian premier said the bloc's migration quotas had failed.",
    "The Kenyan president told the rally that foreign donors should stay out of the vote, a "
    "swipe at the European Union.",
]

OTHER_SENSES = [
    "The prime minister's booster jab at a Leeds clinic was broadcast live on Monday.",
    "Williams's grand slam at the Australian Open delighted American fans.",
    "A German dig at the Nile Valley found pottery left by Egyptian farmers.",
    "Archaeologists began a new dig at the Roman fort last summer.",
    "She got her flu jab at the pharmacy on Monday.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", JABS)
def test_acled40_a_jab_told_as_a_noun_is_criticism(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_of_type(code, text, "ACCUSE")
    assert events[0].rule.startswith("lex.accuse.n_"), events[0].rule
    assert events[0].mode == "disapprove"


@pytest.mark.model
@pytest.mark.parametrize("text", OTHER_SENSES)
def test_acled40_other_senses_are_no_criticism(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" not in [e.type for e in code(text)]
