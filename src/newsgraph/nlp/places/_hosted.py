"""Buildings and districts placed by their town or the article's focus, and the helpers
that find that focus's country and city-states. Split out of :mod:`._resolve`, which
re-exports these names."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from newsgraph import datafiles
from newsgraph.nlp.places._mentions import DEMONYM_RULES, Mention, Resolution
from newsgraph.nlp.places.gazetteer import COUNTRY

# mentions placed only by the town they are in: buildings, and districts the text names
_HOSTED = frozenset({"facility", "district"})
_FOCUS_CONFIDENCE = 0.3


_FACILITY_CONFIDENCE = 0.5


_LANDMARK_CONFIDENCE = 0.8


def _place_facilities(
    mentions: list[Mention], out: list[Resolution | None], focus: Resolution | None
) -> None:
    """Buildings and facilities (rule ``facility``) at the town they are in (``Mention.host``),
    else at the article's focus; never a gazetteer reading of their own name. Fills ``out``."""
    if focus is None:
        focus = _main_place(mentions, out)
    focus = _in_story_country(focus, out)
    todo = [
        i
        for i, m in enumerate(mentions)
        if m.rule in _HOSTED or (m.host is not None and out[i] is None and not m.late)
    ]
    for _round in range(2):  # a district's town may itself be a named district ("Sarkh")
        where = {(m.start, m.end): r for m, r in zip(mentions, out, strict=True) if r is not None}
        for i in todo:
            m = mentions[i]
            town = where.get(m.host) if m.host is not None else None
            if town is not None and town.feature == COUNTRY and not _city_state(town):
                town = None  # "the Danube Delta district of Romania": not at Romania's centre
            if town is not None and town.lat is not None and town is not out[i]:
                cc = town.row.country_code if town.row else town.country_code
                out[i] = Resolution(
                    None, town.lat, town.lon, "other", _FACILITY_CONFIDENCE, "in-town", cc
                )
    for i in todo:
        if out[i] is None and mentions[i].rule in _HOSTED:
            out[i] = focus
    for i, m in enumerate(mentions):
        if m.point is not None:  # "the White House": its own point, not Casablanca's
            lat, lon, cc = m.point
            # a district named after its city ("Kowloon West") is at the city: "named-after"
            rule = "named-after" if m.rule == "district" else "landmark"
            out[i] = Resolution(None, lat, lon, "other", _LANDMARK_CONFIDENCE, rule, cc)


def _in_story_country(focus: Resolution | None, out: list[Resolution | None]) -> Resolution | None:
    """The focus, when it lies in the country most of the article's readings lie in; else None.
    A building or district the text does not place is the story's own only in a story about
    one country: in world news the focus town is often in another country than the
    unplaced name (an outbreak story focused on Moscow that names a Romanian district)."""
    if focus is None:
        return None
    counts: Counter[str] = Counter()
    for r in out:
        cc = (r.row.country_code if r.row else r.country_code) if r is not None else None
        if cc:
            counts[cc] += 1
    if not counts:
        return focus
    top = max(counts.values())
    return focus if counts.get(focus.country_code or "", 0) == top else None


def _main_place(mentions: list[Mention], out: list[Resolution | None]) -> Resolution | None:
    """When the article has no local focus: its most named city-state (Hong Kong, Singapore:
    countries the gazetteer does not list as towns), as a focus reading ("Kowloon West
    district" in a Hong Kong story is placed at Hong Kong); None when it names none."""
    counts: Counter[int] = Counter()
    first: dict[int, Resolution] = {}
    for m, r in zip(mentions, out, strict=True):
        if r is None or r.row is None or m.rule in DEMONYM_RULES or not _city_state(r):
            continue
        if r.confidence < 0.6 or r.lat is None:
            continue
        counts[id(r.row)] += 1
        first.setdefault(id(r.row), r)
    if not counts:
        return None
    best = first[max(counts, key=lambda k: counts[k])]
    cc = best.row.country_code if best.row else None
    return Resolution(None, best.lat, best.lon, "other", _FOCUS_CONFIDENCE, "article-focus", cc)


# countries that are one town: a building or district in them is at the country's point
_CITY_STATES = frozenset({"HK", "SG", "MO", "MC", "VA", "SM", "GI"})


def _city_state(r: Resolution) -> bool:
    return r.feature == COUNTRY and r.row is not None and r.row.country_code in _CITY_STATES


@lru_cache(maxsize=1)
def _feature_words() -> frozenset[str]:
    return datafiles.words("places/geo_feature_words.txt")


def _looks_local(name: str) -> bool:
    """A name with a place-type word: "Darby Street", "Neches River", "Highway 19"."""
    return any(w in _feature_words() for w in name.split())
