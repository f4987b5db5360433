"""Who counts as an actor of an event though the coder leaves them uncoded: personal
pronouns, nouns naming people, bodies or military assets (``event_participants.txt``) and
proper names the entity layer missed."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsgraph import datafiles
from newsgraph.model import Actor

_PERSONAL = frozenset({"he", "she", "they", "we", "i", "him", "her", "them", "us"})


def _lone(heads: list[Token]) -> bool:
    """One singular source ("the city council met"), not several ("the ministers met")."""
    return len(heads) == 1 and heads[0].tag_ in ("NN", "NNP") and not heads[0].conjuncts


def _participant_text(actor: Actor) -> bool:
    words = actor.span.text.lower().split()
    return bool(words) and (
        words[-1] in _participants() or words[-1].rstrip("s") in _participants()
    )


_NOT_ACTOR_ENTS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT", "PRODUCT"}
)


def _bare_name(head: Token) -> bool:
    """A proper name as subject or object that the entity layer left unnamed ("Reno denied
    the request", "Carlineo was arrested"): an actor, though uncoded."""
    return (
        head.pos_ == "PROPN"
        and head.dep_ in ("nsubj", "nsubjpass", "dobj")
        and head.ent_type_ not in _NOT_ACTOR_ENTS
    )


@lru_cache(maxsize=1)
def _participants() -> frozenset[str]:
    return datafiles.words("events/event_participants.txt")


def _participant(head: Token) -> bool:
    """A noun naming people, a body or a military asset (event_participants.txt)."""
    return head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in _participants()
