"""Attacks known by their means or their kind of damage when no attacker is named (issue 10,
types12): "an arson attack", "a mob attack", "the torching of a police station", "the lynching
of a cattle trader". PLOVER codes these with an unknown source, as ACLED does; read by
:func:`newsgraph.nlp.events._political.armed_attack`."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._harm_lexicon import harm_words

__all__ = ["BY_HAND", "damage_of_place"]

# modifiers that name an attack by its means or its doers when no one is named ("an arson
# attack destroyed a mosque", "a mob attack on a church", "a machete attack")
BY_HAND = frozenset({"arson", "mob", "machete", "acid"})
# nouns of deliberate damage to a place ("the torching of a police station", "the looting of
# shops"): with a building or place as their "of" object, an attack whoever did it; a mob
# killing with a person as its "of" object ("the lynching of a cattle trader")
_DAMAGE_NOUNS = frozenset({"torching", "looting", "ransacking", "razing", "burning", "vandalism"})
_MOB_KILLINGS = frozenset({"lynching"})


def damage_of_place(tok: Token) -> bool:
    """A noun of deliberate damage whose "of" object is a building or a place, or a mob killing
    whose "of" object is a person: an attack with no one named."""
    word = tok.lemma_.lower()
    if word in _DAMAGE_NOUNS:
        hit = harm_words().get("physical", frozenset())
    elif word in _MOB_KILLINGS:
        hit = harm_words().get("people", frozenset())
    else:
        return False
    return any(
        g.dep_ == "pobj"
        and (g.lemma_.lower() in hit or (word in _MOB_KILLINGS and g.ent_type_ == "PERSON"))
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
    )
