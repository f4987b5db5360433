"""A state's allies named by a region keep the region's code, not their owner's country
(lead, after actors26's region codes): "Israel and its Western allies" -> ISRGOV, WST; the
region code had been read as a bare sector ("WST") and given the owner's country ("ISRWST",
a code no codebook has). Expected codes written by hand from CAMEO's regional codes."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.nlp.events._codes import _sector_of
from tests.nlp._docs import coded_events as _events


def _codes(events: list, side: str, words: str) -> list[str | None]:
    return [
        a.code
        for e in events
        for a in (e.sources if side == "source" else e.targets)
        if a.span.text.startswith(words)
    ]


@pytest.mark.parametrize(
    ("text", "date", "words", "code"),
    [
        (
            "Tehran accused Israel and its Western allies of arming the rebels.",
            "2018-08-29",
            "its Western allies",
            "WST",
        ),
        (
            "Moscow accused Kyiv and its European allies of prolonging the war.",
            "2023-05-10",
            "its European allies",
            "EUR",
        ),
    ],
)
def test_allies_named_by_a_region_take_no_owner_country(
    nlp: Language, text: str, date: str, words: str, code: str
) -> None:
    events = _events(nlp, text, date)
    codes = _codes(events, "target", words)
    assert code in codes, [(e.type, [(a.span.text, a.code) for a in e.targets]) for e in events]
    assert not any(c and c != code and c.endswith(code) for c in codes)


def test_a_region_code_is_a_location_part() -> None:
    assert _sector_of("WST") is None
    assert _sector_of("EURGOV") == "GOV"
    # controls: countries and bare sectors as before
    assert _sector_of("ISRGOV") == "GOV"
    assert _sector_of("GOV") == "GOV"
    assert _sector_of("IGOEUREEC") == "IGO"
