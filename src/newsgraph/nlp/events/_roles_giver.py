"""Whom a reaction to help, pressure or threats is aimed at when the act is named by a noun
with its giver in a "from" phrase (issue 10 item 3, actors28): "said she was heartened by
cooperation from Kenya and Tanzania" (gold: Kenya), "were pleased with help from Pakistan",
"expressed gratitude for the assistance from Japan". The giver did the act reacted to, as
the owner does in "Japan's assistance" (``_roles_common._owner``).

Only nouns of acts one party gives or does to another (help, cooperation, pressure, threats);
not a "from" phrase of where something comes from or leaves ("the withdrawal of troops from
Afghanistan", "imports from China")."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._roles_common import _pobjs

# acts given or done by a party to another, named by a noun
_GIVEN = frozenset(
    "help cooperation support assistance aid backing pressure threat criticism interference"
    " meddling offer pledge message invitation solidarity".split()
)
_NAMED = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def given_by(thing: Token) -> Token | None:
    """The giver named by the "from" phrase of a noun of help or pressure (``thing``): a
    country, organisation or person, or a noun the agent dictionary codes; None otherwise."""
    if thing.lemma_.lower() not in _GIVEN and thing.lower_ not in _GIVEN:
        return None
    for prep in thing.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for obj in _pobjs(prep):
                if obj.ent_type_ in _NAMED or obj.pos_ == "NOUN":
                    return obj
    return None
