"""The ``newsgraph_places`` component: find place mentions and resolve them to GeoNames.

Mentions come from the model's GPE/LOC/FAC entities, demonyms (NORP: "Syrian" -> Syria) and a
gazetteer look-up limited to capitalised words the model missed (countries, first-level
divisions and large cities only). Each is resolved with :mod:`._resolve` and flagged as
metonymy when the place acts ("Moscow said", "Turkey's support", "action by Damascus").

The rules live in private siblings: :mod:`._names` (word lists, shared tests),
:mod:`._entities` and :mod:`._extents` (the model's entities, a mention's bounds),
:mod:`._text_names`, :mod:`._features`, :mod:`._lists` (names found in the text),
:mod:`._people` (names that are people) and :mod:`._placing` (mentions to places).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.model import Place
from newsgraph.nlp._doc import doc_ents, doc_text
from newsgraph.nlp.places._caps_lines import caps_line_places
from newsgraph.nlp.places._carriers import _drop_carriers
from newsgraph.nlp.places._city_people import city_people
from newsgraph.nlp.places._entities import (
    _after_locative,
    _after_type_of,
    _date_places,
    _misread_group,
    _misread_person,
    _person_like,
    _saints_possessive,
    _typed_place,
)
from newsgraph.nlp.places._extents import (
    _city_of_office,
    _county_road,
    _drop_direction,
    _end_before_possessive,
    _known_head,
    _trim,
    _with_county_word,
    _with_particle_tail,
)
from newsgraph.nlp.places._facilities import _districts, _facilities
from newsgraph.nlp.places._features import _feature_names, _state_routes
from newsgraph.nlp.places._foreign_inner import drop_foreign_inner
from newsgraph.nlp.places._generic_districts import mark_generic_districts
from newsgraph.nlp.places._group_demonyms import leading_demonym
from newsgraph.nlp.places._hyphen_demonyms import hyphen_demonyms
from newsgraph.nlp.places._later_datelines import later_datelines
from newsgraph.nlp.places._lists import _county_lists, _listed_places
from newsgraph.nlp.places._names import (
    _DIRECTIONS,
    _GAZ_MIN_POP,
    _HOST_LABELS,
    _INNER_MIN_POP,
    _division_demonym,
    _mention,
    _name_word,
    _names_no_place,
    _stopnames,
    _titled,
)
from newsgraph.nlp.places._newspapers import drop_newspaper_names
from newsgraph.nlp.places._office_buildings import drop_office_buildings
from newsgraph.nlp.places._people import _drop_speakers, _drop_surnames
from newsgraph.nlp.places._place_people import place_people
from newsgraph.nlp.places._placed_unknowns import place_unknowns
from newsgraph.nlp.places._placing import _near_places, _resolve, _state_towns, _unplaced_non_name
from newsgraph.nlp.places._resolve import Mention, demonym_country
from newsgraph.nlp.places._shared_demonyms import shared_demonyms
from newsgraph.nlp.places._stations import _with_station_word
from newsgraph.nlp.places._text_names import (
    _confirmed_inner,
    _dateline,
    _inner_abbreviations,
    _office_heads,
    _party_places,
    _person_chars,
    _repeats,
    _runs,
)
from newsgraph.nlp.places._text_names import _whole_word_hits as _whole_word_hits
from newsgraph.nlp.places._untagged_demonyms import untagged_demonyms
from newsgraph.nlp.places.gazetteer import COUNTRY, Gazetteer, load, norm
from newsgraph.nlp.places.points import check_convention, in_convention

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


_TYPED_LABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"})


class PlacesComponent:
    """Assigns ``doc._.ng_places``: a list of :class:`~newsgraph.model.Place`."""

    def __init__(
        self,
        *,
        gazetteer_matches: bool = True,
        min_confidence: float = 0.0,
        points: str = "geonames",
    ) -> None:
        self.gazetteer_matches = gazetteer_matches
        self.min_confidence = min_confidence
        # "geonames" (GeoNames' points for countries and divisions) or "wikipedia": see .points
        self.points = check_convention(points)

    def __call__(self, doc: Doc) -> Doc:
        gaz = load()
        weak: list[Mention] = []
        mentions = find_mentions(doc, gaz, gazetteer_matches=self.gazetteer_matches, weak=weak)
        places = _resolve(doc, mentions, gaz)
        if weak:
            places = _near_places(doc, gaz, weak, places)
        places = drop_foreign_inner(doc, [p for p in places if not _unplaced_non_name(p)])
        if self.gazetteer_matches:
            places = sorted(places + _state_towns(doc, gaz, places), key=lambda p: p.span.start)
        places = drop_office_buildings(doc, places)  # "the White House said": the office
        places = drop_newspaper_names(doc, places)  # "the Des Moines Register": a newspaper
        kept = [p for p in places if p.confidence >= self.min_confidence]
        doc._.ng_places = in_convention(kept, self.points)
        return doc


@Language.factory(
    "newsgraph_places",
    requires=["doc.ents", "token.dep"],
    assigns=["doc._.ng_places"],
    default_config={"gazetteer_matches": True, "min_confidence": 0.0, "points": "geonames"},
)
def make_places(
    nlp: Language, name: str, *, gazetteer_matches: bool, min_confidence: float, points: str
) -> PlacesComponent:
    return PlacesComponent(
        gazetteer_matches=gazetteer_matches, min_confidence=min_confidence, points=points
    )


def resolve_mentions(
    doc: Doc, spans: list[tuple[int, int]], *, points: str = "geonames"
) -> list[Place]:
    """Resolve given character spans (e.g. gold toponyms) as places, using the whole doc as
    context, with the point convention ``points`` ("geonames" or "wikipedia"). Spans the
    gazetteer does not know are left out."""
    check_convention(points)
    gaz = load()
    given = [Mention(s, e, doc_text(doc)[s:e], "given") for s, e in spans]
    for m in given:
        if _demonym(m.text, gaz):
            m.rule = "demonym"
    return in_convention(_resolve(doc, given, gaz, context_extra=find_mentions(doc, gaz)), points)


def _court_district(doc: Doc, s: int, e: int) -> bool:
    """A direction and "District" heading "of" a place: "the Western District of New York" is a
    federal court's district (the model cuts it before "of"; GeoNames has a Western District in
    American Samoa)."""
    return (
        e - s == 2
        and doc[s].lower_ in _DIRECTIONS
        and doc[e - 1].text == "District"
        and e + 1 < len(doc)
        and doc[e].lower_ == "of"
        and doc[e + 1].is_title
    )


def _embassy_demonyms(found: list[Mention], text: str) -> list[Mention]:
    """A demonym that names an embassy ("the Ecuadorean embassy") is part of the building's
    name, not a mention of its own (the embassy is not in Ecuador)."""
    embassies = [
        m
        for m in found
        if m.rule == "facility" and text[m.start : m.end].endswith((" embassy", " consulate"))
    ]
    if not embassies:
        return found
    return [
        m
        for m in found
        if not (
            m.rule.startswith("demonym")
            and any(f.start <= m.start and m.end < f.end for f in embassies)
        )
    ]


# currency names: "the Japanese yen", "100 million Finnish markkaa" name money, not a place
_CURRENCY = re.compile(
    r"\s+(?:dollars?|yen|yuan|renminbi|euros?|pounds?|sterling|francs?|marks?|markkaa?"
    r"|kron(?:a|or|e|er)|crowns?|pesos?|rupees?|rupiah|r[o]?ubles?|liras?|dinars?|riyals?"
    r"|rials?|rand|reais|real(?! estate)|won(?!\s+(?:the|a|an|his|her|its|their|\d))"
    r"|shekels?|baht|ringgit|zloty|forints?|dirhams?|currency)\b"
)


def _no_currencies(found: list[Mention], text: str) -> list[Mention]:
    """A demonym before a currency's name ("the Japanese yen", "Finnish markkaa") is no place."""
    return [m for m in found if not (m.rule == "demonym" and _CURRENCY.match(text, m.end))]


