"""Copula cues: a predicate adjective of attitude with what it is about.

PolNeAR marks attitudes a copula states as cues: "supporters **are optimistic** that he'll make
a comeback", "Cruz **has been acutely aware** that ...", "Viguerie **is upbeat about** Cruz's
chances", "Republicans **were eager** to ...". The parse offers no candidate there ("be" is an
auxiliary, the adjective no verb or noun), so these are broad candidates (``lexical=False``)
and the trained cue scorer decides which adjectives make a cue: on PolNeAR train such a shape
is a gold cue for 13 % ("to") to 30 % ("that") of its occurrences, most of them in a few
adjectives ("eager to", "critical of", "skeptical of", "aware that").

The cue runs from the auxiliaries and negation before "be" through the adjective (and, for an
object of a preposition, the preposition: "are deeply skeptical of"), the source is the
subject, the content the that-clause, the infinitive or the preposition's object. The
candidate's word is the adjective, so the scorer reads the adjective's lemma.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.quotes._candidate import Candidate, _subtree, trim
from newsgraph.nlp.quotes._contents import _cue_span
from newsgraph.nlp.quotes._sources import _SHARED, _source_token, source_span

COPULA_WEIGHT = 0.6
_CLAUSE_DEPS = {"ccomp", "acl", "advcl"}
# "optimistic about", "critical of", "focused on", "happy with", "divided over"
_PREPS = {"about", "of", "on", "with", "over"}


def _that_clause(tok: Token, after: int) -> Token | None:
    return next(
        (
            c
            for c in tok.children
            if c.dep_ in _CLAUSE_DEPS
            and c.i > after
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )


def _prep_object(adj: Token) -> tuple[Token, Token] | None:
    for prep in adj.rights:
        if prep.dep_ == "prep" and prep.lower_ in _PREPS:
            obj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None:
                return prep, obj
            return None
    return None


def copula_candidate(be: Token, venues: dict[str, float], text: str) -> Candidate | None:
    """``be`` with a predicate adjective (``acomp``) after it taking a that-clause or a
    preposition's object; else None."""
    adj = next((c for c in be.children if c.dep_ == "acomp" and c.i > be.i), None)
    if adj is None or adj.pos_ != "ADJ":
        return None
    cue_end: Token = adj
    content_tok = _that_clause(adj, adj.i) or _that_clause(be, adj.i)
    rule = "copula-that"
    if content_tok is None:
        found = _prep_object(adj)
        if found is None:
            return None
        cue_end, content_tok = found
        rule = "copula-prep"
    src, how = _source_token(be)
    cue = (_cue_span(be, src if how == "subject" else None, venues)[0], cue_end.idx + len(cue_end))
    content = trim(text, _subtree(content_tok))
    source = source_span(src, be) if src is not None else None
    if source is not None and how in _SHARED and source[0] > cue[0]:
        source = None
    if how and how != "subject":
        rule += f"+{how}"
    return Candidate(
        head=adj.i,
        cue=cue,
        source=source,
        content=content,
        weight=COPULA_WEIGHT,
        rule=rule,
        source_token=src.i if src is not None else None,
        content_token=content_tok.i,
        lexical=False,
    )
