"""real40 (issue 10 item 1): classes found on the tune half of the real40 blind batch.

* An accusation, claim or criticism rebutted, refuted or disputed is a denial, REJECT (the
  lexicon's ``lex.reject.rebut``, ``lex.reject.refute``, ``lex.reject.dispute_charge``; the
  hostile noun in the object is no event of its own: ``neg_verb`` cues rebut and refute);
  rebutting a proposal is not matched.
* An event taken up again with a definite or demonstrative determiner in a time phrase ("after
  the attacks", "since the shooting") only dates the sentence and is no event of it
  (:func:`newsgraph.nlp.events._past_reference.known_past_event`); an indefinite one ("during a
  clash between ...") and one told by a clause of its own stay.
* What a lawsuit, a complaint or an indictment says is an allegation, ACCUSE ``allege``
  (:mod:`newsgraph.nlp.events._filed_claims`), against the actor its clause accuses; a clause
  that accuses no actor, a negated verb, and a filing that is not the speaker are none.

Every sentence is written by hand for this file (none is a gold row); expected values were
written before the coder ran on them.
"""

from __future__ import annotations

import pytest

from tests.nlp._docs import coded_of_type

DENIALS = [
    "The defence ministry rebutted the accusation that its jets had bombed a market.",
    "The governor's office refuted claims that the state had hidden the audit.",
    "Beijing rebuts Washington's criticism of its currency policy.",
    "The senator disputed the charges brought by the ethics panel.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", DENIALS)
def test_real40_a_rebutted_accusation_is_a_denial(code, text: str) -> None:  # type: ignore[no-untyped-def]
    types = [e.type for e in code(text)]
    assert "REJECT" in types, types
    assert "ACCUSE" not in types, types  # the accusation denied is not coded as made


@pytest.mark.model
def test_real40_the_denial_names_its_source(code) -> None:  # type: ignore[no-untyped-def]
    (event,) = [e for e in code(DENIALS[0]) if e.type == "REJECT"]
    assert event.rule == "lex.reject.rebut"
    assert any("ministry" in a.span.text for a in event.sources)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The two mayors rebutted the candidate's proposals on housing one by one.",
        "The new survey refutes the theory that the lake is drying up.",
    ],
)
def test_real40_other_rebuttals_are_no_denial(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "REJECT" not in [e.type for e in code(text)]


KNOWN_PAST = [
    "The senator's lead in the state polls grew after the attacks.",
    "A week after the shooting, the gunman's motive remains unknown.",
    "The governor said on Sunday, two days after the bombing, that the state would grieve.",
    "Shoppers have avoided the square since the riot.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", KNOWN_PAST)
def test_real40_an_event_taken_up_again_only_dates_the_sentence(code, text: str) -> None:  # type: ignore[no-untyped-def]
    types = [e.type for e in code(text)]
    assert "ASSAULT" not in types and "PROTEST" not in types, types


@pytest.mark.model
def test_real40_an_indefinite_event_in_a_time_phrase_stays(code) -> None:  # type: ignore[no-untyped-def]
    text = "A police officer was hit by a stone during a clash between fans and riot police."
    assert code(text), "the clash is news of its own"


@pytest.mark.model
def test_real40_an_event_told_by_its_own_clause_stays(code) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels shelled the town after the attack that killed four soldiers."
    assert "ASSAULT" in [e.type for e in code(text)]


@pytest.mark.model
def test_real40_the_main_event_of_the_sentence_stays(code) -> None:  # type: ignore[no-untyped-def]
    types = [e.type for e in code("Police arrested two men after the shooting.")]
    assert "COERCE" in types, types
    assert "ASSAULT" not in types, types


FILED = [
    ("The lawsuit claims the sheriff's deputies kept the inmate's records secret.", "COP"),
    ("The complaint filed Monday says the mayor hid the contracts from auditors.", "GOV"),
    ("The governor ignored repeated warnings about the bridge, the suit alleges.", "GOV"),
    ("The indictment contends that the senator accepted gifts from a defence contractor.", "LEG"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "sector"), FILED)
def test_real40_what_a_filing_says_is_an_allegation(code, text: str, sector: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_of_type(code, text, "ACCUSE")
    assert events[0].mode == "allege"
    assert any((a.code or "").endswith(sector) for a in events[0].targets), events[0].targets


@pytest.mark.model
def test_real40_a_reported_act_stays_the_filing_s_event(code) -> None:  # type: ignore[no-untyped-def]
    types = [e.type for e in code("The lawsuit claims the deputies beat the inmate in his cell.")]
    assert "ASSAULT" in types and "ACCUSE" not in types, types


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The shells in the box were all of the same calibre, the complaint says.",
        "The complaint does not say whether the clerk ever saw the letter.",
        "The tailor says the suit is ready for the wedding.",
    ],
)
def test_real40_a_filing_that_accuses_no_one_is_no_allegation(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" not in [e.type for e in code(text)]
