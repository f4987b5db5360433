"""Classes real26, headline27 and types28 left, and the issue's weak ACLED classes (issue 10
item 1, types29).

Barring people from a territory is REJECT (``_entry_bans``): the PLOVER manual ("a country
or similar entity bars a group or organization from entering its territory should be coded
as REJECT whereas ... expelled ... COERCE") and the gold (tune row ev-907, a borough voting to
ban a visitor "for the area"); fresh29's tune row fr29-061 "barred two US congresswomen from
entering the country"; real texts of ../shared (PTC) telling bloggers "banned by May in 2013
from entering the UK" (three articles) and "are banned from entering the country". The old
code read every such ban as COERCE (``coerce.ban``, ``lex.coerce.ban_from``).

Two false-event classes follow (real texts of ../shared, each section below names them): the
"according" of "according to" taken for the accord an accord pattern wants (``_patterns``), and
a classifier SUPPORT on a "sign" that signs no accord (``_signed``).

Every sentence was written by hand for this file (modelled on the rows, never copied) and
labelled from its text. Old code: 683b5c2 (7 fail there, 7 controls pass)."""

from __future__ import annotations

import pytest

from tests.nlp._docs import assert_found

# barred or banned from a country or a territory: REJECT (COERCE on the old code)
REJECTED = [
    "Hungary barred two Dutch activists from entering the country on Monday.",
    "The journalist was banned from entering Russia for five years.",
    "Two British clerics were barred from entering Pakistan at Lahore airport.",
    "The island's government banned the preacher from the territory.",
    "The city council voted to ban the visiting Israeli minister from the city.",
    # a "for" phrase of a territory, as the gold's ev-907 ("voted to ban ... for the area")
    "The borough council voted to ban the American preacher for the area.",
]


@pytest.mark.parametrize("text", REJECTED)
def test_types29_entry_ban_is_reject(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert_found(events, "REJECT", None)
    assert not any(e.type == "COERCE" for e in events), [(e.type, e.rule) for e in events]


def test_types29_entry_ban_keeps_its_sides(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Hungary barred two Dutch activists from entering the country on Monday.")
    ban = next(e for e in events if e.type == "REJECT")
    assert [a.code for a in ban.sources] == ["HUN"]
    assert [a.span.text for a in ban.targets] == ["two Dutch activists"]


# controls: a ban from a building, an office, a game, an activity, or of things stays COERCE
CONTROLS = [
    "Police barred the protesters from the courthouse on Tuesday.",
    "Guards barred reporters from entering the parliament building.",
    "The court banned the former governor from running for office.",
    "The mayor banned lorries from the city centre.",
    "The government banned opposition rallies in the capital.",
]


@pytest.mark.parametrize("text", CONTROLS)
def test_types29_other_bans_stay_coerce(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert_found(events, "COERCE", None)
    assert not any(e.type == "REJECT" for e in events), [(e.type, e.rule) for e in events]


def test_types29_refused_entry_stays_reject(code) -> None:  # type: ignore[no-untyped-def]
    # the lexicon's refuse/deny entry was REJECT on the old code and stays
    assert_found(code("Turkey refused entry to three German lawmakers."), "REJECT", None)


def test_types29_sport_ban_stays_none(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The league banned the striker for six matches.")
    assert not any(e.type == "REJECT" for e in events), [(e.type, e.rule) for e in events]


# "according to X" is no accord: a pattern whose "with" wants an accord noun (sign, announce,
# leave, join ... an agreement/accord/treaty) took the "according" of the attribution (lemma
# "accord") for it. Real texts: "announced plans to file for bankruptcy last week, according
# to the Des Moines Register" (AGREE), "He left his Norman home Saturday, March 7 according to
# www." (SANCTION), "is also joining the lawsuit, according to one of his senior ..." (SUPPORT);
# tune no-event row neg-1201 "signed 'false certifications' ..., according to court records".
# (sentence, the false type of the old code)
ATTRIBUTED = [
    ("The governor left the meeting early, according to two people in the room.", "SANCTION"),
    (
        "The opposition leader left the country on Sunday, according to airport officials.",
        "SANCTION",
    ),
    ("The minister signed the guest book at the embassy, according to a photographer.", "SUPPORT"),
    ("The mayor signed the birthday card on Friday, according to his office.", "SUPPORT"),
    (
        "The party announced plans to open new offices in the north, according to a statement.",
        "AGREE",
    ),
    ("The senator is also joining the lawsuit, according to one of his aides.", "SUPPORT"),
]


@pytest.mark.parametrize(("text", "false_type"), ATTRIBUTED)
def test_types29_according_to_is_no_accord(code, text: str, false_type: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert not any(e.type == false_type for e in events), [(e.type, e.rule) for e in events]


# controls: an accord named beside the attribution stays
ACCORDS = [
    ("The two countries announced an accord on fishing rights, according to state media.", "AGREE"),
    ("Britain left the European Union in 2020, according to the report.", "SANCTION"),
    ("Israel and Hamas signed a ceasefire agreement, according to Egyptian officials.", "SUPPORT"),
    ("The government and the rebels reached a deal on Sunday, according to mediators.", "AGREE"),
]


@pytest.mark.parametrize(("text", "etype"), ACCORDS)
def test_types29_accords_beside_according_stay(code, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert_found(code(text), etype, None)


# a "sign" the classifier read as SUPPORT that signs no accord (``_signed``): enrolling ("signed
# up as a Trump delegate", "signed on for two film sequels"), a letter or a form ("The missive
# is signed by ...", tune no-event row neg-1201 "signed 'false certifications' ..."), autographs
# (real texts of PolNeAR train and PTC); SUPPORT on the old code, no event now
UNSIGNED = [
    "House Speaker Mike Johnson has signed up to serve as a delegate for the Republican "
    "nominee at the convention.",
    "Senator Tim Scott signs up to be a Haley delegate.",
    "The memo is signed by Senate Majority Leader John Thune.",
    "The letter is signed by House Minority Leader Hakeem Jeffries.",
]


@pytest.mark.parametrize("text", UNSIGNED)
def test_types29_signed_no_accord_is_no_support(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert not any(e.type == "SUPPORT" for e in events), [(e.type, e.rule) for e in events]


# controls: accords signed (patterns), a framework signed up to, and laws the classifier reads
SIGNED = [
    "Israel and Jordan signed a water agreement on Tuesday.",
    "The United States and India signed up to a new framework for sharing intelligence.",
    "Governor Glenn Youngkin has signed legislation to permit new license plates.",
    "President Biden has signed an executive decree requiring asylum seekers to apply at ports "
    "of entry.",
]


@pytest.mark.parametrize("text", SIGNED)
def test_types29_signed_accords_and_laws_stay(code, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_found(code(text), "SUPPORT", None)
