"""insults43 (issue 10 item 1): name-calling told with a verb of naming.

"X called Y stupid", "X labelled Y traitors", "X dubbed Y a coward", "X referred to Y as a
liar" are ACCUSE ``disapprove`` from the one who names to the one named
(:mod:`newsgraph.nlp.events._insults`, the lexicon's ``lex.accuse.*_insult`` rows); a neutral
or kind name is no accusation.

Every sentence is written by hand for this file (none is a gold row); expected values were
written before the coder ran on them.
"""

from __future__ import annotations

import pytest

from newsgraph.nlp.events._insults import INSULTS
from newsgraph.nlp.events._patterns import builtin_patterns
from tests.nlp._docs import coded_of_type

# (sentence, the rule, a word of the target's name)
INSULTS_GIVEN = [
    (
        "Senator Elizabeth Warren called the Republican governors clueless about the virus.",
        "lex.accuse.call_insult",
        None,
    ),
    (
        "Iran's supreme leader labelled the Saudi rulers traitors to Islam.",
        "lex.accuse.label_insult",
        None,
    ),
    ("The Kremlin dubbed the British prime minister a coward.", "lex.accuse.dub_insult", None),
    (
        "Mexican President Andres Manuel Lopez Obrador referred to the American ambassador as a "
        "liar.",
        "lex.accuse.refer_as_insult",
        "ambassador",
    ),
    (
        "The Turkish foreign minister referred to the Dutch government as a bunch of fascists.",
        "lex.accuse.refer_as_insult",
        "Dutch",
    ),
]

# the parser makes the name a small clause: "calls [X unqualified]"
SMALL_CLAUSES = [
    ("Tensions rose after Senator Ted Cruz called Governor Chris Christie unfit.", "Christie"),
    ("Boris Johnson calls Jeremy Corbyn unqualified.", "Corbyn"),
]

# a speaker calls a person an insult with a copula
VERDICTS = [
    "Senator Lindsey Graham said Governor Jeb Bush is a coward.",
    '"Vladimir Putin is a thug," the Ukrainian foreign minister said on Tuesday.',
    "Mayor Bill de Blasio said on Monday that Governor Andrew Cuomo is the most arrogant "
    "politician in New York.",
]

NO_VERDICTS = [
    '"Governor Andrew Cuomo is not a coward," Mayor Bill de Blasio said.',
    "Senator Bernie Sanders said the banking system is corrupt.",
    '"I was a fool to trust them," the French finance minister said.',
]

NEUTRAL_NAMES = [
    "The prime minister referred to Angela Merkel as a close partner.",
    "The police referred to the suspect as a white male in his thirties.",
    "The French president called the meeting with Vladimir Putin productive.",
    "Chinese officials described the talks with Japan as a success.",
    "The British navy dubbed the new frigate Endeavour.",
    "The Canadian customs agency labelled the crates fragile.",
    "Russian President Vladimir Putin called on NATO to withdraw its troops.",
    "President Donald Trump called Vladimir Putin a strong leader.",
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "rule", "target"), INSULTS_GIVEN)
def test_insults43_a_name_given_as_an_insult_is_an_accusation(  # type: ignore[no-untyped-def]
    code, text: str, rule: str, target: str | None
) -> None:
    events = coded_of_type(code, text, "ACCUSE")
    assert events[0].rule == rule, events[0].rule
    assert events[0].mode == "disapprove"
    if target is not None:
        assert any(target in a.name for a in events[0].targets), events[0].targets


@pytest.mark.model
@pytest.mark.parametrize(("text", "target"), SMALL_CLAUSES)
def test_insults43_the_one_named_in_a_small_clause_is_the_target(  # type: ignore[no-untyped-def]
    code, text: str, target: str
) -> None:
    events = coded_of_type(code, text, "ACCUSE")
    assert any(target in a.name for a in events[0].targets), events[0].targets


@pytest.mark.model
@pytest.mark.parametrize("text", NEUTRAL_NAMES)
def test_insults43_a_neutral_name_is_no_accusation(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" not in [e.type for e in code(text)]


def test_insults43_call_rows_cover_the_insult_lexicon() -> None:
    """Every insult of the module is in one of the "call" name rows (and the new row adds only
    insults), so "called X <insult>" and "labelled X <insult>" read the same words."""
    rows = [p for p in builtin_patterns() if p.lemma == "call" and "call_names" in p.name]
    new = next(p for p in builtin_patterns() if p.name == "lex.accuse.call_insult")
    assert new.with_ <= INSULTS
    covered = new.with_.union(*(p.with_ for p in rows))
    assert INSULTS <= covered, sorted(INSULTS - covered)


@pytest.mark.model
@pytest.mark.parametrize("text", VERDICTS)
def test_insults43_a_person_called_an_insult_by_a_speaker(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_of_type(code, text, "ACCUSE")
    assert events[0].mode == "disapprove"


@pytest.mark.model
@pytest.mark.parametrize("text", NO_VERDICTS)
def test_insults43_no_insult_of_a_person_is_no_verdict(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" not in [e.type for e in code(text)]
