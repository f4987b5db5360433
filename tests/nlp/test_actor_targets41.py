"""A "his"/"her" is never a person the article gives the other gender (issue 10 item 3,
targets41). Sentences written for these tests; the expected sides were worked out by hand from
the text before the coder ran on them.

"President Emmanuel Macron mocked her plan" after a sentence about Angela Merkel: "her" is
Merkel, not the clause's own subject (a man by his first name), so the target is Merkel's
country; an object "her" with no antecedent skips the man named last; a possessive of the
subject's own gender is still the subject, and an object "him" still the man named last.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp._docs import by_trigger, found_by_trigger
from tests.nlp._docs import show_sides as _show

OTHER = [
    # text, a word of the trigger, the target's expected country, the wrong one it had
    (
        "Chancellor Angela Merkel did not repeat her remarks on the border in a speech in "
        "Berlin on Monday. But President Emmanuel Macron mocked her plan for the border talks.",
        "mocked",
        "DEU",
        "FRA",
    ),
    (
        "President Vladimir Putin did not mention his troops in a speech on Monday. Chancellor "
        "Angela Merkel criticized his generals for shelling the villages.",
        "criticized",
        "RUS",
        "DEU",
    ),
    (
        "Prime Minister Theresa May spoke in London on Monday. On Tuesday, the Russian foreign "
        "ministry, quoting President Vladimir Putin, accused her of lying about the poisoning.",
        "accused",
        "GBR",
        "RUS",
    ),
]


@pytest.mark.parametrize(("text", "word", "country", "wrong"), OTHER)
def test_pronoun_skips_a_person_of_the_other_gender(
    nlp: Language, text: str, word: str, country: str, wrong: str
) -> None:
    found = found_by_trigger(nlp, text, "2018-03-10", word)
    targets = [t for e in found for t in e.targets]
    assert any(t.country == country for t in targets), _show(found)
    assert not any(t.country == wrong for t in targets), _show(found)


def test_possessive_of_the_subjects_own_gender_stays_the_subject(nlp: Language) -> None:
    text = (
        "Chancellor Angela Merkel met President Emmanuel Macron in Berlin on Monday. On "
        "Tuesday Mr. Macron defended his plan for the border talks in a speech."
    )
    found = by_trigger(nlp, text, "2018-03-10", "defended")
    assert not any(t.country == "DEU" for e in found for t in e.targets), _show(found)


def test_object_him_is_still_the_man_named_last(nlp: Language) -> None:
    text = (
        "Chancellor Angela Merkel met President Emmanuel Macron in Paris on Monday. On "
        "Tuesday she sharply criticized him in a speech to farmers."
    )
    found = found_by_trigger(nlp, text, "2018-03-10", "criticized")
    assert any(t.country == "FRA" for e in found for t in e.targets), _show(found)


# a nominal event whose target phrase is a thing a possessive pronoun owns: the owner is the
# target when the pronoun is someone other than the noun's own source (or the subject of the
# verb it is the object of), and never an organisation that "his"/"her" cannot be
OWNED_THINGS = [
    (
        # (first written "The ombudsman's investigation": no event at all, before or after)
        "President Jacob Zuma addressed parliament in Cape Town on Monday. The Hawks "
        "investigation into his use of public money for his home has angered opposition "
        "parties.",
        "investigation",
        "ZAF",
    ),
    (
        "Prime Minister Benjamin Netanyahu met settler leaders in Jerusalem on Sunday. The "
        "European Union's criticism of his plan to annex the valley was sharp.",
        "criticism",
        "ISR",
    ),
]


@pytest.mark.parametrize(("text", "word", "country"), OWNED_THINGS)
def test_owner_of_a_nominal_events_thing_is_its_target(
    nlp: Language, text: str, word: str, country: str
) -> None:
    found = found_by_trigger(nlp, text, "2016-03-10", word)
    assert any(t.country == country for e in found for t in e.targets), _show(found)


def test_own_thing_of_a_nominal_events_source_is_no_target(nlp: Language) -> None:
    text = (
        "Chancellor Angela Merkel's defence of her refugee policy at the party congress in "
        "Essen was firm."
    )
    found = by_trigger(nlp, text, "2016-12-06", "defence")
    assert not any(t.country == "DEU" for e in found for t in e.targets), _show(found)


# a participle after a noun that counts or collects people is done by the people its "of"
# phrase names, not by the collection ("a constellation of super PACs backing ...")
COLLECTED = [
    (
        "A constellation of super PACs backing Senator Marco Rubio spent heavily on television "
        "advertising in Florida.",
        "backing",
        "USA",
    ),
    # (first written "... criticizing President Recep Tayyip Erdogan walked out of parliament":
    # the walkout subsumes the participle, no "criticizing" event before or after; this row
    # passes on both, the parser hanging the participle on "lawmakers")
    (
        "In Ankara on Tuesday, a slew of opposition lawmakers accusing President Recep Tayyip "
        "Erdogan of corruption appeared on television.",
        "accusing",
        "TUR",
    ),
]


@pytest.mark.parametrize(("text", "word", "country"), COLLECTED)
def test_participle_of_a_collection_is_done_by_its_members(
    nlp: Language, text: str, word: str, country: str
) -> None:
    found = found_by_trigger(nlp, text, "2016-03-10", word)
    assert any((s.code or "").startswith(country) for e in found for s in e.sources), _show(found)


def test_a_crowd_stays_its_own_actor(nlp: Language) -> None:
    text = "A crowd of farmers blocking the highway near Lyon clashed with police on Monday."
    found = by_trigger(nlp, text, "2016-03-10", "blocking")
    assert not any("farmers" in s.span.text for e in found for s in e.sources), _show(found)
