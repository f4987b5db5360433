"""A big city read by its own name over a small town that bears the name only as an
alternate one: "Cleveland and Philadelphia are preparing for the conventions" is no New
Philadelphia, Ohio (17,000 people; GeoNames lists "Philadelphia" among its other names), "the
1968 Democratic convention in Chicago" no Willard, Ohio (once called Chicago), "Amanda
Becker in Washington" no Watervliet, New York, "the RNC's meeting in Boston" no Boston
Heights, Ohio.

An alternate name costs a reading only ``_W_ALT``; a story whose other names lie in the
small town's state (Ohio, beside Cleveland) or near it made up that cost and the big city's
population. News writes a town by its own name: a town known by the name only as an old or
other-language name of it is a poor reading when a city of ``_BIG_POP``+ people, fifty times
its size or more, has the name as its own. The rule reads unqualified names only ("Mexico,
Missouri" keeps the qualifier's town) and no division words; it chooses among the readings
the mention already has, so one name keeps one reading throughout the article.
"""

from __future__ import annotations

from newsgraph.nlp.places._capitals import Scored
from newsgraph.nlp.places.gazetteer import CITY, GeoRow

_BIG_POP = 500_000
_RATIO = 50.0


def own_name_reading(top: GeoRow, top_primary: bool, scored: list[Scored]) -> Scored | None:
    """The most populous city whose own name the mention is, when ``top`` is a town matched
    only by an alternate name and that city has ``_BIG_POP``+ people and ``_RATIO`` times
    ``top``'s; else None."""
    if top_primary or top.feature != CITY:
        return None
    bigs = [
        t
        for t in scored
        if t[2]
        and t[1].feature == CITY
        and t[1].population >= _BIG_POP
        and t[1].population >= _RATIO * max(1, top.population)
    ]
    return max(bigs, key=lambda t: t[1].population, default=None)
