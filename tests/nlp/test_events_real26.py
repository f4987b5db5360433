"""Classes found on the real-news gold rows added by real26 (issue 10 items 1 and 4: ev-852 to
ev-940, labelled blind on 23 whole documents) and the older tune rows:

* custody with its bail: "was held on $505 bond", "held without bond" (ev-641, ev-932; ev-791
  "ordered held on $10,000 bond" was found): ``bond`` is also a market word, so the domain
  filter took the custody for a bond-market idiom when the person had no coded actor; a bond
  or bail that is the object of "on"/"without"/"under" on a custody verb is bail (``_bail``),
  and such a custody is news even when the parser found no person (a surname read as an
  adverb). "Bond yields retreated", "held on to its bonds" stay no event.
* closures at a border told by their lanes, gates or port of entry, or with a closure noun
  (ev-899, ev-900, ev-901): COERCE ``restrict`` (``_closures``); lanes closed on a road or in a
  car park name no border and stay no event.
* barriers put up by troops or police ("Department of Defense personnel are installing
  concertina wire ... barricades, and fencing", "the active-duty servicemen ... have been
  erecting barbed-wire fences along the border"; ev-897, ev-903, beside ev-896 "reinforcing
  their positions"): MOBILIZE (``_fortified``); a farmer's fence, workers' fencing or a
  council's parade barriers stay no event.
* meeting and discussion nouns whose only modifiers tell when or of what kind they are, with no
  "with"/"between"/"of" and no side of a country ("legislators gather for organizational
  meetings", "in subsequent discussions in the blogosphere"; neg-1191, neg-1136, tune no-event
  rows): no consultation between sides (``_meetings.empty_talks``); "subsequent talks with
  Iran", "Iran's subsequent talks with the agency" and "held informal talks" stay CONSULT.
* walking out of a place is no walkout ('"He walks out of the courthouse right now," the judge
  said', gold ev-867; "He walked out the back door", "I walked out of that tragedy feeling
  ..." in unused LGL/PolNeAR texts): a "walk out" of something that is not work, a class or a
  meeting, or by one person with no "of", is no PROTEST ``strike`` (``_walkouts``); workers,
  delegates, an opposition walking out of parliament or talks stay.
* blows to a person told with the beating's own verbs (punch, kick, slap, stomp; "hit" with
  the body part struck): "some of his supporters kicked and punched a Black Lives Matter
  protester", "the Trump supporter who punched a black protester in the face" (PolNeAR train
  texts, no gold row: the verbs had no pattern) are ASSAULT ``beat`` with a person struck;
  "kicked off her campaign", "kicked off the board", "kick-start", "kicked the ball", "punched
  the air" stay none (``_blows``), "slapped tariffs" stays SANCTION.

Every sentence was written by hand for this file (modelled on the gold rows, never copied)
and labelled from its text. Old code: commit 62c81b2 (the barriers: 9fe3c0a; the meetings:
c666c1a; the walkouts: 5d03943; the blows: dc8a22c)."""

from __future__ import annotations

import pytest

from tests.nlp._docs import assert_found

# (sentence, PLOVER type, mode or None)
FOUND = [
    ("Harris was held on $2,500 bond in the Marion County Jail.", "COERCE", "arrest"),
    ("He was held without bond on Tuesday at the county detention center.", "COERCE", "arrest"),
    (
        "Dawson, who listed an address on North Main Street, was held on $10,000 bond at the "
        "county jail.",
        "COERCE",
        "arrest",
    ),
    (
        "Border officials said they would close four traffic lanes at the Nogales port of entry.",
        "COERCE",
        "restrict",
    ),
    (
        "Customs agents announced lane closures at two ports of entry near El Paso.",
        "COERCE",
        "restrict",
    ),
    ("Two lanes were shut down at the Calexico port of entry overnight.", "COERCE", "restrict"),
    ("Uzbekistan announced the closure of its border with Tajikistan.", "COERCE", "restrict"),
    ("Marines strung razor wire along the border fence near Tijuana.", "MOBILIZE", "troops"),
    ("Israeli troops erected new roadblocks outside the city on Sunday.", "MOBILIZE", "troops"),
    ("Riot police put up barricades around the parliament before the vote.", "MOBILIZE", "police"),
    (
        "Army engineers are installing concertina wire and laying sandbags along the river bank.",
        "MOBILIZE",
        "troops",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "etype", "mode"), FOUND)
def test_real26_found(code, text: str, etype: str, mode: str | None) -> None:  # type: ignore[no-untyped-def]
    assert_found(code(text), etype, mode)


