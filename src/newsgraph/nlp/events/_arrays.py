"""The parse as plain Python lists, read once per doc for the event coder's hot paths.

spaCy's ``Token`` properties (``.dep_``, ``.lemma_``, ``.children``, ``.head``) each build
new objects or look strings up on every access; the event coder reads them tens of thousands
of times per article (the classifier's features, clause extents). :func:`parse_of` reads the
same values once with ``Doc.to_array`` and keeps them in the doc's shared cache.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, HEAD, IS_STOP, LEMMA, LIKE_NUM, LOWER, POS, TAG
from spacy.tokens import Doc

from newsgraph.nlp._doc import _cached


@dataclass(slots=True, frozen=True)
class Parse:
    """Per-token attributes by token index (``pos[i] == doc[i].pos_`` and so on)."""

    pos: list[str]
    tag: list[str]
    dep: list[str]
    ent: list[str]  # ent_type_
    lower: list[str]
    lemma: list[str]  # lemma_.lower()
    stop: list[bool]
    like_num: list[bool]
    head: list[int]  # head index (a root is its own head)
    kids: list[int]  # every token's dependents: ``kids[bounds[i]:bounds[i + 1]]``
    bounds: list[int]

    def children(self, i: int) -> list[int]:
        """Token ``i``'s dependents in document order (as ``Token.children``)."""
        return self.kids[self.bounds[i] : self.bounds[i + 1]]


_ATTRS = [POS, DEP, ENT_TYPE, LOWER, LEMMA, IS_STOP, LIKE_NUM, HEAD, TAG]
# string store values (hashes and symbol ids) -> their strings, and lower-cased (for lemmas)
_NAMES: dict[int, str] = {}
_FOLDED: dict[int, str] = {}


def parse_of(doc: Doc) -> Parse:
    """The doc's :class:`Parse` (built once per doc, kept in the shared cache)."""
    return _cached(doc, "events_parse", lambda: _build(doc))  # type: ignore[no-any-return]


def _build(doc: Doc) -> Parse:
    n = len(doc)
    if n == 0:
        return Parse([], [], [], [], [], [], [], [], [], [], [0])
    arr = doc.to_array(_ATTRS)
    strings = doc.vocab.strings

    def names(col: int, fold: bool = False) -> list[str]:
        # a value's string is looked up once per process (a hash names one string for good);
        # tokens take theirs through a dict, in C
        values = arr[:, col].tolist()
        table = _FOLDED if fold else _NAMES
        for v in set(values).difference(table):
            table[v] = strings[v].lower() if fold else strings[v]
        return list(map(table.__getitem__, values))

    heads = np.arange(n, dtype=np.int64) + arr[:, 7].astype(np.int64)  # HEAD is relative
    # dependents in document order as one flat list and each token's slice bounds (two lists
    # per doc, not one per token: fewer objects for the garbage collector to track)
    order = np.argsort(heads, kind="stable")  # by head, then by index
    kids_np = order[heads[order] != order]
    bounds = [0, *np.cumsum(np.bincount(heads[kids_np], minlength=n)).tolist()]
    head = heads.tolist()
    kids = kids_np.tolist()
    return Parse(
        pos=names(0),
        tag=names(8),
        dep=names(1),
        ent=names(2),
        lower=names(3),
        lemma=names(4, fold=True),
        stop=(arr[:, 5] != 0).tolist(),
        like_num=(arr[:, 6] != 0).tolist(),
        head=head,
        kids=kids,
        bounds=bounds,
    )
