"""The sequence tagger's features as integer ids, and its decoding, vectorised with numpy.

:func:`newsgraph.nlp.quotes._crf.token_features` builds feature *strings* per word (what
python-crfsuite trains on). At run time the tagger only needs each string's row of weights, so
:class:`FeatureTables` parses the model's feature names once into one table per template (the
values a template reads, coded as integers: a word id, a tag id, a dependency id, ...) and
reads a doc's rows with numpy look-ups over columns of ``Doc.to_array``: no string is built per
word. The rows are the same as the strings' (``tests/nlp/test_quotes_crf.py``).

:func:`viterbi_marginals` decodes all sequences of a doc at once, sorted longest first so each
step works on the sequences still running, with the forward-backward pass in scaled
probabilities (a matrix product per step).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np
from spacy.attrs import (
    DEP,
    ENT_TYPE,
    HEAD,
    IDX,
    LEMMA,
    LENGTH,
    ORTH,
    POS,
    SENT_START,
    TAG,
)
from spacy.symbols import PRON, PROPN
from spacy.tokens import Doc

from newsgraph.nlp._doc import doc_text, tokens
from newsgraph.nlp.quotes._bounds import _NAME_ENTS, _capitalised_inside, word
from newsgraph.nlp.quotes._lexicon import Lexicon

Char = tuple[int, int]
QUOTE_STATES = ("out", "open", "in", "close")
_WORD_TEMPLATES = ("w", "w-2", "w-1", "w1", "w2")
_TAG_TEMPLATES = ("t", "t-2", "t-1", "t1", "t2")
_FLAGS = ("b", "cue", "prep", "nl", "sp", "para-start")
_ATTRS = [TAG, DEP, HEAD, IDX, LENGTH, LEMMA, POS, ENT_TYPE, ORTH, SENT_START]


def _clean(w: str) -> str:
    """A word with its whitespace escaped (as ``_crf._clean``)."""
    return "".join(f"\\x{ord(c):02x}" if c.isspace() else c for c in w)


class _Vocab:
    """Strings to consecutive ids; an unknown string gets ``unk`` (one past the last id)."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def add(self, s: str) -> int:
        return self.ids.setdefault(s, len(self.ids))

    @property
    def unk(self) -> int:
        return len(self.ids)

    def get(self, s: str) -> int:
        return self.ids.get(s, len(self.ids))


