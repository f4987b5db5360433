"""Phrasal readings of trigger words the pattern index skips (issue 10, long22): a verb of going
on with something ("the army pressed on with an operation" is no REQUEST), and the clauses hung
on a trigger that never satisfy a pattern's "with" ("accepted a proposal, calling it a
historic step" is no accepted call)."""

from __future__ import annotations

from spacy.tokens import Token

# verbs whose particle makes them "go on with" ("pressed on with", "pressed ahead with")
CARRY_ON = frozenset({("press", "on"), ("press", "ahead"), ("press", "forward")})


def carries_on(token: Token) -> bool:
    """A verb of going on with something, no act of its own (long22)."""
    return any(
        (token.lemma_.lower(), c.lower_) in CARRY_ON
        for c in token.children
        if c.dep_ in ("prt", "advmod")
    )


# clauses hung on a trigger whose participle (VBG) is no "with" word of it: "accepted a
# proposal, calling it a historic step" is no accepted call; a purpose infinitive still is
# ("gathered ... to demand higher wages", "handed over ... to face charges")
CLAUSES = frozenset({"advcl", "conj", "parataxis", "relcl"})
