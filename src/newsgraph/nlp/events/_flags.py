"""Event flags read from the syntax: negated, hypothetical, background; and the event's clause."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph import datafiles
from newsgraph.nlp._doc import _cached, tokens
from newsgraph.nlp.events._arrays import Parse, parse_of

# relations through which a governing word's modality reaches the trigger
_UP = {
    "xcomp",
    "dobj",
    "pobj",
    "prep",
    "advcl",
    "acl",
    "amod",
    "compound",
    "attr",
    "conj",
    "pcomp",
    "oprd",
    "agent",
    "nsubjpass",
    "npadvmod",
}
# relations through which negation of a governing verb reaches the trigger
_NEG_UP = {"xcomp", "dobj", "pobj", "prep", "pcomp", "oprd"}
# governing verbs that only make a complement hypothetical through "to" ("has to", "agreed to")
_XCOMP_ONLY = {"have", "need", "agree", "try", "attempt", "offer"}
_CLAUSE_CHILDREN = {"ccomp", "advcl", "relcl", "parataxis", "xcomp", "csubj"}
# prepositions of time and circumstance: a negation above them does not reach their object
_FRAME_PREPS = frozenset(
    {"after", "following", "before", "during", "since", "despite", "amid", "until", "ahead"}
)


@lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    """Cue words by kind (resources/event_cues.tsv)."""
    out: dict[str, set[str]] = {}
    for kind, word in datafiles.rows("events/event_cues.tsv", min_cols=2, max_cols=2):
        out.setdefault(kind, set()).add(word.lower())
    return {k: frozenset(v) for k, v in out.items()}


def _infinitival(tok: Token) -> bool:
    """ "didn't want him to get shot", "urged Iran to stop": an object-control infinitive the
    parser hangs as a clause (ccomp); it is the verb's complement as an xcomp is."""
    return tok.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _chain(trigger: Token, allowed: set[str]) -> list[Token]:
    """The trigger and its governors up to the first clause boundary not in ``allowed`` (an
    infinitival ccomp passes where xcomp does)."""
    out = [trigger]
    tok = trigger
    for _ in range(8):
        if tok.head == tok:
            break
        if tok.dep_ not in allowed and not ("xcomp" in allowed and _infinitival(tok)):
            break
        tok = tok.head
        out.append(tok)
    return out


def _preceded_by(tok: Token, phrases: frozenset[str]) -> bool:
    doc = tok.doc
    for n in (2, 3, 4):
        if tok.i - n + 1 < 0:
            continue
        words = " ".join(t.lower_ for t in doc[tok.i - n + 1 : tok.i])
        if words in phrases:
            return True
    return False


def negated(trigger: Token) -> bool:
    """ "did not meet", "no talks", "failed to agree", "refused to sit down for negotiations"."""
    c = cues()
    chain = _chain(trigger, _NEG_UP)
    # a time or circumstance phrase is outside the negation: "did not report any progress
    # *following* a day of meetings" (the meetings happened)
    cut = next(
        (k for k, t in enumerate(chain) if t.dep_ == "prep" and t.lower_ in _FRAME_PREPS), None
    )
    if cut is not None:
        chain = chain[: cut + 1]
    for i, tok in enumerate(chain):
        if tok.pos_ in ("VERB", "AUX") and negated_subject(tok):
            return True  # "No one was arrested", "Neither Clinton nor her allies have been charged"
        for child in tok.children:
            if child.dep_ == "neg":
                return True
            if child.dep_ == "det" and child.lower_ == "no" and tok.pos_ in ("NOUN", "PROPN"):
                return True
        if i > 0 and tok.lemma_.lower() in c["neg_verb"] and tok.pos_ == "VERB":
            return True
    return False


# a negated subject: the act is said not to have happened ("Neither Clinton nor her allies have
# been charged", "No one was arrested", "Nobody attacked the convoy")
_NO_ONE = frozenset({"nobody", "none", "neither", "noone"})


def negated_subject(verb: Token) -> bool:
    """The verb's subject is negated ("Neither Clinton nor her allies have been charged", "No
    one was arrested", "Nobody attacked the convoy", "no soldiers"): the sentence says the act
    did not happen, as "did not" does."""
    for s in verb.children:
        if s.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if s.lower_ in _NO_ONE:
            return True
        if any(c.dep_ in ("det", "preconj", "cc") and c.lower_ == "neither" for c in s.children):
            return True  # "Neither Clinton nor her allies"
        if any(c.dep_ == "det" and c.lower_ == "no" for c in s.children):
            return True  # "No one", "no soldiers"
    return False


