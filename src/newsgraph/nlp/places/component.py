"""The ``newsgraph_places`` component: find place mentions and resolve them to GeoNames.

Mentions come from the model's GPE/LOC/FAC entities, demonyms (NORP: "Syrian" -> Syria) and a
gazetteer look-up limited to capitalised words the model missed (countries, first-level
divisions and large cities only). Each is resolved with :mod:`.geo_resolve` and flagged as
metonymy when the place acts ("Moscow said", "Turkey's support", "action by Damascus").
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsgraph import datafiles, lexicons
from newsgraph.model import Place, record_id
from newsgraph.nlp._doc import doc_ents, doc_text, sentence_index, span, tokens
from newsgraph.nlp.places._resolve import (
    MAX_ANCHORS,
    Mention,
    Resolution,
    build_context,
    demonym_country,
    read_lists,
    read_qualifiers,
    resolve_all,
)
from newsgraph.nlp.places.distance import haversine_km
from newsgraph.nlp.places.gazetteer import (
    ADMIN1,
    ADMIN2,
    CITY,
    COUNTRY,
    COUNTY,
    Gazetteer,
    GeoRow,
    census_first_names,
    load,
    norm,
    postal_towns,
)

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# "MANSFIELD —", "COLUMBUS, Ohio (AP) —", "BEIRUT:", at the start of the text or of a
# sentence among the first few hundred characters (after a headline or a byline's date)
_DATELINE = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\d{4} ))\s*([A-Z][A-Z.'\- ]{2,40}?)(?:,\s*[A-Z][A-Za-z. ]{1,20})?"
    r"\s*(?:\((?:AP|Reuters|AFP|CNN|UPI|dpa)\)\s*(?:[—–-]{1,2}|:)?"  # "(AP)" may end it
    r"|(?:\([^)]*\)\s*)?(?:[—–-]{1,2}|:))(?:\s|(?<=[—–])(?=[A-Z][a-z]))"  # "VILLAGE—The"
)
# a dateline without a dash: "SALINA, Kan. Strong winds ..." (the abbreviation must be a US
# state's, checked in :func:`_dateline`)
_DATELINE_STATE = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\d{4} ))\s*([A-Z][A-Z.'\- ]{2,40}?),\s*((?:[A-Z][a-z]*\.){1,2})"
    r"\s+(?=[A-Z][a-z])"
)
_DATELINE_WINDOW = 300
# streets, roads, rivers, lakes and townships the model does not tag: capitalised words before
# a place-type head ("Nelson Street", "S. Clinton Avenue", "Neches River", "Readington
# Township"), "Lake Lanier", and numbered roads ("Highway 108", "County Road 43", "US-24")
_CAP = (
    r"(?:[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?|[A-Z]\.|\d+(?:st|nd|rd|th)|Mc[A-Z][a-z]+"
    r"|Mac[A-Z][a-z]+)"
)
_FEATURE_NAME = re.compile(
    rf"(?<![\w.])(?:{_CAP} ){{1,3}}"
    r"(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Boulevard|Blvd\.|Lane|Parkway|Pkwy\.|Highway"
    r"|Freeway|Expressway|Turnpike|Pike|River|Creek|Lake|Township|Bypass)"
    r"(?![\w-]| ?\d| (?!(?:North|South|East|West)(?:east|west)?\b)[A-Z])"
    r"|(?<![\w.])Lake (?:[A-Z][a-z]+ ){0,1}[A-Z][a-z]+(?![\w-]| [A-Z])"
    r"|(?<![\w.])(?:(?:State |U\.S\. |County |Farm )?(?:Highway|Route|Road|Interstate)"
    r"|I|US|SR|CR|FM)[ -]\d{1,4}(?![\w-])"
)
_FEATURE_NOT_FIRST = frozenset("The A An In On At Of For To From By And Or But".split())
# a name word with a capital inside: "McLean", "DuPage", "DeKalb", "MacArthur", "O'Fallon"
# (``Token.is_title`` is false for them)
_INNER_CAPS = re.compile(r"(?:Mc|Mac|De|Du|La|Le|Di|O')[A-Z][a-z]+")


def _name_word(tok: Token) -> bool:
    """A capitalised word of a name: "Texas", "McLean", "DuPage" (not "USA", not "eBay")."""
    return tok.is_title or (tok.text[:1].isupper() and _INNER_CAPS.fullmatch(tok.text) is not None)


_GAZ_MIN_POP = 100_000  # gazetteer-only mentions: big cities (and countries/divisions)
_INNER_MIN_POP = 5_000  # names inside organisation/facility names ("Dublin Police")
_PERSON_MIN_POP = 20_000  # a one-word PERSON entity read as a town
_HOST_LABELS = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
# a small town named outside any place entity counts when it lies this close to a town the
# article places confidently ("in Lombard and Roselle" in a story about DuPage County towns)
_NEAR_KM = 40.0
_NEAR_MIN_POP = 1_000
_NEAR_ANCHOR_CONFIDENCE = 0.7
_NEAR_CONFIDENCE = 0.6


@lru_cache(maxsize=1)
def _metonymy_lexicon() -> tuple[frozenset[str], frozenset[str]]:
    verbs: set[str] = set()
    nouns: set[str] = set()
    for lemma, kind in datafiles.rows("places/geo_metonymy.tsv", min_cols=2, max_cols=2):
        (verbs if kind == "verb" else nouns).add(lemma)
    return frozenset(verbs), frozenset(nouns)


@lru_cache(maxsize=1)
def _division_demonyms() -> dict[str, str]:
    """norm(demonym) -> the division's name: "texan" -> "Texas"."""
    rows = datafiles.rows("places/geo_division_demonyms.tsv", min_cols=3, max_cols=3)
    return {norm(d): name for d, name, _cc in rows}


def _division_demonym(text: str) -> str | None:
    """The division a demonym names: "Texan", "Floridians", "Ontarians"."""
    key = norm(text)
    table = _division_demonyms()
    return table.get(key) or (table.get(key[:-1]) if key.endswith("s") else None)


@lru_cache(maxsize=1)
def _facility_words() -> frozenset[str]:
    return datafiles.words("places/geo_facility_words.txt")


@lru_cache(maxsize=1)
def _stopnames() -> frozenset[str]:
    return datafiles.words("places/geo_stopnames.txt")


