"""Custody and charges of people who are counted, not named (issue 10, real24).

Local and wire news often counts the people arrested, held or charged instead of naming them:
"ICE arrests 20 in Kansas City", "Five were arrested after the clashes", "Twenty of them were
also charged with identity theft". A bare number (or "N of them/those/the suspects") is no
actor the coder can code, so such an event had no actor at all and was dropped; the act is the
news, as "A curfew was imposed" is (:func:`newsgraph.nlp.events._political._news_noun`).

Only the custody patterns (COERCE ``arrest``: arrest, detain, hold in custody or on bond,
charge) count, and only when the number is their patient (passive subject or direct object),
not a sum of money, a date or a quantity ("charged 20 dollars", "held 20 players in reserve":
the number has its own noun there). "Charge" needs its "with" of the offence ("the store
charged 20 for the ticket" is a price).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._bail import held_on_bail
from newsgraph.nlp.events._custody_told import told_custody
from newsgraph.nlp.events._patterns import Pattern

# entity labels of numbers that count no people
_NOT_PEOPLE = frozenset({"MONEY", "PERCENT", "QUANTITY", "DATE", "TIME", "ORDINAL"})
# counted groups written as words ("dozens were detained")
_COUNT_WORDS = frozenset({"dozens", "hundreds", "thousands", "scores"})


def _counted(t: Token) -> bool:
    """A bare number of people: "20", "Twenty (of them)", "dozens"; not "$505", "2019"."""
    if t.ent_type_ in _NOT_PEOPLE:
        return False
    return t.like_num or t.ent_type_ == "CARDINAL" or t.lower_ in _COUNT_WORDS


def counted_custody(tok: Token, pattern: Pattern) -> bool:
    """Whether a custody verb's patient is a number of people (module doc)."""
    if pattern.pos != "V" or pattern.type != "COERCE" or pattern.mode != "arrest":
        return False
    if pattern.lemma == "charge" and not any(
        c.dep_ == "prep" and c.lower_ == "with" for c in tok.children
    ):
        return False
    if held_on_bail(tok):  # "was held on $505 bond" (_bail, real26)
        return True
    if told_custody(tok, pattern):  # "has been taken into custody" (_custody_told, types28)
        return True
    return any(c.dep_ in ("nsubjpass", "dobj") and _counted(c) for c in tok.children)
