"""Pairs an actor phrase may stand for: "the two countries", "both sides", "both leaders" (the
two countries or people named last, or the last coordination of two differently placed names),
and capitals named as places; used by :class:`newsgraph.nlp.events._actors.ActorCoder`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph import lexicons as lexicon
from newsgraph.model import Entity
from newsgraph.nlp._doc import entity_at
from newsgraph.nlp.events._countries import alpha3, attacked
from newsgraph.nlp.events._phrases import _ent_text

# plural nouns that stand for two countries named before: "the two countries", "both nations"
_PAIR_NOUNS = frozenset({"country", "nation", "government", "neighbour", "neighbor"})
# and for two people named before: "the two leaders", "both ministers"
_PAIR_PEOPLE = frozenset(
    {"leader", "minister", "president", "premier", "counterpart", "head", "diplomat", "envoy"}
    | {"candidate", "nominee", "rival", "senator", "politician", "official"}
)
# "the two men", "both women": two people only when definite, referring back ("two men were
# arrested" introduces two others)
_PAIR_ANYONE = frozenset({"man", "woman"})
_OFFICIALS = frozenset({"GOV", "MIL", "LEG", "PTY", "ELI", "IGO", "OPP"})
_PAIR_REACH = 3000  # characters back to look for the two countries or people


def _pair_kind(head: Token) -> str | None:
    """ "country", "government", "side" or "person" for a plural noun counted as two ("the
    two countries", "both sides", "both leaders"), else None."""
    if head.tag_ not in ("NNS", "NNPS"):
        return None
    if not any(
        (c.dep_ in ("det", "predet") and c.lower_ == "both")
        or (c.dep_ == "nummod" and c.lower_ in ("two", "2"))
        for c in head.children
    ):
        return None
    lemma = head.lemma_.lower()
    if lemma in _PAIR_PEOPLE:
        return "person"
    if lemma in _PAIR_ANYONE and any(
        c.dep_ in ("det", "predet") and c.lower_ in ("the", "both") for c in head.children
    ):
        return "person"
    if lemma == "government":
        return "government"
    if lemma == "side":
        return "side"
    return "country" if lemma in _PAIR_NOUNS else None


def _people_pair(doc: Doc, head: Token) -> list[Entity]:
    """The two people the article named last before ``head``, in the order they were last
    named; where the two countries named last each have one of the people named, those two
    instead (the two ministers of the countries at odds, not their host); [] when fewer
    than two."""
    last: dict[str, tuple[int, Entity]] = {}
    for ent in doc._.ng_entities or []:
        if ent.type != "PERSON":
            continue
        for m in ent.mentions:
            if head.idx - _PAIR_REACH <= m.start < head.idx:
                if ent.id not in last or m.start > last[ent.id][0]:
                    last[ent.id] = (m.start, ent)
    if len(last) < 2:
        return []
    recent = sorted(last.values(), key=lambda x: -x[0])
    by_country = [
        next((x for x in recent if x[1].country == c), None) for c in _country_pair(doc, head)
    ]
    two = [x for x in by_country if x is not None]
    if len(two) < 2:
        two = recent[:2]
    return [e for _, e in sorted(two, key=lambda x: x[0])]


def _country_pair(doc: Doc, head: Token) -> list[str]:
    """The two countries (ISO alpha-3) of the last coordination of two differently placed
    names before ``head`` ("Kenya and Tanzania", "Hillary Clinton and Sergei Lavrov"), else
    the two the article named last (places resolved to a country, country entities), in the
    order they were named; [] when fewer than two."""
    coordinated = _coordinated_pair(doc, head)
    if coordinated:
        return coordinated
    last: dict[str, int] = {}
    for ent in doc._.ng_entities or []:
        if ent.type == "GPE" and ent.country:
            for m in ent.mentions:
                if head.idx - _PAIR_REACH <= m.start < head.idx:
                    last[ent.country] = max(last.get(ent.country, -1), m.start)
    for p in doc._.ng_places or []:
        iso3 = alpha3(p.country_code) if p.feature == "country" else None
        if iso3 and head.idx - _PAIR_REACH <= p.span.start < head.idx:
            last[iso3] = max(last.get(iso3, -1), p.span.start)
    if len(last) < 2:
        return []
    two = sorted(last, key=lambda c: -last[c])[:2]
    return sorted(two, key=lambda c: last[c])


_PLACE_PREPS = frozenset({"in", "inside", "near", "across", "throughout", "outside", "at"})


def _capital_as_place(doc: Doc, tok: Token) -> bool:
    """A capital named as the place of something ("a hotel in Mogadishu"), not as an actor."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in _PLACE_PREPS:
        return False
    return lexicon.capitals().get(_ent_text(doc, tok)) is not None


def _capital_struck(doc: Doc, tok: Token) -> bool:
    """A capital that is the target of an attack ("Russian missiles hit Kyiv", "drones
    attacked Moscow overnight"): the city struck is its country, as any town struck is
    (:func:`~newsgraph.nlp.events._countries.attacked`), not the government it stands for
    when it speaks or acts ("Kyiv said", "Moscow warned Kyiv")."""
    return attacked(tok) and lexicon.capitals().get(_ent_text(doc, tok)) is not None


def _coordinated_pair(doc: Doc, head: Token) -> list[str]:
    """The countries of the last "X and Y" of two names with different countries (their
    entities' countries) before ``head`` and within :data:`_PAIR_REACH` characters."""
    for tok in reversed(doc[: head.i]):
        if tok.idx < head.idx - _PAIR_REACH:
            break
        if tok.dep_ != "conj" or tok.pos_ != "PROPN" or tok.head.pos_ != "PROPN":
            continue
        first, second = (entity_at(doc, t.idx, t.idx + len(t)) for t in (tok.head, tok))
        if first is None or second is None or not first.country or not second.country:
            continue
        if first.country != second.country:
            return [first.country, second.country]
    return []
