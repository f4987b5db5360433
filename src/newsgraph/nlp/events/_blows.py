"""Blows that are idioms (issue 10 items 1 and 4, real26).

The beating's own verbs (punch, kick, slap, stomp: ``assault.punch`` ... in
event_patterns.tsv, CAMEO 182) are blows only with a person struck ("supporters kicked and
punched a protester"). With a particle or a compound they are idioms of starting, expelling
or spending: "Clinton kicked off her post-Nevada campaign", "has been kicked off the student
government board", "We got kicked out of a public school", "spending $50,000 to kick-start a
Web campaign", "kicked back", "punched in" (a time clock). Such a use is no assault. An "in"
that leads to a part of the body is where the blow landed, no particle (acled41: "a protester
who was punched in the face by a Trump supporter", "punching her in the head").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._body_blows import body_part
from newsgraph.nlp.events._patterns import Pattern

_BLOW_PATTERNS = frozenset({"assault.punch", "assault.kick", "assault.slap", "assault.stomp"})
_IDIOM_PARTICLES = frozenset({"off", "out", "up", "in", "back", "around", "down", "over"})


def idiom_blow(tok: Token, pattern: Pattern) -> bool:
    """A blow verb with a particle ("kicked off", "kicked out of") or written as a compound
    ("kick-start"): no assault (module doc)."""
    if pattern.name not in _BLOW_PATTERNS or body_part(tok) is not None:
        return False  # "punched in the face": the blow's place (acled41)
    if any(
        c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in ("off", "out")) for c in tok.children
    ):
        return True
    if any(c.lower_ in _IDIOM_PARTICLES and c.i == tok.i + 1 for c in tok.children):
        return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.text == "-" and not nxt.whitespace_