@lru_cache(maxsize=1)
def _org_heads() -> frozenset[str]:
    return datafiles.words("places/geo_org_heads.txt")


# heads of organisation names that are never about a place they hold: newspapers and
# broadcasters, armies and armed groups, airlines ("the New York Times", "Sudan Liberation
# Army"); schools, universities and banks are left out: local news names a town's school
# ("Amherst College", "Muscogee County School Board") as part of the town's life
_MEDIA_ARMY_HEADS = frozenset(
    "times post journal tribune herald gazette chronicle telegraph observer guardian inquirer"
    " magazine press news radio television tv army navy liberation front brigade brigades"
    " corps airlines airways".split()
)


def _names_no_place(ent: SpacySpan) -> bool:
    """An organisation whose name holds a place name that is not a mention of the place."""
    return any(t.lower_ in _org_heads() for t in ent)


_HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. coach sen sen. rep rep. gov gov. gen gen. col col. capt"
    " capt. sgt sgt. lt lt. judge pastor rev rev. father sister brother uncle aunt officer"
    " deputy trooper detective coach".split()
)


def _titled(doc: Doc, s: int) -> bool:
    """Preceded by an honorific or a title: "coach Ripley", "Mr. Paris", "Senator Ohio"."""
    if s == 0:
        return False
    prev = doc[s - 1].lower_
    return prev in _HONORIFICS or prev in lexicons.titles()


def _first_name(word: str) -> bool:
    """A common first name: newsgraph's lexicon ("Barack", "Ahmed") or the 1990 US census
    lists ("Kimberly", "Ian"; :func:`~.gazetteer.census_first_names`)."""
    return word in lexicons.first_names() or word in census_first_names()


def _person_like(doc: Doc, s: int, e: int, gaz: Gazetteer) -> bool:
    """A "place" the NER found that is a person's name: one after an honorific or a title
    ("coach Ripley"), a common first name alone ("Kimberly") or leading a two- or three-word
    name ("Ally Brooke"), unless the whole name is a country, a first-level division or a big
    city."""
    if e - s <= 2 and _titled(doc, s):
        return True
    first = doc[s].text
    if first not in lexicons.first_names():
        # a census first name ("Kimberly", "Marion") is a person's unless the text places it:
        # "in Kimberly", "Marion, Ind."
        if first not in census_first_names() or _placed_here(doc, s, e, gaz):
            return False
    if any(_strong(r, p, _GAZ_MIN_POP) for r, p in gaz.lookup(doc[s:e].text)):
        return False
    return e - s <= 3


_PLACING = frozenset({"in", "from", "near", "at", "to", "of", "outside", "around", "across"})


def _placed_here(doc: Doc, s: int, e: int, gaz: Gazetteer) -> bool:
    """The words are written as a place: after "in", "from", "near", ... or before a state
    ("Marion, Ind."), "County" or a facility word ("Marion Police")."""
    if s > 0 and doc[s - 1].lower_ in _PLACING:
        return True
    if e < len(doc) and (doc[e].text in ("County", "Parish") or doc[e].text in _facility_words()):
        return True
    if e + 1 < len(doc) and doc[e].text == ",":
        nxt = doc[e + 1].text
        return nxt in gaz.us_abbrev or nxt.rstrip(".") in gaz.us_abbrev
    return False


def _misread_person(ent: SpacySpan, gaz: Gazetteer, person_words: set[str]) -> bool:
    """A "person" that is a place: one word naming a town of 20,000+ (or a division or
    country) that is neither a first name nor part of a full person name in the article
    ("Alexandria woman charged"), or several words naming a county, division or country."""
    name = ent.text
    if len(ent) > 1:  # "Anderson County", "Sri Lanka": a county, division or country
        words = ent[: _end_before_possessive(ent) - ent.start]  # "Sri Lanka's"
        return all(_name_word(t) for t in words) and any(
            p and r.feature in (COUNTRY, ADMIN1, COUNTY) for r, p in gaz.lookup(words.text)
        )
    if not _name_word(ent[0]) or not ent[0].is_alpha:
        return False
    if name in lexicons.first_names() or name in person_words or name in _stopnames():
        return False
    rows = gaz.lookup(name)
    if name in census_first_names() and not any(_prominent(r, p, _GAZ_MIN_POP) for r, p in rows):
        return False  # "Lindsay", "Marion": a person; "Georgia", "Jordan", "Victoria" stay
    return any(_strong(r, p, _PERSON_MIN_POP) for r, p in rows)


# words that call a name a place: "the town of Maameltein", "the Holly Heights neighborhood",
# "the Hardeetown area of Chiefland"
_TYPE_BEFORE = frozenset(
    "town village city hamlet suburb community township borough neighborhood neighbourhood"
    " settlement municipality".split()
)
_TYPE_AFTER = frozenset("neighborhood neighbourhood area suburb village estate".split())


_TYPE_OF = _TYPE_BEFORE | frozenset(
    "villages towns island islands district province region county state".split()
)
_TYPED_LABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"})


def _after_type_of(doc: Doc, ent: SpacySpan) -> bool:
    """A name the model tags as a person, group or organisation right after "the village of",
    "the island of", "the town of", ... (lower case: "the City of Norfolk" is a government):
    a place, whether or not the gazetteer knows it."""
    s = ent.start
    if s < 2 or doc[s - 1].text != "of" or doc[s - 2].text not in _TYPE_OF:
        return False
    words = ent[: _end_before_possessive(ent) - s]
    return 0 < len(words) <= 4 and _name_word(words[0]) and not _names_no_place(ent)


def _typed_place(doc: Doc, s: int, e: int) -> bool:
    """The text calls the words a place: "(the) town of X", "X neighborhood", "X area"."""
    if not all(t.is_alpha and _name_word(t) for t in doc[s:e]):
        return False  # "87th State District", "DFW Metroplex"
    if s >= 2 and doc[s - 1].lower_ == "of" and doc[s - 2].lower_ in _TYPE_BEFORE:
        return True
    return e < len(doc) and doc[e].lower_ in _TYPE_AFTER


def _end_before_possessive(ent: SpacySpan) -> int:
    """The entity's end without a final "'s" ("Sri Lanka's" ends after "Lanka")."""
    if len(ent) > 1 and ent[-1].text in ("'s", "’s"):
        return ent.end - 1
    return ent.end


