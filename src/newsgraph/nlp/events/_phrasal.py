"""Phrasal readings of trigger words the pattern index skips (issue 10, long22): a verb of going
on with something ("the army pressed on with an operation" is no REQUEST), a verb inside the
name of an organisation ("the Committee to Protect Journalists said" is no AID), and the clauses
hung on a trigger that never satisfy a pattern's "with" ("accepted a proposal, calling it a
historic step" is no accepted call)."""

from __future__ import annotations

from spacy.tokens import Token

# verbs whose particle makes them "go on with" ("pressed on with", "pressed ahead with")
CARRY_ON = frozenset({("press", "on"), ("press", "ahead"), ("press", "forward")})
_CARRY_VERBS = frozenset(verb for verb, _ in CARRY_ON)


def carries_on(token: Token) -> bool:
    """A verb of going on with something, no act of its own (long22)."""
    lemma = token.lemma_.lower()
    if lemma not in _CARRY_VERBS:  # most verbs: no look at their children (perf33)
        return False
    return any((lemma, c.lower_) in CARRY_ON for c in token.children if c.dep_ in ("prt", "advmod"))


# verbs of criticism whose particle or preposition right after them gives a sense of motion or
# sending, no act (political33): "blasted out an email to supporters", "is blasting out
# missives", "the caucus blasted through its 2012 record", "the rocket blasted off"; "blasted
# away at the administration" and "blasted out at the council" stay criticism
_MOVING = frozenset({("blast", "out"), ("blast", "through"), ("blast", "off")})
_MOVING_VERBS = frozenset(verb for verb, _ in _MOVING)


def moving_sense(token: Token) -> bool:
    """A verb of criticism read with a particle of motion or sending (political33)."""
    lemma = token.lemma_.lower()
    if lemma not in _MOVING_VERBS:  # most verbs: no look at their children (perf35)
        return False
    if any(c.dep_ == "prep" and c.lower_ == "at" for c in token.children):
        return False  # "blasted out at the council": criticism aimed at someone
    return any(
        (lemma, c.lower_) in _MOVING
        for c in token.children
        if c.i == token.i + 1 and c.dep_ in ("prt", "advmod", "prep")
    )


# clauses hung on a trigger whose participle (VBG) is no "with" word of it: "accepted a
# proposal, calling it a historic step" is no accepted call; a purpose infinitive still is
# ("gathered ... to demand higher wages", "handed over ... to face charges")
CLAUSES = frozenset({"advcl", "conj", "parataxis", "relcl"})

# entity kinds whose names hold verbs that are no acts ("Committee to Protect Journalists",
# "Save the Children", "Stop the War Coalition")
_NAMES = frozenset({"ORG", "FAC", "WORK_OF_ART", "LAW", "EVENT"})


def in_name(token: Token) -> bool:
    """A capitalised verb inside a named organisation, work or law (long22); not in a Title
    Case headline, where the tagger takes a whole clause for a name ("Militants Kidnap Aid
    Workers In Darfur")."""
    return (
        token.pos_ in ("VERB", "AUX")
        and token.ent_type_ in _NAMES
        and token.ent_iob_ == "I"
        and token.text[:1].isupper()
        and not _title_case(token)
    )


def _title_case(token: Token) -> bool:
    """Whether the token's sentence writes every word of four letters or more capitalised."""
    words = [t.text for t in token.sent if t.is_alpha and len(t.text) >= 4]
    return bool(words) and all(w[:1].isupper() for w in words)
