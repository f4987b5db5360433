"""Text helpers shared by the corpus modules: folding, word tokens, shingles."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


def fold(text: str | None) -> str:
    """Case- and accent-insensitive form, whitespace collapsed ("" for None)."""
    if not text:
        return ""
    if text.isascii():
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(plain.split())


def name_key(text: str | None) -> str:
    """A name as a lookup key: folded, words only, without a leading "the"/"a"."""
    words = " ".join(_WORD.findall(fold(text)))
    return _LEADING_ARTICLE.sub("", words)


def tokens(text: str) -> list[str]:
    """Folded word tokens."""
    return _WORD.findall(fold(text))


def shingles(text: str, n: int) -> set[str]:
    """The set of word ``n``-grams of ``text`` (its tokens when it has fewer than ``n``)."""
    toks = tokens(text)
    if len(toks) < n:
        return {" ".join(toks)} if toks else set()
    return {" ".join(toks[i : i + n]) for i in range(len(toks) - n + 1)}
