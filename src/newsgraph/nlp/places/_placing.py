"""From mentions to :class:`~newsgraph.model.Place` records: resolution, the post-office
fallback, small towns near the article's places, towns of the article's state,
metonymy, and names placed at the article's focus that are not names of a place.
"""

from __future__ import annotations

import math
import re

from spacy.tokens import Doc, Token

from newsgraph import lexicons
from newsgraph.model import Place, record_id
from newsgraph.nlp._doc import doc_ents, doc_text, sentence_index, span
from newsgraph.nlp.places._capitals import NEAR_KM
from newsgraph.nlp.places._far_states import mark_person_states
from newsgraph.nlp.places._generic_districts import unplaced
from newsgraph.nlp.places._names import _NEAR_MIN_POP, _first_name, _metonymy_lexicon, _stopnames
from newsgraph.nlp.places._people import surname_words
from newsgraph.nlp.places._resolve import (
    MAX_ANCHORS,
    Mention,
    Resolution,
    build_context,
    place_late,
    read_lists,
    read_qualifiers,
    resolve_all,
)
from newsgraph.nlp.places._text_names import _dateline, _person_chars
from newsgraph.nlp.places.distance import haversine_km
from newsgraph.nlp.places.gazetteer import (
    ADMIN1,
    ADMIN2,
    CITY,
    COUNTRY,
    COUNTY,
    Gazetteer,
    GeoRow,
    postal_towns,
)

# a small town named outside any place entity counts when it lies this close to a town the
# article places confidently ("in Lombard and Roselle" in a story about DuPage County towns)
_NEAR_KM = NEAR_KM


_NEAR_ANCHOR_CONFIDENCE = 0.7


_NEAR_CONFIDENCE = 0.6


# a name the gazetteer lacks is placed at the article's focus (a street, a park); these are
# not names of a place: a bare type word ("County" of "County prosecutors", "St." of "St.
# James"), electoral and school districts ("District 3", "3rd Congressional District",
# "Historic District"), events and agencies named after a place ("Southeast District
# Competition", "Lake Cleanup", "Highway Patrol"), and spans that end in a lower-case word or a
# month ("Highway 59 to", "City Park July")
_BARE_TYPE = frozenset(
    {"County", "District", "St.", "Avenue", "Street", "Road", "City", "Park", "Parish"}
)


_NOT_A_PLACE_HEAD = frozenset(
    {
        "Olympics",
        "Competition",
        "Cleanup",
        "Patrol",
        "Celebration",
        "Festival",
        "Tournament",
        "Championship",
        "Championships",
        "Classic",
        "Marathon",
        "Fair",
    }
)


_MONTHS = frozenset(
    {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    }
)


_DISTRICT = re.compile(r"\bDistrict\b")


def _unplaced_non_name(p: Place) -> bool:
    if not p.rule.endswith("article-focus"):
        return False
    words = p.span.text.split()
    if not words:
        return True
    last = words[-1]
    return (
        p.span.text in _BARE_TYPE
        or _DISTRICT.search(p.span.text) is not None
        or last in _NOT_A_PLACE_HEAD
        or (len(words) > 1 and (last in _MONTHS or last[:1].islower()))
    )


