"""Which lexicon cue's content a cue candidate sits in: a feature of the cue scorer.

A word inside what a lexicon cue reports ("Critics said the mayor **dismissed** concerns") is
mostly the reported words, not a second attribution: on PolNeAR train, broad candidates the
shipped scorer gave 0.2-0.5 were a gold cue for 21 % of the annotators when inside such a
content and for 45 % when not, with the same mean score. The scorer sees the rule of the
innermost lexicon candidate whose content holds the cue's start (``verb-ccomp``, ``seem``,
``according-to``, ...) or ``none``: the candidates' own spans, before any scoring, so training
and prediction read the same value.

"According to" holds like any lexicon cue (v1 of quotes7): out of fold on PolNeAR train this
gained source and content exact F1 on every fold, more than leaving it out (v2).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsgraph.nlp.quotes._candidate import Candidate

NO_NEST = "none"


def nest_rules(cands: Sequence[Candidate]) -> list[str]:
    """Per candidate, the rule (without its ``+how``) of the lexicon candidate with the
    shortest content holding the candidate's cue start, other than itself; else ``none``."""
    holders = [
        (c.content[1] - c.content[0], c.content, c.rule.partition("+")[0], c.head)
        for c in cands
        if c.lexical and c.content is not None
    ]
    holders.sort()
    out: list[str] = []
    for cand in cands:
        at = cand.cue[0]
        out.append(
            next(
                (rule for _, (a, b), rule, head in holders if head != cand.head and a <= at < b),
                NO_NEST,
            )
        )
    return out
