"""A label a verb of naming gives through "to be" (attach30, issue 11 item 2).

attach26's verbs of naming take the label as a second object or after "as" ("calling Trump a
fascist", "regarded as invaders"). With "to be" the label is the predicate of an infinitive
hung on the verb: "people they have deemed to be communists or traitors", "he was considered
to be a terrorist", "they declared him to be a traitor". The actor is the verb's object, else
its passive subject, else the noun its relative clause hangs on ("people").
"""

from __future__ import annotations

from spacy.tokens import Token

_NOUNS = frozenset({"NOUN", "PROPN", "PRON"})


def to_be_target(head: Token) -> Token | None:
    """The actor a predicate label ``head`` of "<verb of naming> ... to be <label>" names."""
    from newsgraph.nlp.framing._naming import NAMING_VERBS

    n = head
    while n.dep_ == "conj" and n.head.i < n.i:
        n = n.head
    be = n.head
    if n.dep_ != "attr" or be.lemma_ != "be" or be.dep_ != "xcomp":
        return None
    verb = be.head
    if verb.lemma_.lower() not in NAMING_VERBS:
        return None
    for c in verb.children:
        if c.dep_ in ("dobj", "obj", "nsubjpass") and c.pos_ in _NOUNS and c.i < be.i:
            return c
    if verb.dep_ == "relcl" and verb.head.pos_ in _NOUNS:
        return verb.head
    return None
