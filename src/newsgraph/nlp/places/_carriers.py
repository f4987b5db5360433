"""One sense per discourse for airlines named after a place: "Emirates Airline" ... "Emirates
is the number one buyer of the A380" names the carrier, not the United Arab Emirates."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.nlp._doc import doc_ents, doc_text
from newsgraph.nlp.places._mentions import Mention
from newsgraph.nlp.places.gazetteer import Gazetteer

# the last word of an airline's name
_CARRIER_HEADS = frozenset({"airline", "airlines", "airways"})
# words before a name that put it on the map ("flew to the Emirates", "based in the Emirates")
_LOCATIVE = frozenset("in into to from across throughout within around near inside".split())


def _carrier_names(doc: Doc, gaz: Gazetteer) -> set[str]:
    """Names the article gives an airline ("Emirates" of "Emirates Airline") that are a short
    form of a place's name: the gazetteer reads them as a place whose own name differs
    ("Emirates" -> "United Arab Emirates"; "Qatar" of "Qatar Airways" is Qatar's own name)."""
    out: set[str] = set()
    for ent in doc_ents(doc):
        if ent.label_ != "ORG" or len(ent) < 2 or ent[-1].lower_ not in _CARRIER_HEADS:
            continue
        words = ent[1:-1] if ent[0].lower_ == "the" else ent[:-1]
        name = words.text
        rows = [r for r, _plain in gaz.lookup(name)] if name else []
        if rows and all(r.name != name for r in rows):
            out.add(name)
    return out


def _drop_carriers(doc: Doc, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """Mentions of a place's short name that the article also gives an airline ("Emirates")
    are the airline wherever they stand, unless a locative word puts them on the map ("flew
    to the Emirates", "in Emirates")."""
    names = _carrier_names(doc, gaz)
    if not names:
        return found
    text = doc_text(doc)

    def carrier(m: Mention) -> bool:
        if "demonym" in m.rule or text[m.start : m.end] not in names:
            return False
        sp = doc.char_span(m.start, m.end, alignment_mode="expand")
        if sp is None:
            return False
        i = sp.start - 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        return not (i >= 0 and doc[i].lower_ in _LOCATIVE)

    return [m for m in found if not carrier(m)]
