"""Agreements told as a deal completed, secured, clinched or finalized (issue 10 item 1,
acled33).

News reports an agreement reached as often by these verbs as by "reach", "strike" or "seal":
"international climate negotiators completed an agreement", "Obama has ... secured a landmark
nuclear deal with Iran", "Japan and Australia clinched a free trade deal" (event_patterns.tsv,
``agree.complete_deal``, ``agree.secure_deal``, ``agree.clinch``, ``agree.finalize``,
``agree.finalise``). Only the deal made by the verb's subject is the event, the agreement its
direct object: "after the Iran deal was completed ...", "With the Iran deal finalized, the two
sides have talked ..." tell an agreement of the past as background (:func:`deal_not_made`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern

DEAL_PATTERNS = frozenset(
    {
        "agree.complete_deal",
        "agree.secure_deal",
        "agree.clinch",
        "agree.finalize",
        "agree.finalise",
    }
)
# the agreement words of those patterns (their "with" column)
_DEALS = frozenset("agreement deal accord pact treaty truce ceasefire cease-fire".split())


def deal_not_made(tok: Token, pattern: Pattern) -> bool:
    """Whether a deal pattern's agreement is no direct object of its verb (a passive or an
    absolute participle: the deal as background)."""
    if pattern.name not in DEAL_PATTERNS:
        return False
    return not any(
        c.dep_ == "dobj" and (c.lemma_.lower() in _DEALS or c.lower_ in _DEALS)
        for c in tok.children
    )
