"""Protests told by the crowd they drew (issue 10 item 1, acled41).

Wire copy often names a protest only by its size: "A rally against the new labour code drew
about 3,000 people in central Almaty", "The decision prompted demonstrations over the weekend
that drew thousands of people", "a rally in support of freedom of speech ... attracted a larger
crowd than expected". No protester the actor coder knows is named, so the noun was dropped for
want of an actor (the nouns "protest" and "demonstration" are coded as their own civilians by
event_agents.txt, "rally" and "march" are not).

:func:`crowd_drawn` makes such a noun the news with no actor named (read by
:func:`newsgraph.nlp.events._planned_protests.news_without_actor`): a protest noun that is the
subject of draw or attract, or whose relative clause ("that drew", "which attracted") is, with
an object that counts people or names them (a number, "thousands", "a crowd", a people noun of
event_harm.tsv: "drew 20,000 activists"), not negated. "drew criticism", "attracted attention"
count no one. A rally or a march is a protest only with a cause in its phrase ("against",
"in support of", "pro-"/"anti-": :func:`newsgraph.nlp.events._rallies.rally_cause` and the
purpose words of :mod:`._filters_speech`): "Sanders's rally drew 1,110 people" is a campaign
event and "Saturday's march drew 1,000 people" may be a parade."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsgraph.nlp.events._filters_speech import _PROTEST_PURPOSE
from newsgraph.nlp.events._harm_lexicon import harm_words
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._rallies import rally_cause

_PROTEST_NOUNS = frozenset({"protest", "demonstration", "march", "rally", "vigil", "sit-in"})
_NEED_CAUSE = frozenset({"march", "rally"})
_DRAW_VERBS = frozenset({"draw", "attract"})
_RELATIVES = frozenset({"that", "which"})
_COUNTS = frozenset({"thousand", "hundred", "dozen", "score", "crowd", "throng", "number"})
# the purpose words that are no cause by themselves in a rally's phrase ("a march to the
# square", "a rally outside the arena")
_NO_CAUSE = frozenset({"outside", "march", "call"})


@lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    return harm_words().get("people", frozenset()) | _COUNTS


def _counts_people(obj: Token) -> bool:
    """The object counts or names people: a number, a count word, a people noun."""
    if obj.like_num or obj.lemma_.lower() in _people():
        return True
    return any(c.dep_ in ("nummod", "quantmod") for c in obj.children)


def _drawing_verb(tok: Token) -> Token | None:
    """The draw/attract verb the noun is the subject of, directly or through its own relative
    clause with "that"/"which" as the subject."""
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _DRAW_VERBS:
        return tok.head
    for c in tok.children:
        if c.dep_ == "relcl" and c.lemma_.lower() in _DRAW_VERBS:
            if any(g.dep_ == "nsubj" and g.lower_ in _RELATIVES for g in c.children):
                return c
    return None


def _cause(tok: Token) -> bool:
    """A cause in the rally's or march's own phrase."""
    if rally_cause(tok):
        return True
    words = _PROTEST_PURPOSE - _NO_CAUSE
    return any(t.lemma_.lower() in words for t in tok.subtree if t is not tok)


def crowd_drawn(tok: Token, pattern: Pattern) -> bool:
    """A protest noun that drew or attracted a crowd (module doc)."""
    if pattern.type != "PROTEST" or pattern.pos != "N":
        return False
    lemma = tok.lemma_.lower()
    if lemma not in _PROTEST_NOUNS:
        return False
    verb = _drawing_verb(tok)
    if verb is None or any(c.dep_ == "neg" for c in verb.children):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(_counts_people(o) for o in objs):
        return False
    return lemma not in _NEED_CAUSE or _cause(tok)
