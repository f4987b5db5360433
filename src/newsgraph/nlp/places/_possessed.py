"""A venue or building named after a place's possessive: "Tel Aviv's City Hall", "Boston's
historic Faneuil Hall", "San Francisco's Moscone Center", "Mexico City's Aldama Theater",
"Louisville's Islamic Center" (rule ``facility``, placed at the possessor).

GeoWebNews counts a building named as a location, at its town. Names ending in a building
word ("Hospital", "Stadium", ``geo_building_words.txt``) are found wherever they stand, but
halls, centres, theatres, churches, libraries and buildings are as often institutions ("the
Pew Research Center", "the Church", "City Hall said") and count only where the text puts
someone in them ("at the Verizon Center", ``_facilities``). A town's possessive before such a
name is that evidence too: the name is the town's building. One lower-case word may stand
between ("historic", "new", "downtown").

Left out: a name followed by "for" or "of" (an institution: "Virginia's Center for Politics",
"Harvard's Kennedy School of Government") or by another capitalised word (a longer name);
a possessor that is not a place mention already found ("MSNBC's Tamron Hall", "St. Ann's
Episcopal Church") or is a demonym.
"""

from __future__ import annotations

import re

from newsgraph.nlp.places._resolve import DEMONYM_RULES, Mention

# heads of venues and buildings that are also institutions' names ("Center", "Church"); those
# of geo_building_words.txt are found without a possessive
_HEADS = (
    "Hall",
    "Center",
    "Centre",
    "Theater",
    "Theatre",
    "Church",
    "Chapel",
    "Library",
    "Building",
    "Facility",
    "Auditorium",
    "Coliseum",
    "Colosseum",
)

_NAME_WORD = r"(?!(?:The|A|An|This|That)\b)[A-Z][\w’'.-]*"

# "'s" (or "’s"), an optional lower-case word, one to four capitalised words ending in a head
_POSSESSED = re.compile(
    rf"['’]s (?:[a-z]+ )?((?:{_NAME_WORD} ){{0,3}}(?:{'|'.join(_HEADS)}))"
    r"(?![\w’'-]| (?:[A-Z]|of\b|for\b))"
)

# what may stand between a possessor and the building it holds ("Boston's historic ")
POSSESSIVE_GAP = re.compile(r"['’]s (?:[a-z]+ )?")


def possessed_venues(text: str, found: list[Mention]) -> list[tuple[int, int]]:
    """Spans of venue names right after a found place's possessive (module docstring)."""
    out: list[tuple[int, int]] = []
    for m in found:
        if m.rule in DEMONYM_RULES or m.rule.startswith("facil"):
            continue
        hit = _POSSESSED.match(text, m.end)
        if hit is not None:
            out.append(hit.span(1))
    return out
