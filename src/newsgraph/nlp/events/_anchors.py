"""Where an event sits in the text: its trigger's characters, the place and time mentioned in
its clause, and the quote that reports it."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.model import Place, Quote, TimeRef


def _trigger_extent(tok: Token, dep: Token | None) -> tuple[int, int]:
    """The trigger's characters: the word, joined to its pattern dependent when adjacent-ish."""
    start, end = tok.idx, tok.idx + len(tok)
    if dep is not None and abs(dep.i - tok.i) <= 3:
        start = min(start, dep.idx)
        end = max(end, dep.idx + len(dep))
    return start, end


def _in_clause(
    records: list[Place] | list[TimeRef] | None, clause: list[Token], trigger: Token
) -> Place | TimeRef | None:
    """The place/time record mentioned in the trigger's clause: one attached to the trigger's
    verb first ("met in Moscow"), else the last one ("the situation in Idlib in Moscow")."""
    if not records or not clause:
        return None
    by_start = {t.idx: t for t in clause}
    hits = [(r, by_start[r.span.start]) for r in records if r.span.start in by_start]
    if not hits:
        return None
    verb = clause[0].doc[trigger.i]
    for r, tok in hits:
        if any(a == verb for a in list(tok.ancestors)[:3]) and tok.head.head == verb:
            return r
    return max(hits, key=lambda h: h[0].span.start)[0]


def _reported_by(quotes: list[Quote] | None, char: int) -> str | None:
    inside = [q for q in quotes or [] if q.content.start <= char < q.content.end]
    if not inside:
        return None
    return min(inside, key=lambda q: q.content.end - q.content.start).id
