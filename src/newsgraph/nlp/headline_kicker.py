"""Headline kickers for the headline parse repair (issue 10 item 1, headline21).

Wire headlines often open with a *kicker*, a place or label set off by a colon or a spaced
dash: "Sudan: Army shells Omdurman market", "Mali - Jihadists attack army post", "Haiti: Gangs
torch homes". The small model, reading the kicker as the head of one long noun phrase, loses
the headline's verb (a compound of the kicker, an ``acl``, a noun) and glues the kicker's name
to the subject's ("Mali - Jihadists" one ORG entity). Read on its own, the clause after the
kicker parses as any headline does. :func:`reparse_after_kicker` finds the kicker of a
headline sentence and gives the words after it the model's own tags, parse and entities of
those words read alone; the kicker's words become a noun phrase hung on that clause's root
(``dep``), the mark its ``punct``. The headline repairs of :mod:`newsgraph.nlp.headline` then
run on the clause ("Police detain journalists": the bare verb after a plural subject).

A kicker is one to :data:`MAX_KICKER` capitalized words starting the sentence followed by a
colon or a dash with spaces on both sides (not the hyphen of "Al-Shabaab"), and at least
:data:`MIN_CLAUSE` words after it. Only the sentence's own words change; when the clause read
alone is not one sentence nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph import lexicons as lexicon

MAX_KICKER = 3
MIN_CLAUSE = 2
_MARKS = frozenset({":", "-", "–", "—"})
_DASHES = _MARKS - {":"}
_PLACES = frozenset({"GPE", "LOC"})
# the model's own pipes that tag and parse (and name) a doc, in pipeline order
_MODEL_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")

Reader = Callable[[list[str], list[bool]], Doc]


def kicker_end(words: list[Token]) -> int:
    """The index of the kicker's mark in a headline sentence's words, or 0 when it has none
    (module doc)."""
    for k, t in enumerate(words[: MAX_KICKER + 1]):
        if t.text not in _MARKS:
            continue
        if k == 0 or len(words) - k - 1 < MIN_CLAUSE:
            return 0
        if not all(w.is_alpha and (w.is_title or w.is_upper) for w in words[:k]):
            return 0
        if t.text in _DASHES and not (words[k - 1].whitespace_ and t.whitespace_):
            return 0  # "Al-Shabaab": a hyphen inside a name
        return k
    return 0


def model_reader(nlp: Language) -> Reader:
    """A reader of words with the model's own tagger, parser, lemmatizer and NER (module doc)."""
    pipes = [(name, pipe) for name, pipe in nlp.pipeline if name in _MODEL_PIPES]

    def read(words: list[str], spaces: list[bool]) -> Doc:
        doc = Doc(nlp.vocab, words=words, spaces=spaces)
        for _, pipe in pipes:
            doc = pipe(doc)
        return doc

    return read


def reparse_after_kicker(sent: Span, words: list[Token], read: Reader, cased: str) -> int:
    """Give the words after a headline's kicker the parse of those words read alone (module
    doc); the index of the clause's first word in ``words``, or 0 when nothing changed.
    ``cased`` is the sentence's text as the model read it (truecased)."""
    k = kicker_end(words)
    if not k or not _place_kicker(words[:k]):
        return 0
    clause = words[k + 1 :]
    base = sent.start_char
    alone = read(
        [cased[t.idx - base : t.idx - base + len(t)] for t in clause],
        [bool(t.whitespace_) for t in clause],
    )
    if len(alone) != len(clause) or len(list(alone.sents)) != 1:
        return 0
    for old, new in zip(clause, alone, strict=True):
        old.tag_ = new.tag_
        old.pos_ = new.pos_
        old.lemma_ = new.lemma_
        old.morph = new.morph
        old.head = clause[new.head.i]
        old.dep_ = new.dep_
    root = clause[alone[0].sent.root.i]
    hang_kicker(words[:k], words[k], root)
    _rename(sent, clause, alone)
    return k + 1


def _place_kicker(kicker: list[Token]) -> bool:
    """Whether a kicker names a place: a country or capital by name ("Sudan", "Burkina Faso",
    "Kabul"; :func:`newsgraph.lexicons.country_of_name`, no demonym), or a place entity (GPE,
    LOC) the model found over exactly its words. A speaker ("Sanders: Brexit's message could
    ...", "Judicial Watch: ..."), a label ("Poll:", "The Latest:") or a person's words
    ("Clinton Wades In: Urges ...") is no place."""
    if _place_name(kicker):
        return True
    first, last = kicker[0], kicker[-1]
    ent = next((e for e in first.doc.ents if e.start == first.i), None)
    return ent is not None and ent.end == last.i + 1 and ent.label_ in _PLACES


def _place_name(kicker: list[Token]) -> bool:
    text = " ".join(t.text for t in kicker)
    if text.isupper():
        text = text.title()
    return text in lexicon.country_names() or text in lexicon.capitals()


def hang_kicker(kicker: list[Token], mark: Token, root: Token) -> None:
    """The kicker's words a noun phrase on its last word, hung on the clause's root."""
    head = kicker[-1]
    for t in kicker[:-1]:
        t.head = head
        t.dep_ = "compound"
    head.head = root
    head.dep_ = "dep"
    mark.head = root
    mark.dep_ = "punct"


def _rename(sent: Span, clause: list[Token], alone: Doc) -> None:
    """An entity the model glued across the mark ("Mali - Jihadists") is cut: the kicker a
    place entity when it names a country or capital ("Mali"), and the clause's entities, as read
    alone, that began inside it. Every other entity stays the model's."""
    doc = sent.doc
    first = clause[0].i
    glued = next((e for e in doc.ents if e.start < first < e.end), None)
    if glued is None:
        return
    kept = [e for e in doc.ents if (e.start, e.end) != (glued.start, glued.end)]
    new = _kicker_ents(doc, glued.start, first) + [
        Span(doc, first + e.start, first + e.end, label=e.label_)
        for e in alone.ents
        if first + e.start < glued.end
    ]
    for e in new:  # never over another entity
        if all(e.end <= k.start or e.start >= k.end for k in kept):
            kept.append(e)
    values: Any = sorted(kept, key=lambda e: e.start)
    doc.ents = values


def _kicker_ents(doc: Doc, start: int, end: int) -> list[Span]:
    """The kicker's words ``doc[start:end]`` as a place entity when they name one."""
    words = [t for t in doc[start:end] if t.is_alpha]
    if not words or not _place_name(words):
        return []
    return [Span(doc, words[0].i, words[-1].i + 1, label="GPE")]
