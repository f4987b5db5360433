"""Town and division names inside an organisation's name that lie outside the article's map.

A town's name inside an organisation's name counts as a mention of the town where the
organisation is that town's ("Gainesville Police", "Oxford City Council"): the article's other
places then lie in the same country. When the name resolves into a country none of the
article's own places lies in, it is a word of the organisation's name that happens to be a
place somewhere ("Coast" of "Canadian Coast Guard" -> the Coast region of Tanzania; "Rodriguez" of
"Rodriguez-Lopez" -> Rodriguez, Philippines; "Mara" of "Mara Salvatrucha"; "Shaping" of
"Shaping the Future") or the place the name only recalls ("London Metal Exchange" in a markets
report on China, Japan and the US), which no GeoWebNews-style or LGL convention counts.

Kept: a country's own name ("US Senate", "Egypt Telecom": the country is the evidence), names
a qualifier placed ("Yuma Station" after "YUMA, Ariz."), demonyms ("the Russian Defense
Ministry" counts in a story on Syria), and every inner name of an article that names no other
place (nothing to compare with: "Metro Vancouver" alone).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.model import Place
from newsgraph.nlp._doc import doc_ents

# rules of inner names found by the gazetteer alone (not by a qualifier, not demonyms)
_GAZETTEER_INNER = ("inner:gazetteer",)
# a demonym inside an organisation's name ("the Canadian Coast Guard")
_DEMONYM_INNER = ("inner-demonym",)


def _own_countries(places: list[Place]) -> set[str]:
    """Countries of the article's places outside organisations' names, and of the demonyms
    inside them ("Canadian" of "Canadian Coast Guard" says whose service it is), when one of
    them is a country, a first-level division or a demonym ("Arizona", "Canadian"); empty when
    the article names towns only: a town reading alone is too often wrong to judge by
    ("Servance", a surname, read as a town in France)."""
    own = [
        p
        for p in places
        if p.country_code and (not p.rule.startswith("inner") or p.rule.startswith(_DEMONYM_INNER))
    ]
    if not any(p.feature in ("country", "admin1") for p in own):
        return set()
    return {p.country_code for p in own if p.country_code}


def _part_of_longer_name(doc: Doc, start: int, end: int) -> bool:
    """The characters lie inside a model entity that has more words than they do: a part of a
    name ("Coast" of "Canadian Coast Guard"), not a place the model tagged as an organisation
    whole ("The bombardment of Mariupol": the entity is "Mariupol")."""
    for ent in doc_ents(doc):
        if ent.start_char <= start and end <= ent.end_char:
            words = [t for t in ent if t.is_alpha and t.lower_ != "the"]
            inside = [t for t in words if start <= t.idx < end]
            return len(words) > len(inside)
    return False


def drop_foreign_inner(doc: Doc, places: list[Place]) -> list[Place]:
    """``places`` without the inner names of towns and divisions, parts of a longer entity,
    that resolve into a country none of the article's other places lies in."""
    own = _own_countries(places)
    if not own:
        return places

    def foreign(p: Place) -> bool:
        return (
            p.rule.startswith(_GAZETTEER_INNER)
            and p.feature != "country"
            and p.country_code is not None
            and p.country_code not in own
            and _part_of_longer_name(doc, p.span.start, p.span.end)
        )

    return [p for p in places if not foreign(p)]