_LOCATIVE = frozenset({"in", "from", "near", "at"})


def _saints_possessive(doc: Doc, s: int, e: int) -> bool:
    """ "St. John's", "St. Michael's": a saint's church, school or hospital, not the town."""
    return (
        doc[s].text in ("St.", "St", "Saint", "Ste.")
        and e < len(doc)
        and doc[e].text in ("'s", "’s")
    )


def _after_locative(doc: Doc, ent: SpacySpan, gaz: Gazetteer) -> bool:
    """A "person" or "organisation" the model found right after "in", "from", "near" or "at"
    whose whole name is a town of 1,000+, a county, a division or a country ("lives in Tega
    Cay", "from Bicester", "in Youngstown, Mayor ..."), unless a word of it is a first name,
    part of a full person name in the article or a stop name ("in Ravenel cocaine case")."""
    if ent.start == 0 or doc[ent.start - 1].lower_ not in _LOCATIVE or len(ent) > 3:
        return False
    if not all(_name_word(t) for t in ent) or _names_no_place(ent):
        return False
    others = {
        t.text
        for e in doc_ents(doc)
        if e.label_ == "PERSON" and len(e) > 1 and e.start != ent.start
        for t in e
    }
    if ent.text in _stopnames() or any(
        t.text in lexicons.first_names() or t.text in others for t in ent
    ):
        return False
    return any(_strong(r, p, _NEAR_MIN_POP) for r, p in gaz.lookup(ent.text))


def _misread_group(ent: SpacySpan, gaz: Gazetteer) -> bool:
    """A "nationality or group" the model found that is a place: its whole name a town of
    1,000+, a county, a division or a country ("in Greer", "Lahore in Punjab", "East Sheen")
    and not a first name or a stop name ("Arab", "Marines")."""
    if not all(_name_word(t) for t in ent) or len(ent) > 3:
        return False
    if ent.text in lexicons.first_names() or ent.text in _stopnames():
        return False
    return any(_strong(r, p, _NEAR_MIN_POP) for r, p in gaz.lookup(ent.text))


class PlacesComponent:
    """Assigns ``doc._.ng_places``: a list of :class:`~newsgraph.model.Place`."""

    def __init__(self, *, gazetteer_matches: bool = True, min_confidence: float = 0.0) -> None:
        self.gazetteer_matches = gazetteer_matches
        self.min_confidence = min_confidence

    def __call__(self, doc: Doc) -> Doc:
        gaz = load()
        weak: list[Mention] = []
        mentions = find_mentions(doc, gaz, gazetteer_matches=self.gazetteer_matches, weak=weak)
        places = _resolve(doc, mentions, gaz)
        if weak:
            places = _near_places(doc, gaz, weak, places)
        places = [p for p in places if not _unplaced_non_name(p)]
        if self.gazetteer_matches:
            places = sorted(places + _state_towns(doc, gaz, places), key=lambda p: p.span.start)
        doc._.ng_places = [p for p in places if p.confidence >= self.min_confidence]
        return doc


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


@Language.factory(
    "newsgraph_places",
    requires=["doc.ents", "token.dep"],
    assigns=["doc._.ng_places"],
    default_config={"gazetteer_matches": True, "min_confidence": 0.0},
)
def make_places(
    nlp: Language, name: str, *, gazetteer_matches: bool, min_confidence: float
) -> PlacesComponent:
    return PlacesComponent(gazetteer_matches=gazetteer_matches, min_confidence=min_confidence)


def resolve_mentions(doc: Doc, spans: list[tuple[int, int]]) -> list[Place]:
    """Resolve given character spans (e.g. gold toponyms) as places, using the whole doc as
    context. Spans the gazetteer does not know are left out."""
    gaz = load()
    given = [Mention(s, e, doc_text(doc)[s:e], "given") for s, e in spans]
    for m in given:
        if demonym_country(norm(m.text), gaz):
            m.rule = "demonym"
    return _resolve(doc, given, gaz, context_extra=find_mentions(doc, gaz))