class FeatureTables:
    """Each template's feature names as a sorted array of integer keys and their rows."""

    def __init__(self, names: Sequence[str]) -> None:
        self.missing = len(names)
        self.words, self.tags, self.deps, self.tag2 = _Vocab(), _Vocab(), _Vocab(), _Vocab()
        parsed: dict[str, list[tuple[tuple[Any, ...], int]]] = {}
        for row, name in enumerate(names):
            got = self._parse(name)
            if got is not None:
                parsed.setdefault(got[0], []).append((got[1], row))
        self.flags = {t: self.missing for t in _FLAGS}
        self.tables: dict[str, Any] = {}
        for template, items in parsed.items():
            if template in _FLAGS:
                self.flags[template] = items[0][1]
                continue
            keys = np.array([self._key(template, v) for v, _ in items], dtype=np.int64)
            rows = np.array([r for _, r in items], dtype=np.int64)
            table = np.full(self._size(template), self.missing, dtype=np.int32)
            ok = keys >= 0
            table[keys[ok]] = rows[ok]
            self.tables[template] = table
        self._cache: dict[str, tuple[Any, Any]] = {}

    # -- names ---------------------------------------------------------------------------

    def _parse(self, name: str) -> tuple[str, tuple[Any, ...]] | None:
        """``(template, values)`` of a feature name (None: no template of ours)."""
        if name in _FLAGS:
            return name, ()
        if name.startswith("cue|"):
            tag, _, dep = name[4:].rpartition("|")
            return "cue|", (self.tags.add(tag), self.deps.add(dep))
        if name.startswith("hcue|"):
            return "hcue|", (self.deps.add(name[5:]),)
        template, eq, value = name.partition("=")
        if not eq:
            return None
        if template in _WORD_TEMPLATES:
            return template, (self.words.add(value),)
        if template in _TAG_TEMPLATES:
            return template, (self.tags.add(value),)
        if template == "d":
            return template, (self.deps.add(value),)
        if template in ("wd", "hw", "ht"):
            left, _, dep = value.rpartition("|")
            vocab = self.tags if template == "ht" else self.words
            return template, (vocab.add(left), self.deps.add(dep))
        if template == "q":
            return (template, (QUOTE_STATES.index(value),)) if value in QUOTE_STATES else None
        if template == "br":
            return template, (self._branch(value),)
        if template == "brq":
            branch, _, state = value.rpartition("|")
            if state not in QUOTE_STATES:
                return None
            return template, (self._branch(branch), QUOTE_STATES.index(state))
        return None

    def _branch(self, value: str) -> tuple[int, int, int]:
        """``-`` (no cue above) or ``dep|L|VB`` as (dependency id, side, tag prefix id)."""
        if value == "-":
            return (-1, 0, 0)
        parts = value.split("|")
        if len(parts) != 3 or parts[1] not in ("L", "R"):
            return (-2, 0, 0)  # matches no word
        return (self.deps.add(parts[0]), parts[1] == "R", self.tag2.add(parts[2]))

    def _key(self, template: str, v: tuple[Any, ...]) -> int:
        """One integer per (template's) values: the same coding as :meth:`rows` uses."""
        nd, n2 = self.deps.unk + 1, self.tag2.unk + 1
        if template in ("wd", "hw"):
            return int(v[0]) * nd + int(v[1])
        if template in ("ht", "cue|"):
            return int(v[0]) * nd + int(v[1])
        if template in ("br", "brq"):
            dep, right, tag2 = v[0]
            code = _branch_code(dep, right, tag2, nd, n2)
            return code if template == "br" else code * 4 + int(v[1])
        return int(v[0])

    def _size(self, template: str) -> int:
        """How many keys a template's table holds (every key :meth:`rows` can make)."""
        nw, nt, nd = self.words.unk + 1, self.tags.unk + 1, self.deps.unk + 1
        n_branch = 1 + 2 * nd * (self.tag2.unk + 1)
        return {
            "wd": nw * nd,
            "hw": nw * nd,
            "ht": nt * nd,
            "cue|": nt * nd,
            "hcue|": nd,
            "d": nd,
            "q": 4,
            "br": n_branch,
            "brq": 4 * n_branch,
        }.get(template, nt if template in _TAG_TEMPLATES else nw)

    # -- a doc ---------------------------------------------------------------------------

    def rows(
        self,
        doc: Doc,
        lex: Lexicon,
        quoted: Sequence[Char],
        bounds: Sequence[tuple[int, int]] | None = None,
        *,
        cue_sentences: bool = False,
        known_cues: Sequence[Char] = (),
    ) -> tuple[Any, list[tuple[int, int]], Any]:
        """Feature rows (tokens of ``bounds`` in order x templates; ``missing`` where the
        model has no weight) of the features :func:`_crf.token_features` gives those tokens,
        the bounds they cover and (with ``known_cues``, else None) per token whether it lies
        inside one of those character spans. ``bounds`` None: the parse's sentences. With
        ``cue_sentences``, only the ranges of ``bounds`` that hold a cue-lexicon word (not
        inside ``known_cues``) or a quotation mark."""
        n = len(doc)
        # one contiguous row per attribute (column look-ups on a strided array copy it)
        arr = (
            np.ascontiguousarray(doc.to_array(_ATTRS).view(np.int64).T)
            if n
            else np.zeros((len(_ATTRS), 0), np.int64)
        ).T
        bounds = sentence_ranges(arr[:, 9]) if bounds is None else list(bounds)
        known = inside_spans(arr[:, 3], arr[:, 4], known_cues) if known_cues else None
        strings = doc.vocab.strings
        heads = np.arange(n) + arr[:, 2]
        tag = self._mapped(arr[:, 0], "tag", lambda h: self._tag_ids(str(strings[h])))
        tid, t2id = tag[:, 0], tag[:, 1]
        did = self._mapped(arr[:, 1], "dep", lambda h: (self.deps.get(str(strings[h])),))[:, 0]
        lem = self._mapped(
            arr[:, 5], f"lemma{id(lex)}", lambda h: _lemma(str(strings[h]), lex, self)
        )
        is_cue, is_prep = lem[:, 1] != 0, lem[:, 2] != 0
        orth = self._mapped(arr[:, 8], "orth", lambda h: _orth(str(strings[h])))
        space = orth[:, 2] != 0
        wid = self._word_ids(doc, arr, lem[:, 0], orth)
        if cue_sentences:
            words = is_cue if known is None else is_cue & ~known
            bounds = _cue_bounds(bounds, words, arr[:, 3], quoted)
        sel = _ranges(bounds)
        text = doc_text(doc)
        m = len(sel)
        ncol = 24
        out = np.full((m, ncol), self.missing, dtype=np.int32)
        if m == 0:
            return out, bounds, known
        nd, n2 = self.deps.unk + 1, self.tag2.unk + 1
        h = heads[sel]
        q = _quote_state(arr[sel, 3], arr[sel, 4], quoted)
        branch = _branches(sel, heads, is_cue, did, t2id, nd, n2)
        out[:, 0] = self.flags["b"]
        out[:, 1] = self._look("w", wid[sel])
        out[:, 2] = self._look("t", tid[sel])
        out[:, 3] = self._look("d", did[sel])
        out[:, 4] = self._look("wd", wid[sel] * nd + did[sel])
        out[:, 5] = self._look("hw", wid[h] * nd + did[sel])
        out[:, 6] = self._look("ht", tid[h] * nd + did[sel])
        out[:, 7] = self._look("q", q)
        out[:, 8] = self._look("br", branch)
        out[:, 9] = self._look("brq", branch * 4 + q)
        cue = is_cue[sel]
        out[:, 10] = np.where(cue, self.flags["cue"], self.missing)
        out[:, 11] = np.where(cue, self._look("cue|", tid[sel] * nd + did[sel]), self.missing)
        hcue = is_cue[h] & (h != sel)
        out[:, 12] = np.where(hcue, self._look("hcue|", did[sel]), self.missing)
        out[:, 13] = np.where(is_prep[sel], self.flags["prep"], self.missing)
        space_sel = space[sel]
        if space_sel.any():
            nl = orth[sel[space_sel], 3] != 0
            out[space_sel, 14] = np.where(nl, self.flags["nl"], self.flags["sp"])
        edge = self.words.get("<edge>")
        for k, o in enumerate((-2, -1, 1, 2)):
            j = sel + o
            inside = (j >= 0) & (j < n)
            jj = np.minimum(np.maximum(j, 0), n - 1)
            out[:, 15 + 2 * k] = self._look(f"w{o}", np.where(inside, wid[jj], edge))
            out[:, 16 + 2 * k] = np.where(inside, self._look(f"t{o}", tid[jj]), self.missing)
        para = _para_start(text, arr[:, 3], sel)
        out[:, 23] = np.where(para, self.flags["para-start"], self.missing)
        return out, bounds, known

    def _look(self, template: str, keys: Any) -> Any:
        """Rows of ``keys`` in one template's table (``missing`` where absent)."""
        table = self.tables.get(template)
        if table is None:
            return np.full(len(keys), self.missing, dtype=np.int32)
        return table[keys]

    def _tag_ids(self, tag: str) -> tuple[int, int]:
        return self.tags.get(tag), self.tag2.get(tag[:2])

    def _mapped(self, col: Any, kind: str, compute: Any) -> Any:
        """Per token, the values ``compute`` gives its hash in column ``col`` (a tuple of
        ints), remembered per ``kind`` and hash across docs (sorted arrays: only hashes not seen
        before are computed in Python)."""
        col = col.view(np.uint64)
        known, vals = self._cache.get(kind, (None, None))
        if known is not None and len(known) > 200_000:
            known = vals = None
        if known is None:
            fresh = np.unique(col)
        else:
            at = np.minimum(np.searchsorted(known, col), len(known) - 1)
            miss = known[at] != col
            if not miss.any():
                return vals[at]
            fresh = np.unique(col[miss])
        new = np.array([compute(h) for h in fresh.tolist()], np.int64).reshape(len(fresh), -1)
        if known is None:
            known, vals = fresh, new
        else:
            known = np.concatenate([known, fresh])
            vals = np.concatenate([vals, new])
            order = np.argsort(known, kind="stable")
            known, vals = known[order], vals[order]
        self._cache[kind] = (known, vals)
        return vals[np.searchsorted(known, col)]

    def _word_ids(self, doc: Doc, arr: Any, lemma_ids: Any, orth: Any) -> Any:
        """Word ids per token: :func:`_bounds.word` (a name's entity type, ``<PROPN>``,
        ``<NAME>`` or the lower-case lemma), whitespace escaped in a word with a space."""
        strings = doc.vocab.strings
        n = len(doc)
        upper, spaced = orth[:, 0] != 0, orth[:, 1] != 0
        pos = arr[:, 6]
        starts = arr[:, 9] == 1
        if n:
            starts[0] = True
        name = upper & (pos != PRON)
        check = np.flatnonzero(name & starts)
        if len(check):
            capitalised = _capitalised_inside(doc)
            toks = tokens(doc)
            for i in check.tolist():
                name[i] = toks[i].lower_ in capitalised
        wid = np.where(name, self.words.get("<NAME>"), lemma_ids)
        wid = np.where(pos == PROPN, self.words.get("<PROPN>"), wid)
        ent_w = self._mapped(
            arr[:, 7],
            "ent",
            lambda h: (self.words.get(f"<{strings[h]}>") if strings[h] in _NAME_ENTS else -1,),
        )[:, 0]
        wid = np.where(ent_w >= 0, ent_w, wid)
        odd = np.flatnonzero(spaced | (orth[:, 2] != 0))
        if len(odd):
            toks = tokens(doc)
            for i in odd.tolist():
                wid[i] = self.words.get(_clean(word(toks[i])))
        return wid


