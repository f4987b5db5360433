"""Insisting that something is so is no demand (polfp35, issue 10 items 3 and 4).

"insist" is a REQUEST when it asks for an act: "insisted that any package include a delay"
(the bare verb of a mandate), "insisted that the president must resign", "will insist on
stricter checks". With a clause that states a fact, told in a tense ("Democrats insist the
political tide is turning", "officials insist that turnout will exceed expectations", "many
supporters insist there was fraud", "the spokesman insisted that departures would be few") it is
an assertion: no one is asked anything. A negated clause ("insisted that it had not targeted
the hospital") is left to the denials (:mod:`newsgraph.nlp.events._denials`, REJECT).

Read by :func:`newsgraph.nlp.events._filters_speech.speech_no_event`."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._denials import _denied
from newsgraph.nlp.events._patterns import Pattern

# words of a tensed clause: the statement of a fact
_TENSED = frozenset(
    """is are am was were 's 're 'm has have had 've 'd will would 'll can could does did do
    might may""".split()
)
# words of an obligation: what is demanded ("must resign", "should leave", "ought to")
_OBLIGATION = frozenset({"must", "should", "ought", "shall", "need", "needs"})


def _stated(clause: Token) -> bool:
    """The clause states a fact: a tensed auxiliary or form of "be", a verb in the third
    person ("remains"), or a past tense that is not the bare form ("turned", not "let")."""
    if any(c.dep_ == "neg" for c in clause.children) or _denied(clause):
        return False  # "insisted that it had not ...", "there had been no ...": a denial
    aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if clause.lemma_.lower() == "be":
        aux.add(clause.lower_)
    if aux & _OBLIGATION or clause.lower_ in _OBLIGATION:
        return False
    if clause.lemma_.lower() == "have" and any(c.dep_ == "xcomp" for c in clause.children):
        return False  # "insisted that they have to leave"
    if aux & _TENSED:
        return True
    if clause.tag_ == "VBZ":
        return True
    return clause.tag_ == "VBD" and clause.lower_ != clause.lemma_.lower()


def asserted(tok: Token, pattern: Pattern) -> bool:
    """ "insist" with a clause that states a fact ("insisted that the economy was recovering")
    and no "on" ("insist on stricter checks"): an assertion, not a REQUEST."""
    if pattern.type != "REQUEST" or pattern.pos != "V" or tok.lemma_.lower() != "insist":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "on" for c in tok.children):
        return False
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    return bool(clauses) and all(_stated(c) for c in clauses)
