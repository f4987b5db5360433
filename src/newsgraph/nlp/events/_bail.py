"""Bail bonds are no bond market (issue 10 item 1, real26).

Local crime news tells custody with the bail set: "was held on $505 bond in the Boone County
Jail", "She was held without bond Monday", "was released on $10,000 bond". ``bond`` is also a
market word (event_harm.tsv kind ``market``: "Bond yields retreated"), so the domain filter
(:func:`newsgraph.nlp.events._filters.domain_idiom`) took these custody events for market
idioms when their person had no coded actor. A ``bond`` or ``bail`` that is the object of
"on", "without" or "under" hung on a verb of custody or release is bail, not a security.
"""

from __future__ import annotations

from spacy.tokens import Token

# verbs whose "on/without ... bond" phrase is the bail of the person held or released
_CUSTODY = frozenset({"hold", "jail", "detain", "keep", "book", "release", "free", "remain"})
_BAIL_NOUNS = frozenset({"bond", "bail"})
_BAIL_PREPS = frozenset({"on", "without", "under"})


def bail_bond(tok: Token) -> bool:
    """``tok`` is the bail of a custody ("held on $505 bond", "held without bond", "released
    on bond"); "Bond yields retreated", "bought bonds", "a $500 million bond issue" are not."""
    if tok.lower_ not in _BAIL_NOUNS and tok.lemma_.lower() not in _BAIL_NOUNS:
        return False
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in _BAIL_PREPS:
        return False
    verb = prep.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _CUSTODY


def held_on_bail(tok: Token) -> bool:
    """A custody verb with its bail ("was held on $505 bond", "held without bail"): the custody
    is the news even when the parser found no person to code (a surname read as an adverb:
    "Jolly, who gave addresses ..., was held on $505 bond"), as a counted one is
    (:func:`newsgraph.nlp.events._custody.counted_custody`)."""
    return any(
        c.dep_ == "prep" and any(g.dep_ == "pobj" and bail_bond(g) for g in c.children)
        for c in tok.children
    )