def _orth(text: str) -> tuple[bool, bool, bool, bool]:
    """A token text's first character upper-case, a space in it, all whitespace, a newline."""
    return text[:1].isupper(), " " in text, text.isspace(), "\n" in text


def _lemma(lemma: str, lex: Lexicon, tables: FeatureTables) -> tuple[int, bool, bool]:
    """A lemma's word id, whether the cue lexicon lists it, whether it is a preposition cue."""
    low = lemma.lower()
    return tables.words.get(low), low in lex.verbs or low in lex.nouns, low in lex.preps


def _ranges(bounds: Sequence[tuple[int, int]]) -> Any:
    """The token indices of ``[start, end)`` ranges, in order."""
    if not bounds:
        return np.zeros(0, np.int64)
    b = np.asarray(bounds, np.int64)
    lens = b[:, 1] - b[:, 0]
    first = np.cumsum(lens) - lens
    return np.arange(int(lens.sum())) - np.repeat(first - b[:, 0], lens)


def sentence_ranges(sent_start: Any) -> list[tuple[int, int]]:
    """Token ranges of sentences from a ``SENT_START`` column (1: a sentence opens; the first
    token always does)."""
    n = len(sent_start)
    if n == 0:
        return []
    starts = np.flatnonzero(sent_start == 1).tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    return list(zip(starts, [*starts[1:], n], strict=True))


