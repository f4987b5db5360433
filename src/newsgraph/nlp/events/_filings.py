"""A court filing that speaks (issue 10 items 1 and 4, real28).

A lawsuit, suit, complaint or indictment that is the subject of a verb of saying ("The
lawsuit contends that the deaths ... were caused by the negligent and reckless actions of
Clinton", "The complaint filed Friday in federal court in Phoenix says Haig didn't have a
license ...") states an allegation: the news even when the filer is not named, as "The lawsuit
also alleges defamation by Clinton" is through its own verb. The filing noun is the event's
trigger (ACCUSE). A complaint that "was" something ("a frequent complaint from visitors was
that ...") is no statement.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern

_FILINGS = frozenset({"lawsuit", "suit", "complaint", "indictment"})
_SAYING = frozenset(
    {"say", "contend", "allege", "claim", "argue", "assert", "charge", "accuse", "state"}
)


def filing_says(tok: Token, pattern: Pattern) -> bool:
    """An ACCUSE filing noun that is the subject of a verb of saying with what it says (a
    clause or an object) (module doc)."""
    if pattern.type != "ACCUSE" or pattern.pos != "N" or tok.lemma_.lower() not in _FILINGS:
        return False
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in _SAYING:
        return False
    return any(c.dep_ in ("ccomp", "dobj") for c in verb.children)
