"""Comparing someone to Hitler or the Nazis (issue 10 item 1, real39).

Calling a politician or a policy Nazi-like is a standard form of condemnation in political
news: "Soros ... compared Orbán unfavourably to both the Nazis and the Communists", "A former
CIA director compared US immigration policy to Nazi Germany in an ominous Tweet", "a comment on
Twitter that compared radical Muslims to Nazis". A PLOVER coder codes it ACCUSE
``disapprove`` (CAMEO 111: criticize or denounce), the one compared as target. The lexicon's
``lex.accuse.compare_to_villain`` matches "compare" with a "to" or "with"; :func:`no_villain`
keeps it only where what someone is compared to is a byword of tyranny (Hitler, the Nazis,
Mussolini, Stalin, fascists, a dictator, the Gestapo): "compared the new stadium to the
Colosseum", "compared inflation rates in Germany and France" are no events.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern

_RULES = frozenset({"lex.accuse.compare_to_villain"})
_VILLAINS = frozenset(
    """hitler nazi nazis mussolini stalin fascist fascists fascism dictator dictators gestapo
    """.split()
)


def _compared_to(tok: Token) -> list[Token]:
    """The words of what ``tok`` ("compared") compares its object to."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "with"):
            out.extend(t for t in c.subtree if t.i != c.i)
    return out


def no_villain(tok: Token, pattern: Pattern) -> bool:
    """True when a ``compare_to_villain`` match compares someone to no byword of tyranny."""
    if pattern.name not in _RULES:
        return False
    return not any(
        t.lemma_.lower() in _VILLAINS or t.lower_ in _VILLAINS for t in _compared_to(tok)
    )
