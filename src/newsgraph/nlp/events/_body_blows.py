"""Blows that land on a body part (issue 10 items 1 and 4, real28).

A blow verb whose prepositional phrase names a part of the body ("struck the 17-year-old across
the face", "Some officers were hit in the head", "threw a soda in Richard's face") is a
physical assault on a person (CAMEO 182) even when the object is no word for a person the
coder knows ("the 17-year-old") or is the thing thrown ("a soda"), and even in the passive with
no agent named, where an impact verb alone would be read as an accident ("was struck while
walking near the school", :func:`newsgraph.nlp.events._filters_domain.accident_victim`).
The body part is the target of the harm (:func:`newsgraph.nlp.events._filters.harm_ok`).
Turned back on someone ("threw the offer back in their face") is a figure of speech and one
struck "accidentally" an accident: no blow.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern

BODY_PARTS = frozenset(
    "head face chest stomach belly neck jaw mouth nose eye eyes groin rib ribs back shoulder "
    "temple skull cheek throat lip lips forehead".split()
)
_BLOW_VERBS = frozenset({"hit", "strike", "punch", "slap", "kick", "smack", "whack", "throw"})
_PREPS = frozenset({"in", "across", "on", "to", "into"})
_ACCIDENTAL = frozenset({"accidentally", "inadvertently", "unintentionally", "mistakenly"})


def body_part(tok: Token) -> Token | None:
    """The body part a blow verb's prepositional phrase names ("across the face"), or None."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in _PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lemma_.lower() in BODY_PARTS:
                return obj
    return None


def body_blow(tok: Token, pattern: Pattern) -> bool:
    """An ASSAULT verb of striking or throwing whose blow lands on a named body part, not turned
    "back" on someone (module doc)."""
    if pattern.type != "ASSAULT" or pattern.pos != "V":
        return False
    if tok.lemma_.lower() not in _BLOW_VERBS:
        return False
    if any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children):
        return False  # "threw the offer back in their face"
    if any(c.lower_ in _ACCIDENTAL for c in tok.children):
        return False  # "was accidentally struck in the face": an accident
    return body_part(tok) is not None