def _near_places(doc: Doc, gaz: Gazetteer, weak: list[Mention], places: list[Place]) -> list[Place]:
    """Add the small towns of ``weak`` that lie within 40 km of a town the article places
    confidently (not one of the same name), unless a place covers them or a word of theirs is a
    first name or part of a person's name ("in Lombard and Roselle" in a story about DuPage
    County; not "Chisholm said")."""
    anchors = [
        (p.lat, p.lon, p.name)
        for p in places
        if p.feature == CITY
        and p.confidence >= _NEAR_ANCHOR_CONFIDENCE
        and p.lat is not None
        and p.lon is not None
    ]
    if not anchors:
        return places
    anchors = anchors[:MAX_ANCHORS]
    text = doc_text(doc)
    people = lexicons.first_names()
    person_words = {
        t.text for ent in doc_ents(doc) if ent.label_ == "PERSON" and len(ent) > 1 for t in ent
    }
    not_towns = people.keys() | person_words
    covered = bytearray(len(text) + 1)
    for p in places:
        covered[p.span.start : p.span.end] = b"\x01" * (p.span.end - p.span.start)
    extra: list[tuple[Mention, Resolution]] = []
    for m in weak:
        name = text[m.start : m.end]
        words = name.split()
        if any(covered[m.start : m.end]) or {words[0], words[-1]} & not_towns:
            continue
        cands = gaz.lookup(name)
        if any(p and r.feature in (COUNTRY, ADMIN1, ADMIN2, COUNTY) for r, p in cands):
            continue  # "Bulacan" is a province first: not a town found by nearness
        best: tuple[float, GeoRow] | None = None
        for row, primary in cands:
            if not primary or row.feature != CITY or row.population < _NEAR_MIN_POP:
                continue
            if row.lat is None or row.lon is None:
                continue
            d = min(
                (haversine_km(row.lat, row.lon, a, b) for a, b, n in anchors if n != row.name),
                default=math.inf,
            )
            if d <= _NEAR_KM and (best is None or d < best[0]):
                best = (d, row)
        if best is not None:
            row = best[1]
            res = Resolution(row, row.lat, row.lon, CITY, _NEAR_CONFIDENCE, "near")
            extra.append((m, res))
            covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    if not extra:
        return places
    # one sense per discourse: the town's name elsewhere (at a sentence start too), outside
    # places and person names
    covered = bytearray(a | b for a, b in zip(covered, _person_chars(doc), strict=True))
    for name, res in {text[m.start : m.end]: r for m, r in extra}.items():
        for hit in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if not any(covered[hit.start() : hit.end()]):
                covered[hit.start() : hit.end()] = b"\x01" * (hit.end() - hit.start())
                extra.append((Mention(hit.start(), hit.end(), name, "near"), res))
    added = _places(doc, [m for m, _r in extra], [r for _m, r in extra])
    return sorted(places + added, key=lambda p: p.span.start)


def _resolve(
    doc: Doc, mentions: list[Mention], gaz: Gazetteer, context_extra: list[Mention] | None = None
) -> list[Place]:
    text = doc_text(doc)
    for m in mentions + (context_extra or []):
        read_qualifiers(text, m, gaz)
    mark_person_states(text, mentions + (context_extra or []))  # "Arkansas Gov. ..."
    read_lists(text, [m for m in mentions if not m.added], gaz)
    if context_extra:
        read_lists(text, [m for m in context_extra if not m.added], gaz)
    ctx = build_context(mentions + (context_extra or []), gaz, _dateline(doc))
    resolved = resolve_all(mentions, gaz, ctx)
    _postal_fallback(mentions, resolved, gaz)
    place_late(mentions, resolved)
    unplaced(mentions, resolved)  # "a North Side shooting" in a story naming no town
    return _places(doc, mentions, resolved)


# two or three capitalised words outside any found place: a candidate town name ("Meadow
# Grove", "Gun Barrel City", "Tega Cay")
_TOWN_RUN = re.compile(r"(?<![\w.'-])(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+(?![\w'-])")


