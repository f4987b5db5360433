"""Buildings and facilities named as locations: "Sparrow Hospital", "Tahrir Square", "the
Ecuadorean Embassy in London", "the Magic Box in Madrid", "inside the Polytechnic University",
"the city's Hoa Lo prison", "Forest Hill's WoodSpring Suites hotel" (rule ``facility``).

GeoWebNews counts them as toponyms; LGL and GeoVirus annotate them only now and then, so their
scorers leave ``facility`` mentions out (docs/geo.md). Each is placed at the town it is in: the
place named right after it ("in London", ", Texas"), the place whose possessive comes before it
("Forest Hill's"), or the place its name starts with ("Hong Kong Stock Exchange"); else the
article's focus (:func:`newsgraph.nlp.places._resolve.resolve_all`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from newsgraph import datafiles
from newsgraph.nlp._doc import doc_ents, doc_text
from newsgraph.nlp.places._names import _DIRECTIONS, _name_word, _stopnames
from newsgraph.nlp.places._possessed import POSSESSIVE_GAP, possessed_venues
from newsgraph.nlp.places._resolve import DEMONYM_RULES, Mention, _looks_local
from newsgraph.nlp.places.gazetteer import CITY, Gazetteer


@lru_cache(maxsize=1)
def _building_words() -> frozenset[str]:
    return datafiles.words("places/geo_building_words.txt")


# a building noun in lower case after a name: "Hoa Lo prison", "WoodSpring Suites hotel"
_BUILDING_NOUNS = frozenset(
    "hotel prison jail hospital airport stadium arena mall embassy consulate mosque church"
    " temple cathedral palace compound campus".split()
)


# heads of names that are places only when the text puts someone in them: "inside the
# Polytechnic University" (not "professors at the American University of Kabul")
_CAMPUS = frozenset("University College Institute Academy School Polytechnic".split())


# venues: places after "at" too ("at the Hong Kong Stock Exchange", "at the Barbican Centre")
_VENUE = frozenset("Exchange Centre Center Hall Theatre Theater Auditorium Forum".split())


# heads of businesses and clubs the model tags as facilities ("Mom's Donut Shop", "Coronado
# Meat Market", "Shenandoah Club"): buildings, not the literal places LGL counts
_BUSINESS = frozenset(
    "Shop Store Market Laundromat Club Homes Hangar Restaurant Cafe Café Bar Grill Inn Motel"
    " Apartments Building Centre Center Pentagon Factory Plant Warehouse Office Offices".split()
)


_INSIDE = frozenset("inside outside near into around across within".split())


_AT = _INSIDE | {"at", "in", "to", "from", "toward", "towards"}


_NOT_FIRST = frozenset("The A An In On At Of For To From By And Or But This That".split())


_WORD = r"(?:[A-Z][\w’'.-]*|\d+(?:st|nd|rd|th)|of|de|la|al)"


# a capitalised name before a lower-case building noun after a locative word or "the", outside
# any entity ("held at Belmarsh prison in London", "the Ecuadorean embassy"); a British prison
# after "HMP" ("HMP Belmarsh"); a court of law as a place after "at" ("at Westminster
# Magistrate's Court": "the Supreme Court ruled" is the court, not its building)
_NAMED_BUILDING = re.compile(
    r"(?<![\w’'-])(?:at|in|inside|outside|near|to|from|the) "
    r"((?!(?:The|A|An|This|That|Its|His|Her|Their|Our)\b)(?:[A-Z][\w’'.-]* ){1,3}"
    r"(?:hotel|prison|jail|hospital|embassy|consulate|mosque|cathedral|palace))(?![\w’'-])"
    r"|(?<![\w’'-])(HMP (?:[A-Z][\w’'-]*)(?: [A-Z][\w’'-]*)?)(?![\w’'-])"
    r"|(?<![\w’'-])at (?:the )?((?:[A-Z][\w’'.-]* ){1,3}(?:Court|Courthouse|Court House))"
    r"(?![\w’'-])"
)


def _named_buildings(text: str) -> list[tuple[int, int]]:
    out = []
    for hit in _NAMED_BUILDING.finditer(text):
        group = next(g for g in (1, 2, 3) if hit.start(g) >= 0)
        s, e = hit.span(group)
        s = _after_sentence_end(text, s, e)
        if " " in text[s:e]:
            out.append((s, e))
    return out


# a word that ends a sentence, not an abbreviation ("Lansing." but not "St.", "U.S.", "Ave.")
_SENTENCE_END = re.compile(r"[A-Za-z’'-]{4,}\. ")


def _after_sentence_end(text: str, s: int, e: int) -> int:
    """Where a name found across a sentence's end really starts: "Lansing. The Hospital"
    (after "Sparrow Hospital in Lansing.") is no building's name; what follows the last
    sentence end inside ``text[s:e]``, without its leading "The", "A", ... words."""
    last = None
    for hit in _SENTENCE_END.finditer(text, s, e):
        if "." not in hit.group(0)[:-2]:
            last = hit
    if last is None:
        return s
    s = last.end()
    while True:
        word = text[s:e].split(" ", 1)[0]
        if word not in _NOT_FIRST or " " not in text[s:e]:
            return s
        s += len(word) + 1


def _core(name: str) -> str:
    """A building's own name without its type: "Belmarsh" of "Belmarsh prison", "HMP
    Belmarsh", "Belmarsh jail"."""
    words = [w for w in name.split(" ") if w not in ("HMP", "HM")]
    if len(words) > 1 and (words[-1].islower() or words[-1] in _building_words()):
        words = words[:-1]
    return " ".join(words)


