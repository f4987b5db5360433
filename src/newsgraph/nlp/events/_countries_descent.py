"""Demonyms that name a person's descent or birthplace, not whom they act for.

"Mexican-American reporter Jorge Ramos" is an American reporter of Mexican descent (USAMED, not
MEXMED), "the Cuban-American senator" a US senator, "the Ukrainian-Canadian minister" Canada's;
"the Canadian-born senator" and "a German-born journalist" say where someone was born, which
is no country they act for: the phrase's country comes from the second demonym, or from the
article and sentence as for any unplaced agent. Used by :meth:`ActorCoder._code`, which leaves
the demonyms returned here out of the phrase's country.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph import lexicons as lexicon

_DASHES = frozenset({"-", "–", "—"})
# words after "<demonym>-" that make the demonym a birthplace or an origin
_ORIGIN = frozenset({"born", "bred", "raised", "descended", "origin"})


def _demonym(tok: Token) -> bool:
    return bool(tok.text[:1].isupper() and lexicon.demonyms().get(tok.text))


def descent_demonyms(toks: list[Token]) -> set[int]:
    """Indexes (into ``toks``) of the demonyms that name descent or birthplace: the first of
    "<demonym>-<demonym>" ("Mexican-American") and any "<demonym>-born" ("Canadian-born")."""
    out: set[int] = set()
    for i in range(len(toks) - 2):
        if toks[i + 1].text not in _DASHES or not _demonym(toks[i]):
            continue
        after = toks[i + 2]
        if after.lower_ in _ORIGIN or _demonym(after):
            out.add(i)
    return out


def descent_at(doc: Doc, char: int) -> bool:
    """Whether the name at ``char`` is such a demonym ("Canadian" in "the Canadian-born
    senator"): it places no one of its sentence either."""
    span_ = doc.char_span(char, char + 1, alignment_mode="expand")
    if span_ is None or not len(span_):
        return False
    tok = span_[0]
    return 0 in descent_demonyms(list(doc[tok.i : tok.i + 3]))
