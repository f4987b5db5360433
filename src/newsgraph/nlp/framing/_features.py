"""Token features of the framing span tagger (:mod:`._tagger`): the strings describing each
token (:func:`token_keys`) and the label layout they are scored against."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, ORTH, POS, TAG
from spacy.tokens import Doc

from newsgraph.nlp.framing import _clusters, _lexicon, _subjectivity
from newsgraph.nlp.framing._tone import lexicon as vader_lexicon
from newsgraph.nlp.quotes._marks import quote_spans

FEATURES_VERSION = "framing-tagger/1"
CLASSES = ("O", "B-LL", "I-LL", "B-NC", "I-NC")
KINDS = {"LL": "loaded_language", "NC": "name_calling"}
OFFSETS = (-2, -1, 0, 1, 2)


def _valence(v: float | None) -> str:
    if v is None:
        return "v0"
    if v <= -2.0:
        return "v--"
    if v < 0:
        return "v-"
    if v >= 2.0:
        return "v++"
    return "v+"


def _shape(text: str) -> str:
    if text.isupper() and len(text) > 1:
        return "UP"
    if text[:1].isupper():
        return "Tt"
    if text.isalpha():
        return "lo"
    if any(c.isdigit() for c in text):
        return "d"
    return "p"


_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE"})
_HOT: dict[int, bool] = {}  # word hash -> strongly rated in VADER
_ATTRS = [ORTH, LEMMA, POS, TAG, DEP, HEAD, ENT_TYPE, IDX]
_HEAT = ("heat=0", "heat=1", "heat=2", "heat=3")


@lru_cache(maxsize=200_000)
def _word_keys(text: str, lemma: str, pos: str, ent: str) -> tuple[str, ...]:
    """Keys from the word itself: shape, and (common words only) word, lemma, suffixes,
    lexicon ratings; a proper noun or named entity gives only ``name``."""
    if text.isspace():
        return ("space",)
    keys = [f"s={_shape(text)}"]
    if pos == "PROPN" or ent in _NAME_ENTS:
        keys.append("name")
        return tuple(keys)
    low, lem = text.lower(), lemma.lower()
    keys += [f"w={low}", f"l={lem}"]
    if len(low) > 3:
        keys += [f"x3={low[-3:]}", f"x2={low[-2:]}"]
    keys.append(_valence(vader_lexicon().get(low)))
    keys.extend(_subjectivity.keys(low))
    lexwords = _lexicon.label_words()
    if low in lexwords or lem in lexwords:
        keys.append("lex")
    return tuple(keys)


@lru_cache(maxsize=100_000)
def _head_keys(dep: str, lemma: str, pos: str, ent: str) -> tuple[str, ...]:
    """Keys from the token's syntactic head: its lemma (common words only, else ``name``), alone
    and with the dependency ("dirty" as ``amod`` of "work"); the root gets ``hw=root``."""
    if not dep or dep == "ROOT":
        return ("hw=root",)
    word = "name" if pos == "PROPN" or ent in _NAME_ENTS else lemma.lower()
    return (f"hw={word}", f"hd={dep}|{word}")


@lru_cache(maxsize=50_000)
def _syntax_keys(pos: str, tag: str, dep: str, head_pos: str) -> tuple[str, ...]:
    return (f"p={pos}", f"t={tag}", f"d={dep}", f"dh={dep}|{head_pos}")


def _rows(doc: Doc) -> tuple[np.ndarray, list[str], list[bool]]:
    """Token attributes as one array, each token's sentence heat and whether it is quoted."""
    arr = doc.to_array(_ATTRS) if len(doc) else np.zeros((0, len(_ATTRS)), np.uint64)
    n = len(arr)
    vader = vader_lexicon()
    strings = doc.vocab.strings
    heat = ["heat=0"] * n
    if n:
        bounds = (
            [(sent.start, sent.end) for sent in doc.sents]
            if doc.has_annotation("DEP") or doc.has_annotation("SENT_START")
            else [(0, n)]
        )
        # each distinct word's heat looked up once; a sentence's count from running sums
        words, where = np.unique(arr[:, 0], return_inverse=True)
        flags = []
        for o in words.tolist():
            h = _HOT.get(o)
            if h is None:
                h = _HOT[o] = abs(vader.get(strings[o].lower(), 0.0)) >= 1.5
            flags.append(h)
        hot = [0, *np.cumsum(np.array(flags, dtype=np.int64)[where.reshape(-1)]).tolist()]
        for a, b in bounds:
            level = _HEAT[min(hot[b] - hot[a], 3)]
            heat[a:b] = [level] * (b - a)
    quoted = [q.inner for q in quote_spans(doc)]
    if not n or not quoted:
        return arr, heat, [False] * n
    # the quotation starting last at or before each token's offset, as bisect_right finds it
    lo = np.array([a for a, _ in quoted], dtype=np.int64)
    hi = np.array([b for _, b in quoted], dtype=np.int64)
    idx = arr[:, 7].astype(np.int64)
    k = np.searchsorted(lo, idx, side="right") - 1
    at = np.maximum(k, 0)
    inside = (k >= 0) & (lo[at] <= idx) & (idx < hi[at])
    return arr, heat, inside.tolist()


def token_keys(
    doc: Doc, *, head_words: bool = False, clusters: _clusters.ClusterKeys | None = None
) -> list[list[str]]:
    """The feature strings of every token of ``doc`` (before windowing); with ``head_words``,
    also the keys of each token's syntactic head (:func:`_head_keys`); with ``clusters`` (word
    -> cluster keys, :mod:`._clusters`), the word clusters of every word that is no name."""
    arr, heat, inside = _rows(doc)
    strings = doc.vocab.strings
    out: list[list[str]] = []
    heads = arr[:, 5].astype(np.int64).tolist()  # relative offsets, stored as uint64
    rows = arr.tolist()
    for i, (orth, lemma, pos, tag, dep, _head, ent, _idx) in enumerate(rows):
        text = strings[orth]
        if text.isspace():
            out.append(["b", "space"])
            continue
        head = rows[i + heads[i]]
        hp = strings[head[2]]
        keys = ["b", *_word_keys(text, strings[lemma], strings[pos], strings[ent] if ent else "")]
        if clusters is not None and "name" not in keys:
            keys += clusters.get(text.lower(), ())
        keys += _syntax_keys(strings[pos], strings[tag], strings[dep], hp)
        if head_words:
            keys += _head_keys(
                strings[dep] if heads[i] else "ROOT", strings[head[1]], hp,
                strings[head[6]] if head[6] else "",
            )  # fmt: skip
        keys.append(heat[i])
        if inside[i]:
            keys.append("q")
        out.append(keys)
    return out
