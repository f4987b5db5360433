"""Custody told by its own phrase (issue 10 item 1, types28).

Local news and headlines tell an arrest by the custody it leads to rather than by who made it:
"... has been taken into custody", "Opposition Activists Held on Arms Charges", "was held on
federal weapons charges". Two gaps:

* "held on/without ... charges" had no pattern (the lexicon's ``hold`` custody row names
  custody, bond, bail, jail, prison): pattern ``coerce.hold_on_charges`` (``hold`` with
  ``charge``/``suspicion``) is kept only when the charges or the suspicion are the object of
  on/without/under hung on the verb itself and the verb's object, if any, is a person ("Police
  held him on charges of fraud"): "The court held hearings on the charges", "held a press
  conference on the charges" are no custody (:func:`charges_held`, a routine filter);
* a passive custody verb told with its custody phrase ("taken into custody", "held on ...
  charges", "arrested on suspicion of ...", "detained on charges") is the news even when the
  parser found no person to code (a subject lost to a misparse: "An Albany man police labeled a
  suspected serial rapist has been taken into custody"), as a counted or bailed custody is
  (:func:`newsgraph.nlp.events._custody.counted_custody`); so is a headline's "caught" with
  what was being done ("Two Men Caught Smuggling Drugs", :func:`caught_doing`). Active custody
  ("Police took the man into custody") keeps its actors as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._harm_lexicon import harm_words
from newsgraph.nlp.events._patterns import Pattern

# nouns that tell a custody or what it rests on, as objects of the custody verb's preposition
_CUSTODY_NOUNS = frozenset({"custody", "detention", "charge", "suspicion"})
_CUSTODY_PREPS = frozenset({"into", "in", "on", "without", "under"})
_CHARGE_NOUNS = frozenset({"charge", "suspicion"})
_CHARGE_PREPS = frozenset({"on", "without", "under"})
# entity labels of a held person
_PEOPLE = frozenset({"PERSON", "NORP"})


def _prep_objects(tok: Token, preps: frozenset[str]) -> list[Token]:
    """The objects of ``tok``'s own prepositions among ``preps``."""
    return [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _person(t: Token) -> bool:
    """A held person: a pronoun, a name, a count of people ("the two men") or a people noun."""
    if t.pos_ == "PRON" or t.ent_type_ in _PEOPLE or t.like_num:
        return True
    return t.lemma_.lower() in harm_words().get("people", frozenset()) or any(
        c.dep_ == "nummod" for c in t.children
    )


def charges_held(tok: Token, pattern: Pattern) -> bool:
    """Whether a ``hold`` + charges match is custody (module doc); True for other patterns."""
    if pattern.name != "coerce.hold_on_charges":
        return True
    objects = _prep_objects(tok, _CHARGE_PREPS)
    if not any(o.lemma_.lower() in _CHARGE_NOUNS for o in objects):
        return False
    return all(_person(c) for c in tok.children if c.dep_ == "dobj")


def _passive(tok: Token) -> bool:
    """A passive verb: its auxiliary or subject says so, or a headline's bare participle
    ("Activists Held on Arms Charges")."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return True
    return tok.tag_ == "VBN" and tok.dep_ in ("ROOT", "conj", "acl")


def told_custody(tok: Token, pattern: Pattern) -> bool:
    """A passive custody verb with its custody phrase (module doc)."""
    if pattern.pos != "V" or pattern.type != "COERCE" or pattern.mode != "arrest":
        return False
    if caught_doing(tok, pattern):  # "Two Men Caught Smuggling Drugs"
        return True
    if tok.pos_ not in ("VERB", "AUX") or not _passive(tok):
        return False
    return any(o.lemma_.lower() in _CUSTODY_NOUNS for o in _prep_objects(tok, _CUSTODY_PREPS))


# the -ing clause of what someone was caught doing
_DOING_DEPS = frozenset({"xcomp", "advcl", "ccomp", "dep"})


def _deed(clause: Token) -> bool:
    """An act done to something ("smuggling aliens", "stealing copper wire", "moving their
    horses") or an attempt ("trying to cross"); "caught lying", "caught celebrating",
    "Caught Conspiring To Do THIS" tell a person exposed, no custody."""
    if clause.lemma_.lower() in ("try", "attempt"):
        return any(c.dep_ == "xcomp" for c in clause.children)
    return any(c.dep_ == "dobj" for c in clause.children)


def caught_doing(tok: Token, pattern: Pattern) -> bool:
    """A "caught" with no object of its own and an -ing clause of what was being done is the
    custody of its subject, a headline's passive written without its auxiliary ("Two Men Caught
    Smuggling Drugs", "Man caught trying to cross border"): a catch needs a person caught,
    which is here the subject ("caught two men smuggling drugs" has its object as before). The
    clause must tell a deed (:func:`_deed`)."""
    if pattern.type != "COERCE" or pattern.mode != "arrest":
        return False
    return caught_subject(tok) is not None


def caught_subject(tok: Token) -> Token | None:
    """The one caught of :func:`caught_doing` (its subject), read by the roles as a passive's
    patient; None when ``tok`` is no such "caught"."""
    if tok.lemma_.lower() != "catch" or tok.pos_ not in ("VERB", "AUX"):
        return None
    kids = list(tok.children)
    if any(c.dep_ in ("dobj", "attr") for c in kids):
        return None
    if not any(c.dep_ in _DOING_DEPS and c.tag_ == "VBG" and _deed(c) for c in kids):
        return None
    return next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
