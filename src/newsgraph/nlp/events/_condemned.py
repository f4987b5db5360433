"""A condemnation of an act of violence or repression is political (issue 10, real24).

:func:`newsgraph.nlp.events._filters_domain.no_political_context` drops an ambiguous event
whose actors are uncoded in a paragraph with no word of government, law or armed force, so that
"users and critics alike have been asking for noise cancellation" is no event. A condemnation
whose object is itself an act of violence or repression is no such idiom: "Some anti-abortion
groups have denounced the bombings and shootings", "Local residents denounced the killings",
"The families deplored the violence" (CAMEO 122, PLOVER ACCUSE ``disapprove``), while
"Critics denounced the movie as boring" keeps no event.

The acts are the nominal triggers of the built-in patterns of PLOVER types ASSAULT and COERCE
(the coder's own word list: "bombing", "shooting", "killing", "crackdown", "arrest", ...), plus
"violence" and the event_harm.tsv kind ``conflict`` ("attack", "war", "riot").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsgraph.nlp.events._harm_lexicon import harm_words
from newsgraph.nlp.events._patterns import Pattern, builtin_patterns

# verbs of condemning (CAMEO 122 "criticize or denounce" in its strong forms)
_CONDEMN = frozenset({"condemn", "denounce", "deplore", "decry"})


@lru_cache(maxsize=1)
def _acts() -> frozenset[str]:
    """Lemmas of acts of violence or repression (module doc)."""
    nouns = {
        p.lemma for p in builtin_patterns() if p.pos == "N" and p.type in ("ASSAULT", "COERCE")
    }
    return frozenset(nouns | {"violence"} | harm_words().get("conflict", frozenset()))


def condemned_act(tok: Token, pattern: Pattern) -> bool:
    """Whether ``tok`` condemns an act of violence or repression (its direct object or a
    conjunct of it names one)."""
    if pattern.type != "ACCUSE" or tok.lemma_.lower() not in _CONDEMN:
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.conjuncts]
    return any(o.lemma_.lower() in _acts() for o in objects)
