"""Criminal charges a person faces are a formal allegation (issue 10, real36).

Local crime reports say who "faces" charges more often than who brought them: "Man faces child
rape charges", "Brian Freeman, 23, and Michael Thomas, 24, each face five charges of arson".
A PLOVER coder codes ACCUSE ``allege`` (CAMEO 112) with
the charged person as the target. The coder missed them two ways, each handled here:

* the noun's ``of`` phrase ("charges of arson") was read as the accuser, and with no actor in
  it the event had no agent (:func:`charge_roles` drops the crime from the sources);
* the charged person is an uncoded private name ("Man", "Freeman"), so the paragraph filter
  for everyday words with no political context dropped the event although a criminal charge
  is itself law enforcement (:func:`political_allegation`, which also keeps
  :func:`newsgraph.nlp.events._condemned.condemned_act`).

The crime word itself ("rape", "arson") is already no event of its own: the coder's nominal
triggers under a verbal one are subsumed by it.

"charge" stays a fee where it has a sum ("faces a $5 charge") and outside the verb "face" the
noun keeps its old handling.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._condemned import condemned_act
from newsgraph.nlp.events._patterns import Pattern

_CHARGE = "charge"
_FACE = "face"
# names an "of" phrase may hold that are a party, not a crime
_PARTY_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _sum(tok: Token) -> bool:
    """Whether the noun phrase of ``tok`` holds a sum of money ("a $5 charge")."""
    return any(t.ent_type_ == "MONEY" or t.text in ("$", "£", "€") for t in tok.subtree)


def faced_charge(tok: Token) -> bool:
    """Whether ``tok`` is the noun "charge(s)" as what someone faces ("faces child rape
    charges", "each face five charges of arson"), not a fee."""
    if _lemma(tok) != _CHARGE or tok.pos_ != "NOUN" or tok.dep_ != "dobj":
        return False
    return _lemma(tok.head) == _FACE and tok.head.pos_ == "VERB" and not _sum(tok)


def political_allegation(tok: Token, pattern: Pattern) -> bool:
    """Whether an ACCUSE event is political whatever its actors: a condemnation of an act of
    violence (:func:`condemned_act`) or a criminal charge someone faces."""
    return condemned_act(tok, pattern) or (pattern.type == "ACCUSE" and faced_charge(tok))


def _charge_noun(tok: Token) -> bool:
    return _lemma(tok) == _CHARGE and tok.pos_ == "NOUN" and not _sum(tok)


def _crime_of_charge(tok: Token) -> bool:
    """ "rape" in "child rape charges", "arson" in "charges of arson"."""
    head = tok
    while head.dep_ in ("compound", "amod", "nmod") and head.head is not head:
        head = head.head
        if _charge_noun(head):
            return True
    if tok.dep_ == "pobj" and _lemma(tok.head) == "of":
        return _charge_noun(tok.head.head) and tok.ent_type_ not in _PARTY_ENTS
    return False


def charged_crime(tok: Token) -> bool:
    """Whether the trigger ``tok`` is the crime a charge names, or a conjunct of one ("charges
    of arson and burglary")."""
    return _crime_of_charge(tok) or any(_crime_of_charge(c) for c in tok.conjuncts)


def charge_roles(
    tok: Token, sources: list[Token], targets: list[Token]
) -> tuple[list[Token], list[Token]]:
    """The sides of a nominal trigger with the crime of a charge noun taken out of its sources
    ("five charges of arson": arson accused no one)."""
    if not _charge_noun(tok):
        return sources, targets
    return [s for s in sources if not charged_crime(s)], targets
