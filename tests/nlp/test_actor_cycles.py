"""A pronoun never resolves through itself: the actor coder ended in RecursionError on a
pronoun inside the phrase its antecedent search picked ("several of their civilians")."""

from __future__ import annotations

import pytest

from tests.nlp._docs import coded_events, one_event

pytestmark = pytest.mark.model

ZIMBABWE = (
    "They say the ZANU-PF has forced them to relocate their offices and some were attacked. "
    "Zimbabwean government officials say several of their civilians were killed in the clashes."
)


def test_pronoun_inside_its_candidate_antecedent_codes_without_recursion(nlp) -> None:
    # an NGEC synthetic-story sentence pair that raised RecursionError
    events = coded_events(nlp, ZIMBABWE)
    killed = one_event(events, "ASSAULT")
    assert killed.trigger.text == "killed"
    # "their" is not "civilians" (the phrase that holds it); the victims are Zimbabwe's
    assert [a.country for a in killed.targets] == ["ZWE"]


def test_possessive_in_counted_subject_is_not_its_own_antecedent(nlp) -> None:
    from newsgraph.nlp.events._pronouns import _antecedent

    doc = nlp("Rebels attacked the town. Several of their fighters were killed by the army.")
    their = next(t for t in doc if t.lower_ == "their")
    ante = _antecedent(their)
    assert ante is None or ante.lower_ != "fighters"