def inside_spans(idx: Any, length: Any, spans: Sequence[Char]) -> Any:
    """Per token (character start ``idx``, ``length``): whether it lies inside one of
    ``spans``."""
    ordered = sorted(spans)
    a = np.array([x for x, _ in ordered], np.int64)
    b = np.maximum.accumulate(np.array([y for _, y in ordered], np.int64))
    k = np.searchsorted(a, idx, side="right") - 1  # the last span starting at or before
    return (k >= 0) & (idx + length <= b[np.maximum(k, 0)])


def _cue_bounds(
    bounds: Sequence[tuple[int, int]], is_cue: Any, starts: Any, quoted: Sequence[Char]
) -> list[tuple[int, int]]:
    """The token ranges holding a cue-lexicon word or a quotation mark."""
    marks = np.zeros(len(is_cue), bool)
    if quoted and len(starts):
        at = np.array([c for q in quoted for c in (q[0], q[1] - 1)], np.int64)
        tok = np.searchsorted(starts, at, side="right") - 1
        marks[tok[tok >= 0]] = True
    hit = np.concatenate([[0], np.cumsum(is_cue | marks)])
    return [(a, b) for a, b in bounds if hit[b] > hit[a]]


def _branch_code(dep: int, right: int, tag2: int, nd: int, n2: int) -> int:
    """A branch (``-`` is 0; a branch no word can have is -1) as one integer."""
    if dep == -1:
        return 0
    if dep < -1:
        return -1
    return 1 + (int(dep) * 2 + int(right)) * n2 + int(tag2)