@lru_cache(maxsize=1)
def _name_pattern() -> re.Pattern[str]:
    heads = "|".join(sorted(map(re.escape, _building_words()), key=len, reverse=True))
    return re.compile(rf"(?<![\w.’'-])((?:{_WORD} ){{1,3}}(?:{heads}))(?![\w’'-]| [A-Z][a-z])")


# what joins a facility to the town it is in: "X in London", "X, Texas", "X near Kabul"
_HOST_AFTER = re.compile(
    r"(?:,| in| at| near| outside| of)\s+(?:the\s+)?"
    r"(?:(?:downtown|central|(?:north|south|east|west)(?:ern)?)\s+)?"  # "in downtown Istanbul"
    r"(?:(?:capital|city|town|village|port|province|state|county|district)(?:\s+of)?\s+)?"
)


def _host(text: str, s: int, e: int, found: list[Mention]) -> tuple[int, int] | None:
    """The mention of the town a facility at ``text[s:e]`` is in (see the module docstring)."""
    places = [m for m in found if m.rule not in DEMONYM_RULES and not m.rule.startswith("facil")]
    after = _HOST_AFTER.match(text, e)
    if after is not None:
        for m in places:
            if m.start == after.end():
                return (m.start, m.end)
    for m in places:
        # "Fort Worth's 6th Avenue", "Boston's historic Faneuil Hall"
        if m.end < s and POSSESSIVE_GAP.fullmatch(text, m.end, s):
            return (m.start, m.end)
    head = text[s:e].rsplit(" ", 1)[-1]
    if head in ("Embassy", "Consulate"):
        return None  # "the British Embassy" is not in Britain
    for m in places:
        if m.start == s and m.end < e:
            return (m.start, m.end)
    return None


@lru_cache(maxsize=1)
def _landmarks() -> dict[str, tuple[float, float, str]]:
    out: dict[str, tuple[float, float, str]] = {}
    for name, lat, lon, cc, _kind in datafiles.rows(
        "places/geo_landmarks.tsv", min_cols=5, max_cols=5
    ):
        out[name] = (float(lat), float(lon), cc)
    return out


@lru_cache(maxsize=1)
def _landmark_buildings() -> frozenset[str]:
    rows = datafiles.rows("places/geo_landmarks.tsv", min_cols=5, max_cols=5)
    return frozenset(r[0] for r in rows if r[4] in ("building", "office"))


@lru_cache(maxsize=1)
def _landmark_pattern() -> re.Pattern[str]:
    names = "|".join(sorted(map(re.escape, _landmarks()), key=len, reverse=True))
    return re.compile(rf"(?<![\w’'-])(?:{names})(?![\w’'-]| [A-Z][a-z])")


# the people of an office named by its building: "White House advisers", "Kremlin officials"
_STAFF_AFTER = re.compile(
    r"\s+(?:advisers?|advisors?|aides?|officials?|staff(?:ers?)?|spokes(?:man|woman|person)"
    r"|press secretary|chief of staff|counsel|lawyers?|correspondents?|sources?)\b"
)


