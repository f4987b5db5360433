"""A town's part named by a direction or a generic word: "a North Side shooting", "crime fell
in the East End", "a warehouse in Midtown", "opened in Uptown". GeoNames lists such names as
distinct places (North Side and East End of the Cayman Islands, Anguilla's West End, Midtown,
Tennessee, Uptown, Chicago; "South Side" an alternate name of Southside, Arkansas and of
Eltingville, New York), so with no qualifier the resolver read a Richmond story's "North Side
shooting" as the Cayman Islands' district and a Houston story's "East End" as East End,
Arkansas.

Such a name with no qualifier and no division word keeps its gazetteer reading only with
evidence of that place (``_capitals.has_local_evidence`` within ``NEAR_KM``: another town of
the article within 40 km, its county named, its state named near it): "London's West End" is
London's, "Uptown" in a Chicago story Chicago's. Otherwise it is the part of a town the text
names: the place whose possessive comes before it ("Chicago's South Side"), else the
article's focus in the story's country (:func:`._resolve.place_late`), else a place with no
point (rule ``district-unplaced``): a neighbourhood of a town the article does not name is
no distant namesake.

Not "Central" (a province of Ghana, Kenya, Zambia, Botswana, ... and a school's short name)
or "the Valley" (a valley's name as often as a town part); "Upper East Side", "Near North
Side" and the like name one place and are read as before.
"""

from __future__ import annotations

import re

from newsgraph.nlp.places._capitals import NEAR_KM, has_local_evidence
from newsgraph.nlp.places._mentions import Context, Mention, Resolution
from newsgraph.nlp.places.gazetteer import GeoRow

_DIRECTIONS = "north south east west northeast northwest southeast southwest".split()
_GENERIC = frozenset(
    [f"{d} {part}" for d in _DIRECTIONS for part in ("side", "end")]
    + [f"{d}side" for d in ("north", "south", "east", "west")]
    + ["downtown", "uptown", "midtown"]
)

UNPLACED = "district-unplaced"
_UNPLACED_CONFIDENCE = 0.3


def generic_district(name: str) -> bool:
    """Whether ``name`` is a direction-and-part or generic town-part name ("North Side",
    "West End", "Midtown")."""
    return " ".join(name.lower().split()) in _GENERIC


def generic_without_evidence(top: GeoRow, ctx: Context, m: Mention) -> bool:
    """An unqualified generic town-part name whose reading ``top`` the article gives no
    evidence of (it is then left to :func:`mark_generic_districts`' placing)."""
    if m.qualifier_state or m.qualifier_country or m.division or not generic_district(m.text):
        return False
    return not has_local_evidence(top, ctx, m.key, m.start, km=NEAR_KM)


# the possessive of a found place right before the name: "Chicago's South Side"
_POSSESSIVE = re.compile(r"['’]s?\s+$")


def mark_generic_districts(text: str, found: list[Mention]) -> None:
    """Mark generic town-part mentions of ``found`` to be placed late (at their town or the
    article's focus when their gazetteer reading is dropped); a place's possessive before one
    is its town. Sets ``late`` and ``host`` in place."""
    ends = {m.end: m for m in found if not m.rule.startswith("demonym")}
    for m in found:
        if m.rule.startswith("demonym") or not generic_district(text[m.start : m.end]):
            continue
        m.late = True
        poss = _POSSESSIVE.search(text, max(0, m.start - 4), m.start)
        if m.host is None and poss is not None and poss.start() in ends:
            town = ends[poss.start()]
            m.host = (town.start, town.end)


def unplaced(mentions: list[Mention], out: list[Resolution | None]) -> None:
    """Generic town-part mentions nothing placed stay places with no point. Fills ``out`` in
    place."""
    for i, m in enumerate(mentions):
        if out[i] is None and m.late and generic_district(m.text):
            out[i] = Resolution(None, None, None, "other", _UNPLACED_CONFIDENCE, UNPLACED)
