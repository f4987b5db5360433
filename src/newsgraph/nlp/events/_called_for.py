"""A call for someone to do something (issue 10 item 1, political33).

"Trump called for the president to resign", "the community began calling for the mayor to
step down", "renewed calls for Silicon Valley to roll back the encryption": the parser makes
"for" the *mark* of an infinitive clause hanging off the verb (or noun) of asking, not a
preposition of it, so the "call for" patterns (``request.call_for``, ``request.n_call_for``,
``request.push_for``, ``request.plead``) did not see their "for", and the act asked for
("resign", "drop out", "organize ground forces") was coded as if it had happened. Here:

* :func:`for_clause_mark` gives the "for" of such a clause as the dependent that satisfies a
  pattern's "for" (read by ``_patterns._dependent_with``), so the call is the REQUEST;
* :func:`requested_act` tells ``_nested`` that an event inside that clause is what was asked
  for, not an event of its own (as "urged the governor to resign" already is).

Only verbs and nouns of asking take the clause ("called for him to resign"); a purpose clause
after another verb ("waited for the bus to arrive") is not read."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spacy.tokens import Token

# verbs and nouns of asking whose "for" may open a clause of what is asked
_ASKING = frozenset({"call", "push", "plead", "appeal", "press", "clamor", "clamour"})

# the clause's relations to the word of asking
_CLAUSE_DEPS = frozenset({"advcl", "acl", "ccomp", "xcomp", "relcl"})

# how an event's word sits inside the clause asked for: its verb, a conjoined verb, a clause or
# an argument of it ("for the United States to organize ground forces to fight ...")
_INSIDE = frozenset({"xcomp", "ccomp", "advcl", "conj", "dobj", "pobj", "prep", "pcomp", "acl"})


def _for_to(clause: Token) -> Token | None:
    """The "for" of an infinitive clause with its own subject ("for the president to
    resign", "for the foundation to be shut down"), or None."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"), None)
    if mark is None:
        return None
    has_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    return mark if has_to and has_subject else None


def for_clause_mark(token: Token) -> Token | None:
    """The "for" of a clause of what is asked after a word of asking ("called for Trump to
    drop out": "for"), or None. The clause must follow the word with nothing between the
    word and its "for" but adverbs ("called again for ...")."""
    if token.lemma_.lower() not in _ASKING:
        return None
    for clause in token.children:
        if clause.dep_ not in _CLAUSE_DEPS or clause.i < token.i:
            continue
        mark = _for_to(clause)
        if mark is None or mark.i < token.i:
            continue
        between = token.doc[token.i + 1 : mark.i]
        if all(t.pos_ in ("ADV", "PART") or t.dep_ == "advmod" for t in between):
            return mark
    return None


def clause_subject(token: Token) -> Token | None:
    """The subject of the clause asked for after a word of asking (who is asked to act:
    "called for *the president* to resign"), or None."""
    mark = for_clause_mark(token)
    if mark is None:
        return None
    return next((c for c in mark.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def requested_act(tok: Token, by_token: Mapping[int, Any], event: Any) -> bool:
    """Whether the word ``tok`` of ``event`` stands inside a clause asked for by another
    event's word of asking that is a REQUEST ("called for the president to *resign*",
    "calls for the United States to organize forces to *fight* ...")."""
    t = tok
    for _ in range(4):
        head = t.head
        if head is t:
            return False
        mark = for_clause_mark(head) if t.dep_ in _CLAUSE_DEPS else None
        if mark is not None and mark.head is t:
            other = by_token.get(head.i)
            return other is not None and other is not event and other.type == "REQUEST"
        if t.dep_ not in _INSIDE:
            return False
        t = head
    return False