def _demonym(name: str, gaz: Gazetteer) -> bool:
    """A demonym ("Syrian", "Russians"), not a country's own name that reads like one
    ("Philippines" is no plural of "Philippine", "New Zealand" no adjective here: both stay
    literal place names, which GeoVirus counts)."""
    if not demonym_country(norm(name), gaz):
        return False
    return not any(p and r.feature == COUNTRY for r, p in gaz.lookup(name))


_DEMONYM_PREFIXES = frozenset("pro anti intra inter non ex post pre all pan".split())


def _prefixed_demonym(name: str, gaz: Gazetteer) -> str:
    """The demonym of "intra-Afghan", "pro-Russian", "anti-American" ("Afghan", ...), or ""."""
    head, _dash, tail = name.rpartition("-")
    if head.lower() not in _DEMONYM_PREFIXES or not tail[:1].isupper():
        return ""
    return tail if demonym_country(norm(tail), gaz) else ""


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
        elif ent.label_ == "DATE" and gazetteer_matches:
            # "In Niger, soldiers ...": a country or capital the model read as a date
            out.extend(_mention(doc, s, e, "gazetteer") for s, e in _date_places(doc, ent, gaz))
        elif ent.label_ in _PLACE_LABELS and _demonym(ent.text, gaz):
            out.append(Mention(ent.start_char, ent.end_char, "", "demonym"))  # "Sri Lankan"
        elif ent.label_ in _PLACE_LABELS:
            for s, e in _trim(ent.start, ent.end, doc, gaz):
                s = _drop_direction(doc, s, e, gaz)
                head = _county_road(doc, s, e, gaz) or _known_head(doc, s, e, gaz)
                if not any(c.isupper() for c in doc[s:head].text):
                    continue  # "the gulf", "metro": no name
                if head - s == 1 and doc[s].lower_ in _DIRECTIONS:
                    continue  # "the West", "the North": no point (not Cameroon's West Region)
                if _court_district(doc, s, head):
                    continue
                if _saints_possessive(doc, s, head):
                    continue
                if not _person_like(doc, s, head, gaz):
                    m = _mention(doc, s, head, "ner" if head == e else "inner-head")
                    m.typed = _typed_place(doc, s, head)
                    out.append(m)
        elif ent.label_ == "NORP" and _demonym(ent.text, gaz):
            out.append(Mention(ent.start_char, ent.end_char, "", "demonym"))
        elif ent.label_ == "NORP" and (tail := _prefixed_demonym(ent.text, gaz)):
            # "intra-Afghan talks", "pro-Russian rebels": the demonym after the prefix
            out.append(Mention(ent.end_char - len(tail), ent.end_char, "", "demonym"))
        elif ent.label_ == "NORP" and (division := _division_demonym(ent.text)):
            out.append(
                Mention(ent.start_char, ent.end_char, "", "demonym-division", alias=division)
            )
        elif ent.label_ == "NORP" and _misread_group(ent, gaz):
            out.append(_mention(doc, ent.start, ent.end, "gazetteer"))  # "in Greer", "Punjab"
        elif ent.label_ == "NORP" and (lead := leading_demonym(ent, gaz)) is not None:
            out.append(lead)  # "American" of "American Muslims"
        elif ent.label_ in ("PERSON", "ORG") and _demonym(ent.text, gaz):
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
        inside = [m for m in out if dl is not None and m.start < dl.end and dl.start < m.end]
        if dl is not None and all(dl.start <= m.start and m.end <= dl.end for m in inside):
            if gaz.lookup(dl.text):
                # pieces of it the model tagged ("ST" of "ST. JOSEPH, Mich.") give way
                out = [m for m in out if not any(m is i for i in inside)]
                out.append(dl)
        out.extend(later_datelines(doc, gaz, out))  # "...\nPORTSMOUTH, N.H. — He ..."
        out.extend(caps_line_places(doc, gaz, out))  # "PLANNED NORTH KOREA LAUNCH"
        out.extend(_repeats(doc, out, _person_chars(doc)))
        out = _feature_names(doc, out)
        out = _drop_speakers(doc, gaz, out)
        out = _drop_surnames(doc, gaz, out)
    out = _drop_carriers(doc, gaz, out)
    if gazetteer_matches:
        out.extend(_listed_places(doc, gaz, out))
        out = _county_lists(doc, gaz, out)
        out = _with_county_word(doc, gaz, out)
        out = _with_particle_tail(doc, gaz, out)
        out = _with_station_word(doc, out)
        out = _city_of_office(doc, gaz, out)
        out = _state_routes(doc, gaz, out)
    out.extend(_districts(doc, gaz, out))
    out.extend(_facilities(doc, gaz, out))
    place_unknowns(doc, gaz, out)  # "in Clinton Hill, Brooklyn": at Brooklyn
    mark_generic_districts(doc_text(doc), out)  # "Chicago's South Side": at Chicago
    out = _no_currencies(_embassy_demonyms(out, doc_text(doc)), doc_text(doc))
    out.extend(place_people(doc, gaz, out, doc_text(doc)))
    out.extend(city_people(doc, out, doc_text(doc)))  # "Parisians": Paris
    out.extend(shared_demonyms(doc, gaz, out, doc_text(doc)))
    out.extend(hyphen_demonyms(doc_text(doc), gaz, out))
    out.extend(untagged_demonyms(doc, gaz, out, doc_text(doc)))  # "Deports Guatemalan Man"
    for m in out:
        m.text = m.alias or doc_text(doc)[m.start : m.end]
    out.sort(key=lambda m: m.start)
    return out