def _branches(sel: Any, heads: Any, is_cue: Any, did: Any, t2id: Any, nd: int, n2: int) -> Any:
    """The branch code of each selected token: the nearest cue word above it (up to 12 steps
    up the parse), the dependency of the word it hangs from that cue by, which side."""
    code = np.zeros(len(sel), np.int64)
    at = np.arange(len(sel))  # the selected tokens still climbing
    j = heads[sel]
    prev = sel.copy()
    go = j != prev  # a root has nothing above it
    at, j, prev = at[go], j[go], prev[go]
    for _ in range(11):  # steps 1 to 11 up (the token itself is step 0: never its own cue)
        if not len(at):
            break
        hit = is_cue[j]
        if hit.any():
            h, jh = at[hit], j[hit]
            right = (sel[h] > jh).astype(np.int64)
            code[h] = 1 + (did[prev[hit]] * 2 + right) * n2 + t2id[jh]
            keep = ~hit
            at, j, prev = at[keep], j[keep], prev[keep]
        up = heads[j]
        go = up != j
        at, prev, j = at[go], j[go], up[go]
    return code


def _quote_state(idx: Any, length: Any, quoted: Sequence[Char]) -> Any:
    """Per token: 0 outside every quotation, 1 its opening mark, 2 inside, 3 its closing
    mark."""
    if not quoted:
        return np.zeros(len(idx), np.int64)
    qa = np.array([q[0] for q in quoted], np.int64)
    qb = np.array([q[1] for q in quoted], np.int64)
    k = np.searchsorted(qa, idx, side="right") - 1
    kk = np.maximum(k, 0)
    inside = (k >= 0) & (idx < qb[kk])
    state = np.where(idx == qa[kk], 1, np.where(idx + length >= qb[kk], 3, 2))
    return np.where(inside, state, 0)


def _para_start(text: str, starts: Any, sel: Any) -> Any:
    """Whether a newline lies between the previous token's start and the token's start."""
    nls = [m.start() for m in re.finditer("\n", text)]
    if not nls:
        return np.zeros(len(sel), bool)
    lines = np.array(nls, np.int64)
    prev = np.maximum(sel - 1, 0)
    lo = np.searchsorted(lines, starts[prev], side="left")
    hi = np.searchsorted(lines, starts[sel], side="left")
    return (sel > 0) & (hi > lo)


def viterbi_marginals(
    emit: Any, lens: Any, trans: Any, *, only: Sequence[int] | None = None, skip: Any = None
) -> tuple[Any, Any]:
    """Best labels (Viterbi) of consecutive sequences of ``lens`` tokens (``emit``: tokens x
    labels, in order) and each token's marginal probability of its label. With ``only`` (label
    ids), marginals only for the sequences where one of them is the best label of a token
    (with ``skip``, a boolean per token: of a token not skipped); the others' tokens get NaN."""
    lens = np.asarray(lens, np.int64)
    n_seq, n_lab = len(lens), emit.shape[1]
    total = int(lens.sum())
    if n_seq == 0 or total == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.float64)
    # time-major, sequences sorted longest first: step t works on the first live[t] rows
    order = np.argsort(-lens, kind="stable")
    slen = lens[order]
    width = int(slen[0])
    first = np.cumsum(lens) - lens
    rank = np.empty(n_seq, np.int64)
    rank[order] = np.arange(n_seq)
    seq_of = np.repeat(rank, lens)
    pos_of = np.arange(total) - np.repeat(first, lens)
    e = np.zeros((width, n_seq, n_lab), np.float64)
    e[pos_of, seq_of] = emit
    trans = np.asarray(trans, np.float64)
    path = _viterbi(e, slen, trans)
    prob = np.full((width, n_seq), np.nan)
    if only is None:
        keep = np.arange(n_seq)
    else:
        wanted = np.isin(path, only)
        if skip is not None:
            skipped = np.zeros((width, n_seq), bool)
            skipped[pos_of, seq_of] = skip
            wanted &= ~skipped
        keep = np.flatnonzero(wanted.any(axis=0))
    if len(keep):
        prob[:, keep] = _marginals(e[:, keep], slen[keep], path[:, keep], trans)
    return path[pos_of, seq_of], prob[pos_of, seq_of]


def _live(slen: Any) -> list[int]:
    """How many of the sequences (sorted longest first) still run at each step."""
    width = int(slen[0])
    return (slen[None, :] > np.arange(width + 1)[:, None]).sum(axis=1).tolist()  # type: ignore


