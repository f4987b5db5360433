"""The parse as plain Python lists, read once per doc for the event coder's hot paths.

spaCy's ``Token`` properties (``.dep_``, ``.lemma_``, ``.children``, ``.head``) each build
new objects or look strings up on every access; the event coder reads them tens of thousands
of times per article (the classifier's features, clause extents). :func:`parse_of` reads the
same values once with ``Doc.to_array`` and keeps them in the doc's shared cache.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, HEAD, IS_STOP, LEMMA, LIKE_NUM, LOWER, POS
from spacy.tokens import Doc

from newsgraph.nlp._doc import _cached


@dataclass(slots=True, frozen=True)
class Parse:
    """Per-token attributes by token index (``pos[i] == doc[i].pos_`` and so on)."""

    pos: list[str]
    dep: list[str]
    ent: list[str]  # ent_type_
    lower: list[str]
    lemma: list[str]  # lemma_.lower()
    stop: list[bool]
    like_num: list[bool]
    head: list[int]  # head index (a root is its own head)
    children: list[Sequence[int]]  # in document order, as ``Token.children``


_ATTRS = [POS, DEP, ENT_TYPE, LOWER, LEMMA, IS_STOP, LIKE_NUM, HEAD]


def parse_of(doc: Doc) -> Parse:
    """The doc's :class:`Parse` (built once per doc, kept in the shared cache)."""
    return _cached(doc, "events_parse", lambda: _build(doc))  # type: ignore[no-any-return]


def _build(doc: Doc) -> Parse:
    n = len(doc)
    if n == 0:
        return Parse([], [], [], [], [], [], [], [], [])
    arr = doc.to_array(_ATTRS)
    strings = doc.vocab.strings

    def names(col: int, fold: bool = False) -> list[str]:
        # each distinct value looked up once; tokens take theirs by index (in C)
        values, which = np.unique(arr[:, col], return_inverse=True)
        table = [strings[v] for v in values.tolist()]
        if fold:
            table = [w.lower() for w in table]
        if n == 1:
            return [table[0]]
        return list(itemgetter(*which.reshape(-1).tolist())(table))

    rel = arr[:, 7].astype(np.int64).tolist()  # relative offsets, stored as uint64
    head = [i + r for i, r in enumerate(rel)]
    none: tuple[int, ...] = ()
    children: list[Sequence[int]] = [none] * n  # one list per token that has dependents
    for i, h in enumerate(head):
        if h != i:
            kids = children[h]
            if kids is none:
                children[h] = [i]
            else:
                kids.append(i)  # type: ignore[attr-defined]
    return Parse(
        pos=names(0),
        dep=names(1),
        ent=names(2),
        lower=names(3),
        lemma=names(4, fold=True),
        stop=[bool(v) for v in arr[:, 5].tolist()],
        like_num=[bool(v) for v in arr[:, 6].tolist()],
        head=head,
        children=children,
    )
