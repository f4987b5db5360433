"""verdict41 (issue 10 item 1): name-calling reported by a speech verb other than "say".

"X told reporters that Y is a liar", "X tweeted that Y is a loser", "X wrote that Y was a
coward" are ACCUSE ``disapprove`` (:data:`newsgraph.nlp.events._insults.SPEECH_RULES`); these
verbs read only name-calling of a person, so a thing called a disaster, a negated insult or a
demand stays no accusation. A person the tagger reads as an organisation but the actor table
knows as a person is still a person ("... that Trump is a 'loser'").

Every sentence is written by hand for this file (none is a gold row); expected values were
written before the coder ran on them.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.nlp.events._insults import SPEECH_RULES
from tests.nlp._docs import by_trigger, coded_of_type

# (sentence, the verb's lemma)
TOLD_INSULTS = [
    (
        "Senator Marco Rubio told reporters on Friday that Governor Chris Christie is a liar.",
        "tell",
    ),
    ("Former Governor Jeb Bush tweeted on Sunday that Trump is a \u201closer.\u201d", "tweet"),
    (
        "In a letter to supporters, Senator Ted Cruz wrote that Senator Lindsey Graham was a "
        "coward.",
        "write",
    ),
    (
        "Senator Bernie Sanders suggested in a speech on Tuesday that Hillary Clinton is "
        "unqualified.",
        "suggest",
    ),
]

NOT_INSULTS = [
    # no person: a plan called a disaster
    "Governor Andrew Cuomo told reporters that the plan is a disaster.",
    # negated
    "Senator Mitch McConnell told reporters that Governor John Kasich is not a liar.",
    # "he" may be the speaker himself
    "Governor Chris Christie told reporters that he was a fool to trust them.",
    "Mrs. Nancy Pelosi wrote that she was a fool to believe the promise.",
    # a thing with an insult word: "a fraud" of a company, not a person
    "The attorney general claimed that the online university was a fraud.",
    # a firm named after a person the actor table knows is no person
    "The attorney general tweeted that Trump University is a fraud.",
    # a demand told: no accusation (and no insult)
    "Senator Elizabeth Warren told reporters that the bank must pay back the money.",
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "lemma"), TOLD_INSULTS)
def test_verdict41_a_person_called_an_insult_with_a_speech_verb(  # type: ignore[no-untyped-def]
    code, text: str, lemma: str
) -> None:
    events = coded_of_type(code, text, "ACCUSE")
    assert events[0].mode == "disapprove"
    assert events[0].rule == f"lex.accuse.{lemma}_insult.verdict", events[0].rule


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_INSULTS)
def test_verdict41_no_insult_of_a_person_is_no_accusation(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" not in [e.type for e in code(text)]


def test_verdict41_speech_rules_are_lexicon_rows() -> None:
    """Every rule name the speech check reads is a row of the lexicon with the speech option."""
    from newsgraph.nlp.events._patterns import builtin_patterns

    rows = {p.name: p for p in builtin_patterns()}
    for name in SPEECH_RULES:
        assert name in rows, name
        assert rows[name].speech and rows[name].type == "ACCUSE"


@pytest.mark.model
def test_verdict41_a_pronoun_of_the_other_gender_is_no_self_reproach(nlp: Language) -> None:
    """The full pipeline gives the speaker a gender: "she" is not Mr. Sanders, "he" may be."""
    other = "Senator Bernie Sanders suggested on Tuesday that she is unqualified."
    found = by_trigger(nlp, other, "2016-04-10", "suggested")
    assert [e.type for e in found] == ["ACCUSE"], [e.type for e in found]
    same = "Senator Bernie Sanders suggested on Tuesday that he is unqualified."
    assert "ACCUSE" not in [e.type for e in by_trigger(nlp, same, "2016-04-10", "suggested")]