def _landmark_mentions(text: str, found: list[Mention]) -> list[Mention]:
    """Landmarks news names alone ("the White House said", "the Kremlin", "Downing Street";
    ``resources/places/geo_landmarks.tsv``) at their own point: a mention found by another
    rule keeps its rule and takes the point; a new one is a facility."""
    out: list[Mention] = []
    for hit in _landmark_pattern().finditer(text):
        s, e = hit.span()
        point = _landmarks()[hit.group(0)]
        same = [m for m in found if m.start == s and m.end == e]
        for m in same:
            m.point = point
            if hit.group(0) in _landmark_buildings():
                m.rule = "facility"  # "the White House" the model tags: a building
        if not same and _STAFF_AFTER.match(text, e) and hit.group(0) in _landmark_buildings():
            continue  # "White House advisers", "Pentagon officials": the office's people
        if same or _overlaps(s, e, found) or any(s <= m.start and m.end <= e for m in found):
            if not same:
                # a name the model or the gazetteer found inside it ("White" of "White
                # House") gives way
                inside = [m for m in found if s <= m.start and m.end <= e]
                for m in inside:
                    m.point = point
            continue
        m = Mention(s, e, "", "facility", typed=True, added=True)
        m.point = point
        out.append(m)
    return out


def _overlaps(s: int, e: int, found: list[Mention]) -> bool:
    """A mention crosses the span's bounds or covers it (nested inside it is fine)."""
    return any(m.start < e and s < m.end and (m.start < s or m.end > e) for m in found)


