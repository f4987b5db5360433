"""A label given by a verb of naming labels the verb's object (attach26, issue 11 item 2).

"calling Trump a fascist", "called anti-Trump protestors 'thugs'", "branded the rebels
terrorists", "which has been derided as a so-called scam PAC", "they were regarded as
invaders": the label is the second object (or the complement of "as") of a verb of naming, and
the actor is the first object — the passive subject, or the noun a relative clause hangs on.
"""

from __future__ import annotations

from spacy.tokens import Token

NAMING_VERBS = frozenset(
    {
        "call", "label", "brand", "dub", "term", "describe", "deride", "dismiss", "denounce",
        "condemn", "regard", "view", "portray", "paint", "cast", "designate", "consider",
        "name", "characterize", "characterise", "depict", "decry", "smear", "tar", "accuse",
        "classify", "list", "deem", "declare", "treat", "identify",  # attach28: "classified as"
    }
)  # fmt: skip
_NOUNS = frozenset({"NOUN", "PROPN", "PRON"})
_RELATIVE = frozenset({"which", "who", "that", "whom"})


def _first_object(verb: Token, before: int, inside: frozenset[int]) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("dobj", "obj", "oprd") and c.i < before and c.i not in inside:
            if c.pos_ in _NOUNS:
                return c
    return None


def _subject_of(verb: Token) -> Token | None:
    """The passive subject of ``verb`` (the noun a relative pronoun stands for)."""
    for c in verb.children:
        if c.dep_ in ("nsubjpass", "nsubj") and c.pos_ in _NOUNS:
            if c.lower_ in _RELATIVE and verb.dep_ == "relcl":
                return verb.head
            return c
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in _NOUNS:
        return verb.head
    return None


def naming_target(head: Token, inside: frozenset[int]) -> Token | None:
    """The actor a label headed by ``head`` names through a verb of naming, or None."""
    n = head
    while n.dep_ == "conj" and n.head.i < n.i:
        n = n.head
    up = n.head
    # "calling Trump a fascist": the label hangs on the first object
    if (
        n.dep_ in ("dobj", "attr", "oprd")
        and up.i < n.i
        and up.pos_ in _NOUNS
        and up.dep_ in ("dobj", "xcomp", "oprd", "ccomp")
        and up.head.lemma_.lower() in NAMING_VERBS
    ):
        return up
    if n.dep_ in ("dobj", "oprd", "xcomp", "ccomp") and up.lemma_.lower() in NAMING_VERBS:
        obj = _first_object(up, n.i, inside)
        if obj is not None and obj.i != n.i:
            return obj
        # "called anti-Trump protestors 'thugs'": the first object parsed into the label's noun
        for c in n.children:
            if c.dep_ in ("nmod", "compound") and c.i < n.i and c.i not in inside:
                if c.pos_ in ("NOUN", "PROPN") and any(
                    g.dep_ in ("det", "amod", "poss") or g.text in ("“", '"', "'")
                    for g in c.children
                ) or any(t.text in ("“", '"', "'") for t in n.doc[c.i + 1 : n.i]):
                    return c
    # "derided as a so-called scam PAC", "regarded as invaders"
    if n.dep_ == "pobj" and up.lower_ == "as" and up.head.lemma_.lower() in NAMING_VERBS:
        verb = up.head
        return _first_object(verb, up.i, inside) or _subject_of(verb)
    return None
