"""real36 (issue 10 item 1): criminal charges a person faces are ACCUSE ``allege``.

"Man faces child rape charges", "Brian Freeman, 23, ... and Michael Thomas, 24, each face five
charges of arson": the charged person is the target, the ``of`` phrase is the crime, not the
accuser, and the crime word is no event of its own (:mod:`newsgraph.nlp.events._charges_faced`).
The first two sentences are the blind gold rows ev-1431 (LGL) and ev-1446 (LGL, first clause);
the others are written by hand, expected values written before the coder ran on them. The
controls: "charge" as a fee, "face" with no charge, and charges brought by a named prosecutor.
"""

from __future__ import annotations

import pytest

FACED_CHARGES = [
    "Man faces child rape charges.",
    "Brian Freeman, 23, Christina Utley, 20, and Michael Thomas, 24, each face five charges of "
    "arson and one charge of organized criminal activity, the service said.",
    "A Bristol woman faces charges of fraud after the audit.",
    "Two brothers from Lagos face murder charges over the killing of a trader.",
    "Jason Miller, 32, of Dayton now faces charges of reckless homicide.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", FACED_CHARGES)
def test_real36_faced_charges_are_an_allegation(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert accuse, [e.type for e in events]
    assert accuse[0].mode == "allege"


@pytest.mark.model
def test_real36_the_charged_people_are_the_targets(code) -> None:  # type: ignore[no-untyped-def]
    (event,) = [e for e in code(FACED_CHARGES[1]) if e.type == "ACCUSE"]
    names = {a.span.text for a in event.targets}
    assert {"Brian Freeman", "Michael Thomas"} <= names
    assert not any(a.span.text == "arson" for a in event.sources)


# controls: a fee, "face" without charges, the older ways of charging stay as they were
@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The company faces a $5 charge for every late delivery.",
        "Commuters face a long wait at the station this weekend.",
        "The hotel faces stiff competition from the new resort.",
    ],
)
def test_real36_no_charge_no_event(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("A local man was charged with burglary on Monday.", "ACCUSE"),
        ("Prosecutors filed charges against the former mayor of Tulsa.", "ACCUSE"),
        ("Gunmen stabbed two guards outside the embassy in Kabul.", "ASSAULT"),
    ],
)
def test_real36_controls_keep_their_type(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert etype in [e.type for e in code(text)]


def test_real36_charged_crime_reads_the_parse() -> None:
    spacy = pytest.importorskip("spacy")
    from newsgraph.nlp.events._charges_faced import charged_crime, faced_charge

    nlp = spacy.blank("en")
    doc = nlp("each face charges of arson")
    # hand-built parse: face <- each (nsubj); face -> charges (dobj) -> of (prep) -> arson (pobj)
    heads = [1, 1, 1, 2, 3]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj"]
    lemmas = ["each", "face", "charge", "of", "arson"]
    pos = ["PRON", "VERB", "NOUN", "ADP", "NOUN"]
    for tok, h, d, lem, p in zip(doc, heads, deps, lemmas, pos, strict=True):
        tok.head = doc[h]
        tok.dep_ = d
        tok.lemma_ = lem
        tok.pos_ = p
    assert faced_charge(doc[2])
    assert charged_crime(doc[4])
    assert not charged_crime(doc[0])
    assert not faced_charge(doc[4])


# a known past event that only dates the sentence is no event (_past_reference): the blind rows
# ev-1533 (tune, ACCUSE), neg-1867 and neg-1937 (tune, no event), and sentences by hand
DATED_BY = [
    'After the Paris attacks, Trump released a new radio ad calling it "dangerous" that Obama '
    '"has no strategy to defeat ISIS."',
    "At the time of Barnett's arrest Wednesday morning, Taylor said a 1996 Chevrolet Z-71 pickup "
    "was parked in the driveway of the residence.",
    "Clinton has the most extensive national security credentials, as a former secretary of state "
    "and as a senator from New York during the 9/11 terrorist attacks.",
    "The museum in Christchurch reopened a year after the Al Noor shootings.",
    "Since the Mumbai bombings, the hotel has installed metal detectors at every door.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", DATED_BY)
def test_real36_an_event_that_dates_the_sentence_is_not_coded(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {"ASSAULT", "COERCE"} & {e.type for e in code(text)}


@pytest.mark.model
def test_real36_the_sentence_keeps_its_own_event(code) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" in [e.type for e in code(DATED_BY[0])]


# controls: an unnamed event in a time phrase, one dated by a day, and a main event of its own
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "Another man died after he was hit by a brick during a clash between protesters "
            "and police.",
            "ASSAULT",
        ),
        (
            "Tensions rose in Beirut after Sunday's clashes between police and protesters.",
            "ASSAULT",
        ),
        ("Police in Lyon arrested two men after the Charlie Hebdo attack.", "COERCE"),
        ("Rebels attacked the town of Goma during the UN envoy's visit.", "ASSAULT"),
    ],
)
def test_real36_other_time_phrases_keep_their_events(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert etype in [e.type for e in code(text)]