def _facilities(doc: Doc, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """Facility mentions (rule ``facility``) the mentions in ``found`` do not already cover;
    the names inside them stay (LGL counts "Long Beach" of "Long Beach Airport")."""
    text = doc_text(doc)
    landmarks = _landmark_mentions(text, found)
    found = found + landmarks
    spans: list[tuple[int, int]] = []
    building: set[tuple[int, int]] = set()  # named by a building word: always a facility
    for hit in _name_pattern().finditer(text):
        s, e = hit.span(1)
        s = _after_sentence_end(text, s, e)
        words = text[s:e].split(" ")
        while words and words[0] in _NOT_FIRST:
            s += len(words[0]) + 1
            words = words[1:]
        if len(words) >= 2 and words[0][:1].isupper():
            spans.append((s, e))
            building.add((s, e))
    for s, e in _named_buildings(text):
        spans.append((s, e))
        building.add((s, e))
    for s, e in possessed_venues(text, found):
        spans.append((s, e))
        building.add((s, e))
    ents = doc_ents(doc)
    for ent in ents:
        if ent.label_ not in ("FAC", "ORG", "PERSON", "PRODUCT", "GPE", "LOC"):
            continue
        # "Cleveland’s Public Auditorium" in one entity: the building starts after the town's
        # possessive, as "Forest Hill's WoodSpring Suites hotel" (GeoWebNews' span)
        owner = max((t.i for t in ent if t.text in ("'s", "’s") and t.i > ent.start), default=-1)
        toks = [t for t in ent if t.lower_ != "the" and t.tag_ != "POS" and t.i > owner]
        if not toks or not all(t.text[:1].isupper() or not t.is_alpha for t in toks):
            continue
        first, last = toks[0].i, toks[-1].i + 1
        before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if ent.start > 1 and before == "the":
            before = doc[ent.start - 2].lower_
        # capitalised words the model left out before a building noun: "WoodSpring Suites"
        while last < len(doc) and _name_word(doc[last]) and doc[last].text not in _building_words():
            last += 1
        nxt = doc[last].lower_ if last < len(doc) else ""
        head = doc[last - 1].text
        if nxt in _BUILDING_NOUNS and (before in _AT or before in ("'s", "’s", "the")):
            pass  # "the city's Hoa Lo prison", "to Forest Hill's WoodSpring Suites hotel"
        elif ent.label_ == "FAC" and before in _AT and head not in _CAMPUS:
            pass  # "at the Magic Box", "at the Schlosspark-Klinik"
        elif head in _CAMPUS and before in _INSIDE:
            pass  # "inside the Polytechnic University"
        elif head in _VENUE and before in _AT and ent.label_ in ("FAC", "ORG"):
            pass  # "at the Hong Kong Stock Exchange"
        else:
            continue
        if ent.label_ in ("GPE", "LOC") and nxt not in _BUILDING_NOUNS:
            continue
        span = (doc[first].idx, doc[last - 1].idx + len(doc[last - 1]))
        spans.append(span)
        if nxt in _BUILDING_NOUNS or head in _building_words() or head in _CAMPUS | _VENUE:
            building.add(span)
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for s, e in sorted(set(spans), key=lambda p: (p[0], -p[1])):
        if any(a < e and s < b for a, b in taken) or _overlaps(s, e, found):
            continue
        same = next((m for m in found if m.start == s and m.end == e), None)
        if same is not None:
            # the model's own place mention the gazetteer lacks: a facility when a building
            # word names it ("Wembley Stadium", "Hoa Lo prison"); else, or with a place-type
            # word LGL counts ("Heathrow Airport", "Babcock Grove", "Fort Stevens"), it keeps
            # its rule and is placed at its town when nothing else places it
            if same.rule == "ner" and not gaz.lookup(text[s:e]):
                same.host = _host(text, s, e, found)
                last_word = text[s:e].rsplit(" ", 1)[-1]
                if ((s, e) in building or last_word in _BUSINESS) and not _looks_local(text[s:e]):
                    same.rule = "facility"
                    same.typed = True
                else:
                    same.late = True
            continue
        if (s, e) not in building or _in_other_name(doc, s, e):
            continue
        taken.append((s, e))
        m = Mention(s, e, "", "facility", typed=True, added=True)
        m.host = _host(text, s, e, found)
        out.append(m)

    # one sense per discourse: a building the text places once is there wherever it is named
    # ("Belmarsh prison in London" ... "in Belmarsh jail", "HMP Belmarsh")
    def named_after_host(m: Mention) -> bool:  # "Belmarsh jail" placed by "Belmarsh" alone
        return m.host is None or text[m.host[0] : m.host[1]] == _core(text[m.start : m.end])

    hosts = {_core(text[m.start : m.end]): m.host for m in out if not named_after_host(m)}
    for m in out:
        if named_after_host(m):
            m.host = hosts.get(_core(text[m.start : m.end]), m.host)
    out.extend(_head_repeats(text, found + out))
    return landmarks + out


def _head_repeats(text: str, found: list[Mention]) -> list[Mention]:
    """A building named whole once ("the Indiana Statehouse", "the U.S. Capitol") and then by
    its capitalised head word alone ("entrances to the Statehouse", "a Statehouse hallway",
    "inside the Capitol"): the same building, at the same town. Not where a capitalised word
    joins the head word on either side (another name: "Capitol Police", "State Capitol")."""
    named: dict[str, tuple[int, int] | None] = {}
    for m in found:
        words = text[m.start : m.end].split(" ")
        if m.rule == "facility" and len(words) >= 2 and words[-1] in _building_words():
            named.setdefault(words[-1], m.host or (m.start, m.end))
    out: list[Mention] = []
    for head, host in named.items():
        for hit in re.finditer(rf"(?<![\w’'.-]){re.escape(head)}(?![\w’'-])", text):
            s, e = hit.span()
            before = re.search(r"([A-Z][\w’'.-]*) $", text[max(0, s - 40) : s])
            if re.match(r" [A-Z]", text[e : e + 2]) or (
                before is not None and before.group(1) not in _NOT_FIRST
            ):
                continue
            if any(m.start < e and s < m.end for m in found + out):
                continue
            m = Mention(s, e, "", "facility", typed=True, added=True)
            m.host = host
            out.append(m)
    return out


def _in_other_name(doc: Doc, s: int, e: int) -> bool:
    """The span is part of a longer organisation, work or person name ("Heathrow Airport
    Holdings", "Hotel Rwanda")."""
    for ent in doc_ents(doc):
        if ent.label_ in ("ORG", "WORK_OF_ART", "EVENT", "PERSON", "NORP", "LAW", "PRODUCT"):
            if (
                ent.start_char <= s
                and e <= ent.end_char
                and (ent.end_char > e + 0 and doc_text(doc)[e : ent.end_char].strip(" '’s"))
            ):
                return True
    return False


# words that make the name before them a part of a town: "Delhi's Saket area", "Kowloon West
# district", "the Pangram area of Sarkh", "the Holly Heights neighborhood"
_DISTRICT_WORDS = (
    "area|district|neighbourhood|neighborhood|suburb|quarter|locality|township|enclave|precinct"
)
_CAPS = r"(?:[A-Z](?:[\w-]|['’](?!s\b))*)(?: [A-Z](?:[\w-]|['’](?!s\b))*){0,2}"
_DISTRICT_AFTER = re.compile(
    rf"(?<![\w’'-])({_CAPS}) (?:{_DISTRICT_WORDS})\b(?: (?:of|in) (?:the )?({_CAPS}))?"
)


# never a district's name: the words before "area" in "the Dallas-Fort Worth area" are a
# place already; these are not names at all
_NOT_DISTRICT = frozenset(
    "The This That A An Its His Her Their Our Metro Greater Bay Central North South East West"
    " Northern Southern Eastern Western Downtown Rural Urban Tri-State Local Federal Capital"
    " National Special Economic Free Trade Business Industrial Residential Red Green".split()
)


# words of offices and services, not of a district's name: "Police district", "School
# district", "Congressional district", "Business district"
_NOT_DISTRICT_WORDS = frozenset(
    "Police School Schools Congressional Election Electoral Judicial Water Fire Health Court"
    " Sales Service Postal Military Voting Historic Library Park Parks Sewer Sanitation Tax"
    " Assembly Senate House Council Legislative Federal State County City Town"
    # natural regions are not districts of a town: "the Danube Delta district"
    " Delta Valley River Basin Plateau Mountains Hills Coast Lake Sea Island Islands"
    " Peninsula Desert Forest Gulf Bay".split()
)


def _districts(doc: Doc, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """Neighbourhoods and districts of a town the text names as such (rule ``district``):
    "Delhi's Saket area", "the commander of Kowloon West district", "in Pangram area of Sarkh,
    Logar", placed at the town whose possessive comes before them or that follows "of"/"in"
    ("Delhi", "Sarkh"), else at the article's focus. A name the model found as a place keeps
    its mention and gets the town ("Kowloon West")."""
    text = doc_text(doc)
    out: list[Mention] = []
    for hit in _DISTRICT_AFTER.finditer(text):
        s, e = hit.span(1)
        words = hit.group(1).split(" ")
        if words[0] in _NOT_DISTRICT:
            continue
        if text[:s].rstrip()[-1:] in (".", "!", "?", "", "\n", "—", ":", '"', "“"):
            continue  # a sentence's first word: "Police district ..." is no name
        if hit.group(1) in _stopnames() or any(w in _NOT_DISTRICT_WORDS for w in words):
            continue
        host = None
        before = [m for m in found if m.end < s and text[m.end : s] in ("'s ", "’s ")]
        after_s, after_e = hit.span(2)
        if before:
            host = (before[0].start, before[0].end)
        elif after_s >= 0:
            host = next(
                ((m.start, m.end) for m in found if m.start == after_s and m.end == after_e),
                None,
            )
            if host is None and not any(m.start < after_e and after_s < m.end for m in found):
                town = Mention(after_s, after_e, "", "district", typed=True, added=True)
                town.host = _host(text, after_s, after_e, found)
                host = (after_s, after_e)
                out.append(town)  # "Sarkh" of "the Pangram area of Sarkh": a place too
        point = _city_of_district(words, gaz) if host is None else None
        same = next((m for m in found if m.start == s and m.end == e), None)
        if same is not None:
            if same.rule == "ner" and not gaz.lookup(text[s:e]):
                same.rule = "district"
                same.typed = True
                same.host = host
                same.point = same.point or point
            continue
        if any(m.start < e and s < m.end for m in found + out):
            continue
        m = Mention(s, e, "", "district", typed=True, added=True)
        m.host = host
        m.point = point
        out.append(m)
    return out


_DISTRICT_CITY_MIN_POP = 100_000


def _city_of_district(words: list[str], gaz: Gazetteer) -> tuple[float, float, str] | None:
    """The point of the city a district is named after with a direction word ("Kowloon West",
    "Mumbai North": Kowloon, Mumbai), when the city has 100,000+ people."""
    if len(words) < 2 or words[-1].lower() not in _DIRECTIONS:
        return None
    rows = [r for r, p in gaz.lookup(" ".join(words[:-1])) if p and r.feature == CITY]
    top = max(rows, key=lambda r: r.population, default=None)
    if top is None or top.population < _DISTRICT_CITY_MIN_POP or top.lat is None or top.lon is None:
        return None
    return (top.lat, top.lon, top.country_code or "")
