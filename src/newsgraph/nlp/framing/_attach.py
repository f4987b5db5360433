"""Attach a framing label to the actor it names or describes.

The label's syntactic root decides where the actor is:

- a noun used as the actor's name ("the terrorists holed up in the city") is the actor;
- a modifier ("so-called Syrian opposition groups", "terrorist group", "brutal regime") labels
  the noun it modifies;
- an apposition ("HTS, a terrorist group") or a predicate nominal/adjective ("HTS is a terrorist
  group", "the regime is brutal") labels the subject or the noun it stands beside;
- a loaded verb ("the abscess has to be liquidated", "purging terrorists") labels its object.

The actor is then the entity the article links that noun phrase to (its head, a name inside
it, or the named noun it stands in apposition to); otherwise a generic actor coded the way the
event coder codes actors (country + sector: SYRREB), its country taken from the phrase, a place
inside it, or the article's main country.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph.model import Actor, Entity, Place
from newsgraph.nlp._doc import _cached, doc_text
from newsgraph.nlp.events._actors import ActorCoder
from newsgraph.nlp.events._countries import alpha3
from newsgraph.nlp.framing._attach_conj import shared_role
from newsgraph.nlp.framing._attach_gov import GOV, government_code
from newsgraph.nlp.framing._attach_links import (
    actor_noun,
    antecedent,
    hideout,
    perpetrator,
    predicate_subject,
)
from newsgraph.nlp.framing._attach_placed import placed_code
from newsgraph.nlp.framing._attach_things import thing_noun
from newsgraph.nlp.framing._attach_tobe import to_be_target
from newsgraph.nlp.framing._naming import naming_target
from newsgraph.nlp.framing._nonactor import act_noun, name_calling_noun

_NOUNS = frozenset({"NOUN", "PROPN"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "advmod", "npadvmod", "quantmod"})
_OBJECT_DEPS = ("dobj", "nsubjpass", "obj")
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_ENTITY_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_MAX_NAME = 80


@dataclass(slots=True)
class Target:
    entity: str | None
    name: str | None
    code: str | None
    how: str  # name | modifier | apposition | predicate | object | entity-inside


@lru_cache(maxsize=1)
def _coder() -> ActorCoder:
    return ActorCoder([], [])


def coded_actor(head: Token) -> bool:
    """The event coder codes the phrase headed by ``head`` as an actor with a sector."""
    actor = _coder().actor(head.doc, head, None)
    return actor is not None and actor.sector is not None


def actor_head(root: Token, inside: frozenset[int] = frozenset()) -> tuple[Token, str]:
    """The token heading the noun phrase of the actor a label rooted at ``root`` labels;
    ``inside``: token indices of the label itself (its own words are never its actor)."""
    head, how = root, "name"
    if root.pos_ in ("VERB", "AUX") and root.dep_ not in ("amod", "compound"):
        return _verb_target(root, inside)
    head = shared_role(root)  # "the loony, militant ... organization" (_attach_conj)
    while head.dep_ in _MODIFIER_DEPS and head.head.i != head.i and head.head.i > head.i:
        head, how = head.head, "modifier"
    if how == "modifier" and (act_noun(head) or hideout(head) or thing_noun(head, root)):
        doer = perpetrator(head)  # "the Tamils' terrorist acts" (_attach_links)
        if doer is not None:
            return doer, "modifier"
        return head, "act"  # "terror attacks": the perpetrators, whom no phrase names
    named = naming_target(head, inside) or to_be_target(head)  # "deemed to be traitors"
    if named is not None:
        return antecedent(named), "predicate"  # "calling Trump a fascist"
    subject = predicate_subject(head)  # "HTS is a terrorist group", not "the problem is ..."
    if subject is not None:
        return antecedent(subject), "predicate"
    if head.dep_ == "appos" and head.head.pos_ in _NOUNS:
        return head.head, "apposition"
    return head, how


def _verb_target(verb: Token, inside: frozenset[int]) -> tuple[Token, str]:
    """A loaded verb labels what it is done to: its object, the subject of its passive ("the
    abscess has to be liquidated"), or the noun a participle describes ("groups wreaking
    havoc")."""
    for child in verb.children:
        if child.dep_ in _OBJECT_DEPS and child.i not in inside:
            return child, "object"
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive:
        v = verb
        while True:
            for child in v.children:
                if child.dep_ in _SUBJECT_DEPS:
                    return child, "object"
            if v.dep_ != "xcomp" or v.head.i == v.i:
                break
            v = v.head
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in _NOUNS:
        return verb.head, "modifier"
    return verb, "verb"


_Mention = tuple[int, int, int, Entity]  # start, end, the entity's position, the entity


def _mentions(doc: Doc, entities: list[Entity]) -> tuple[list[_Mention], list[int], int]:
    """Every entity mention sorted by start (built once per doc), the starts, the longest."""

    def make() -> tuple[list[_Mention], list[int], int]:
        ms = sorted(
            ((m.start, m.end, k, ent) for k, ent in enumerate(entities) for m in ent.mentions),
            key=lambda t: t[:3],
        )
        return ms, [m[0] for m in ms], max((m[1] - m[0] for m in ms), default=0)

    return _cached(doc, "framing_mentions", make)  # type: ignore[no-any-return]


def _overlapping(
    doc: Doc, entities: list[Entity], start: int, end: int, types: frozenset[str]
) -> Entity | None:
    """The first entity (in the article's order) of one of ``types`` with a mention
    overlapping ``[start, end)``."""
    ms, starts, longest = _mentions(doc, entities)
    best: _Mention | None = None
    for m in ms[bisect.bisect_left(starts, start - longest) : bisect.bisect_left(starts, end)]:
        if m[1] > start and m[3].type in types and (best is None or m[2] < best[2]):
            best = m
    return best[3] if best is not None else None


_NAME_TYPES = frozenset({"PERSON", "ORG"})


def _entity_for(doc: Doc, head: Token, entities: list[Entity]) -> Entity | None:
    """The entity the phrase headed by ``head`` names: the head's own mention, else a name
    compounded into it or standing in apposition to it."""
    ent = _overlapping(doc, entities, head.idx, head.idx + len(head), _ENTITY_TYPES)
    if ent is not None:
        return ent
    for child in head.children:
        if child.dep_ not in ("compound", "nmod", "appos") or child.pos_ != "PROPN":
            continue
        ent = _overlapping(doc, entities, child.left_edge.idx, child.idx + len(child), _NAME_TYPES)
        if ent is not None:
            return ent
    return None


def _code(country: str | None, sector: str | None) -> str | None:
    return (country or "") + (sector or "") or None


def main_country(places: list[Place]) -> str | None:
    """The ISO alpha-3 country most places in the article lie in (at least two mentions)."""
    counts = Counter(p.country_code for p in places if p.country_code)
    if not counts:
        return None
    code, n = counts.most_common(1)[0]
    return alpha3(code) if n >= 2 else None


def resolve(
    doc: Doc,
    head: Token,
    how: str,
    *,
    sector: str | None,
    entities: list[Entity],
    places: list[Place],
    article_country: str | None,
) -> Target | None:
    """The actor the phrase headed by ``head`` stands for, or None when it names no actor."""
    if how == "act":
        return None
    gov = sector == GOV

    def entity_target(ent: Entity) -> Target:
        code = _code(ent.country, ent.sector)
        # a named armed group the tables code with no country: the sentence's (_attach_placed)
        placed = placed_code(doc, head, country=ent.country, sector=ent.sector, label_sector=sector)
        code = placed or code
        if gov:  # "the Obama regime" -> USAGOV (_attach_gov)
            code = government_code(
                doc, head, how, country=ent.country, entity=ent, own_code=code,
                entities=entities, places=places, article_country=article_country,
            )  # fmt: skip
        return Target(ent.id, ent.name, code, how)

    ent = _entity_for(doc, head, entities)
    if ent is not None:
        return entity_target(ent)
    if head.pos_ not in _NOUNS and head.pos_ != "PRON":
        return None
    actor = _coder().actor(doc, head, doc._.ng_published)
    if actor is not None and actor.entity is not None:
        for ent in entities:
            if ent.id == actor.entity:
                return entity_target(ent)
    country = actor.country if actor is not None else None
    sec = (actor.sector if actor is not None else None) or sector
    if sec is None:
        if how == "name" and name_calling_noun(head):
            # "we nominate a fascist", "the traitors in the midst of Europe": the label's own
            # noun is the actor, with no sector to code
            return Target(None, _name(doc, head, actor), None, how)
        if (
            how == "modifier"
            and head.pos_ != "PRON"
            and actor_noun(head)
            and not name_calling_noun(head)
        ):
            # "our so-called allies", "the fascist Left": a noun of people or a name the
            # label modifies is the actor, with no sector to code (_attach_links); a label
            # noun ("foreign-backed militancy") takes its own record's actor (+inherit)
            return Target(None, _name(doc, head, actor), None, how)
        return None
    if country is None and actor is not None:
        inside = [
            p
            for p in places
            if actor.span.start <= p.span.start and p.span.end <= actor.span.end and p.country_code
        ]
        if inside:
            country = alpha3(inside[0].country_code or "")
    if gov:  # "its repressive military dictatorship" -> MMRGOV (_attach_gov)
        code = government_code(
            doc, head, how, country=country, entity=None, own_code=None,
            entities=entities, places=places, article_country=article_country,
        )  # fmt: skip
        return Target(None, _name(doc, head, actor), code, how)
    if country is None:
        country = article_country
    if country is None and head.pos_ == "PRON":  # "They call them terrorists" (_attach_placed)
        placed = placed_code(doc, head, country=None, sector=sec, label_sector=sector)
        if placed is not None:
            return Target(None, _name(doc, head, actor), placed, how)
    return Target(None, _name(doc, head, actor), _code(country, sec), how)


def _name(doc: Doc, head: Token, actor: Actor | None) -> str:
    name = actor.span.text if actor is not None else doc_text(doc)[head.idx : head.idx + len(head)]
    if len(name) > _MAX_NAME:
        name = name[:_MAX_NAME].rsplit(" ", 1)[0]
    return name
