"""A US state named far from a name is no evidence that the name is that state's small town
when the name is also a world capital or a city of millions fifty times its size.

``_capitals.has_local_evidence`` keeps a small US namesake ("Paris", Texas, 25,000 people)
over the big reading (Paris, France) whenever the article names the namesake's state
anywhere: "In Idaho, police in Moscow" is Moscow, Idaho. But a story that says "a border
crossing at McAllen, Texas" in one paragraph and "before departing for Paris" in another, or
"mass shootings in Paris and California" beside a Texas senator's name, means France's
capital. For such dwarfed namesakes the state counts only when it is named within
``_NEAR_CHARS`` characters of the name (the same or the next sentence); a county, a nearby
town of the article or a qualifier ("Paris, Texas") still keep the namesake as before. Only
a story that looks abroad (another name votes for a country other than the US: "Mexico",
"Hondurans", "Russian-born") is read so; a local US story that names no other country keeps
its town ("a town hall meeting in Alexandria", a Minnesota story, is Alexandria, Minnesota).

A story that names the US alone is read so too when it is no story of the namesake's state
(places38): another state has as many of the article's votes or more ("the attacks in
Paris" in a campaign story naming Texas, Oklahoma, Minnesota, Iowa and Virginia once each is
France's capital, not Paris, Texas); the Minnesota story, whose one state is Minnesota, keeps
Alexandria.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

from newsgraph.nlp.places._mentions import Context, Mention
from newsgraph.nlp.places.gazetteer import ADMIN1, Gazetteer, GeoRow

_RATIO = 50.0  # the big reading has fifty times the namesake's people or more
_NEAR_CHARS = 250


# a state that names a person's office or base, not where anything happens (places42): "Texas-
# based Matt Mackowiak", "the former Arkansas governor", "Louisiana Gov. Bobby Jindal"
_PERSON_STATE = re.compile(
    r"(?:-based\b|\s+(?:Gov\.|Governor|governor|Lt\. Gov\.|Sen\.|Senator|senator|Rep\."
    r"|Representative|Congressman|congressman|Congresswoman|congresswoman"
    r"|Attorney General|attorney general)(?![\w-]))"
)


def mark_person_states(text: str, mentions: list[Mention]) -> None:
    """Mark mentions a person's office word or "-based" follows (``Mention.of_person``): a
    state named so is no evidence of a small namesake near it (:func:`state_starts`)."""
    for m in mentions:
        if _PERSON_STATE.match(text, m.end):
            m.of_person = True


def state_starts(mentions: list[Mention], gaz: Gazetteer) -> dict[str, list[int]]:
    """US state code -> sorted character starts of the mentions that name the state (its
    name, or a qualifier: "Moscow, Idaho"); not a state that names a person's office or base
    ("Arkansas Gov. Asa Hutchinson", "Texas-based")."""
    out: defaultdict[str, list[int]] = defaultdict(list)
    for m in mentions:
        if m.added:
            continue
        if m.qualifier_state:
            out[m.qualifier_state].append(m.start)
        if m.of_person:
            continue
        for r, primary in gaz.lookup(m.text):
            if primary and r.feature == ADMIN1 and r.country_code == "US" and r.admin1:
                out[r.admin1].append(m.start)
    return {k: sorted(set(v)) for k, v in out.items()}


def dwarfed(big: GeoRow, small: GeoRow, ctx: Context) -> bool:
    """``big`` has fifty times ``small``'s people or more, and the article looks abroad or is
    not a story of ``small``'s state (another state has more of the article's votes)."""
    if big.population < _RATIO * max(1, small.population):
        return False
    abroad = any(cc != "US" and v > 0 for cc, v in ctx.countries.items())
    return abroad or not _home_state(small, ctx)


def _home_state(small: GeoRow, ctx: Context) -> bool:
    """``small``'s US state has more of the article's state votes than any other state, or
    ``small`` is no US town."""
    if small.country_code != "US" or not small.admin1:
        return True
    votes = ctx.states.get(small.admin1, 0.0)
    others = max((v for k, v in ctx.states.items() if k != small.admin1), default=0.0)
    return votes > others


def named_near(starts: dict[str, list[int]], state: str, start: int) -> bool:
    """The state is named within ``_NEAR_CHARS`` characters of ``start``."""
    pos = starts.get(state, [])
    i = bisect.bisect_left(pos, start - _NEAR_CHARS)
    return i < len(pos) and pos[i] <= start + _NEAR_CHARS
