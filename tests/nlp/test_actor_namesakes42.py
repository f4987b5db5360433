"""Towns named like a foreign country or capital (issue 10 item 3, issue 12 places; actors42).
Sentences written for these tests; the expected codes were worked out by hand from the text
before the coder ran.

An actor named by a town that shares its name with a country or a capital ("the Lebanon city
council" of Lebanon, Pa.; "Athens police" of Athens, Ga.) is of the country the places
component resolved the town in, when the text backs it (a state written beside the name, or
the article's other places); the namesake country stays where the text means it ("Paris,
France", "Lebanon's army" in a Beirut story).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.nlp.events._countries import sentence_mentions
from tests.nlp._docs import coded_events as _events
from tests.nlp._docs import show_sides as _show

LOCAL = [
    # text, a word of the event's trigger, a word of the side's phrase, its expected code (or
    # country, where the sector is not what the test is about)
    (
        "PALESTINE, Texas — The Palestine city council rejected the police chief's budget "
        "request on Monday.",
        "rejected",
        "council",
        "USAGOV",
    ),
    (
        "Lebanon police arrested a teenager in Lebanon, Tenn., on Friday after a break-in at a "
        "hardware store.",
        "arrested",
        "police",
        "USACOP",
    ),
    (
        "The Mexico school board in Mexico, Mo., criticized the state's new testing rules on "
        "Tuesday.",
        "criticized",
        "board",
        "USA",
    ),
    (
        "Athens police arrested two students near the campus in Athens, Ga., early Sunday.",
        "arrested",
        "police",
        "USACOP",
    ),
]


def _side(nlp: Language, text: str, word: str, phrase_word: str) -> tuple[str | None, list]:
    events = [e for e in _events(nlp, text, "2019-03-01") if word in e.trigger.text]
    sides = [a for e in events for a in [*e.sources, *e.targets] if phrase_word in a.span.text]
    assert sides, f"no side with {phrase_word!r} on {word!r}: {_show(_events(nlp, text))}"
    return sides[0].code, _show(events)


@pytest.mark.parametrize(("text", "word", "phrase_word", "code"), LOCAL)
def test_town_named_like_a_country_is_of_its_own_country(
    nlp: Language, text: str, word: str, phrase_word: str, code: str
) -> None:
    got, shown = _side(nlp, text, word, phrase_word)
    assert (got or "")[: len(code)] == code, shown


FOREIGN = [
    # the gazetteer makes US towns of "Peru" and "Jordan" beside "Washington", unsure of them
    ("Peru asked Washington for help with flood relief on Monday.", "asked", "Peru", "PER"),
    (
        "Jordan accused Washington of ignoring the refugees in its desert camps.",
        "accused",
        "Jordan",
        "JOR",
    ),
    (
        "BEIRUT — The Lebanon government rejected the International Monetary Fund's demands on "
        "Monday.",
        "rejected",
        "government",
        "LBNGOV",
    ),
    (
        "Paris police arrested 40 protesters near the Eiffel Tower in Paris, France, on Saturday.",
        "arrested",
        "police",
        "FRACOP",
    ),
]


@pytest.mark.parametrize(("text", "word", "phrase_word", "code"), FOREIGN)
def test_the_namesake_country_stays_where_meant(
    nlp: Language, text: str, word: str, phrase_word: str, code: str
) -> None:
    got, shown = _side(nlp, text, word, phrase_word)
    assert got == code, shown


def test_sentence_names_the_resolved_town_not_the_namesake(nlp: Language) -> None:
    # "Paris" of "PARIS, Ky." is linked to France by name; the sentence names the US town
    doc = nlp("PARIS, Ky. — Deputies arrested two men in Paris on Saturday after a chase.")
    head = next(t for t in doc if t.text == "men")
    assert "FRA" not in sentence_mentions(doc, head)
    assert "USA" in sentence_mentions(doc, head)
