"""The tokenizer, bounded: linear time on any input, the same tokens on normal news.

spaCy's tokenizer strips prefixes and suffixes one at a time and searches the whole rest
of the string again after each, so a long run without whitespace that is all punctuation
(62,500 ``&``; 15 KB of ``!?.,;:``) costs time quadratic in the run: 62,500 ``&`` took
over 150 s. And a "sentence" with no end (85 KB of "X said Y said") makes every per-sentence
step quadratic in the article (each of its thousands of cues scans the whole sentence).

:class:`BoundedTokenizer` wraps the model's tokenizer and removes both at their cause:

* a run of ``MAX_SYMBOL_RUN`` or more characters that are neither letters, digits nor
  whitespace (a separator line, junk) is cut into tokens of at most ``MAX_WORD_CHARS``
  characters (spaCy's lexical attributes, ``like_url`` among them, are quadratic in a
  token's length too), and a longer run without whitespace is tokenized in pieces of that
  length; everything else goes to spaCy's tokenizer unchanged;
* after ``MAX_SENTENCE_TOKENS`` tokens with no sentence end (``.``, ``!``, ``?``, ``…``, a
  line break) a sentence start is set; the parser keeps preset sentence starts, so no
  sentence (and no parse subtree) is longer than that.

On 924 news texts (4.2 M characters) one run was longer than 64 characters (a URL), none
had 8 symbols in a row, and no sentence came near 300 tokens (the longest, 233): the caps
change nothing there. The text is never changed: ``doc.text`` is the input, every offset
holds.

With ``truecase`` on (set by the ``newsgraph_truecase`` component, ``pipeline.cfg``), a text
with Title Case or ALL-CAPS lines is tokenized in its truecased form (same length, only case
changed: :mod:`newsgraph.nlp.truecase`) so the model parses those lines as prose; the original
text waits in ``doc.user_data`` and the component rebuilds the doc over it after the NER.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np
from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph.nlp._doc import remember_text
from newsgraph.nlp.truecase import ORIGINAL_KEY, mark_lines, truecase_lines

#: a run of this many symbols (not letter, digit, space) is cut into tokens of MAX_WORD_CHARS
MAX_SYMBOL_RUN = 8
#: the longest token from a long run; longer runs are tokenized in pieces of this length
MAX_WORD_CHARS = 64
#: tokens after which a sentence start is set when no sentence end came
MAX_SENTENCE_TOKENS = 300

_SUSPECT = re.compile(
    rf"(?P<symbols>[^\w\s]{{{MAX_SYMBOL_RUN},}})|(?P<long>\S{{{MAX_WORD_CHARS + 1},}})"
)
_SYMBOLS = re.compile(rf"[^\w\s]{{{MAX_SYMBOL_RUN}}}")
_ENDS = frozenset(".!?…")
_END_CODES = np.array([ord(c) for c in sorted(_ENDS)], dtype=np.uint32)


class BoundedTokenizer:
    """spaCy's tokenizer with the bounds above; everything else is the wrapped tokenizer's."""

    truecase: bool = False  # class default: instances pickled before the setting existed

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self.vocab: Vocab = tokenizer.vocab
        #: tokenize title-case / all-caps lines truecased (see the module's docstring)
        self.truecase = False

    def __call__(self, text: str) -> Doc:
        found = truecase_lines(text) if self.truecase else None
        if found is not None:
            doc = self._plain(found[0])
            mark_lines(doc, found[1])
            doc.user_data[ORIGINAL_KEY] = text
            return doc
        return self._plain(text)

    def _plain(self, text: str) -> Doc:
        doc = self._tokenize(text)
        cap_sentences(doc, text=text)
        # the text as given is doc.text (spaCy keeps it exactly); the pipeline's per-doc cache
        # starts with it, so no component rebuilds it from the tokens
        remember_text(doc, text)
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:  # rules, explain, to_disk, from_bytes, ...
        if name == "tokenizer":  # not set yet (unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.tokenizer, name)

    def _tokenize(self, text: str) -> Doc:
        if not suspect(text):
            return self.tokenizer(text)  # type: ignore[no-any-return]
        pieces: list[Doc] = []
        pos = 0
        for m in _SUSPECT.finditer(text):
            if m.start() > pos:
                pieces.append(self.tokenizer(text[pos : m.start()]))
            run = m.group()
            space = text[m.end() : m.end() + 1] == " "  # the run's trailing space, as spaCy
            if m.group("symbols"):
                words = [run[i : i + MAX_WORD_CHARS] for i in range(0, len(run), MAX_WORD_CHARS)]
                spaces = [False] * len(words)
                spaces[-1] = space
                pieces.append(Doc(self.vocab, words=words, spaces=spaces))
            else:
                for i in range(0, len(run), MAX_WORD_CHARS):
                    last = i + MAX_WORD_CHARS >= len(run)
                    pieces.append(self.tokenizer(run[i : i + MAX_WORD_CHARS] + " " * last * space))
            pos = m.end() + space
        if pos < len(text):
            pieces.append(self.tokenizer(text[pos:]))
        pieces = [p for p in pieces if len(p)]
        if len(pieces) == 1:
            return pieces[0]
        doc = Doc.from_docs(pieces, ensure_whitespace=False)
        first = 0
        for piece in pieces[:-1]:  # each piece's first token came marked a sentence start
            first += len(piece)
            doc[first].is_sent_start = None
        return doc


def suspect(text: str) -> bool:
    """Whether ``text`` has a run the tokenizer must cut (``_SUSPECT`` matches in it).

    The same answer as ``_SUSPECT.search(text) is not None``, three times faster on news (the
    regex alternation tries both branches at every character): a symbol run is searched
    alone, and a run without whitespace longer than ``MAX_WORD_CHARS`` is a word of
    ``str.split()`` that long (``split`` and the regex's ``\\s`` agree on what whitespace is).
    """
    if _SYMBOLS.search(text) is not None:
        return True
    return max(map(len, text.split()), default=0) > MAX_WORD_CHARS


def cap_sentences(doc: Doc, limit: int = MAX_SENTENCE_TOKENS, text: str | None = None) -> int:
    """Set a sentence start after ``limit`` tokens with no sentence end; returns how many.
    ``text`` is ``doc.text`` when the caller has it (building it walks every token)."""
    if len(doc) <= limit or _longest_run(doc, doc.text if text is None else text) <= limit:
        return 0
    run = 0
    cuts = 0
    for tok in doc:
        run += 1
        if run > limit:
            tok.is_sent_start = True
            cuts += 1
            run = 1
        word = tok.text
        if word[-1:] in _ENDS or "\n" in word:
            run = 0
    return cuts


def _longest_run(doc: Doc, text: str) -> int:
    """The most tokens up to and including a sentence end (as :func:`cap_sentences` counts
    them), computed over arrays: news never comes near the cap, so the token loop is skipped."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    starts = doc.to_array(IDX).astype(np.int64)
    lengths = doc.to_array(LENGTH).astype(np.int64)
    stops = starts + lengths
    end_char = np.isin(codes, _END_CODES)
    newlines = np.concatenate(([0], np.cumsum(codes == 10)))
    is_end = end_char[np.maximum(stops - 1, 0)] & (lengths > 0)
    is_end |= newlines[stops] - newlines[starts] > 0
    ends = np.flatnonzero(is_end)
    bounds = np.concatenate(([-1], ends, [len(doc) - 1]))
    return int(np.diff(bounds).max())


def bounded(tokenizer: Any) -> BoundedTokenizer:
    """``tokenizer`` wrapped in :class:`BoundedTokenizer` (once)."""
    return tokenizer if isinstance(tokenizer, BoundedTokenizer) else BoundedTokenizer(tokenizer)
