"""A patient carried to hospital is no aid (issue 10 items 1 and 4, fp29). Read whole, unused
LGL crash and accident stories coded "airlifted to Sparrow Hospital", "subsequently airlifted
to Carle Foundation Hospital", "was later airlifted to John Peter Smith Hospital" as AID: a
victim's transport to care by an ambulance crew or a helicopter service, not aid given by one
side to another. An AID whose trigger goes "to" a hospital, clinic or medical or trauma center
is no event when no source is a political actor; a state or an army flying the wounded of
another side to its hospitals ("Turkey airlifted wounded Syrians to hospitals in Ankara")
stays."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.model import Actor
from newsgraph.nlp.events._patterns import Pattern

_CARE = frozenset({"hospital", "hospitals", "clinic", "clinics", "infirmary"})
_CENTER = frozenset({"center", "centre", "centers", "centres"})
_CENTER_KINDS = frozenset({"medical", "trauma", "burn", "health"})
_POLITICAL_SECTORS = frozenset({"GOV", "LEG", "MIL", "JUD", "SPY", "OPP", "PTY", "REB", "INS"})


def _political(actor: Actor, tok: Token) -> bool:
    """A political sector, an international body, or a state named as itself ("Turkey"): a
    country code alone on a place or nationality name, not on a person ("He", "Ms. Ruiz")."""
    code = actor.code or ""
    if code.startswith(("IGO", "IMG")):
        return True
    if actor.sector:
        return actor.sector in _POLITICAL_SECTORS
    if len(code) != 3:
        return False
    span = tok.doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ in ("GPE", "NORP") for t in span)


def _care_place(noun: Token) -> bool:
    """A hospital, a clinic, a medical or trauma center ("Sparrow Hospital", "a hospital in
    Denver", "USMD Medical Center")."""
    if noun.lower_ in _CARE:
        return True
    if noun.lower_ in _CENTER:
        return any(
            c.lower_ in _CENTER_KINDS for c in noun.children if c.dep_ in ("compound", "amod")
        )
    return False


def hospital_transport(tok: Token, pattern: Pattern, sources: Sequence[Actor]) -> bool:
    """An AID whose trigger goes "to" a hospital or medical center, by no political source
    ("was airlifted to Carle Foundation Hospital")."""
    if pattern.type != "AID":
        return False
    if any(_political(a, tok) for a in sources):
        return False
    places = [
        g
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    return any(_care_place(g) for g in places)
