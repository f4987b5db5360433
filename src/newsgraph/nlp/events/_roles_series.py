"""A series of passive participles that share one patient and one agent (issue 10 item 3,
actors28): "The journalist was interrogated, tortured and killed by Saudi agents", "Three
villagers were abducted, beaten and shot by Boko Haram fighters", "The reporter was arrested,
questioned and deported by Egyptian police". The parser hangs the subject and the "was" on the
first participle, the "by" agent on the last, and the middle one(s) as an adverbial clause or
a conjunct of a conjunct, so each act lost its patient or its agent. Every participle of the
series is done to the first one's subject by the last one's agent, as the sentence says.

A participle with a subject of its own ("was arrested and later he was released") or an
adverbial participle of an active verb ("Asked by reporters, Carson said") is no member."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._roles_common import _pobjs

_LINKS = frozenset({"conj", "advcl"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def _member(tok: Token) -> bool:
    """A bare participle linked to the one before it, with no subject or object of its own;
    one the tagger read as a past tense (VBD) only between two others ("were stopped,
    searched and detained"), not last ("were attacked and fought back" is an act of theirs)."""
    if (
        tok.dep_ not in _LINKS
        or tok.i < tok.head.i
        or tok.head.tag_ not in ("VBN", "VBD")
        or any(c.dep_ in _SUBJECTS or c.dep_ == "dobj" for c in tok.children)
    ):
        return False
    return tok.tag_ == "VBN" or (tok.tag_ == "VBD" and any(_member(c) for c in tok.children))


def series_top(verb: Token) -> Token | None:
    """The passive participle (with its "was" and subject) that heads the series ``verb`` is
    a later member of; None when ``verb`` is in no such series."""
    tok = verb
    for _ in range(4):
        if not _member(tok):
            return None
        tok = tok.head
        if any(c.dep_ == "auxpass" for c in tok.children):
            return tok
    return None


def _members(top: Token) -> list[Token]:
    out: list[Token] = []
    stack = [top]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if _member(c))
    return out


def series_agents(verb: Token) -> list[Token]:
    """The "by" agent of another member of the series ``verb`` is in (the parser hangs it
    on the last: "was interrogated, tortured and killed by Saudi agents"); [] when none."""
    top = series_top(verb) or (verb if any(c.dep_ == "auxpass" for c in verb.children) else None)
    if top is None:
        return []
    for other in _members(top):
        if other is verb:
            continue
        agents = [o for c in other.children if c.dep_ == "agent" for o in _pobjs(c)]
        if agents:
            return agents
    return []
