"""Support told as being, voting or speaking "in favor of" (issue 10 item 1, acled41).

The lexicon's ``lex.support.*_in_favor`` rows (be, vote, come out, argue, advocate with the
word "favor") make "he is in favor of Trump", "the upper house voted in favor of their
inclusion", "They have all come out in favor of impeachment" SUPPORT (CAMEO 051). The row's
"with" word may also be the verb "favor" hanging on the trigger ("unless they favor ... they are
no longer welcome") or a "not" may sit on the preposition ("The Danes are not in favor of ...",
which the trigger's own negation misses). :func:`not_in_favor` vetoes both: the trigger must
have its own "in favor" phrase, not negated; and what "is in favor of" something must be one
who can hold a position (a pronoun, a named person, body, place or people, a noun of people or
bodies: :func:`newsgraph.nlp.events._retype_speech._addressee`), not "Momentum is in favor of
Sanders" or "The odds are in favor of the incumbent"."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._retype_speech import _addressee

_FAVOR = frozenset({"favor", "favour"})


def _holders(tok: Token) -> list[Token]:
    """The subjects of "be", or of the verb it is conjoined to ("had not changed its stance
    ... and was in favour of")."""
    verb = tok
    while True:
        subs = [c for c in verb.children if c.dep_ == "nsubj"]
        if subs or verb.dep_ != "conj" or verb.head is verb:
            return subs
        verb = verb.head


def not_in_favor(tok: Token, pattern: Pattern) -> bool:
    """An ``*_in_favor`` row with no "in favor" phrase of its own, or a negated one."""
    if not (pattern.name.startswith("lex.support.") and pattern.name.endswith("_in_favor")):
        return False
    if pattern.name == "lex.support.be_in_favor" and not any(
        s.pos_ == "PRON" or _addressee(s) for s in _holders(tok)
    ):
        return True  # "Momentum is in favor of Sanders"
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lemma_.lower() in _FAVOR:
                return any(c.dep_ == "neg" for c in (*prep.children, *obj.children))
    return True
