"""The country around an actor: a place named in its own phrase, the one country its sentence
names, the monarchy a story last mentioned ("the kingdom"), and ISO alpha-2 -> alpha-3."""

from __future__ import annotations

from functools import lru_cache

import pycountry
from spacy.tokens import Doc, Token

from newsgraph.nlp.events._phrases import np_tokens


def _phrase_country(doc: Doc, head: Token) -> str | None:
    """The country of a place named inside the actor's own phrase ("a federal jury in Fort
    Worth", "police in Kenya"), as the gazetteer resolved it; None when none or several."""
    toks = np_tokens(head)
    lo, hi = toks[0].idx, toks[-1].idx + len(toks[-1])
    found = {
        iso3
        for p in doc._.ng_places or []
        if lo <= p.span.start and p.span.end <= hi
        for iso3 in [_alpha3(p.country_code)]
        if iso3
    }
    return found.pop() if len(found) == 1 else None


def _sentence_country(doc: Doc, head: Token, *, strict: bool = False) -> str | None:
    """The one country the head's sentence names through its places (as the gazetteer
    resolved them) or its country/demonym/capital entities; None when none or several.
    ``strict``: only places that are countries or provinces, not cities (the gazetteer
    makes towns of names it does not know: "Titan", "Servance")."""
    sent = head.sent
    lo, hi = sent.start_char, sent.end_char
    found: set[str] = set()
    for p in doc._.ng_places or []:
        if strict and p.feature not in ("country", "admin1"):
            continue
        if lo <= p.span.start < hi:
            iso3 = _alpha3(p.country_code)
            if iso3:
                found.add(iso3)
    for ent in doc._.ng_entities or []:
        if ent.type in ("GPE", "NORP") and ent.country:
            if any(lo <= m.start < hi for m in ent.mentions):
                found.add(ent.country)
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=512)
def _alpha3(alpha2: str | None) -> str | None:
    if not alpha2:
        return None
    c = pycountry.countries.get(alpha_2=alpha2.upper())
    return c.alpha_3 if c is not None else None


# monarchies a news story calls "the kingdom"
_KINGDOMS = frozenset(
    "SAU JOR MAR BHR KWT OMN GBR THA KHM BTN ESP NLD BEL SWE NOR DNK SWZ LSO TON".split()
)


def _last_kingdom(doc: Doc, head: Token) -> str | None:
    """The monarchy (country, demonym or capital entity) mentioned last before ``head``,
    within about 2,000 characters."""
    best: tuple[int, str] | None = None
    for ent in doc._.ng_entities or []:
        if ent.type not in ("GPE", "NORP") or ent.country not in _KINGDOMS:
            continue
        for m in ent.mentions:
            if head.idx - 2000 <= m.start < head.idx and (best is None or m.start > best[0]):
                best = (m.start, ent.country)
    return best[1] if best else None
