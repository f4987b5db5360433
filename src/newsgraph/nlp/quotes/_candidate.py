"""A cue candidate (cue, source, content as character spans) and trimming a span to its words."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.nlp.quotes._lexicon import Lexicon

Char = tuple[int, int]
_ABBREV_END = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,}$")
_TRIM = " \t\n\u00a0,.;:—–-"
_CLOSERS = "\"'”’»"


# (tokens, verb, lexicon, rule, source word, content word) -> whether a broad candidate there
# may be accepted by the cue scorer (see find_candidates)
MayAccept = Callable[[list[Token], Token, Lexicon, str, Token | None, Token | None], bool]


@dataclass(slots=True)
class Candidate:
    """One attribution read off the parse (character offsets)."""

    head: int  # token index of the cue word
    cue: Char
    source: Char | None
    content: Char | None
    weight: float
    rule: str
    source_token: int | None = None  # token index of the source's head word
    content_token: int | None = None  # token index of the content's head word
    lexical: bool = True  # the cue word is in the lexicon (else a broad candidate for the scorer)


def _subtree(tok: Token) -> Char:
    right = tok.right_edge  # one Token made, not two
    return tok.left_edge.idx, right.idx + len(right)


def trim(text: str, span: Char, *, keep_final_quote: bool = True) -> Char | None:
    """Strip whitespace and edge punctuation; keep a closing mark that ends a quote ('."')."""
    a, b = span
    while a < b and text[a] in _TRIM:
        a += 1
    # extend over punctuation + a closing quote mark right after the span
    if keep_final_quote:
        j = b
        while j < len(text) and text[j] in ".,!?":
            j += 1
        if j < len(text) and text[j] in _CLOSERS and (j == b or j - b <= 2):
            inner = text[a:b]
            if any(m in inner for m in "\"“‘'"):
                return a, j + 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if _ABBREV_END.search(text, max(a, b - 12), b):
        return a, b  # "to the U.S.": the period belongs to the abbreviation
    while b > a and text[b - 1] in _TRIM:
        b -= 1
    return (a, b) if b > a else None
