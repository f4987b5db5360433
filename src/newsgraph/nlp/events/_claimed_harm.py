"""A person's claim that someone harmed them is an accusation (issue 10 item 1, acled31).

"She claims that Kavanaugh knocked her down, groped her", "who claims that the former police
chief assaulted him", "she claimed during the divorce that he had raped her": the sentence
tells a contested claim of the one harmed, and its news is the accusation (PLOVER ACCUSE
`allege`, CAMEO 112) by the claimant against the one said to have done it; the act is not
asserted (as "it is alleged he raped ..." is not: ``_filters_everyday.unasserted_complement``).

Only a claim by the person harmed (the act's object a personal pronoun: "her", "him", "them",
"me", "us"); "IS claimed that its fighters killed 20 soldiers" (a claim of one's own act) and
"police said militants attacked a checkpoint" (a plain attribution) stay the act.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsgraph.model import Actor, Event
from newsgraph.nlp.events._accusations import accuse_pattern

ActorsOf = Callable[[Doc, list[Token], "str | None"], list[Actor]]
MakeEvent = Callable[..., Event]

_CLAIM = frozenset({"claim"})
# a person harmed named by a pronoun ("groped her", "assaulted them")
_PERSONS = frozenset({"me", "her", "him", "them", "us"})
_ACTS = frozenset({"ASSAULT", "COERCE"})
_ACCUSE = accuse_pattern("accuse.claimed_harm")


def _claim_verb(verb: Token) -> Token | None:
    """The verb "claim" whose that-clause holds ``verb`` (through the clause's conjuncts and
    loose attachments: "knocked her down, groped her")."""
    for _ in range(4):
        if verb.dep_ in ("conj", "dep") and verb.head is not verb:
            verb = verb.head
            continue
        break
    if verb.dep_ != "ccomp":
        return None
    head = verb.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in _CLAIM:
        return None
    if any(c.dep_ == "neg" for c in head.children):
        return None
    return head


def _doer(verb: Token) -> Token | None:
    """The subject of the act's clause, or of the verb it is joined to."""
    for _ in range(4):
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if subj:
            return subj[0]
        if verb.dep_ not in ("conj", "dep") or verb.head is verb:
            return None
        verb = verb.head
    return None


def _claimant(claim: Token) -> Token | None:
    subj = [c for c in claim.children if c.dep_ == "nsubj"]
    if not subj:
        return None
    s = subj[0]
    if s.tag_ == "WP" and claim.dep_ == "relcl":  # "a woman who claims ...": the woman
        return claim.head
    return s


def claimed_harm(doc: Doc, tok: Token) -> tuple[Token, Token, Token] | None:
    """(claim verb, claimant, doer) when the act ``tok`` is the claimed harm of the claimant
    (see the module doc)."""
    if tok.pos_ != "VERB":
        return None
    if not any(c.dep_ == "dobj" and c.lower_ in _PERSONS for c in tok.children):
        return None
    claim = _claim_verb(tok)
    if claim is None:
        return None
    claimant, doer = _claimant(claim), _doer(tok)
    if claimant is None or doer is None or doer.lower_ in _PERSONS:
        return None
    return claim, claimant, doer


def claimed_harms(
    doc: Doc, events: list[Event], date: str | None, actors: ActorsOf, make: MakeEvent
) -> list[Event]:
    """The events with each claimed harm replaced by the claimant's accusation of the doer."""
    out: list[Event] = []
    made: set[int] = set()
    for ev in events:
        span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        found = claimed_harm(doc, span.root) if span is not None and ev.type in _ACTS else None
        if found is None:
            out.append(ev)
            continue
        claim, claimant, doer = found
        if claim.i in made or any(e.trigger.start == claim.idx for e in events):
            continue  # the act goes; the claim is coded once
        made.add(claim.i)
        sources = actors(doc, [claimant], date)
        targets = [a for a in actors(doc, [doer], date) if a not in sources]
        if not targets:  # the doer as the act's coder read it
            targets = [a for a in ev.sources or ev.targets if a not in sources]
        end = claim.idx + len(claim)
        out.append(make(doc, claim, claim.idx, end, _ACCUSE, sources, targets, date))
    return out
