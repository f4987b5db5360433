"""Whom a mobilisation is aimed at: where the forces are sent or massed, not the forces.

PLOVER codes MOBILIZE from the side that moves its forces against the side or place they are
moved to. The small model's roles give the forces as the target ("India moved thousands of
troops to the border with Pakistan": the troops, INDMIL) or put them before the place ("Russia
massed troops near Ukraine's border"): the forces are the mover's own, and when the sentence
says where they go, that place or the country across the border is the target ("the border
with Pakistan" -> Pakistan). With no destination the roles stay as they were.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._roles_common import _pobjs

# prepositions of where forces are moved or massed
_DESTINATION_PREPS = frozenset("to into near along toward towards at on onto across".split())
# nouns of a frontier, which stand for the country across it ("the border with Pakistan")
_FRONTIERS = frozenset("border frontier boundary".split())


def _moved(verb: Token) -> set[Token]:
    """The forces a mobilising verb moves: its object or passive subject and the nouns of
    their phrase ("thousands of troops", "tens of thousands of soldiers")."""
    out: set[Token] = set()
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            out.update(t for t in c.subtree if t.pos_ in ("NOUN", "PROPN", "NUM"))
    return out


def _destination(verb: Token) -> list[Token]:
    """Where a mobilising verb sends its forces: the object of its to/into/near/along ...
    phrase, on the verb or on its object ("massed troops near Ukraine's border"); a frontier
    stands for the country it is shared "with" ("the border with Pakistan")."""
    hosts = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    hosts += [g for h in hosts[1:] for c in h.children if c.dep_ == "prep" for g in _pobjs(c)]
    for host in hosts:
        for prep in host.children:
            if prep.dep_ != "prep" or prep.lower_ not in _DESTINATION_PREPS:
                continue
            for obj in _pobjs(prep):
                if obj.lemma_.lower() in _FRONTIERS:
                    across = [
                        o
                        for c in obj.children
                        if c.dep_ == "prep" and c.lower_ == "with"
                        for o in _pobjs(c)
                    ]
                    return across or [obj]
                if obj.pos_ == "PROPN" or obj.ent_type_ in ("GPE", "LOC"):
                    return [obj]
    return []


def mobilize_roles(
    verb: Token, sources: list[Token], targets: list[Token]
) -> tuple[list[Token], list[Token]]:
    """Sources and targets of a mobilising verb: with a destination (:func:`_destination`),
    the destination is the target and the moved forces are no target; forces moved in a
    passive with no agent are the mover ("Rwandan troops were deployed to Cabo Delgado":
    the troops' country). Unchanged without a destination."""
    dest = _destination(verb)
    if not dest:
        return sources, targets
    moved = _moved(verb)
    if not sources:
        sources = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return sources, dest + [t for t in targets if t not in moved and t not in dest]
