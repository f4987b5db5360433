"""Type classes the blind real-news tune rows (gold ev-490..566) and the hand audit of whole tune
articles showed coded wrong or missed, fixed by whole class (issue 10, event types on real news).

Every sentence here was written by hand for this file (none is a gold, probe or audit sentence);
its expected type is the PLOVER manual's (CAMEO's for 'urge'), and each FOUND row failed on the
coder before the rule it tests was added. The controls keep the neighbouring readings."""

from __future__ import annotations

import pytest

from tests.nlp._docs import assert_found

# (sentence, PLOVER type, mode or None) that must be among the events
FOUND = [
    # a demand stated as what another ought to do: "X says Y should/must ..." (CAMEO 10)
    ("Senator Smith says the government should release the prisoners.", "REQUEST", None),
    ("The opposition leader said Iran must stop enriching uranium.", "REQUEST", None),
    # a verdict of wrongdoing quoted from a named speaker is criticism (111)
    ('"This is a disgrace," Senator John McCain said of the decision.', "ACCUSE", "disapprove"),
    (
        '"No matter what they say, that is not a legitimate use of power," said Senator Jane Doe.',
        "ACCUSE",
        "disapprove",
    ),
    # refusals to take part (120)
    ("The party would not be part of any coalition with the nationalists.", "REJECT", None),
    ("Germany will have no part in the war.", "REJECT", None),
    ("The mayor wants nothing to do with the governor's plan.", "REJECT", None),
    # a suspect caught, also in a headline whose object the parser splits or whose crime
    # modifier is no second event ("catch kidnapping suspect")
    ("Police catch kidnapping suspect after weeks-long manhunt.", "COERCE", "arrest"),
    # a warning that urges someone to act, with no threat of the warner's own act: CAMEO 'urge'
    ("The FBI warned state officials to boost their election security.", "REQUEST", None),
    # a politician's attacks on a person, no weapon or violence word: criticism
    ("The senator continued his attacks on a former Miss Universe.", "ACCUSE", "disapprove"),
    # defending one's own words against criticism rejects the criticism (12)
    ("The president spent the weekend defending his tweets.", "REJECT", None),
    ("The minister defended her remarks about the judges.", "REJECT", None),
    # a call made on a day is a phone call, not a call on someone to act
    ("Obama called Merkel on Friday to express his gratitude.", "CONSULT", "phone"),
    # controls: the readings the rules above must leave alone
    ("Russia warned it would retaliate.", "THREATEN", None),
    (
        "The United States warned Iran to stop enriching uranium or face military action.",
        "THREATEN",
        None,
    ),  # fmt: skip
    ("Troops attacked the village.", "ASSAULT", None),
    ("The gunman's attack on the senator left three people dead.", "ASSAULT", None),
    ("The minister defended the new law.", "SUPPORT", None),
    ("The senator called on Iran to free the sailors.", "REQUEST", None),
]


@pytest.mark.parametrize(("text", "etype", "mode"), FOUND)
def test_types5_found(code, text: str, etype: str, mode: str | None) -> None:  # type: ignore[no-untyped-def]
    assert_found(code(text), etype, mode)


# (sentence, type that must NOT be among the events)
NOT_FOUND = [
    ("Police catch kidnapping suspect after weeks-long manhunt.", "ASSAULT"),
    ("The FBI warned state officials to boost their election security.", "THREATEN"),
    ("The senator continued his attacks on a former Miss Universe.", "ASSAULT"),
    ("The president spent the weekend defending his tweets.", "SUPPORT"),
    ("Obama called Merkel on Friday to express his gratitude.", "REQUEST"),
    # statements that are no demand, no verdict and no refusal
    ("The minister said the economy should grow by 3 percent next year.", "REQUEST"),
    ("Iran says it must defend itself.", "REQUEST"),
    ('"The weather is terrible," Smith said.', "ACCUSE"),
    ('"I was wrong," the senator said.', "ACCUSE"),
    ("Germany was part of the coalition against Iraq.", "REJECT"),
    ("Iran said it had nothing to do with the attack.", "REJECT"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_FOUND)
def test_types5_boundaries(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert etype not in {e.type for e in events}, [(e.type, e.rule) for e in events]
