"""Names in lists: a name listed next to a place ("Oslo, Hedmark, Oppland") and the names
of "Becker, Clay and Otter Tail counties".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsgraph.nlp._doc import doc_ents, doc_text
from newsgraph.nlp.places._names import _NEAR_MIN_POP, _first_name, _name_word, _stopnames, _strong
from newsgraph.nlp.places._resolve import Mention
from newsgraph.nlp.places.gazetteer import COUNTY, Gazetteer

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


_COUNTY_LIST = re.compile(
    r"((?:[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:(?:,| and|, and| or|, or|/) ?"
    r"(?:[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}))+) ([Cc]ounties|[Pp]arishes)\b"
)


_LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|/")


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
