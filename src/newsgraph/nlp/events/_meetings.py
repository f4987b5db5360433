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

from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.model import Actor
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


# modifiers that tell when, how often or of what kind talks are, not who takes part
# (real26: "gather for organizational meetings", "in subsequent discussions in the blogosphere")
_EMPTY_MODIFIERS = frozenset(
    {
        "subsequent",
        "organizational",
        "organisational",
        "further",
        "later",
        "earlier",
        "previous",
        "regular",
        "routine",
        "informal",
        "internal",
        "lengthy",
        "brief",
        "scheduled",
        "weekly",
        "monthly",
        "annual",
        "daily",
        "initial",
        "online",
        "separate",
    }
)


def empty_talks(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> bool:
    """A CONSULT noun whose only modifiers tell when or of what kind the talks are
    ("legislators gather for organizational meetings", "in subsequent discussions in the
    blogosphere"), with no "with"/"between"/"of" and no side of a country: one group's own
    meetings, no consultation between sides (real26). "Subsequent talks with Iran", "weekly
    meetings between the two ministers", "Iran's subsequent talks" keep their sides."""
    if pattern.type != "CONSULT" or pattern.pos != "N":
        return False
    kids = list(tok.children)
    if any(c.dep_ == "prep" and c.lower_ in _SIDE_PREPS for c in kids):
        return False
    mods = [c for c in kids if c.dep_ in _SIDES]
    if not mods or any(
        c.dep_ != "amod"
        or (c.lower_ not in _EMPTY_MODIFIERS and c.lemma_.lower() not in _EMPTY_MODIFIERS)
        for c in mods
    ):
        return False
    return not any(a.country for a in (*sources, *targets))
