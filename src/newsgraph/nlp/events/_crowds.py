"""Protesters told by where they are and whom they meet (issue 10 item 1, acled33).

ACLED-style news tells a peaceful protest by what the protesters do as a crowd: "hundreds of
protesters filled the arena where he was scheduled to speak", "he was received by waves of
anti-Trump protestors", "Trump ... will be confronted by left-wing demonstrators",
"Demonstrators packed the square outside parliament". The patterns ``protest.crowd_*``
(event_patterns.tsv: fill, pack, line, flood, swarm, receive, confront, surround with a
protester word) make them PROTEST ``demo``; the protesters must be the verb's subject or its
passive's agent, directly or as the "of" object of a quantity ("hundreds of protesters", "waves
of protestors"): "Police surrounded the protesters", "Officers filled vans with protesters" are
no protest (:func:`crowd_not_subject`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern

_PROTESTERS = frozenset(
    "protester protesters protestor protestors demonstrator demonstrators marcher marchers "
    "picketer picketers".split()
)


def _doers(verb: Token) -> list[Token]:
    """The verb's subjects and its passive's agents, with the "of" objects of a quantity."""
    out = [c for c in verb.children if c.dep_ == "nsubj"]
    out += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    for who in list(out):
        for prep in who.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                out.extend(g for g in prep.children if g.dep_ == "pobj")
    return out


def crowd_not_subject(tok: Token, pattern: Pattern) -> bool:
    """Whether a ``protest.crowd_*`` match has no protesters as its subject or agent."""
    if not pattern.name.startswith("protest.crowd_"):
        return False
    return not any(w.lower_ in _PROTESTERS or w.lemma_.lower() in _PROTESTERS for w in _doers(tok))