def find_mentions(
    doc: Doc,
    gaz: Gazetteer,
    *,
    gazetteer_matches: bool = True,
    weak: list[Mention] | None = None,
) -> list[Mention]:
    """Place mentions in the doc: NER places, demonyms, and gazetteer hits on capitalised words.

    Names inside other entities ("Gainesville Police Department") count when the gazetteer
    knows them well; a name found as a place once is a place wherever it recurs. Names of small
    towns, and town names inside organisation names the rules leave out, go to ``weak``: they
    count only near the article's places (:func:`_near_places`).
    """
    out: list[Mention] = []
    taken = bytearray(len(doc))
    person_words = {
        t.text for ent in doc_ents(doc) if ent.label_ == "PERSON" and len(ent) > 1 for t in ent
    }
    for ent in doc_ents(doc):
        if ent.label_ in _TYPED_LABELS and _after_type_of(doc, ent):
            m = _mention(doc, ent.start, _end_before_possessive(ent), "typed")
            m.typed = True
            out.append(m)  # "the island of Java", "the village of Ciocile", "town of Akuressa"
        elif ent.label_ in ("PERSON", "ORG") and _after_locative(doc, ent, gaz):
            out.append(_mention(doc, ent.start, ent.end, "locative"))
        elif ent.label_ == "PERSON" and _misread_person(ent, gaz, person_words):
            out.append(_mention(doc, ent.start, _end_before_possessive(ent), "gazetteer"))
        elif (
            ent.label_ == "PERSON"
            and weak is not None
            and len(ent) == 1
            and _name_word(ent[0])
            and ent.text not in person_words
            and ent.text not in _stopnames()
            and not _titled(doc, ent.start)
        ):
            weak.append(_mention(doc, ent.start, ent.end, "near"))  # "Greer" a town nearby?
        elif ent.label_ in _PLACE_LABELS and demonym_country(norm(ent.text), gaz):
            out.append(Mention(ent.start_char, ent.end_char, "", "demonym"))  # "Sri Lankan"
        elif ent.label_ in _PLACE_LABELS:
            for s, e in _trim(ent.start, ent.end, doc, gaz):
                s = _drop_direction(doc, s, e, gaz)
                head = _county_road(doc, s, e, gaz) or _known_head(doc, s, e, gaz)
                if not any(c.isupper() for c in doc[s:head].text):
                    continue  # "the gulf", "metro": no name
                if _saints_possessive(doc, s, head):
                    continue
                if not _person_like(doc, s, head, gaz):
                    m = _mention(doc, s, head, "ner" if head == e else "inner-head")
                    m.typed = _typed_place(doc, s, head)
                    out.append(m)
        elif ent.label_ == "NORP" and demonym_country(norm(ent.text), gaz):
            out.append(Mention(ent.start_char, ent.end_char, "", "demonym"))
        elif ent.label_ == "NORP" and (division := _division_demonym(ent.text)):
            out.append(
                Mention(ent.start_char, ent.end_char, "", "demonym-division", alias=division)
            )
        elif ent.label_ == "NORP" and _misread_group(ent, gaz):
            out.append(_mention(doc, ent.start, ent.end, "gazetteer"))  # "in Greer", "Punjab"
        elif ent.label_ in ("PERSON", "ORG") and demonym_country(norm(ent.text), gaz):
            out.append(Mention(ent.start_char, ent.end_char, "", "demonym"))  # "Sri Lankan"
        elif (
            gazetteer_matches
            and ent.label_ in _HOST_LABELS
            and not _names_no_place(ent)
            and not _person_like(doc, ent.start, ent.end, gaz)
        ):
            out.extend(
                _runs(
                    doc, gaz, ent.start, ent.end, bytearray(len(doc)), _INNER_MIN_POP, "inner", weak
                )
            )
            out.extend(_inner_abbreviations(doc, ent, gaz))
        taken[ent.start : ent.end] = b"\x01" * (ent.end - ent.start)
    if gazetteer_matches:
        out.extend(_runs(doc, gaz, 0, len(doc), taken, _GAZ_MIN_POP, "gazetteer", weak))
        out.extend(_office_heads(doc, gaz, out))
        out = _confirmed_inner(doc, out, gaz, weak)
        out.extend(_party_places(doc, gaz, out))
        dl = _dateline(doc)
        if dl is not None and not any(m.start < dl.end and dl.start < m.end for m in out):
            if gaz.lookup(dl.text):
                out.append(dl)
        out.extend(_repeats(doc, out, _person_chars(doc)))
        out = _feature_names(doc, out)
        out = _drop_speakers(doc, gaz, out)
        out = _drop_surnames(doc, gaz, out)
    if gazetteer_matches:
        out.extend(_listed_places(doc, gaz, out))
        out = _county_lists(doc, gaz, out)
        out = _with_county_word(doc, gaz, out)
        out = _city_of_office(doc, gaz, out)
        out = _state_routes(doc, gaz, out)
    for m in out:
        m.text = m.alias or doc_text(doc)[m.start : m.end]
    out.sort(key=lambda m: m.start)
    return out


# what separates the names of a list: "Moonbi, Parkes, Berry and Wyong", "Hamilton, 6 percent;
# Hendricks, 7.3 percent" (a figure after each name)
_LIST_SEP = re.compile(r"^(?:,|;|,? and|,? or|/)\s*$|^,[^.;:]{0,24};\s*$")
_LIST_LABELS = frozenset({"PERSON", "ORG", "NORP"})


def _main_country(gaz: Gazetteer, name: str) -> str | None:
    """The country of a name's most populous primary reading ("Lucerne": Switzerland)."""
    rows = [r for r, p in gaz.lookup(name) if p]
    return max(rows, key=lambda r: r.population).country_code if rows else None


