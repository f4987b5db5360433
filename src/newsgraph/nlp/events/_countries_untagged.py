"""Country mentions of a sentence the tagger left untagged, and the article's people's names.

:func:`untagged_demonyms`: a demonym the small model tags as no entity ("Ugandan",
"Burkinabe", "Somali", "Tajik" in "Ugandan soldiers shot a civilian") still names its country
in its sentence: the actor coder reads it in the soldiers' own phrase (UGAMIL), and the
sentence's one country places the other side as it does for a tagged demonym ("Kenyan
soldiers shot a civilian" -> KENCVL). Only a demonym modifying a noun or a plural demonym
noun, title-case, not inside a person's name, and not "American" after Latin/South/Central/
North (a region of many countries).

:func:`_person_names` moved here verbatim from ``_countries`` (which is at its size limit).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph import lexicons as lexicon
from newsgraph.nlp._doc import _cached

_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_REGION_HEADS = frozenset({"Latin", "South", "Central", "North"})


def untagged_demonyms(doc: Doc, lo: int, hi: int, seen: set[int]) -> dict[str, list[int]]:
    """Country -> the characters of ``doc[lo:hi]`` (character offsets) where a demonym no
    entity or place covers names it (``seen``: the characters already counted)."""
    found: dict[str, list[int]] = {}
    demonyms = lexicon.demonyms()
    for t in doc.char_span(lo, hi, alignment_mode="expand") or []:
        if t.idx in seen or t.ent_type_ or not t.text[:1].isupper() or not t.text[1:].islower():
            continue
        iso3 = demonyms.get(t.text)
        if iso3 is None:
            continue
        if t.dep_ not in _MODIFIER_DEPS and not (t.tag_ in ("NNS", "NNPS") and t.text[-1] == "s"):
            continue  # "Somali" as a language or a name; "Ugandans" as people count
        if t.i > 0 and doc[t.i - 1].text in _REGION_HEADS:
            continue  # "Latin American leaders"
        found.setdefault(iso3, []).append(t.idx)
    return found


def _person_names(doc: Doc) -> frozenset[str]:
    """The names and name words of the article's people: a town the gazetteer found at one
    ("DuVernay highlights the police killings": Ava DuVernay, no Canadian town) places
    nobody in its sentence. Cached on the doc."""

    def make() -> frozenset[str]:
        out: set[str] = set()
        for ent in doc._.ng_entities or []:
            if ent.type == "PERSON":
                for name in (ent.name, *ent.aliases):
                    out.add(name)
                    out.update(w for w in name.split() if w[:1].isupper() and len(w) > 2)
        return frozenset(out)

    return _cached(doc, "person_names", make)
