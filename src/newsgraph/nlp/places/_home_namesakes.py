"""A city of half a million or more over a small namesake in its own country: "Washington"
in a story about the Iowa caucuses is the capital, not Washington, Iowa (7,000 people);
"the convention in Philadelphia" is no Philadelphia, New York (1,200), "the scandal erupted
in Boston" no Boston, Pennsylvania (545), "BOSTON —" over a story no dateline from there.

The article's states vote for their own small towns: a story that names Iowa, New York or
Pennsylvania anywhere gave that state's namesake more than the big city's population. The
other-country rules (``_capitals``, ``_far_states``) do not apply: the big city is in the
same country. A namesake the big city dwarfs fifty times keeps the name only with evidence of
its own place (``_capitals.has_local_evidence``): a qualifier or a division word (read
before this rule), its county named, its state named near the name (``_far_states``), or
another town of the article within ``NEAR_KM`` (40 km: its neighbours, as the near-places rule
reads them: a county seat's story names the villages around it); a town two hundred
kilometres off, as the other rules allow, is only the same state.
"""

from __future__ import annotations

from newsgraph.nlp.places._capitals import NEAR_KM, Scored, has_local_evidence
from newsgraph.nlp.places._mentions import Context, Mention
from newsgraph.nlp.places.gazetteer import CITY, GeoRow

_BIG_POP = 500_000
_RATIO = 50.0


def home_big_reading(top: GeoRow, scored: list[Scored], ctx: Context, m: Mention) -> Scored | None:
    """The most populous city of ``top``'s own country that has the name as its own, with
    ``_BIG_POP``+ people and ``_RATIO`` times ``top``'s, when ``top`` is a town with no
    evidence of its own place; else None."""
    if top.feature != CITY or not top.country_code:
        return None
    bigs = [
        t
        for t in scored
        if t[2]
        and t[1].feature == CITY
        and t[1].country_code == top.country_code
        and t[1].population >= _BIG_POP
        and t[1].population >= _RATIO * max(1, top.population)
    ]
    if not bigs or has_local_evidence(top, ctx, m.key, m.start, km=NEAR_KM):
        return None
    return max(bigs, key=lambda t: t[1].population)
