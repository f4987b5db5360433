"""spaCy's attribute ruler, the same annotations at a fraction of the cost.

The English models' ``attribute_ruler`` maps each token's fine tag (and, for a few words, its
form and dependency) to its coarse part of speech, morphology and some lemmas: about 180
single-token patterns and a handful of two-token ones. spaCy runs them through the general
``Matcher``, whose ``IN``/``NOT_IN``/``REGEX`` conditions are Python calls for every token
and pattern, then sets each match with its own ``Span``: over a tenth of the whole model's
time on news, more than all of newsgraph's entity linking.

:class:`FastAttributeRuler` computes the same matches from a table: a token's outcome
depends only on its tag, dependency, whether it is a space and its lowercase form, and only
on whether that form is one a pattern names, so the set of conditions a token meets is
worked out once per distinct combination and then looked up. Where several patterns match a
token, they are applied in spaCy's order (later patterns win, attribute by attribute), once
per token. Patterns outside what the table handles (other attributes, operators) make it
fall back to spaCy's own matching, whole, so the result is always spaCy's.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

#: the token attributes the table handles, in the order of a token's key
_ATTRS = ("TAG", "DEP", "IS_SPACE", "LOWER")
_ARRAY = [TAG, DEP, IS_SPACE, LOWER]
_OTHER = 0  # a lowercase form no pattern names (the empty string's hash is 0 too: no clash
#             matters, as no condition tells them apart)

_MAX_ROWS = 500_000  # distinct token rows kept by a table (news text: tens of thousands)
Cond = tuple[tuple[int, str, Any], ...]  # (attribute position, op, value) for one token


class _Unsupported(Exception):
    pass


class _Table:
    """The compiled patterns of one ruler."""

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = ruler.vocab.strings
        self.conds: list[Cond] = []
        cond_ids: dict[Cond, int] = {}
        self.single: list[tuple[int, int]] = []  # (condition, pattern id)
        self.multi: list[tuple[int, tuple[int, ...], int]] = []  # pattern id, conditions, index
        self.lowers: set[int] = set()
        self.regexes: list[re.Pattern[str]] = []
        for pid in range(len(ruler.attrs)):
            index = ruler.indices[pid]
            for pattern in ruler.matcher.get(str(pid))[1]:
                conds = []
                for spec in pattern:
                    cond = self._cond(spec, strings)
                    if cond not in cond_ids:
                        cond_ids[cond] = len(self.conds)
                        self.conds.append(cond)
                    conds.append(cond_ids[cond])
                if not conds or not -len(conds) <= index < len(conds):
                    raise _Unsupported
                if len(conds) == 1:
                    self.single.append((conds[0], pid))
                else:
                    self.multi.append((pid, tuple(conds), index % len(conds)))
        self.attrs = ruler.attrs
        self._keys: dict[tuple[int, int, int, int], tuple[frozenset[int], tuple[int, ...]]] = {}
        self._merged: dict[tuple[int, ...], dict[Any, Any]] = {}
        self._lower_ok: dict[int, bool] = {}
        self._rows: dict[tuple[int, ...], tuple[frozenset[int], tuple[int, ...]]] = {}
        self._strings = strings

    def _cond(self, spec: dict[str, Any], strings: Any) -> Cond:
        parts: list[tuple[int, str, Any]] = []
        op: str
        val: Any
        for name, value in spec.items():
            if name not in _ATTRS:
                raise _Unsupported
            pos = _ATTRS.index(name)
            if isinstance(value, bool) or isinstance(value, str):
                op, val = "==", value
            elif isinstance(value, dict) and len(value) == 1:
                op, val = next(iter(value.items()))
                if op not in {"IN", "NOT_IN", "REGEX"} or (op == "REGEX") != isinstance(val, str):
                    raise _Unsupported
            else:
                raise _Unsupported
            if name == "IS_SPACE":
                if op != "==" or not isinstance(val, bool):
                    raise _Unsupported
                parts.append((pos, "==", int(val)))
                continue
            if op == "REGEX":
                if name != "LOWER":
                    raise _Unsupported
                self.regexes.append(re.compile(val))
                parts.append((pos, "REGEX", self.regexes[-1]))
                continue
            vals: list[Any] = [val] if op == "==" else list(val)
            if not all(isinstance(v, str) for v in vals):
                raise _Unsupported
            hashes = frozenset(strings.add(v) if v else 0 for v in vals)
            if name == "LOWER":
                self.lowers |= hashes
            parts.append((pos, "NOT_IN" if op == "NOT_IN" else "IN", hashes))
        return tuple(parts)

    def _lower_key(self, lower: int) -> int:
        """The token's lowercase form if some pattern can tell it apart, else ``_OTHER``."""
        if lower in self.lowers:
            return lower
        if not self.regexes:
            return _OTHER
        ok = self._lower_ok.get(lower)
        if ok is None:
            text = self._strings[lower]
            ok = self._lower_ok[lower] = any(r.search(text) for r in self.regexes)
        return lower if ok else _OTHER

    def _meets(self, key: tuple[int, int, int, int]) -> tuple[frozenset[int], tuple[int, ...]]:
        """The conditions a token with ``key`` meets, and the single-token patterns it matches
        (in order)."""
        hit = self._keys.get(key)
        if hit is not None:
            return hit
        met = set()
        for cid, cond in enumerate(self.conds):
            for pos, op, val in cond:
                v = key[pos]
                if op == "==":
                    ok = v == val
                elif op == "IN":
                    ok = v in val
                elif op == "NOT_IN":
                    ok = v not in val
                else:  # REGEX (on LOWER); _OTHER never matches one
                    ok = v != _OTHER and val.search(self._strings[v]) is not None
                if not ok:
                    break
            else:
                met.add(cid)
        frozen = frozenset(met)
        pids = tuple(sorted({pid for cid, pid in self.single if cid in frozen}))
        hit = self._keys[key] = (frozen, pids)
        return hit

    def merged(self, pids: tuple[int, ...]) -> dict[Any, Any]:
        """The attributes the patterns ``pids`` set on one token, later patterns winning."""
        out = self._merged.get(pids)
        if out is None:
            out = {}
            for pid in pids:
                out.update(self.attrs[pid])
            self._merged[pids] = out
        return out

    def apply(self, doc: Doc) -> None:
        n = len(doc)
        if not n:
            return
        rows = doc.to_array(_ARRAY).tolist()
        seen = self._rows  # a token's whole row -> what it meets (no _lower_key call)
        if len(seen) > _MAX_ROWS:
            seen.clear()
        found = []
        for row in map(tuple, rows):
            hit = seen.get(row)
            if hit is None:
                t, d, s, lw = row
                hit = seen[row] = self._meets((t, d, s, self._lower_key(lw)))
            found.append(hit)
        # the single-token patterns' ids come sorted from _meets
        matched = {i: pids for i, (_, pids) in enumerate(found) if pids}
        for pid, conds, index in self.multi:
            first, rest = conds[0], conds[1:]
            for i in range(n - len(conds) + 1):
                if first in found[i][0] and all(
                    c in found[i + k + 1][0] for k, c in enumerate(rest)
                ):
                    k = i + index
                    matched[k] = tuple(sorted((*matched.get(k, ()), pid)))
        merged = self.merged
        for i, pids in matched.items():
            set_token_attrs(doc[i], merged(pids))


class FastAttributeRuler(AttributeRuler):
    """:class:`spacy.pipeline.AttributeRuler` with matching by table (see the module)."""

    def __call__(self, doc: Doc) -> Doc:
        table = self._table()
        if table is None:
            return super().__call__(doc)  # type: ignore[no-any-return]
        try:
            table.apply(doc)
        except Exception as exc:
            self.get_error_handler()(self.name, self, [doc], exc)
        return doc

    def _table(self) -> _Table | None:
        stamp = (id(self.matcher), len(self.attrs))  # add() and clear() change it
        cached: tuple[tuple[int, int], _Table | None] | None = self.__dict__.get("_ng_table")
        if cached is None or cached[0] != stamp:
            try:
                table: _Table | None = _Table(self)
            except _Unsupported:
                table = None
            cached = (stamp, table)
            self.__dict__["_ng_table"] = cached
        return cached[1]


def speed_up(nlp: Language) -> Language:
    """Run the model's attribute ruler(s) as :class:`FastAttributeRuler` (same output)."""
    for _name, proc in nlp.pipeline:
        if type(proc) is AttributeRuler:
            proc.__class__ = FastAttributeRuler
    return nlp
