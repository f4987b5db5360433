"""A possessive "her" whose owner is named earlier, under a subject pronoun of the other person
(issue 10 item 3, targets40). Sentences written for these tests; the expected sides were worked
out by hand from the text.

"he criticized her ministers" after "Merkel's handling ...": "her" is Merkel, not the last
person mentioned before it (the clause's own subject "he"), so the target is her people; an
object "her" still takes the person named last other than the subject, and a possessive "her"
under a subject of her own gender may still be that subject.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp._docs import found_by_trigger
from tests.nlp._docs import show_sides as _show

OWNED = [
    # text, a word of the trigger, the target's expected country
    (
        "On Monday, Senator John Kerry said that Chancellor Angela Merkel's handling of the "
        "migrant crisis had been brave. But later he criticized her ministers for delaying the "
        "border talks.",
        "criticized",
        "DEU",
    ),
    (
        "President Emmanuel Macron said that Prime Minister Theresa May's plan for the border "
        "would fail. Later he accused her negotiators of stalling the talks.",
        "accused",
        "GBR",
    ),
    (
        "On television, Senator Rand Paul has argued that President Hillary Clinton's "
        "handling of the embassy attack showed poor judgment. And online he has criticized her "
        "surrogates for mocking his voters.",
        "criticized",
        "USA",
    ),
    # the other gender, already right before targets40 (a control)
    (
        "Chancellor Angela Merkel said that President Vladimir Putin's speech in Munich had "
        "been aggressive. On Friday she condemned his generals for shelling the villages.",
        "condemned",
        "RUS",
    ),
]


@pytest.mark.parametrize(("text", "word", "country"), OWNED)
def test_possessive_her_names_the_earlier_owner(
    nlp: Language, text: str, word: str, country: str
) -> None:
    found = found_by_trigger(nlp, text, "2016-03-10", word)
    targets = [t for e in found for t in e.targets]
    assert any(t.country == country for t in targets), _show(found)
    # never the subject's own country read back through "her"
    sources = {s.country for e in found for s in e.sources}
    if country not in sources:
        assert not any(t.country in sources for t in targets), _show(found)


def test_her_own_subject_still_owns_her(nlp: Language) -> None:
    text = (
        "President Emmanuel Macron met Prime Minister Theresa May in Paris on Monday. On "
        "Tuesday she sharply criticized her own negotiators in a speech to farmers."
    )
    found = found_by_trigger(nlp, text, "2018-03-10", "criticized")
    assert not any(t.country == "FRA" for e in found for t in e.targets), _show(found)


def test_object_her_is_still_the_person_named_last(nlp: Language) -> None:
    text = (
        "Prime Minister Theresa May met President Emmanuel Macron in Paris on Monday. On "
        "Tuesday he sharply criticized her in a speech to farmers."
    )
    found = found_by_trigger(nlp, text, "2018-03-10", "criticized")
    assert any(t.country == "GBR" for e in found for t in e.targets), _show(found)
