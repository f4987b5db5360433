"""A person's stance on a policy act is no event (polfp39, issue 10 items 3 and 4).

"support", "oppose", "favor" and "back" are events when their object is an actor, another
actor's act or a measure put to a vote ("backed the nominee", "opposed the bill", "supported
the ceasefire"). When their object is a gerund clause, a policy the holder would like done
("Sanders supports raising the minimum wage to $15", "Kaine has opposed defunding Planned
Parenthood", "who supports eliminating half the party's superdelegates", "has supported
localities deciding whether", "His support for scrapping superdelegates", "so vehemently opposed
to electing Donald Trump"), a politician states a standing position: no one is supported or
rejected, and the coder took a word of the clause for the target ("undocumented immigrants",
"troops", "Planned Parenthood"). The polfp38 and polfp39 samples
(``docs/experiments/events/polfp3[89]_sample.tsv``) judged the class false ("stance on an
issue"). A state or an organisation stating its position ("Russia supports lifting the
sanctions", "the council's support for terminating the contracts") stays: a government's or a
body's stated position is what event data record.

Read by :func:`newsgraph.nlp.events._filters_speech.speech_no_event`."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.model import Actor
from newsgraph.nlp.events._campaign_trail import _is_body
from newsgraph.nlp.events._patterns import Pattern

_STANCE_WORDS = frozenset({"support", "oppose", "opposed", "favor", "favour", "back"})
_STANCE_TYPES = frozenset({"SUPPORT", "REJECT", "ACCUSE"})
_CLAUSE_DEPS = frozenset({"xcomp", "dobj", "ccomp"})
_PREPS = frozenset({"for", "of", "to"})


def _gerund(tok: Token) -> bool:
    return tok.tag_ == "VBG" and tok.pos_ == "VERB"


def _policy_clause(tok: Token) -> bool:
    """The stance word's object is a gerund clause: "supports raising", "support for
    scrapping", "opposed to electing"."""
    for c in tok.children:
        if c.dep_ in _CLAUSE_DEPS and _gerund(c):
            return True
        if c.dep_ == "prep" and c.lower_ in _PREPS:
            if any(g.dep_ in ("pcomp", "pobj") and _gerund(g) for g in c.children):
                return True
    return False


def policy_stance(tok: Token, pattern: Pattern, sources: Sequence[Actor]) -> bool:
    """A person's support for or opposition to a policy act (module docstring)."""
    if pattern.type not in _STANCE_TYPES or tok.lemma_.lower() not in _STANCE_WORDS:
        return False
    if not _policy_clause(tok):
        return False
    return not any(_is_body(a, tok.doc) for a in sources)