def hypothetical(trigger: Token) -> bool:
    """Future, possible, planned, threatened, conditional, purposive events."""
    c = cues()
    chain = _chain(trigger, _UP)
    for i, tok in enumerate(chain):
        lemma = tok.lemma_.lower()
        if i > 0 and tok.pos_ == "VERB" and lemma in c["hyp_verb"]:
            if lemma not in _XCOMP_ONLY or chain[i - 1].dep_ == "xcomp":
                return True
        if i > 0 and tok.pos_ == "NOUN" and lemma in c["hyp_noun"]:
            return True
        for child in tok.children:
            if child.dep_ == "aux" and child.lower_ in c["modal"]:
                return True
            if child.dep_ == "amod" and child.lemma_.lower() in c["hyp_adj"]:
                return True
            if child.dep_ == "mark" and child.lower_ in c["condition"]:
                return True
        if tok.dep_ in ("ccomp", "advcl", "conj") and tok.left_edge.i > 0:
            # "..., provided private lawsuits are not filed": the parser hangs the clause off
            # the main verb and "provided" off as a preposition; the word before the clause
            # still marks it as a condition
            if tok.doc[tok.left_edge.i - 1].lower_ in c["condition"]:
                return True
        if tok.dep_ == "advcl" and any(
            ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children
        ):
            return True
        if _preceded_by(tok, c["purpose"]):
            return True
        if tok.dep_ in ("ccomp", "relcl", "ROOT", "parataxis") and not _infinitival(tok):
            break
    return False


def clause_head(trigger: Token) -> Token:
    """The verb heading the clause of the trigger (the trigger itself for verbs)."""
    return tokens(trigger.doc)[_clause_head(parse_of(trigger.doc), trigger.i)]


def _clause_head(p: Parse, i: int) -> int:
    for _ in range(8):
        if p.pos[i] in ("VERB", "AUX") or p.head[i] == i:
            return i
        i = p.head[i]
    return i


def clause_indices(doc: Doc, trigger: int) -> tuple[int, ...]:
    """Indices of the tokens of :func:`clause_tokens` (sorted); computed once per token and
    doc (the filters ask for the same clauses many times)."""
    return _cached(doc, ("events.clause", trigger), lambda: _clause(parse_of(doc), trigger))  # type: ignore[no-any-return]


def _clause(p: Parse, trigger: int) -> tuple[int, ...]:
    # the trigger and its ancestors: the clauses that contain the trigger
    heads = p.head
    inside = {trigger}
    i = trigger
    for _ in range(len(heads)):
        h = heads[i]
        if h == i:
            break
        i = h
        inside.add(i)
    # the dependents of the clause head, down to embedded clauses (but those holding the
    # trigger); read from the flat dependents list, one slice per token
    kids, bounds, dep = p.kids, p.bounds, p.dep
    seen: set[int] = set()
    stack = [_clause_head(p, trigger)]
    while stack:
        tok = stack.pop()
        if tok in seen:
            continue
        seen.add(tok)
        for child in kids[bounds[tok] : bounds[tok + 1]]:
            if dep[child] not in _CLAUSE_CHILDREN or (child <= trigger and child in inside):
                stack.append(child)
    return tuple(sorted(seen))


def clause_tokens(trigger: Token) -> list[Token]:
    """Tokens of the trigger's clause, without embedded clauses (except the trigger's own)."""
    toks = tokens(trigger.doc)
    return [toks[i] for i in clause_indices(trigger.doc, trigger.i)]


def background(trigger: Token, published_year: int | None, years: list[int]) -> bool:
    """Historical summary: perfect tense with "since"/"for", or a year well before publication."""
    head = clause_head(trigger)
    verbs = [head, *head.conjuncts]
    if head.dep_ == "conj":
        verbs.append(head.head)
    perfect = any(
        ch.dep_ == "aux" and ch.lemma_ == "have" and ch.tag_ in ("VBP", "VBZ", "VBD")
        for v in verbs
        for ch in v.children
    )
    sent = trigger.sent
    if perfect:
        for tok in sent:
            if tok.lower_ == "since" and any(a in verbs for a in tok.ancestors):
                return True
    if published_year is not None and any(y < published_year - 1 for y in years):
        return True
    return any(ch.lower_ in ("formerly", "previously") for v in verbs for ch in v.children)