def _viterbi(e: Any, slen: Any, trans: Any) -> Any:
    """Best label paths (steps x sequences) of padded sequences (``e``: steps x sequences x
    labels, sorted longest first; ``slen`` their lengths)."""
    width, n_seq, n_lab = e.shape
    live = _live(slen)
    # step t's score of label j after label i, as [t, sequence, j, i] (the reductions run over
    # the last axis: numpy's small reductions over an inner axis are several times slower)
    step = trans.T[None, None] + e[:, :, :, None]
    delta = e[0].copy()
    back = np.zeros((width, n_seq * n_lab), np.int64)
    cand = np.empty((n_seq, n_lab, n_lab), np.float64)
    rows = np.arange(n_seq * n_lab) * n_lab  # flat index of each (sequence, j) row of cand
    for t in range(1, width):
        k = live[t]
        c = cand[:k]
        np.add(delta[:k, None, :], step[t, :k], out=c)
        arg = back[t, : k * n_lab]
        c.argmax(axis=2, out=arg.reshape(k, n_lab))
        delta[:k] = c.reshape(-1).take(rows[: k * n_lab] + arg).reshape(k, n_lab)
    # back pointers as flat indices (sequence * n_lab + label), so one take walks a step back
    base = np.arange(n_seq) * n_lab
    back += np.repeat(base, n_lab)
    last = base + delta.argmax(axis=1)
    path = np.repeat(base[None, :], width, axis=0)  # padding: label 0 once base is taken off
    cur = last.copy()
    for t in range(width - 1, -1, -1):
        k, k1 = live[t], live[t + 1]
        if k1:
            cur[:k1] = back[t + 1].take(cur[:k1])
        if k > k1:
            cur[k1:k] = last[k1:k]
        path[t, :k] = cur[:k]
    path -= base
    return path


def _marginals(e: Any, slen: Any, path: Any, trans: Any) -> Any:
    """Each step's marginal probability of its label on ``path`` (forward-backward; arrays
    as :func:`_viterbi`'s)."""
    width = int(slen[0])
    joint = _joint(e, slen, trans)
    chosen = np.take_along_axis(joint, path[:width, :, None], axis=2)[:, :, 0]
    norm = joint.sum(axis=2)
    norm[norm == 0] = 1.0  # padding
    out = np.ones(e.shape[:2], np.float64)
    out[:width] = chosen / norm
    return out


def _joint(e: Any, slen: Any, trans: Any) -> Any:
    """Forward times backward scores per step and label (each step's row proportional to
    its labels' marginals)."""
    _, n_seq, n_lab = e.shape
    width = int(slen[0])
    live = _live(slen)
    # in probabilities, rescaled to sum 1 every few steps (each token's marginals are
    # normalised at the end, so the scale of a step does not matter): a step grows the sum at
    # most n_lab * e^max(trans) times and shrinks it at most e^min(trans) times (the best
    # label's emission factor is 1)
    step = float(np.abs(trans).max()) + np.log(n_lab) + 1.0
    every = max(1, min(16, int(300 / step)))
    a_mat = np.exp(trans)
    a_t = np.ascontiguousarray(a_mat.T)
    p = e[:width] - e[:width].max(axis=2, keepdims=True)
    np.exp(p, out=p)
    alpha = np.zeros_like(p)
    alpha[0] = p[0] / p[0].sum(axis=1, keepdims=True)
    for t in range(1, width):
        k = live[t]
        nxt = alpha[t, :k]
        np.matmul(alpha[t - 1, :k], a_mat, out=nxt)
        nxt *= p[t, :k]
        if t % every == 0:
            nxt /= nxt.sum(axis=1, keepdims=True)
    beta = np.zeros_like(p)
    beta[slen - 1, np.arange(n_seq)] = 1.0
    tmp = np.empty((n_seq, n_lab), np.float64)
    for t in range(width - 2, -1, -1):
        k = live[t + 1]
        np.multiply(p[t + 1, :k], beta[t + 1, :k], out=tmp[:k])
        nxt = beta[t, :k]
        np.matmul(tmp[:k], a_t, out=nxt)
        if t % every == 0:
            nxt /= nxt.sum(axis=1, keepdims=True)
    return alpha * beta
