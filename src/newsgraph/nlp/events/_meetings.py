"""Meeting and talks nouns with no sides (issue 10 item 1, types25).

A meeting, talks or negotiations noun as the subject of an intransitive clause was kept as
news with no actor named ("protests broke out" is news). Consultation needs two sides: "The
meeting was long", "After talks ended, the delegates went back to their hotels",
"Negotiations dragged on for hours" name no party and imply none, so they are no event. Talks
a modifier ties to a dispute or a party ("peace talks resumed", "nuclear talks stalled",
"Iran's talks") imply their sides and stay news, as do talks with a "with", "between" or
"of" ("the meeting of the two leaders lasted two hours").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern

_SIDES = frozenset({"poss", "compound", "amod", "nmod", "nummod", "appos"})
_SIDE_PREPS = frozenset({"with", "between", "among", "of", "on", "over", "about"})


def bare_talks(tok: Token, pattern: Pattern) -> bool:
    """A CONSULT noun with no modifier and no "with"/"between" (module doc)."""
    if pattern.type != "CONSULT" or pattern.pos != "N":
        return False
    return not any(
        c.dep_ in _SIDES or (c.dep_ == "prep" and c.lower_ in _SIDE_PREPS) for c in tok.children
    )
