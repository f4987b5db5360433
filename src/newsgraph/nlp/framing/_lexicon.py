"""The hand-written framing lexicon (``resources/framing/framing_labels.tsv``) and its matcher.

Single words match a token's lower-case form or lemma; phrases match token by token, with
hyphenated words split the way spaCy tokenises them ("so-called" -> so, -, called).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Token

from newsgraph import datafiles
from newsgraph.errors import ResourceError
from newsgraph.nlp.framing._attach_titles import name_use
from newsgraph.nlp.framing._attach_uses import more_non_actor_use
from newsgraph.nlp.framing._nonactor import non_actor_use

LABELS_FILE = "framing/framing_labels.tsv"
KINDS = ("name_calling", "loaded_language", "distancing", "scare_quote")


@dataclass(frozen=True, slots=True)
class Entry:
    words: tuple[str, ...]
    kind: str
    label: str
    polarity: float
    sector: str | None


def _split(term: str) -> tuple[str, ...]:
    out: list[str] = []
    for part in term.split():
        pieces = part.split("-")
        for k, piece in enumerate(pieces):
            if k:
                out.append("-")
            if piece:
                out.append(piece)
    return tuple(out)


@lru_cache(maxsize=1)
def entries() -> dict[str, tuple[Entry, ...]]:
    """Lexicon entries keyed by their first word, longest first."""
    table: dict[str, list[Entry]] = {}
    for line in datafiles.lines(LABELS_FILE):
        cells = line.cells()
        if len(cells) != 5:
            raise ResourceError(LABELS_FILE, f"expected 5 columns, found {len(cells)}", line.number)
        term, kind, label, pol, sector = cells
        if kind not in KINDS:
            raise ResourceError(LABELS_FILE, f"unknown kind {kind!r}", line.number)
        try:
            polarity = float(pol)
        except ValueError as exc:
            raise ResourceError(LABELS_FILE, f"polarity {pol!r} is no number", line.number) from exc
        if not -1.0 <= polarity <= 1.0:
            raise ResourceError(LABELS_FILE, "polarity must lie in -1..1", line.number)
        words = _split(term.lower())
        entry = Entry(words, kind, label, polarity, None if sector == "-" else sector)
        table.setdefault(words[0], []).append(entry)
    return {k: tuple(sorted(v, key=lambda e: -len(e.words))) for k, v in table.items()}


@lru_cache(maxsize=1)
def first_hashes() -> frozenset[int]:
    """spaCy string hashes of every entry's first word (a quick filter over a doc's tokens)."""
    from spacy.strings import hash_string  # type: ignore[attr-defined]

    return frozenset(hash_string(w) for w in entries())


@lru_cache(maxsize=1)
def label_words() -> frozenset[str]:
    """Every word of the lexicon (a feature for the learned tagger)."""
    return frozenset(w for es in entries().values() for e in es for w in e.words if w != "-")


def _same(tok: Token, word: str) -> bool:
    return tok.lower_ == word or tok.lemma_.lower() == word


def _raw_match(toks: list[Token], i: int) -> tuple[int, Entry] | None:
    tok = toks[i]
    cands = entries().get(tok.lower_) or entries().get(tok.lemma_.lower())
    if not cands:
        return None
    for e in cands:
        n = len(e.words)
        if i + n > len(toks):
            continue
        if all(_same(toks[i + k], w) for k, w in enumerate(e.words)):
            return n, e
    return None


def match(toks: list[Token], i: int) -> tuple[int, Entry] | None:
    """The longest entry starting at token ``i``: (number of tokens, entry), or None; None too
    where the words name no actor ("anti-terror", "regime change", "Nazi Germany": _nonactor;
    election "insurgents", "a reign of terror", "the deportation regime": _attach_uses; "in
    the Dictator Pope", "the Terror": _attach_titles)."""
    m = _raw_match(toks, i)
    return None if m is None or _no_actor(toks, i, m[0]) else m


def _no_actor(toks: list[Token], i: int, n: int) -> bool:
    return non_actor_use(toks, i, n) or more_non_actor_use(toks, i, n) or name_use(toks, i, n)


def non_actor_tokens(toks: list[Token]) -> frozenset[int]:
    """Token indices of lexicon words used where they name no actor: no learned span over
    them is a label either ("anti-terror strategy", "rote testing regimes")."""
    out: set[int] = set()
    for i in _first_words(toks):
        m = _raw_match(toks, i)
        if m is not None and _no_actor(toks, i, m[0]):
            out.update(range(i, i + m[0]))
    return frozenset(out)


# (LOWER hash, LEMMA hash) -> whether the token's lower-case form or lemma is an entry's first
# word (as ``_raw_match`` looks them up): filled as pairs are met, so a doc's tokens are looked
# up as two integer columns and only the few that may start an entry are matched
_STARTS: dict[tuple[int, int], bool] = {}


def _first_words(toks: list[Token]) -> list[int]:
    """Indices of ``toks`` whose lower-case form or lemma starts some entry: ``_raw_match``
    finds nothing at any other index."""
    if not toks:
        return []
    doc = toks[0].doc
    if len(toks) == len(doc) and toks[0].i == 0 and toks[-1].i == len(doc) - 1:
        arr = doc.to_array([LOWER, LEMMA])
        pairs = list(zip(arr[:, 0].tolist(), arr[:, 1].tolist(), strict=True))
    else:  # a part of a doc
        pairs = [(t.lower, t.lemma) for t in toks]
    table = entries()
    strings = doc.vocab.strings
    out = []
    for i, key in enumerate(pairs):
        hit = _STARTS.get(key)
        if hit is None:
            low, lemma = strings[key[0]], strings[key[1]]
            hit = _STARTS[key] = bool(table.get(low) or table.get(lemma.lower()))
        if hit:
            out.append(i)
    return out
