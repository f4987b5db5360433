"""Protests told as what a decision or an incident set off (issue 10 item 1, acled41).

News tells a wave of protest by its cause: "The decision touched off protests in the
Cuban-American community", "This has provoked noteworthy protests across the country", "The
shooting has sparked protests and counter-rallies", "The incident sparked demonstrations across
Colombia", "this triggered a major protest movement". The protest noun is the object of the
verb of causing, so the nominal roles took the clause's subject (the decision, the shooting)
for the protesters: no actor, and the event was dropped as something no one did
(:func:`newsgraph.nlp.events._filters.no_agent`), or it took the cause's owner for the
protesters ("The Russian annexation of Crimea triggered mass protests in Ukrainian cities"
gave Russia).

:func:`cause_of_protest` finds the verb of causing (spark, prompt, trigger, provoke, ignite,
fuel, cause, "touch off", "set off") a PROTEST noun is the object of (or a conjunct of that
object); :func:`caused_protest` makes the noun the news with no actor named when that verb
states it happened: not negated, not under a modal or "to" ("is likely to fuel protests",
"seeking to spark unrest"), not a bare infinitive. :func:`without_cause` drops the verb's
subject from the noun's sides (read in the coder's nominal branch)."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern

_CAUSE_VERBS = frozenset({"spark", "prompt", "trigger", "provoke", "ignite", "fuel", "cause"})
_PARTICLE_VERBS = frozenset({"touch", "set"})  # with "off"
_MODALS = frozenset("will would 'll shall should could can may might must".split())


def cause_of_protest(tok: Token, pattern: Pattern) -> Token | None:
    """The verb of causing whose object is this PROTEST noun, or None."""
    if pattern.type != "PROTEST" or pattern.pos != "N":
        return None
    obj = tok
    while obj.dep_ == "conj" and obj.head is not obj:
        obj = obj.head  # "sparked protests and counter-rallies"
    if obj.dep_ != "dobj":
        return None
    verb = obj.head
    lemma = verb.lemma_.lower()
    if lemma in _CAUSE_VERBS:
        return verb
    if lemma in _PARTICLE_VERBS and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in verb.children
    ):
        return verb
    return None


def caused_protest(tok: Token, pattern: Pattern) -> bool:
    """A protest noun a stated cause set off (module doc)."""
    verb = cause_of_protest(tok, pattern)
    if verb is None or verb.tag_ == "VB":
        return False  # "to spark unrest", "could trigger protests"
    return not any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS) for c in verb.children
    )


def without_cause(tok: Token, pattern: Pattern, heads: list[Token]) -> list[Token]:
    """The noun's source heads less the subject of the verb that caused it."""
    verb = cause_of_protest(tok, pattern)
    if verb is None:
        return heads
    causes = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    causes |= {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    return [h for h in heads if h.i not in causes]
