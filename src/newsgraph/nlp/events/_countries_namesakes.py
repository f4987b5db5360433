"""Towns named like a foreign country or capital (actors42, issue 10 item 3): "Paris, Ky.",
"Athens, Ga.", "Lebanon, Pa.", "Dublin, Ohio", "Palestine, Texas". The actor coder reads a
country name or a capital in an actor's phrase as that country ("the Lebanon city council" ->
LBNGOV); where the places component resolved the very name to a place in another country and
the text backs that reading, the actor is of the resolved place's country ("the Paris school
board" of Paris, Kentucky -> USA)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsgraph import lexicons as lexicon
from newsgraph.model import Place
from newsgraph.nlp.events._countries import alpha3

# the places component's rule that read a state or country written beside the name ("Paris,
# Ky."; "dateline:qualifier" in "PARIS, Ky. —", "repeat:qualifier" for its later mentions)
_QUALIFIED = "qualifier"

# a country's own name is taken for a town of another country only when the gazetteer was this
# sure of it (its margin over the country reading: "Palestine" among Anderson County's towns
# 0.99; "Cuba urged the United States ..." made a US town at 0.58)
_SURE = 0.9


def namesake_country(toks: Sequence[Token], country: str) -> str:
    """The country (ISO alpha-3) of the name ``toks`` that the actor coder reads as
    ``country`` (the country's own name or its capital): the country of the
    place the gazetteer resolved over exactly these tokens, when that is a town, county or
    state (not the country itself) in another country and the text backs it: a state or
    country written beside the name ("Lebanon, Pa."), or the article naming the resolved
    country through its other places and nowhere the name's own country ("Tripoli" in a
    Lebanon story is the Lebanese city, not Libya's capital; "Moscow" beside "the Kremlin"
    stays Russia's). A country's own name needs more: a sure resolution, and other places
    that are towns, counties or states of the resolved country, not that country named whole
    ("Cuba urged the United States to lift its embargo" stays Cuba's, though the gazetteer
    made a US town of it). Else ``country``."""
    doc = toks[0].doc
    lo, hi = toks[0].idx, toks[-1].idx + len(toks[-1])
    place = _place_over(doc, lo, hi)
    if place is None or place.feature in ("country", "other"):
        return country
    iso = alpha3(place.country_code)
    if not iso or iso == country:
        return country
    if place.rule.rsplit(":", 1)[-1] == _QUALIFIED:
        return iso
    others = [q for q in doc._.ng_places or [] if q is not place]
    if country in {alpha3(q.country_code) for q in others}:
        return country
    own_name = lexicon.country_names().get(" ".join(t.text for t in toks)) == country
    if own_name and place.confidence < _SURE:
        return country  # "Mexico's proposal was discussed in Washington": a close call
    backing = [q for q in others if not (own_name and q.feature == "country")]
    return iso if iso in {alpha3(q.country_code) for q in backing} else country


def _place_over(doc: Doc, lo: int, hi: int) -> Place | None:
    """The place the gazetteer resolved over exactly the characters ``lo:hi``, or None."""
    for p in doc._.ng_places or []:
        if p.span.start == lo and p.span.end == hi:
            return p
    return None