def _state_towns(doc: Doc, gaz: Gazetteer, places: list[Place]) -> list[Place]:
    """Two- or three-word names of US towns in a state the article's places lie in, wherever
    they occur ("a Meadow Grove man" in a Nebraska article): the gazetteer's town of that
    name in that state, else the post-office town. A name of several capitalised words that is
    a town of the very state the article is about is rarely anything else."""
    states: dict[str, int] = {}
    for p in places:
        if p.country_code == "US" and p.geonameid:
            for r, _primary in gaz.lookup(p.name):
                if r.geonameid == p.geonameid and r.admin1:
                    states[r.admin1] = states.get(r.admin1, 0) + 1
                    break
    if not states:
        return []
    text = doc_text(doc)
    covered = bytearray(len(text))
    for p in places:
        covered[p.span.start : p.span.end] = b"\x01" * (p.span.end - p.span.start)
    in_org = bytearray(len(text))
    for ent in doc_ents(doc):
        if ent.label_ == "ORG" and len(ent) > 1:  # one word alone: a misread town
            in_org[ent.start_char : ent.end_char] = b"\x01" * (ent.end_char - ent.start_char)
    mentions: list[Mention] = []
    resolved: list[Resolution | None] = []
    hits = [(h.start(), h.end(), h.group(), False) for h in _TOWN_RUN.finditer(text)]
    dl = _dateline(doc)
    if dl is not None and _TOWN_RUN.fullmatch(dl.text.title()):
        hits.insert(0, (dl.start, dl.end, dl.text.title(), True))  # "TEGA CAY --"
    offices = _office_prefixes(hits)
    surnames = surname_words(doc, gaz)  # "from Sanders", "criticism of Carson": people
    for s, e, name, dateline in hits + offices:
        if any(covered[s:e]):
            continue
        office = any(o[0] == s and o[1] == e for o in offices)
        before = text[max(0, s - 4) : s].rstrip()
        if office and (
            (before[-1:].isalpha() and before[-1:].isupper())  # "Pattie A. Clay", "St. Paul"
            or before.endswith(".")
            or name in _MONTHS
            or name in _stopnames()
            or _first_name(name.split()[0])
            or name.split()[0] in _DIRECTION_WORDS
        ):
            continue
        if (
            " " not in name
            and not dateline
            and not office
            and (
                any(in_org[s:e])
                or name in _MONTHS
                or name in _stopnames()
                or name in lexicons.first_names()
                or (name in surnames and not _us_state_after(text, e, gaz))
                or text[max(0, s - 9) : s].lower().split()[-1:] not in _TOWN_BEFORE
                or text[max(0, s - 13) : s].lower().endswith("according to ")
            )
        ):
            continue  # one word: only "in X", "of X", ... outside an organisation's name
        whole = _short_form_of(name, places, gaz) if " " not in name else None
        rows = [
            r
            for r, _primary in gaz.lookup(name)
            if r.country_code == "US" and r.feature == CITY and r.admin1 in states
        ]
        if whole is not None:  # "Rio" after "Rio de Janeiro": that city, not Rio, Florida
            res = Resolution(whole, whole.lat, whole.lon, CITY, 0.5, "short-form")
        elif rows:
            row = max(
                rows, key=lambda r: (states[r.admin1 or ""], r.population, -(r.geonameid or 0))
            )
            res = Resolution(row, row.lat, row.lon, CITY, 0.5, "state-town")
        else:
            towns = {st: pt for st, pt in postal_towns(name).items() if st in states}
            if not towns:
                continue
            st = max(towns, key=lambda k: (states[k], k))
            lat, lon = towns[st]
            res = Resolution(None, lat, lon, CITY, 0.5, "postal-town", country_code="US")
        covered[s:e] = b"\x01" * (e - s)
        mentions.append(Mention(s, e, name, "state-town"))
        resolved.append(res)
    return _places(doc, mentions, resolved)


_STATE_AFTER = re.compile(r",\s+([A-Z][\w.]*(?: [A-Z][\w.]*)?)")


def _us_state_after(text: str, e: int, gaz: Gazetteer) -> bool:
    """A US state or its abbreviation follows the name after a comma ("Reston, Virginia",
    "Carson, Calif."): a qualifier writes the name as a town, whatever person bears it."""
    hit = _STATE_AFTER.match(text, e)
    if hit is None:
        return False
    words = hit.group(1).split(" ")
    for k in (2, 1):  # "West Virginia" before "West"
        name = " ".join(words[:k]).rstrip(",")
        if len(words) < k:
            continue
        if name in gaz.us_abbrev or any(
            p and r.feature == ADMIN1 and r.country_code == "US" for r, p in gaz.lookup(name)
        ):
            return True
    return False


def _short_form_of(name: str, places: list[Place], gaz: Gazetteer) -> GeoRow | None:
    """The city the article names in full whose name starts with the one word ``name``
    ("Rio" after "Rio de Janeiro"): news shortens a long city name it has given in full."""
    for p in places:
        if p.feature != CITY or p.geonameid is None or not p.span.text.startswith(name + " "):
            continue
        for r, _primary in gaz.lookup(p.span.text):
            if r.geonameid == p.geonameid:
                return r
    return None


_DIRECTION_WORDS = frozenset(
    "North South East West Northeast Northwest Southeast Southwest Northern Southern Eastern"
    " Western Central Upper Lower New Old Great Little".split()
)


# offices of a town's government and its public services (hospitals, "Health", "Memorial" and
# "Regional" are often named after people or regions: "Pattie A. Clay Regional Medical Center")
_OFFICE_WORDS = frozenset(
    "Sheriff Sheriff's Sheriff’s Police Fire Court Courthouse Circuit District Superior Municipal"
    " Commission Commissioners Board Council Department Town Township City Village Mayor"
    " Selectman Volunteer Chamber Public Schools High Middle Elementary Library".split()
)


# the word before a one-word town of the article's state: "in Sevierville", "to Butte"
_TOWN_BEFORE = (["in"], ["of"], ["near"], ["from"], ["at"], ["to"], ["into"], ["outside"])


