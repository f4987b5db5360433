"""A person grabbed: the other sense of ``lex.assault.grab_person`` (issue 10 item 1, acled41).

"someone grabbed the woman by her neck", "she was grabbed from behind" are a person seized by
force (ASSAULT ``beat``); the row's ``harm_human`` option already leaves things, places and
territory ("grabbed it by the barrel", "grabbed the atoll"). Campaign news also "grabs" the
people a candidate wins: "Kasich ... grabbing all 66 delegates in the Ohio primary" is a win,
not a blow. :func:`won_not_grabbed` vetoes the row when the one grabbed is a word of votes won
(delegates, voters, electors, seats, votes)."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern

_ROW = "lex.assault.grab_person"
_WON = frozenset({"delegate", "voter", "elector", "seat", "vote", "ballot", "superdelegate"})


def won_not_grabbed(tok: Token, pattern: Pattern) -> bool:
    """The grab row whose object or passive subject is a word of votes won (module doc)."""
    if pattern.name != _ROW:
        return False
    grabbed = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(g.lemma_.lower() in _WON or g.lower_.rstrip("s") in _WON for g in grabbed)