# controls: what the old code did stays
CONTROLS = [
    ("He was ordered held on $10,000 bond for a pending court appearance.", "COERCE", "arrest"),
    ("Pakistan closed the Torkham border crossing after the clashes.", "COERCE", "restrict"),
    ("Police arrested the suspect, who was held in the county jail.", "COERCE", "arrest"),
    ("The woman was being held without bail in the Douglas County Jail.", "COERCE", "arrest"),
    ("Soldiers closed off the gates at the border crossing on Friday.", "COERCE", "restrict"),
    ("American soldiers have begun reinforcing their positions.", "MOBILIZE", "troops"),
    ("Subsequent talks with Iran were postponed.", "CONSULT", None),
    ("Iran's subsequent talks with the agency collapsed.", "CONSULT", None),
    ("Arab foreign ministers held informal talks in Cairo.", "CONSULT", None),
]


@pytest.mark.parametrize(("text", "etype", "mode"), CONTROLS)
def test_real26_controls_stay(code, text: str, etype: str, mode: str | None) -> None:  # type: ignore[no-untyped-def]
    assert_found(code(text), etype, mode)


NO_EVENT = [
    "Bond yields retreated from their highs as investors sought safety.",
    "The pension fund held on to its government bonds during the sell-off.",
    "The bank was holding $2 billion in bonds when the market turned.",
    "Crews closed two lanes of the highway after the crash.",
    "The mall closed two lanes of its parking lot for repairs.",
    "The pool will close three lanes for the swim meet.",
    "Workers installed a new fence around the playground.",
    "The farmer put up a fence to keep the goats in.",
    "The city council erected barriers along the parade route.",
    "The senators gathered for organizational meetings before the session opened.",
    "Lawmakers return to the capital this week for organizational meetings.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_real26_no_event(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert not events, [(e.type, e.trigger.text, e.rule) for e in events]


def test_real26_denied_closure_is_no_closure(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The border agency denied that it had closed lanes at the crossing.")
    assert not any(e.type == "COERCE" for e in events), [(e.type, e.rule) for e in events]


# everyday meetings with an empty modifier that the old code also left alone (controls)
@pytest.mark.parametrize(
    "text",
    [
        "In subsequent discussions on the forum, her post was called brave.",
        "Volunteers hold regular meetings in the church basement.",
    ],
)
def test_real26_everyday_meetings_stay_none(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not code(text)


WALKED_OUT_OF_A_PLACE = [
    "He walked out of the county jail on Friday afternoon.",
    "She walked out the front door and drove away.",
    "The defendant walked out of the courtroom a free man.",
]


@pytest.mark.parametrize("text", WALKED_OUT_OF_A_PLACE)
def test_real26_walking_out_of_a_place_is_no_strike(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert not any(e.type == "PROTEST" for e in events), [(e.type, e.rule) for e in events]


WALKOUTS = [
    "Teachers walked out of classrooms across the state to demand higher pay.",
    "The opposition walked out of parliament in protest.",
    "Thousands of workers walked out on Monday.",
    "The Palestinian delegation walked out of the talks.",
]


@pytest.mark.parametrize("text", WALKOUTS)
def test_real26_walkouts_stay(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_found(code(text), "PROTEST", "strike")


BLOWS = [
    "Supporters kicked and punched a protester at the rally.",
    "A guard slapped the detainee during questioning.",
    "The soldier punched a journalist in the face.",
    "A man hit the officer in the face outside the bar.",
]


@pytest.mark.parametrize("text", BLOWS)
def test_real26_blows_to_a_person(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_found(code(text), "ASSAULT", "beat")


NOT_BLOWS = [
    "Clinton kicked off her campaign in Iowa on Monday.",
    "The student was kicked off the board for his views.",
    "The group is spending $50,000 to kick-start a web campaign.",
    "He kicked the ball into the net.",
    "The player punched the air in celebration.",
    "We got kicked out of the school for teaching the constitution.",
]


@pytest.mark.parametrize("text", NOT_BLOWS)
def test_real26_blow_idioms_are_no_assault(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert not any(e.type == "ASSAULT" for e in events), [(e.type, e.rule) for e in events]


def test_real26_slapped_tariffs_stay_sanction(code) -> None:  # type: ignore[no-untyped-def]
    assert_found(code("The government slapped new tariffs on Chinese steel."), "SANCTION")


def test_real26_closure_protested_is_background(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Traders marched in the town against the closure of the border crossing.")
    assert not any(e.type == "COERCE" for e in events), [(e.type, e.rule) for e in events]