def _office_prefixes(
    hits: list[tuple[int, int, str, bool]],
) -> list[tuple[int, int, str, bool]]:
    """The words before an office or facility word in a run of capitalised words: "Litchfield"
    of "Litchfield Superior Court", "Tega Cay" of "Tega Cay Volunteer" (a run holds at most
    three words, so a two-word town before an office word is otherwise never tried alone)."""
    out: list[tuple[int, int, str, bool]] = []
    for s, _e, name, dateline in hits:
        words = name.split()
        if dateline or len(words) < 2:
            continue
        for k in range(1, len(words)):
            if words[k] in _OFFICE_WORDS:
                prefix = " ".join(words[:k])
                out.append((s, s + len(prefix), prefix, False))
                break
    return out


_POSTAL_RULES = frozenset({"ner", "repeat", "given", "typed"})


_TITLE_WORD = re.compile(r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?")


def _postal_fallback(
    mentions: list[Mention], resolved: list[Resolution | None], gaz: Gazetteer
) -> None:
    """A name the model tags as a place that the gazetteer lacks is a US post-office town when
    that town's state is one the article's resolved places lie in ("Harwinton" among
    Torrington and Connecticut); the state with most of them wins. Fills ``resolved`` in place."""
    states: dict[str, int] = {}
    for r in resolved:
        if r is not None and r.row is not None and r.row.country_code == "US" and r.row.admin1:
            states[r.row.admin1] = states.get(r.row.admin1, 0) + 1
    if not states:
        return
    for i, (m, r) in enumerate(zip(mentions, resolved, strict=True)):
        if r is not None or m.rule not in _POSTAL_RULES or m.alias:
            continue
        words = m.text.split()
        if not words or len(words) > 3 or not all(_TITLE_WORD.fullmatch(w) for w in words):
            continue
        towns = postal_towns(m.text)
        if m.qualifier_state:
            towns = {st: pt for st, pt in towns.items() if st == m.qualifier_state}
        named = [st for st in towns if st in states]
        if not named or gaz.lookup(m.text):
            continue
        st = max(named, key=lambda s: (states[s], s))
        lat, lon = towns[st]
        resolved[i] = Resolution(None, lat, lon, CITY, 0.5, "postal-town", country_code="US")


def _places(doc: Doc, mentions: list[Mention], resolved: list[Resolution | None]) -> list[Place]:
    places: list[Place] = []
    for m, r in zip(mentions, resolved, strict=True):
        if r is None:
            continue
        row = r.row
        cc = row.country_code if row else r.country_code
        feature = r.feature if r.feature not in (COUNTY, ADMIN2) else "other"
        places.append(
            Place(
                id=record_id(doc._.ng_id, "place", m.start, m.end),
                span=span(doc, m.start, m.end),
                geonameid=row.geonameid if row and r.rule != "division-of-city" else None,
                name=row.name if row else m.text,
                feature=feature,
                country_code=cc,
                lat=None if r.lat is None else round(r.lat, 5),
                lon=None if r.lon is None else round(r.lon, 5),
                metonymy=_is_metonymy(doc, m) if feature != "other" else False,
                confidence=r.confidence,
                rule=r.rule if m.rule in ("ner", "given", r.rule) else f"{m.rule}:{r.rule}",
                sentence=sentence_index(doc, m.start),
            )
        )
    return places


def _is_metonymy(doc: Doc, m: Mention) -> bool:
    """The place acts: subject of an action/speech verb, possessor or "by" agent of an act."""
    sp = doc.char_span(m.start, m.end, alignment_mode="expand")
    if sp is None or not doc.has_annotation("DEP"):
        return False
    verbs, nouns = _metonymy_lexicon()
    root = sp.root
    tok: Token = root
    while tok.dep_ == "conj" and tok.head is not tok:  # "Ankara and Moscow were exploring"
        tok = tok.head
    head = tok.head
    if tok.dep_ == "nsubj":
        verb = head
        if verb.lemma_ in verbs:
            return True
        if verb.dep_ == "xcomp" or verb.lemma_ in ("be", "have"):
            return False
        return any(c.dep_ == "xcomp" and c.lemma_ in verbs for c in verb.children) or (
            verb.dep_ in ("aux",) and verb.head.lemma_ in verbs
        )
    if tok.dep_ == "poss" and head.lemma_ in nouns:
        return True
    if tok.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_ in nouns | verbs:
        return True
    return False
