"""Headline verbs a title-case line or the parser hides (issue 10 item 1, headline21), for the
headline parse repair (:mod:`newsgraph.nlp.headline`):

- a capitalized word truecasing left as written because its case table does not know it
  (:func:`case_gap`: "Gunmen Kidnap 20 Students", "GUNMEN KIDNAP 15 VILLAGERS") read as a
  proper noun between its subject and its object is the verb (:func:`proper_verb`);
- a noun the parser hung on a headline's finite verb as a ``compound`` with no subject is the
  verb's subject, the noun after it hung as an apposition its object (:func:`verb_nouns`:
  "Army shells Omdurman market").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsgraph.nlp.truecase import tables

FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
NOMINAL = frozenset({"NOUN", "PROPN", "NUM", "PRON"})


def case_gap(t: Token) -> bool:
    """A capitalized (or all-capital) word the truecase table does not know, so truecasing
    left it as written ("Kidnap", "Behead", "KIDNAP")."""
    if not (t.is_title or t.is_upper) or not t.is_alpha:
        return False
    return t.lower_ not in tables()[0]


def proper_verb(words: list[Token], is_verb: Callable[[str], bool]) -> bool:
    """A capitalized root the tagger read as a proper noun, with its subject before it and its
    object after it, whose lowercase form is a headline verb that the truecase table does not
    know ("Gunmen Kidnap 20 Students In Kaduna": truecasing keeps "Kidnap") is the verb;
    "Kidnaps" agrees with a singular subject. A word the table knows ("Gingrich Takes Talk Of
    ...") was left capitalized for another reason and stays."""
    t = next((w for w in words if w.dep_ == "ROOT"), None)
    if t is None or t.tag_ != "NNP" or not case_gap(t):
        return False  # a word truecasing knows and left capitalized: not a title-case gap
    lemma, tag = t.lower_, "VBP"
    if not is_verb(lemma) and lemma.endswith("s") and is_verb(lemma[:-1]):
        lemma, tag = lemma[:-1], "VBZ"
    if not is_verb(lemma):
        return False
    kids = list(t.children)
    if not any(c.dep_ == "nsubj" and c.i < t.i for c in kids):
        return False
    if not any(c.dep_ == "dobj" and c.i > t.i for c in kids):
        return False
    t.tag_ = tag
    t.pos_ = "VERB"
    t.lemma_ = lemma
    return True


def verb_nouns(words: list[Token]) -> bool:
    """A headline's first finite verb, the root, with a noun the parser hung on it as a
    ``compound`` before it and no subject ("Army shells Omdurman market": "Army" a compound of
    "shells"): the noun is its subject; a noun after it hung as ``appos`` or ``npadvmod`` and no
    object ("market") its object. False when the verb has a subject or no such noun."""
    verb = next((t for t in words if t.tag_ in FINITE), None)
    if verb is None or verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in kids):
        return False
    subj = next(
        (c for c in kids if c.i < verb.i and c.dep_ == "compound" and c.pos_ in NOMINAL), None
    )
    if subj is None:
        return False
    subj.dep_ = "nsubj"
    if not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in kids):
        obj = next(
            (c for c in kids if c.i > verb.i and c.dep_ in ("appos", "npadvmod")),
            None,
        )
        if obj is not None and obj.pos_ in NOMINAL and obj.i == verb.i + 1 + _span_left(obj):
            obj.dep_ = "dobj"
    return True


def _span_left(obj: Token) -> int:
    """How many words of ``obj``'s phrase come before it."""
    return obj.i - obj.left_edge.i
