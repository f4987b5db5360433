"""Newspapers named after their city: "The Washington Post", "The Jerusalem Post", "The Moscow
Times", "the Los Angeles Times", "The Times of India" are media (MED) of the city's country,
not the government of a capital ("The Washington Post criticized Trump" was USAGOV, "The Tehran
Times" IRNGOV) nor a country with no sector ("The Boston Globe" USA). Used by
:meth:`newsgraph.nlp.events._actors.ActorCoder._code` for a phrase whose head is the paper's
name word; a paper with no place in its name ("The Sun", "Khaleej Times") is left as before.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from newsgraph.nlp.events._codes import INTERNATIONAL, _Coded, _placed
from newsgraph.nlp.events._countries import alpha3

# the name words of newspapers (the head of "The Washington Post", "the Boston Globe")
_PAPER_WORDS = frozenset(
    """Post Times Globe Herald Journal Tribune Gazette Chronicle Telegraph Observer Courier
    Inquirer Examiner Dispatch Bulletin Register Star Mail Standard Monitor""".split()
)
# words of a paper's name that are no place ("The Daily Telegraph", "The Sunday Times")
_NOT_PLACE = frozenset({"the", "daily", "sunday", "evening", "morning", "weekly"})


def _place_tokens(head: Token) -> list[Token]:
    """The words naming the paper's place: its compounds before the head ("Washington",
    "Los Angeles"), else the object of its "of" ("The Times of India")."""
    before = [t for t in head.subtree if t.i < head.i and t.dep_ in ("compound", "flat", "nmod")]
    before = [t for t in before if t.pos_ == "PROPN" and t.lower_ not in _NOT_PLACE]
    if before:
        lo = min(t.i for t in before)
        return [t for t in head.doc[lo : head.i] if t.lower_ not in _NOT_PLACE]
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((o for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
            if obj is not None:
                return [t for t in obj.subtree if t.pos_ == "PROPN"]
    return []


def newspaper(coder: Any, doc: Doc, head: Token, date: str | None) -> _Coded | None:
    """The code of a newspaper named after a place (``_PAPER_WORDS`` head with a place in its
    name): MED of the place's country (a country, capital or demonym in the lexicons, a city
    the actor table or the places component places); MED alone when the place has no country
    (placed later by the article); None for any other phrase."""
    if head.text not in _PAPER_WORDS or head.pos_ != "PROPN":
        return None
    place = _place_tokens(head)
    if not place:
        return None
    iso, _ = coder._country(place, set(), date)
    if iso is None:
        hit = coder._match_table(doc, place, set(), date)
        if hit is not None and _placed(hit[0]) and not hit[0].startswith(INTERNATIONAL):
            iso = hit[0][:3]
    if iso is None:
        lo, hi = place[0].idx, place[-1].idx + len(place[-1])
        for p in doc._.ng_places or []:
            if lo <= p.span.start < hi and alpha3(p.country_code):
                iso = alpha3(p.country_code)
                break
    name = doc.text[place[0].idx : head.idx + len(head)]
    return _Coded((iso or "") + "MED", iso, "MED", name)
