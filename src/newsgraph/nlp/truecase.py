"""Headline truecasing for analysis: the same text, with title-case lines cased as prose.

News texts open with headlines written in Title Case ("Ken Blackwell Endorses Ted Cruz",
"ICE Arrests Over 150 in Bay Area") and scraped pages carry ALL-CAPS lines. The small English
model reads such a line as one long proper name: no verb, no event, wrong entities and places.
:func:`truecase` returns a string of the SAME LENGTH in which, on those lines only, the words
whose common form is lowercase are lowercased ("Ken Blackwell endorses Ted Cruz"); the model
parses that string and the ``newsgraph_truecase`` component (:class:`Restore`, placed right
after the model's NER, the last pipe that reads case) rebuilds the doc over the original
characters with the same tokens and every annotation, so every offset and ``doc.text`` stay
the input's. ``truecase = false`` in ``pipeline.cfg`` turns it off.

* A line (text between line breaks) is **title case** when it has at least ``MIN_WORDS``
  words and at least ``MIN_LONG`` words of four or more letters, and every word after the
  first is capitalised but articles, conjunctions and prepositions (``FUNCTION_WORDS``); it
  is **all caps** when it has at least ``MIN_WORDS`` words, at least ``MIN_LONG`` of two or
  more letters and no lowercase letter.
  An ordinary sentence that starts with a name ("Donald Trump said on Tuesday that ...") has
  lowercase words and does not qualify (measured in ``docs/truecase.md``).
* In such a line a word is lowercased when its lowercase form is in the case table
  (``resources/truecase/lowercase.txt``, learned by ``newsgraph train truecase``: words written
  lowercase in at least 90% of their sightings inside sentences of ordinary text). The line's
  first word keeps its initial capital. In an ALL-CAPS line a word of the acronym table
  (``resources/truecase/acronyms.txt``: words seen written all in capitals inside ordinary
  text, "US", "NATO", "ICE") stays as it is; in a title-case line a word written all in
  capitals is an acronym and stays. Unknown words stay: an unknown capitalised word is
  probably a name.
* Only case changes, character by character, and a character whose lowercase form has another
  length ("İ") is left as it is, so the result has the input's length and every character
  keeps its position.
* The tokenizer starts a sentence at each truecased line and after it (:func:`mark_lines`): a
  headline with no full stop, now read as a clause, must not take the next paragraph in.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.attrs import (
    DEP,
    ENT_ID,
    ENT_IOB,
    ENT_KB_ID,
    ENT_TYPE,
    HEAD,
    IDX,
    LEMMA,
    LENGTH,
    MORPH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.nlp._doc import _CACHE_KEY, restart_cache

#: fewest words on a line that can be a title-case or all-caps headline
MIN_WORDS = 3
#: fewest long words (4+ letters for title case, 2+ for all caps) such a line must have
MIN_LONG = 2
#: the longest line that is tested (a headline; longer lines are body text)
MAX_LINE = 300

#: where the tokenizer leaves the original text of a doc it tokenized truecased
ORIGINAL_KEY = "ng_truecase_original"
#: the token annotations the model sets, copied onto the rebuilt doc
ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, SENT_START, ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]

RESOURCE = "resources/truecase"
LOWERCASE_FILE = "lowercase.txt"
ACRONYM_FILE = "acronyms.txt"

#: words that title-case styles (AP, Chicago) may leave lowercase: articles, conjunctions,
#: prepositions (other lowercase words, "has", "said", "it", mark a line of prose)
FUNCTION_WORDS = frozenset(
    "with from into over onto upon than that amid near past till unto down via "
    "a an the and but or nor for so yet as at by in of off on out per to up vs".split()
)

# a word: letters, with inner apostrophes ("It's", "O'Malley"); hyphens and digits separate
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LINE = re.compile(r"[^\n\r]+")
_LEAD = re.compile(r"^[^\w]+")
# the first whitespace-separated token of a line, and each later token's leading word (after
# its leading symbols, as ``_LEAD`` strips them); ``\s`` and ``str.split`` agree on whitespace
_FIRST = re.compile(r"\s*\S+")
_NEXT_WORD = re.compile(r"\s[^\w\s]*([^\W\d_]+(?:['’][^\W\d_]+)*)")


@lru_cache(maxsize=1)
def tables() -> tuple[frozenset[str], frozenset[str]]:
    """The shipped case tables: (words whose common form is lowercase, acronyms)."""
    root = resources.files("newsgraph.nlp").joinpath(RESOURCE)

    def read(name: str) -> frozenset[str]:
        text = root.joinpath(name).read_text(encoding="utf-8")
        return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))

    return read(LOWERCASE_FILE), read(ACRONYM_FILE)


def line_kind(line: str) -> str | None:
    """``"title"``, ``"caps"`` or None: whether ``line`` is a Title Case or ALL-CAPS line."""
    if len(line) > MAX_LINE or _prose(line):
        return None
    words = _WORD.findall(line)
    if len(words) < MIN_WORDS:
        return None
    if not any(c.islower() for c in line):
        if sum(len(w) >= 2 for w in words) >= MIN_LONG and any(c.isupper() for c in line):
            return "caps"
        return None
    # whitespace-separated tokens, from their first letter ("Reagan-like", "(AP)"): a title-case
    # line capitalises each one's first letter, hyphenated tails may stay lowercase
    toks = [t for t in (_LEAD.sub("", t) for t in line.split()[1:]) if t[:1].isalpha()]
    toks = [t for t in toks if _key(t) not in FUNCTION_WORDS]
    if sum(_letters(t) >= 4 for t in toks) + (len(words[0]) >= 4) < MIN_LONG:
        return None
    # no tolerance: one lowercase verb ("Crews closed Cabin Creek Road and Paint Creek Road
    # near St. Clair Twp.") marks prose; allowing one per 8 words found 3 more of 840 PolNeAR
    # headlines and took such sentences in
    return "title" if all(t[0].isupper() for t in toks) else None


def _prose(line: str) -> bool:
    """Whether a token after the line's first starts with a lowercase letter of a word that is
    no function word: such a line has a lowercase letter (no all-caps line) and fails the
    title-case test, so :func:`line_kind` is None. Most lines are prose and the first such
    word ends the test before any per-token work."""
    first = _FIRST.match(line)
    if first is None:
        return False
    for m in _NEXT_WORD.finditer(line, first.end()):
        word = m.group(1)
        c = word[0]
        if c.islower() and c.isalpha() and word.lower() not in FUNCTION_WORDS:
            return True
    return False


def _letters(token: str) -> int:
    """Letters of the word ``token`` starts with ("Reagan-like" 6, "It's" 4)."""
    m = _WORD.match(token)
    return len(m.group()) if m else 0


def _key(token: str) -> str:
    m = _WORD.match(token)
    return m.group().lower() if m else ""


def _lower(word: str, keep_first: bool) -> str:
    """``word`` lowercased character by character, keeping the first letter when asked and
    any character whose lowercase form has another length."""
    out = []
    for i, c in enumerate(word):
        low = c.lower()
        out.append(c if (keep_first and i == 0) or len(low) != 1 else low)
    return "".join(out)


def truecase_line(line: str, kind: str, lowercase: frozenset[str], acronyms: frozenset[str]) -> str:
    """``line`` (of ``kind`` "title" or "caps") with its common words lowercased (same length)."""
    pieces: list[str] = []
    pos = 0
    first = True
    for m in _WORD.finditer(line):
        word = m.group()
        new = word
        low = word.lower()
        if low in lowercase:
            if kind == "caps":
                if word not in acronyms:
                    new = _lower(word, keep_first=first)
            elif not first and not any(c.isupper() for c in word[1:]):
                new = _lower(word, keep_first=False)  # "Arrests", "A"; not "ICE", "McCain"
        first = False
        if new != word:
            pieces.append(line[pos : m.start()])
            pieces.append(new)
            pos = m.end()
    if not pieces:
        return line
    pieces.append(line[pos:])
    return "".join(pieces)


def truecase(
    text: str,
    lowercase: frozenset[str] | None = None,
    acronyms: frozenset[str] | None = None,
) -> str | None:
    """``text`` with its title-case and all-caps lines truecased (same length, only case
    changed), or None when no line changes (the caller then uses ``text`` itself)."""
    found = truecase_lines(text, lowercase, acronyms)
    return None if found is None else found[0]


def truecase_lines(
    text: str,
    lowercase: frozenset[str] | None = None,
    acronyms: frozenset[str] | None = None,
) -> tuple[str, list[tuple[int, int]]] | None:
    """As :func:`truecase`, with the (start, end) offsets of the lines it changed."""
    if lowercase is None or acronyms is None:
        shipped_lower, shipped_acronyms = tables()
        lowercase = shipped_lower if lowercase is None else lowercase
        acronyms = shipped_acronyms if acronyms is None else acronyms
    pieces: list[str] = []
    changed: list[tuple[int, int]] = []
    done = 0
    for m in _LINE.finditer(text):
        line = m.group()
        kind = line_kind(line)
        if kind is None:
            continue
        new = truecase_line(line, kind, lowercase, acronyms)
        if new == line:
            continue
        pieces.append(text[done : m.start()])
        pieces.append(new)
        changed.append((m.start(), m.end()))
        done = m.end()
    if not changed:
        return None
    pieces.append(text[done:])
    out = "".join(pieces)
    assert len(out) == len(text), "truecasing changed the text's length"
    return out, changed


def mark_lines(doc: Doc, lines: list[tuple[int, int]]) -> None:
    """Start a sentence at each truecased line and at the first word after it: a headline read
    as a clause must not take the next paragraph as its complement (the line break that ends
    a headline with no full stop is no sentence end the parser must keep)."""
    starts = doc.to_array(IDX).tolist()
    n = len(starts)
    for start, end in lines:
        for char in (start, end):
            i = bisect.bisect_left(starts, char)
            while i < n and doc[i].is_space:
                i += 1
            if 0 < i < n:
                doc[i].is_sent_start = True


def restore(doc: Doc, original: str) -> Doc:
    """A doc over ``original`` (same length as ``doc.text``) with ``doc``'s tokens and every
    annotation: tags, morphology, lemmas, the parse, sentence starts, entities, the tensor,
    ``user_data`` (the per-doc cache restarts with the original text, keeping only what no
    parse or token text decides: ``nlp._doc.PARSE_FREE``) and categories."""
    arr = doc.to_array([IDX, LENGTH, SPACY])
    starts = arr[:, 0].tolist()
    words = [original[s : s + n] for s, n in zip(starts, arr[:, 1].tolist(), strict=True)]
    spaces = [bool(x) for x in arr[:, 2].tolist()]
    new = Doc(doc.vocab, words=words, spaces=spaces)
    if len(doc):
        values: Any = doc.to_array(ATTRS)
        new.from_array(ATTRS, values)
    tensor: Any = doc.tensor
    if tensor is not None and tensor.size:
        new.tensor = tensor
    new.cats = dict(doc.cats)
    data: dict[Any, Any] = dict(doc.user_data)
    data.pop(ORIGINAL_KEY, None)
    old_cache = data.pop(_CACHE_KEY, None)
    new.user_data.update(data)
    restart_cache(new, original, old_cache if isinstance(old_cache, dict) else None)
    return new


class Restore:
    """The ``newsgraph_truecase`` component: turns the tokenizer's truecasing on (or off) and,
    after the NER, puts a truecased doc's original text back under its annotations."""

    def __init__(self, nlp: Language, name: str, truecase: bool = True) -> None:
        from newsgraph.nlp.tokenizer import BoundedTokenizer, bounded

        self.name = name
        if truecase:
            nlp.tokenizer = bounded(nlp.tokenizer)
        if isinstance(nlp.tokenizer, BoundedTokenizer):
            nlp.tokenizer.truecase = truecase

    def __call__(self, doc: Doc) -> Doc:
        original: Any = doc.user_data.get(ORIGINAL_KEY)
        if original is None:
            return doc
        return restore(doc, original)


@Language.factory(
    "newsgraph_truecase",
    default_config={"truecase": True},
    requires=["token.tag", "token.dep", "doc.ents"],
)
def make_truecase(nlp: Language, name: str, truecase: bool = True) -> Restore:
    return Restore(nlp, name, truecase)
