"""Trips that are visits (issue 10, types12): an official's or a delegation's trip abroad is a
visit, CAMEO 042 "make a visit" ("The Turkish foreign minister travelled to Baghdad", "Pakistan's
army chief landed in Riyadh"). The bare travel patterns of ``event_lexicon.tsv``
(``lex.consult.travel_to``, ``fly_to``, ``land_in``) make an event only when one coded political
side (a government, legislature, military, judiciary, international organisation, rebel group,
opposition or party; not a plural: "troops flew to Mali" is a deployment) goes to a place of
another country ("the president travelled to Ohio" is a trip at home; "the singer flew to
Paris" a private one)."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.model import Actor
from newsgraph.nlp.events._patterns import Pattern

__all__ = ["home_or_private_trip", "site_visit"]

_TRIP_LEMMAS = frozenset({"travel", "fly", "land"})
_POLITICAL = frozenset({"GOV", "LEG", "MIL", "JUD", "SPY", "IGO", "IMG", "REB", "OPP", "PTY"})


def _sector(actor: Actor) -> str | None:
    if actor.sector:
        return actor.sector
    return actor.code[-3:] if actor.code and len(actor.code) > 3 else None


def _plural(tok: Token, actor: Actor) -> bool:
    span = tok.doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    return span is not None and span.root.tag_ in ("NNS", "NNPS")


def home_or_private_trip(
    tok: Token, pattern: Pattern, sources: list[Actor], targets: list[Actor]
) -> bool:
    """Whether a bare travel pattern's trip is no visit (module doc)."""
    if pattern.type != "CONSULT" or pattern.with_ or tok.lemma_.lower() not in _TRIP_LEMMAS:
        return False
    if not sources or any(_plural(tok, a) for a in sources):
        return True
    if not any(_sector(a) in _POLITICAL or (a.code or "").startswith("IGO") for a in sources):
        return True
    home = {a.country for a in sources if a.country}
    away = {a.country for a in targets if a.country}
    return not home or not away or away <= home


_VISIT_LEMMAS = frozenset({"visit", "tour"})
# sites, works and institutions one tours (not people, bodies or forces one visits)
_SITES = frozenset(
    "factory plant site school hospital clinic museum farm mine port airport market project "
    "facility exhibition fair memorial monument temple church mosque shrine cathedral "
    "university campus college laboratory lab warehouse mall park zoo stadium dam bridge "
    "construction plantation refinery shipyard showroom studio".split()
)


def site_visit(tok: Token, pattern: Pattern, sources: list[Actor], targets: list[Actor]) -> bool:
    """A visit or tour of a site with no one visited and no place of another country in the
    verb's phrase (no target at all: the coder takes a coded place there as the target):
    officials touring a factory, a president visiting a school ("Officials toured the new
    factory in Shenzhen"). The object must be a site (:data:`_SITES`): a visit to people, a
    body or a force the actor coder leaves uncoded ("visit the first infantry brigade") stays."""
    return (
        pattern.type == "CONSULT"
        and pattern.mode == "visit"
        and tok.lemma_.lower() in _VISIT_LEMMAS
        and not targets
        and bool(sources)
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _SITES for c in tok.children)
    )
