"""Model places the gazetteer lacks that the text places in a town it names: "in Clinton Hill,
Brooklyn", "Tower Hamlets in East London", "the Pepsi Center, Denver", "the Ursulinenkirche
in Linz". A neighbourhood, borough or building the model tags as a place (GPE, LOC, FAC) and
the gazetteer does not know was dropped as unresolved; GeoWebNews counts it, at its town.

The name must be the model's own place mention (rule ``ner``), unknown to the gazetteer, with
a lower-case letter (no code such as "NC"), no word of a person's name in the text ("Kasich,
Bush", "Sondland in Kyiv": a surname the model read as a place), and be followed at once by
a comma or "in", an optional direction or "downtown", and a found mention of a town or
district (by its largest reading no country or first-level division; no demonym): that
mention is its host, and it is placed there when nothing else places it (``Mention.late``,
:func:`._resolve.place_late`), as are the name's other mentions in the text ("... Tower
Hamlets in East London. Tower Hamlets is home to ...").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsgraph.nlp._doc import doc_ents, doc_text
from newsgraph.nlp.places._resolve import DEMONYM_RULES, Mention
from newsgraph.nlp.places.gazetteer import ADMIN1, COUNTRY, Gazetteer

# a house number before the name: "2517 Memphis St.", "17 rue Pelleport" (LGL's span leaves
# the number out, the GeoWebNews-style sets' keep it: left as it was)
_NUMBER_BEFORE = re.compile(r"\d[\w-]*\s+$")


def _town(name: str, gaz: Gazetteer) -> bool:
    """The host is a town or district, not a country or first-level division by its largest
    reading ("Vanderburgh, Ind.", "Sulpher, La.": a state's point is no town's)."""
    if name in gaz.us_abbrev:
        return False
    rows = [r for r, p in gaz.lookup(name) if p]
    top = max(rows, key=lambda r: r.population, default=None)
    return top is not None and top.feature not in (COUNTRY, ADMIN1)


# what joins the name to its town: "Clinton Hill, Brooklyn", "Tower Hamlets in East London",
# "Waltham Forest in northeast London", "the Radisson in downtown Manchester"
_JOIN = re.compile(
    r"(?:,| in)\s+"
    r"(?:(?:downtown|central|(?:north|south)?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?)"
    r"\s+)?"
)


def _person_words(doc: Doc) -> set[str]:
    return {t.text for ent in doc_ents(doc) if ent.label_ == "PERSON" for t in ent}


def place_unknowns(doc: Doc, gaz: Gazetteer, found: list[Mention]) -> None:
    """Give each model place the gazetteer lacks the town the text puts it in (see the module
    docstring): sets ``host`` and ``late`` on mentions of ``found`` in place."""
    text = doc_text(doc)
    people: set[str] | None = None
    placed: dict[str, tuple[int, int]] = {}
    starts = {
        m.start: m
        for m in found
        if m.rule not in DEMONYM_RULES and not m.rule.startswith("facil") and m.rule != "district"
    }
    for m in found:
        if m.rule != "ner" or m.host is not None or m.late:
            continue
        name = text[m.start : m.end]
        if not any(c.islower() for c in name) or gaz.lookup(name):
            continue
        join = _JOIN.match(text, m.end)
        town = starts.get(join.end()) if join is not None else None
        if town is None or town is m or not _town(town.alias or text[town.start : town.end], gaz):
            continue
        if _NUMBER_BEFORE.search(text, max(0, m.start - 12), m.start):
            continue
        if people is None:
            people = _person_words(doc)
        if any(w in people for w in name.split()):
            continue
        m.host = (town.start, town.end)
        m.late = True
        placed[name] = m.host
    # one sense per discourse: the name placed once is in that town wherever it is named
    for m in found:
        host = placed.get(text[m.start : m.end])
        if m.rule == "ner" and m.host is None and not m.late and host is not None:
            m.host = host
            m.late = True
