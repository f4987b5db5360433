"""Bare passives of real headlines the first repair misses (issue 10 item 1, headline27).

:func:`newsgraph.nlp.headline._bare_passive` reads "Three killed in blast" as a passive when
the subject is a plain noun phrase and the participle is tagged ``VBN``. Real headlines put
more before the participle, or the tagger reads it as a past tense, and the parse keeps a noun
root with the participle a modifier, or a subject the parser took for an object:

- a subject with a prepositional phrase or an apposition ("Man with sack charged with
  burglary", "Williston man, 87, charged in theft");
- a participle tagged ``VBD`` ("Alexandria parents charged with hitting their child");
- a subject with a ``-ing`` modifier the parser made a clause ("Fleeing suspect arrested":
  "Fleeing" a ``csubj``, "suspect" its object).

:func:`wide_bare_passive` makes the participle the root and the subject's head noun its
passive subject (``nsubjpass``), as the omitted "were" would; whatever hung on the old root
after the participle hangs on it. The participle's lemma must be a headline verb
(``is_verb``), it must have no auxiliary and no object, and it must be the clause's only
finite-tagged word, and the sentence must end with no full stop (a doc's first sentence is
a headline sentence even when it is prose: "The intelligence chief called on Pakistan to ...").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsgraph.nlp.headline_case import FINITE, NOMINAL

_SUBJECT_POS = frozenset({"NOUN", "PROPN", "NUM", "ADJ", "DET", "ADP", "PUNCT", "PRON"})
_PARTICIPLE = frozenset({"VBN", "VBD"})
_STOPS = frozenset({".", "!", "?"})


def _subject_words(before: list[Token]) -> bool:
    """Words that can be a headline's subject phrase: a noun phrase with prepositional phrases,
    appositions, numbers and ``-ing`` modifiers, opening with no preposition or mark."""
    if not before or before[0].pos_ in ("ADP", "PUNCT"):
        return False
    if not any(b.pos_ in NOMINAL for b in before):
        return False
    return all(b.pos_ in _SUBJECT_POS or b.tag_ == "VBG" for b in before)


def _participle(words: list[Token], is_verb: Callable[[str], bool]) -> int | None:
    for j, t in enumerate(words):
        if j == 0 or t.tag_ not in _PARTICIPLE or not is_verb(t.lemma_.lower()):
            continue
        if not t.lower_.endswith(("ed", "en")) and t.tag_ == "VBD":
            continue  # a past tense in no participle form; "held", "shot" count as VBN only
        return j
    return None


def wide_bare_passive(words: list[Token], is_verb: Callable[[str], bool]) -> bool:
    """Read a bare participle after a wider subject phrase as a passive (module doc); True
    when the parse changed."""
    if words[-1].text in _STOPS:
        return False  # a doc's first sentence told as prose ("The chief called on ...")
    j = _participle(words, is_verb)
    if j is None:
        return False
    t = words[j]
    if any(w.tag_ in FINITE and w.i != t.i for w in words):
        return False
    kids = list(t.children)
    if any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass", "nsubj") for c in kids):
        return False
    before = words[:j]
    if not _subject_words(before):
        return False
    root = t.head
    while root.dep_ in ("pobj", "prep", "appos") and root.head.i < root.i:
        root = root.head  # "Man with sack charged": the participle hung on "sack"
    if t.dep_ == "acl" and root.dep_ == "ROOT" and root.pos_ in NOMINAL:
        if root.i > t.i:
            return False
        moves = clauses_after(root, t)
        subject = root
    elif t.dep_ == "ROOT":
        if not any(c.i < t.i and c.dep_ in ("csubj", "dobj", "dep", "npadvmod") for c in kids):
            return False
        nouns = [b for b in before if b.pos_ in NOMINAL]
        if any(b.pos_ == "ADP" for b in before):
            return False
        subject = nouns[-1]
        for b in before:
            if b is not subject:
                b.head = subject
                b.dep_ = "amod" if b.tag_ in ("VBG", "JJ") else "compound"
        moves = []
    else:
        return False
    make_passive_root(t, subject, moves)
    return True


def clauses_after(noun: Token, participle: Token) -> list[tuple[Token, str]]:
    """The dependents of ``noun`` after ``participle``, with the label each takes when the
    participle becomes the clause's verb (a clause on the noun becomes one on the verb)."""
    return [
        (c, {"acl": "advcl", "relcl": "advcl"}.get(c.dep_, c.dep_))
        for c in noun.children
        if c.i > participle.i
    ]


def make_passive_root(t: Token, subject: Token, moves: list[tuple[Token, str]]) -> None:
    """Make the past participle ``t`` the root of a passive clause with ``subject`` as its
    subject, and hang ``moves`` (token, label) on it."""
    t.head = t
    t.dep_ = "ROOT"
    t.pos_ = "VERB"
    t.tag_ = "VBN"
    subject.head = t
    subject.dep_ = "nsubjpass"
    for c, dep in moves:
        c.head = t
        c.dep_ = dep
