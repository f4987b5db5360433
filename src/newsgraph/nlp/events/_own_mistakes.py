"""A speaker's own act called a mistake (issue 10 item 1, real39).

An official or a candidate who says that what they did was a mistake concedes it, PLOVER
CONCEDE (the manual's "admit wrongdoing"; CAMEO 080 as the lexicon's ``lex.concede.admit_wrong``):
"Carter's press secretary ... told the Times that Carter believes his use of personal email for
work-related business was a mistake", "Clinton reiterated ... that what she did with her email
set-up at State was a mistake", "she said her decision to use the private account was a
mistake", "Saucier said that he realizes he had erred in taking the photos". Before, the speech
verdict (:func:`~newsgraph.nlp.events._retype_speech.speech_act`) coded such a clause under
"said" ACCUSE ``disapprove``, and under "believes", "reiterated" or "realizes" nothing.

The lexicon's ``lex.concede.n_own_mistake`` / ``n_own_error`` (the noun as the predicate of
"be") and ``lex.concede.own_err`` (the verb) match; :func:`not_own_mistake` keeps them only where

* the clause is what someone says, believes or acknowledges: the complement clause of a verb of
  saying or knowing (say, believe, acknowledge, concede, realize, reiterate, ...), not negated,
  with a subject (the one who concedes: :func:`mistake_maker` makes it the event's source);
* and the act is the speaker's own: the subject of "was a mistake" is owned by a personal
  possessive ("his use", "her decision") or is itself a clause ("what she did", "using two
  email accounts"); the one who "erred" is a personal pronoun.

"WikiLeaks's hostility ... was a mistake" (tweeted by Snowden), "it is a mistake to rule out",
"Clinton clearly erred in saying" (the writer's verdict) and "the Guardian has not erred" stay
as they were.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern

_NOUN_RULES = frozenset({"lex.concede.n_own_mistake", "lex.concede.n_own_error"})
_VERB_RULES = frozenset({"lex.concede.own_err"})
_WRONGS = frozenset({"mistake", "error"})
# verbs whose complement clause is what their subject says, believes or acknowledges
_JUDGING = frozenset(
    """say believe acknowledge admit concede realize realise reiterate recognize recognise
    agree think know accept tell""".split()
)
_POSSESSIVES = frozenset({"his", "her", "its", "their", "my", "our"})
_PRONOUNS = frozenset({"he", "she", "i", "we", "they"})


def _clause(tok: Token, pattern: Pattern) -> Token | None:
    """The clause that calls something a mistake: the copula of "X was a mistake", the verb
    "erred" itself."""
    if pattern.name in _VERB_RULES:
        return tok
    if tok.dep_ == "attr" and tok.head.lemma_.lower() == "be":
        return tok.head
    return None


def _own(clause: Token, pattern_name: str) -> bool:
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "csubj")]
    if not subjects:
        return False
    subj = subjects[0]
    if pattern_name in _VERB_RULES:
        return subj.lower_ in _PRONOUNS
    if subj.dep_ == "csubj":
        return True  # "what she did ... was a mistake", "using two accounts was a mistake"
    return any(c.dep_ == "poss" and c.lower_ in _POSSESSIVES for c in subj.children)


def _judge(clause: Token) -> Token | None:
    """The verb of saying or knowing whose complement the clause is, if its own."""
    if clause.dep_ != "ccomp":
        return None
    head = clause.head
    if head.lemma_.lower() not in _JUDGING or any(c.dep_ == "neg" for c in head.children):
        return None
    return head


def own_mistake_clause(clause: Token) -> bool:
    """A copular clause calling the speaker's own act a mistake or an error ("his decision was
    a mistake"): the speech verdict leaves it to this module's CONCEDE."""
    if clause.lemma_.lower() != "be":
        return False
    attrs = [c for c in clause.children if c.dep_ == "attr" and c.lemma_.lower() in _WRONGS]
    return bool(attrs) and _own(clause, "lex.concede.n_own_mistake")


def mistake_maker(tok: Token, pattern: Pattern) -> list[Token] | None:
    """The one who calls their own act a mistake (the judging verb's subject), as the source
    heads of a ``n_own_mistake`` noun event; None for other patterns."""
    if pattern.name not in _NOUN_RULES:
        return None
    clause = _clause(tok, pattern)
    judge = _judge(clause) if clause is not None else None
    if judge is None:
        return None
    return [c for c in judge.children if c.dep_ == "nsubj"]


def not_own_mistake(tok: Token, pattern: Pattern) -> bool:
    """True when an ``own_mistake`` match is no one's concession of their own act (module
    doc)."""
    if pattern.name not in _NOUN_RULES | _VERB_RULES:
        return False
    clause = _clause(tok, pattern)
    if clause is None or any(c.dep_ == "neg" for c in clause.children):
        return True
    judge = _judge(clause)
    if judge is None or not any(c.dep_ == "nsubj" for c in judge.children):
        return True
    return not _own(clause, pattern.name)
