"""A reaction to an act that names no one who did or suffered it is aimed at the country it
happened in: "The United Nations condemned the violence in Myanmar" -> Myanmar, "The EU
welcomed the release of the political prisoners in Belarus" -> Belarus, "The African Union
condemned the coup in Niger" -> Niger (as an event coder places "the violence in X").

Only for the verbal reactions (support, accusation, rejection, request) whose target is a
thing with no owner (``_roles_common._owner`` found none): the place phrase on the thing or on
the nouns of its own phrase ("the release of the prisoners in Belarus")."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._roles_common import _pobjs, _thing
from newsgraph.nlp.events._roles_giver import given_by

# the event types of a reaction to what others did
_REACTION_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT", "REQUEST"})
_IN = frozenset({"in", "inside"})
# countries and towns; not a continent or region ("closer cooperation in Europe" is no act
# done to Europe, and would make a passing remark an event)
_PLACES = frozenset({"GPE"})
_DEPTH = 4


def where_done(thing: Token) -> Token | None:
    """The country or place an act named by ``thing`` happened in: the object of an "in"
    phrase on it or on the nouns of its of/on/against phrases, a country or town (GPE);
    None when there is none."""
    stack = [(thing, 0)]
    while stack:
        tok, depth = stack.pop(0)
        for prep in tok.children:
            if prep.dep_ != "prep":
                continue
            objs = _pobjs(prep)
            if prep.lower_ in _IN:
                # "in Ethiopia's Tigray region": the owner of a region that is not a name
                places = [
                    o if o.ent_type_ else next(c for c in o.children if c.dep_ == "poss")
                    for o in objs
                    if o.ent_type_ in _PLACES
                    or any(c.dep_ == "poss" and c.ent_type_ in _PLACES for c in o.children)
                ]
                if places:
                    return places[0]
            elif depth < _DEPTH:
                stack.extend((o, depth + 1) for o in objs if o.pos_ in ("NOUN", "PROPN"))
    return None


def scene_targets(event_type: str, targets: list[Token]) -> list[Token]:
    """``targets`` with each thing (an act named by a common noun: "the violence", "the
    coup") replaced by whoever gave it (``_roles_giver.given_by``: "heartened by cooperation
    from Kenya") or the place it happened in (:func:`where_done`), for reactions only."""
    if event_type not in _REACTION_TYPES:
        return targets
    return [(given_by(t) or where_done(t) or t) if _thing(t) else t for t in targets]