def _listed_places(doc: Doc, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """A name the model tags as a person, organisation or group listed next to a place
    ("Oslo, Hedmark, Oppland", "Moonbi, Parkes, Berry and Wyong") is a place when its whole
    name is a town of 1,000+, a county, a division or a country, and it is neither a first
    name, a word of a full person name in the article nor a stop name (rule listed)."""
    text = doc_text(doc)
    places = sorted(
        ((m.start, m.end) for m in found if "demonym" not in m.rule and "inner" not in m.rule),
    )
    if not places:
        return []
    persons = {t.text for e in doc_ents(doc) if e.label_ == "PERSON" and len(e) > 1 for t in e}
    covered = {(m.start, m.end) for m in found}
    out: list[Mention] = []
    for ent in doc_ents(doc):
        if ent.label_ not in _LIST_LABELS or len(ent) > 3:
            continue
        s, e = ent.start_char, ent.end_char
        if (s, e) in covered or not all(_name_word(t) for t in ent):
            continue
        if ent.text in _stopnames() or any(_first_name(t.text) or t.text in persons for t in ent):
            continue
        near = [
            text[ps:pe]
            for ps, pe in places
            if (0 < s - pe <= 30 and _LIST_SEP.match(text[pe:s]))
            or (0 < ps - e <= 30 and _LIST_SEP.match(text[e:ps]))
        ]
        if not near:
            continue
        # the same country as a listed neighbour: "Lucerne, Albertson" (egg brands) are not
        countries = {_main_country(gaz, n) for n in near}
        if any(
            _strong(r, p, _NEAR_MIN_POP) and r.country_code in countries
            for r, p in gaz.lookup(ent.text)
        ):
            out.append(Mention(s, e, "", "listed"))
    return out


_COUNTY_WORD = re.compile(r" (County|Parish)(?![\w-])")


def _with_county_word(doc: Doc, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """A name the model cut before "County" ("DeKalb" of "DeKalb County") takes the word
    when the gazetteer knows the county."""
    text = doc_text(doc)
    starts = {m.start for m in found}
    for m in found:
        if "demonym" in m.rule or m.alias:
            continue
        hit = _COUNTY_WORD.match(text, m.end)
        if hit is None or hit.end() in starts:
            continue
        name = text[m.start : hit.end()]
        if any(p and r.feature == COUNTY for r, p in gaz.lookup(name)):
            m.end = hit.end()
    return found


_NEXT_WORD = re.compile(r"\s+([A-Z][\w’']*)")


def _city_of_office(doc: Doc, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """ "Dublin City Council", "Alexandria City Public Schools": the city is "Dublin", when
    "Dublin" alone names a city at least as big as any "Dublin City" ("Kansas City" stays:
    "Kansas" is a state)."""
    text = doc_text(doc)
    for m in found:
        name = text[m.start : m.end]
        if not name.endswith(" City") or "demonym" in m.rule:
            continue
        nxt = _NEXT_WORD.match(text, m.end)
        if nxt is None or nxt.group(1) not in _facility_words():
            continue
        base = name[: -len(" City")]
        cities = [r.population for r, p in gaz.lookup(base) if p and r.feature == CITY]
        if not cities or any(p and r.feature != CITY for r, p in gaz.lookup(base)):
            continue
        whole = [r.population for r, p in gaz.lookup(name) if r.feature == CITY]
        if max(cities) >= max(whole, default=0):
            m.end -= len(" City")
    return found


# a state route in AP style: "W.Va. 61", "Ky. 52", "KY 90"
_STATE_ROUTE = re.compile(r"(?<![\w.])((?:[A-Z][a-z]*\.){1,2}|[A-Z]{2}) \d{1,4}(?![\w.,-]\d|[\w-])")


def _state_routes(doc: Doc, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """A US state abbreviation followed by a number is the state's road ("W.Va. 61",
    "KY 90"; rule feature); the state abbreviation inside it gives way."""
    text = doc_text(doc)
    out = list(found)
    for hit in _STATE_ROUTE.finditer(text):
        abbr = hit.group(1)
        code = gaz.us_abbrev.get(abbr) or gaz.us_abbrev.get(abbr.rstrip("."))
        if code is None or (abbr.isupper() and abbr != code):
            continue
        s, e = hit.span()
        inside = [m for m in out if m.start < e and s < m.end]
        if any(m.start < s or m.end > e for m in inside):
            continue
        out = [m for m in out if not any(m is i for i in inside)]
        out.append(Mention(s, e, "", "feature"))
    return out


_COUNTY_LIST = re.compile(
    r"((?:[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:(?:,| and|, and| or|, or|/) ?"
    r"(?:[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}))+) ([Cc]ounties|[Pp]arishes)\b"
)
_LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|/")


# a legislator's party and home: "Rep. Barbara Lee, D-Oakland", "Sen. Frank Lautenberg, D-N.J.",
# "Tom Bakk, DFL-Cook"
_PARTY_PLACE = re.compile(
    r"(?<![\w-])(?:D|R|I|DFL)-((?:[A-Z]\.){2}|[A-Z][a-z]+\.|(?:Mc|Mac|De|Du|La|Le)?[A-Z][a-z]+"
    r"(?: [A-Z][a-z]+)?)"
    r"(?![\w-])"
)


def _party_places(doc: Doc, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """The home of a legislator after the party letter ("D-Oakland", "R-Raleigh", "D-N.J."),
    when the gazetteer knows it (rule party-home); a name it knows only as a county ("D-Braxton",
    "D-McDowell": state delegates are often listed by county) is that county."""
    text = doc_text(doc)
    out: list[Mention] = []
    for hit in _PARTY_PLACE.finditer(text):
        s, e = hit.span(1)
        if any(m.start < e and s < m.end for m in found):
            continue
        name = hit.group(1)
        if name.endswith(".") and name not in gaz.us_abbrev and " " not in name:
            name, e = name[:-1], e - 1  # "D-Monongalia." ends a sentence, not an abbreviation
        if name in gaz.us_abbrev or any(p for _r, p in gaz.lookup(name)):
            out.append(Mention(s, e, "", "party-home"))
        elif any(p and r.feature == COUNTY for r, p in gaz.lookup(f"{name} County")):
            out.append(Mention(s, e, "", "party-home", alias=f"{name} County"))
    return out


def _office_heads(doc: Doc, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """A town or county named before an office or facility word outside any place mention
    ("Avondale Mayor Ed Rieker", "Anderson County Sheriff Greg Taylor", "Carthage Police
    Chief", "Huntsville High School"), whatever the model tagged it: a name inside an
    organisation's name (rule ``inner``, kept as :func:`_confirmed_inner` keeps those)."""
    toks = tokens(doc)
    words = _facility_words()
    covered = bytearray(len(doc_text(doc)) + 1)
    for m in found:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    out: list[Mention] = []
    for i in range(1, len(toks)):
        if toks[i].text not in words:
            continue
        for k in (3, 2, 1):
            s = i - k
            if s < 0:
                continue
            run = toks[s:i]
            if run[0].text in words:
                break  # "Fire Department", "City Council": no place before the office
            if not all(_name_word(t) and (t.is_alpha or t.text.endswith(".")) for t in run):
                continue
            if s > 0 and toks[s - 1].is_title and toks[s - 1].lower_ != "the":
                break  # the end of a longer name: "Jones Library", "Foley Middle"
            name = doc[s:i].text
            if name in _stopnames() or run[0].text in lexicons.first_names():
                continue
            start, end = run[0].idx, run[-1].idx + len(run[-1])
            if any(covered[start:end]):
                break
            if any(_strong(r, p, _NEAR_MIN_POP) for r, p in gaz.lookup(name)):
                out.append(Mention(start, end, "", "inner"))
                break
    return out


def _county_lists(doc: Doc, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """Each name of "Becker, Clay and Otter Tail counties" is a county: "Becker" is read as
    "Becker County" (rule county-list); mentions inside those names give way."""
    text = doc_text(doc)
    out = list(found)
    for hit in _COUNTY_LIST.finditer(text):
        word = "Parish" if hit.group(2).lower() == "parishes" else "County"
        pos = hit.start(1)
        for part in _LIST_SPLIT.split(hit.group(1)):
            start = text.index(part, pos)
            pos = start + len(part)
            words = part.split()
            for k in range(len(words)):  # "Small Hitchcock": the county is "Hitchcock"
                name = " ".join(words[k:])
                alias = f"{name} {word}"
                if any(r.feature == COUNTY and p for r, p in gaz.lookup(alias)):
                    s = start + len(part) - len(name)
                    out = [m for m in out if not (m.start < pos and s < m.end)]
                    out.append(Mention(s, pos, "", "county-list", alias=alias))
                    break
    return out


# verbs of saying that are not also plural nouns ("states", "claims" are left out: "Midwest
# states", "Gulf states")
_SPEECH = frozenset(
    "said says told tells added stated explained wrote noted asked replied testified recalled"
    " admitted argued insisted".split()
)


# an age in apposition: "Shelton, 33, had been reported missing"
_AGE_AFTER = re.compile(r", (?:[1-9]\d?|1[01]\d),")


def _drop_speakers(doc: Doc, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """One sense per discourse for people: a one-word name that speaks somewhere in the
    article ("Hopkins said", "Kristina recalled") or follows a title ("coach Ripley") is a
    person's name everywhere in it, unless it names a country, a division or a big city
    ("Moscow said")."""
    text = doc_text(doc)
    names = {text[m.start : m.end] for m in found if "demonym" not in m.rule}
    people: set[str] = set()
    for name in names:
        if not name.isalpha() or not name.istitle():
            continue  # one-word names only
        if name.lower() not in _DIRECTIONS and any(
            _prominent(r, p, _GAZ_MIN_POP) for r, p in gaz.lookup(name)
        ):
            continue  # "Moscow said": a country, big division or big city stays a place
        for hit in re.finditer(rf"(?<!\w){name}(?!\w)", text):
            sp = doc.char_span(hit.start(), hit.end())
            if sp is None or len(sp) != 1:
                continue
            i = sp.start
            if (
                (i + 1 < len(doc) and doc[i + 1].lower_ in _SPEECH)
                or _titled(doc, i)
                or _AGE_AFTER.match(text, hit.end())
            ):
                people.add(name)
                break
    if not people:
        return found

    def person(m: Mention) -> bool:
        name = text[m.start : m.end]
        return name in people and (
            name.lower() in _DIRECTIONS
            or not any(_prominent(r, p, _GAZ_MIN_POP) for r, p in gaz.lookup(name))
        )

    return [m for m in found if "demonym" in m.rule or not person(m)]


_SURNAME_MIN_POP = 1_000_000
# mentions whose place in the text makes them places: "R-Marshall", "Rochester Fire Department"
_PLACE_BY_POSITION = frozenset({"party-home", "inner", "county-list"})


def _drop_surnames(doc: Doc, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """One sense per discourse for people: a one-word name that is the surname of a person
    the article names in full, first name first ("Flores" after "Anthony Flores",
    "Fairfield" after "David Fairfield"), is that person throughout, unless it names a
    country, a division or a city of 500,000+."""
    text = doc_text(doc)
    person_words = {
        ent[-1].text
        for ent in doc_ents(doc)
        if ent.label_ == "PERSON"
        and 2 <= len(ent) <= 3
        and (_first_name(ent[0].text) or (_name_word(ent[0]) and not gaz.lookup(ent[0].text)))
    }
    if not person_words:
        return found

    def person(m: Mention) -> bool:
        name = text[m.start : m.end]
        return (
            name in person_words
            and "demonym" not in m.rule
            and m.rule not in _PLACE_BY_POSITION
            and not any(_prominent(r, p, _SURNAME_MIN_POP) for r, p in gaz.lookup(name))
        )

    return [m for m in found if not person(m)]


_FEATURE_HEAD = re.compile(
    r"(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Boulevard|Blvd\.|Lane|Parkway|Pkwy\.|Highway"
    r"|Freeway|Expressway|Turnpike|Pike|River|Creek|Lake|Township|Bypass|Route|Interstate"
    r"|I|US|SR|CR|FM)(?!\w)"
)


def _feature_hits(text: str) -> list[re.Match[str]]:
    """Matches of ``_FEATURE_NAME``, searched only in windows around a place-type word (the
    full pattern is slow to try at every character of a long text)."""
    out: list[re.Match[str]] = []
    end = 0
    for head in _FEATURE_HEAD.finditer(text):
        lo = max(end, head.start() - 80)
        if head.end() <= end:
            continue
        for hit in _FEATURE_NAME.finditer(text, lo, min(len(text), head.end() + 40)):
            if hit.start() <= head.start() < hit.end() and hit.start() >= end:
                out.append(hit)
                end = hit.end()
                break
    return out


def _feature_names(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Add streets, roads, rivers, lakes and townships named with a place-type word ("Nelson
    Street", "Highway 108", "Lake Lanier") that no mention found by the model overlaps; a name
    found inside one by a gazetteer look-up alone ("Nelson" of "Nelson Street") gives way."""
    text = doc_text(doc)
    out = list(found)
    for hit in _feature_hits(text):
        s, e = hit.start(), hit.end()
        first = hit.group(0).split(" ", 1)[0]
        if first in _FEATURE_NOT_FIRST:
            rest = hit.group(0).split(" ", 1)[1]
            if len(rest.split()) < 2:
                continue
            s += len(first) + 1
        inside = [m for m in out if m.start < e and s < m.end]
        if any(m.rule not in ("gazetteer", "inner") or m.start < s or m.end > e for m in inside):
            continue
        out = [m for m in out if not any(m is i for i in inside)]
        out.append(Mention(s, e, "", "feature"))
    return out


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


def _confirmed_inner(
    doc: Doc, found: list[Mention], gaz: Gazetteer, weak: list[Mention] | None = None
) -> list[Mention]:
    """Keep a town name inside an organisation's name ("Turner Construction", "Wilson
    Elementary") only when the town has 100,000+ people or the article also names it as a
    place on its own ("Gainesville Police" in a story about Gainesville)."""
    text = doc_text(doc)
    literal = {text[m.start : m.end] for m in found if m.rule in ("ner", "gazetteer")}
    dl = _dateline(doc)
    if dl is not None:
        literal.add(dl.text.title())

    def keep(m: Mention) -> bool:
        if m.rule != "inner":
            return True
        name = text[m.start : m.end]
        return (
            name in literal
            or name in gaz.us_abbrev
            or any(_strong(r, p, _GAZ_MIN_POP) for r, p in gaz.lookup(name))
        )

    if weak is not None:
        weak.extend(Mention(m.start, m.end, "", "inner-near") for m in found if not keep(m))
    return [m for m in found if keep(m)]


def _inner_abbreviations(doc: Doc, ent: SpacySpan, gaz: Gazetteer) -> list[Mention]:
    """Demonyms and country/state abbreviations inside an organisation's name: "American" in
    "American Airlines", "U.S." in "U.S. Department of Education", "S.C." in "S.C. Department
    of Revenue"."""
    out: list[Mention] = []
    for tok in ent:
        if not tok.text[:1].isupper():
            continue
        if tok.is_alpha and demonym_country(norm(tok.text), gaz):
            out.append(_mention(doc, tok.i, tok.i + 1, "inner-demonym"))
        elif (
            "." in tok.text
            and len(tok.text) > 2
            and (
                tok.text in gaz.us_abbrev
                or any(r.feature == COUNTRY and p for r, p in gaz.lookup(tok.text))
            )
        ):
            out.append(_mention(doc, tok.i, tok.i + 1, "inner"))
    return out


def _mention(doc: Doc, s: int, e: int, rule: str) -> Mention:
    return Mention(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), "", rule)


def _person_chars(doc: Doc) -> bytearray:
    """Characters inside PERSON names of two or more words (a place's name there is part of a
    person's name: "Ian Hamilton"); one-word PERSON entities are often misread places."""
    mask = bytearray(len(doc_text(doc)) + 1)
    for ent in doc_ents(doc):
        if ent.label_ == "PERSON" and len(ent) > 1:
            mask[ent.start_char : ent.end_char] = b"\x01" * (ent.end_char - ent.start_char)
    return mask


def _repeats(doc: Doc, found: list[Mention], persons: bytearray) -> list[Mention]:
    """Other occurrences of names already found as places (one sense per discourse), but not
    inside a person's name, nor inside an organisation's name that holds a place name without
    being about the place ("New York" of "the New York Times", "Arizona" of "University of
    Arizona": ``resources/places/geo_org_heads.txt``)."""
    names = {
        doc_text(doc)[m.start : m.end] for m in found if m.rule in ("ner", "gazetteer", "typed")
    }
    covered = bytearray(persons)
    for ent in doc_ents(doc):
        if ent.label_ in _HOST_LABELS and any(t.lower_ in _MEDIA_ARMY_HEADS for t in ent):
            covered[ent.start_char : ent.end_char] = b"\x01" * (ent.end_char - ent.start_char)
    for m in found:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    out: list[Mention] = []
    text = doc_text(doc)
    for name in sorted(names, key=lambda n: (-len(n), n)):  # longest first, deterministic
        if not name[:1].isupper():
            continue
        for start, end in _whole_word_hits(text, name):
            if not any(covered[start:end]):
                covered[start:end] = b"\x01" * (end - start)
                out.append(Mention(start, end, "", "repeat"))
    return out


def _is_word_char(c: str) -> bool:
    """What the regex ``\\w`` matches: a character ``str.isalnum`` accepts, or ``_``."""
    return c.isalnum() or c == "_"


def _whole_word_hits(text: str, name: str) -> list[tuple[int, int]]:
    """Non-overlapping occurrences of ``name`` not inside a longer word, left to right: what
    ``re.finditer(r"(?<!\\w)NAME(?!\\w)")`` finds, without compiling a pattern per name (the
    regex cache overflows on an article's many names)."""
    hits: list[tuple[int, int]] = []
    n = len(name)
    i = text.find(name)
    while i >= 0:
        end = i + n
        if (i == 0 or not _is_word_char(text[i - 1])) and (
            end == len(text) or not _is_word_char(text[end])
        ):
            hits.append((i, end))
            i = text.find(name, end)
        else:
            i = text.find(name, i + 1)
    return hits


_DIRECTIONS = frozenset(
    "north south east west northeast northwest southeast southwest northern southern eastern"
    " western central".split()
)


def _known_head(doc: Doc, s: int, e: int, gaz: Gazetteer) -> int:
    """End of the place a facility or office is named after: "Henderson County" of "Henderson
    County Sheriff's Department", "Long Beach" of "Long Beach Airport", when the gazetteer
    lacks the whole name, knows the first words as a county, a division, a country or a town
    of 1,000+, and the next word names a facility or an office
    (``resources/places/geo_facility_words.txt``); "Flint Hills", "Memphis Street" stay whole."""
    if e - s < 2 or gaz.lookup(doc[s:e].text) or _FEATURE_NAME.fullmatch(doc[s:e].text):
        return e
    for k in range(e - 1, s, -1):
        if doc[k].text not in _facility_words() or not doc[k - 1].is_alpha:
            continue
        name = doc[s:k].text
        if doc[s].lower_ in _DIRECTIONS or name in _stopnames():
            continue
        if any(_strong(r, p, _NEAR_MIN_POP) for r, p in gaz.lookup(name)):
            return k
    return e


def _county_road(doc: Doc, s: int, e: int, gaz: Gazetteer) -> int | None:
    """End of the county a county road is named after: "Freestone County" of "Freestone County
    Road 360", "Douglas County" of "Douglas County Road"."""
    for k in range(s + 1, e - 1):
        if doc[k].text in ("County", "Parish") and doc[k + 1].text in ("Road", "Rd.", "Rd"):
            if any(p and r.feature == COUNTY for r, p in gaz.lookup(doc[s : k + 1].text)):
                return k + 1
    return None


def _drop_direction(doc: Doc, s: int, e: int, gaz: Gazetteer) -> int:
    """Start of the place in "Northeast Georgia", "North Texas": the part of a region named
    after a place is a mention of that place, unless the gazetteer knows the whole name
    ("West Virginia", "South Africa")."""
    if e - s < 2 or doc[s].lower_ not in _DIRECTIONS or gaz.lookup(doc[s:e].text):
        return s
    rest = doc[s + 1 : e].text
    if any(
        p and (r.feature == COUNTRY or (r.feature == ADMIN1 and r.country_code == "US"))
        for r, p in gaz.lookup(rest)
    ):
        return s + 1
    return s


def _trim(start: int, end: int, doc: Doc, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Token ranges of an entity without "the" and "'s"; "Paris, Texas" is "Paris" and
    "Texas" (the second part when the gazetteer knows it)."""
    while start < end and doc[start].lower_ == "the":
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].lower_ in _JOINERS
    ):
        end -= 1
    if end < len(doc) and doc[end].text == "." and not doc[end - 1].whitespace_:
        word = doc[end - 1].text
        if word + "." in gaz.us_abbrev or word in _ABBREVIATIONS or "." in word:
            end += 1  # "W.Va" + "." is one abbreviation, as are "Twp." and "U.S."
    for i in range(start, end):
        if doc[i].text == ",":
            parts = [(start, i)] if i > start else []
            for s, e in _trim(i + 1, end, doc, gaz):
                name = doc[s:e].text
                if name in gaz.us_abbrev or gaz.lookup(name):
                    parts.append((s, e))
            return parts
    if not gaz.lookup(doc[start:end].text):
        # "Cabin Creek Road and Paint Creek Road", "Lake Mary - Highway": names joined in one
        # entity; each part that is a known place or a named road stays ("Bosnia and
        # Herzegovina", known whole, stays one)
        for i in range(start + 1, end - 1):
            if doc[i].lower_ in _JOINERS:
                return [
                    (s, e)
                    for s, e in _trim(start, i, doc, gaz) + _trim(i + 1, end, doc, gaz)
                    if gaz.lookup(doc[s:e].text) or _FEATURE_NAME.fullmatch(doc[s:e].text)
                ]
    return [(start, end)] if end > start else []


_JOINERS = frozenset({"and", "or", "-", "–", "—", "&"})
_ABBREVIATIONS = frozenset({"Twp", "Co", "St", "Ave", "Rd", "Mt", "Ft", "Blvd", "Pkwy"})


def _runs(
    doc: Doc,
    gaz: Gazetteer,
    lo: int,
    hi: int,
    taken: bytearray,
    min_pop: int,
    rule: str,
    weak: list[Mention] | None = None,
) -> list[Mention]:
    """Capitalised 1-3 token names in ``doc[lo:hi]`` (outside ``taken``) naming a country,
    a division or a city of at least ``min_pop`` people; names of smaller towns (1,000+) go
    to ``weak`` (rule "near", or "inner-near" inside a name)."""
    out: list[Mention] = []
    toks = tokens(doc)  # the doc's cached Token list: no Token object made per look
    i = lo
    while i < hi:
        tok = toks[i]
        if (
            taken[i]
            or not _name_word(tok)
            or not tok.is_alpha
            or (tok.is_sent_start and rule != "inner")
        ):
            i += 1
            continue
        hit = weak_hit = 0
        for j in range(min(hi, i + 3), i, -1):
            if (
                any(taken[i:j])
                or not all(_name_word(t) or t.lower_ in ("of", "and") for t in toks[i:j])
                or toks[j - 1].lower_ in ("of", "and")
            ):
                continue
            name = doc[i:j].text
            if rule == "inner" and not all(t.pos_ in ("PROPN", "") for t in doc[i:j]):
                continue
            if name in _stopnames():
                continue
            cands = gaz.lookup(name)
            if any(_strong(r, p, min_pop) for r, p in cands):
                hit = j
                break
            if weak is not None and not weak_hit:
                if any(_strong(r, p, _NEAR_MIN_POP) for r, p in cands):
                    weak_hit = j
        end = hit or weak_hit
        if end and rule == "gazetteer" and _inside_longer_name(doc, i, end):
            i = end
        elif hit:
            out.append(_mention(doc, i, hit, rule))
            i = hit
        elif weak_hit and weak is not None:
            weak.append(_mention(doc, i, weak_hit, "near" if rule == "gazetteer" else "inner-near"))
            i = weak_hit
        else:
            i += 1
    return out


def _inside_longer_name(doc: Doc, s: int, e: int) -> bool:
    """The words end a longer capitalised name or are joined to another word by a hyphen:
    "Central Plateau", "Danube Delta", "Vest-Agder"."""
    if s > 0:
        prev = doc[s - 1]
        if (prev.is_title and prev.is_alpha and prev.lower_ != "the") or (
            prev.text == "-" and not prev.whitespace_
        ):
            return True
    return e < len(doc) and not doc[e - 1].whitespace_ and doc[e].text == "-"


# a first-level division outside the US that a person's name may hide: "Flores" (Uruguay,
# 23,000 people in its listed towns) is a surname first; "Punjab", "Ontario" are places
_PROMINENT_DIVISION_POP = 500_000


def _prominent(row: GeoRow, primary: bool, min_pop: int) -> bool:
    """A name that stays a place even where a person of that name speaks or is named in full:
    a country, a US state, a division of 500,000+ people or a city of ``min_pop``+."""
    if not primary:
        return False
    if row.feature == COUNTRY or (row.feature == ADMIN1 and row.country_code == "US"):
        return True
    if row.feature == ADMIN1:
        return row.population >= _PROMINENT_DIVISION_POP
    return row.feature == CITY and row.population >= min_pop


def _strong(row: GeoRow, primary: bool, min_pop: int) -> bool:
    if not primary:
        return False
    if row.feature in (COUNTRY, ADMIN1, COUNTY):
        return True
    return row.feature == CITY and row.population >= min_pop


def _dateline(doc: Doc) -> Mention | None:
    head = doc_text(doc)[:_DATELINE_WINDOW]
    hits = [m for m in _DATELINE.finditer(head) if sum(c.isupper() for c in m.group(1)) >= 3]
    if "," in head:
        abbrev = load().us_abbrev
        hits += [
            m
            for m in _DATELINE_STATE.finditer(head)
            if sum(c.isupper() for c in m.group(1)) >= 3 and m.group(2) in abbrev
        ]
    if not hits:
        return None
    m = min(hits, key=lambda h: h.start(1))
    name = m.group(1).rstrip(" -")  # "COLUMBIA -- ": the dash is not the name's
    start = m.start(1) + len(name) - len(name.lstrip())
    return Mention(start, m.start(1) + len(name), name.strip(), "dateline", key=norm(name))


def _resolve(
    doc: Doc, mentions: list[Mention], gaz: Gazetteer, context_extra: list[Mention] | None = None
) -> list[Place]:
    text = doc_text(doc)
    for m in mentions + (context_extra or []):
        read_qualifiers(text, m, gaz)
    read_lists(text, mentions, gaz)
    if context_extra:
        read_lists(text, context_extra, gaz)
    ctx = build_context(mentions + (context_extra or []), gaz, _dateline(doc))
    resolved = resolve_all(mentions, gaz, ctx)
    _postal_fallback(mentions, resolved, gaz)
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
                or text[max(0, s - 9) : s].lower().split()[-1:] not in _TOWN_BEFORE
                or text[max(0, s - 13) : s].lower().endswith("according to ")
            )
        ):
            continue  # one word: only "in X", "of X", ... outside an organisation's name
        rows = [
            r
            for r, _primary in gaz.lookup(name)
            if r.country_code == "US" and r.feature == CITY and r.admin1 in states
        ]
        if rows:
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
