"""A head of state's spouse as a person's title, and "his"/"her" that skip a person of the other
gender (issue 10 item 3, actors39). Sentences written for these tests; the expected sides were
worked out by hand from the text before the coder ran.

(a) "first lady", "first gentleman", "second lady" (also "former first lady") are people: CAMEO's
    elites (ELI), as a former office-holder, not a thing the event is about.
(b) A possessive "his" never stands for the person a "she" subject between them refers to, nor
    "her" for the person of a "he" subject between them ("She said his attacks ...": not the
    woman "she" is).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.nlp.events._pronouns import _antecedent
from tests.nlp._docs import coded_events as _events
from tests.nlp._docs import show_sides as _show

SPOUSES = [
    # text, a word of the event's trigger, publication date
    (
        "Senator Tom Harkin of Iowa explained on Tuesday his late support for the former first "
        "lady.",
        "support",
        "2016-06-06",
    ),
    (
        "Protesters in Manila heckled the first lady as she left the cathedral on Sunday.",
        "heckled",
        "2019-03-01",
    ),
    (
        "The governor of Texas sharply criticized the second lady over her remarks on schools.",
        "criticized",
        "2019-03-01",
    ),
]


@pytest.mark.parametrize(("text", "word", "date"), SPOUSES)
def test_spouse_title_is_an_elite_target(nlp: Language, text: str, word: str, date: str) -> None:
    found = [e for e in _events(nlp, text, date) if word in e.trigger.text]
    assert found, f"no event on {word!r}: {_show(_events(nlp, text, date))}"
    targets = [t for e in found for t in e.targets]
    assert any("lady" in t.span.text and (t.code or "").endswith("ELI") for t in targets), _show(
        found
    )


def test_lady_without_the_title_is_no_elite(nlp: Language) -> None:
    text = "A lady who arrived first angrily criticized the mayor of Boston on Monday."
    sides = [a for e in _events(nlp, text, "2019-03-01") for a in [*e.sources, *e.targets]]
    assert not any((a.code or "").endswith("ELI") for a in sides), sides


def _resolved(nlp: Language, text: str, word: str) -> str | None:
    """The text of the token the last ``word`` of ``text`` is resolved to (None if none)."""
    doc = nlp(text)
    pron = [t for t in doc if t.lower_ == word][-1]
    found = _antecedent(pron)
    return found.text if found is not None else None


GENDERED = [
    # text, the possessive, the word it stands for (None: no one)
    # "his" past "She" (Merkel) to the other subject before
    (
        "Chancellor Angela Merkel spoke after President Vladimir Putin arrived in Berlin. She "
        "said his attacks on Ukraine must stop.",
        "his",
        "Putin",
    ),
    # "her" past "He" (Macron)
    (
        "President Emmanuel Macron spoke after Chancellor Angela Merkel arrived in Paris. He "
        "said her budget plan went too far.",
        "her",
        "Merkel",
    ),
    # no man named: "his" is no one rather than the woman
    (
        "Senator Elizabeth Warren answered questions in Boston on Friday. She said his plan "
        "would hurt workers.",
        "his",
        None,
    ),
    # a spouse's title is a person "her" can refer back to
    (
        "The first lady toured a hospital in Nairobi on Friday. Her praise for its nurses "
        "drew wide attention.",
        "her",
        "lady",
    ),
    # controls: the same person's pronoun still chains
    (
        "Governor Andrew Cuomo spoke in Albany on Monday. He said his budget would pass.",
        "his",
        "He",
    ),
    (
        "Hillary Clinton met voters in Iowa on Monday. She said her plan would create jobs.",
        "her",
        "She",
    ),
]


@pytest.mark.parametrize(("text", "word", "expected"), GENDERED)
def test_possessive_skips_other_gender(
    nlp: Language, text: str, word: str, expected: str | None
) -> None:
    assert _resolved(nlp, text, word) == expected
