"""Who receives what is handed over (issue #10, item 3, targets): a transfer's "to" recipient
comes before the goods for offers, pledges, promises and grants too ("offered police training
to Kenya"), and a double object the small model parses as one noun phrase ("gave Israel aid",
"sent Nepal emergency relief": the place as a compound of the goods) makes the place the
recipient, never the giver. Controls: an initialism names the goods' own country ("sent U.S.
aid"), people are no goods ("sent U.S. troops"), a determiner opens a name ("the Nepal fund")."""

from __future__ import annotations

import pytest

from tests.nlp._docs import coded_events

pytestmark = pytest.mark.model


def _sides(nlp, text: str, etype: str) -> list[tuple[list[str | None], list[str | None]]]:
    return [
        ([a.code for a in e.sources], [a.code for a in e.targets])
        for e in coded_events(nlp, text)
        if e.type == etype
    ]


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # the parser makes the recipient a compound of the goods
        ("The United States gave Israel aid.", "AID", "USA", "ISR"),
        ("Japan sent Nepal emergency relief.", "AID", "JPN", "NPL"),
        ("China gave South Sudan food aid.", "AID", "CHN", "SSD"),
        # an offer of goods with the recipient compounded: Germany offers, Ukraine receives,
        # and Ukraine is no source of the aid
        ("Germany offered Ukraine military aid.", "AGREE", "DEU", "UKR"),
        # the "to" recipient of an offer comes first, not the goods ("police training")
        ("The United States offered police training to Kenya.", "AGREE", "USA", "KEN"),
        ("The European Union pledged humanitarian aid to Sudan.", "AGREE", "IGOEUREEC", "SDN"),
    ],
)
def test_recipient_is_the_target(nlp, text: str, etype: str, source: str, target: str) -> None:
    sides = _sides(nlp, text, etype)
    assert sides, text
    src, tgt = sides[0]
    assert (src[:1], tgt[:1]) == ([source], [target])
    for srcs, _ in _sides(nlp, text, "AID"):
        assert target not in srcs  # the recipient never gives


@pytest.mark.parametrize(
    "text",
    [
        "Obama sent U.S. aid.",  # an initialism: the aid's own country
        "Washington sent US troops.",  # people are no goods
    ],
)
def test_no_recipient_invented(nlp, text: str) -> None:
    for e in coded_events(nlp, text):
        assert [a.code for a in e.targets] == [], (text, e.type, e.targets)
