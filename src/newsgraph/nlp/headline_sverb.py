"""Title Case "-s" verbs read as plural nouns (issue 10 item 1, headline27).

A real Title Case headline's verb in the third person singular ("ICE Deports Guatemalan Man",
"Arizona Border Patrol Nabs Armed Mexican National", "World Community Lashes Out at US",
"DOJ Unseals Indictment") is, to the small model, one more capitalized plural noun of a long
name (``NNPS``/``NNS``, inside a PERSON or ORG entity), so the headline has no verb, or the
parser takes a later word for it. :func:`reparse_s_verb` finds such a word and reads the
headline again with the model, the word replaced by a verb the model always tags as one
(:data:`SURROGATE`); the headline's words get that reading's tags, parse and entities, and the
word itself is tagged ``VBZ`` with its own verb lemma. A clause the parser hung on the
surrogate right after it is a participle phrase on the verb's object ("ICE Deports Guatemalan
Man Wanted For Murder": "Man" the object, "Wanted" its ``acl``).

The word must be (all of):

- capitalized (Title Case or all capitals) and end in "s", its stem (lemma, or the word less
  "s"/"es") a headline verb (``is_verb``, :func:`newsgraph.nlp.headline.headline_verbs`);
- after a noun phrase of capitalized words only (a name: "ICE", "Arizona Border Patrol",
  "World Community"; no finite verb, no lowercase word), within :data:`MAX_SUBJECT` words;
- followed by a word and, after it, a noun phrase (an object or a preposition's noun), the
  next word neither a verb nor a headline verb's form ("Police Raids Net 20 Suspects", "Iran
  Protests Spread") nor a colon or dash ("Gaza Attacks: What We Know").

Only the headline sentence's own words change, and nothing when the words read again are not
one sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Span, Token

from newsgraph.nlp.headline_case import FINITE, NOMINAL
from newsgraph.nlp.headline_kicker import Reader

#: the verb read in the word's place: transitive, and never a noun to the model
SURROGATE = "joins"
MAX_SUBJECT = 4
_PLURAL = frozenset({"NNS", "NNPS"})
_VERB_TAGS = FINITE | {"VB", "VBN", "VBG"}
_BREAKS = frozenset({":", "-", "–", "—", "|"})


def _stem(t: Token, is_verb: Callable[[str], bool]) -> str | None:
    low = t.lower_
    if not low.endswith("s") or len(low) < 4:
        return None
    for cand in (t.lemma_.lower(), low[:-1], low[:-2] if low.endswith("es") else ""):
        if cand and is_verb(cand):
            return cand
    return None


def _capitalized(t: Token) -> bool:
    return t.is_alpha and (t.is_title or (t.is_upper and len(t) > 1))


def s_verb(words: list[Token], is_verb: Callable[[str], bool]) -> tuple[int, str] | None:
    """The index in ``words`` and verb lemma of a Title Case "-s" verb the model read as a
    plural noun (module doc), or None."""
    for j in range(1, min(MAX_SUBJECT, len(words) - 2) + 1):
        t = words[j]
        before = words[:j]
        if not all(_capitalized(b) and b.tag_ not in _VERB_TAGS for b in before):
            return None  # the subject is a name: capitalized words, no verb
        if t.tag_ not in _PLURAL or not _capitalized(t):
            continue
        stem = _stem(t, is_verb)
        if stem is None:
            continue
        nxt = words[j + 1]
        if nxt.text in _BREAKS or nxt.tag_ in _VERB_TAGS or nxt.pos_ in ("VERB", "AUX"):
            return None
        if is_verb(nxt.lower_) or (nxt.lower_.endswith("s") and is_verb(nxt.lower_[:-1])):
            return None  # "Police Raids Net 20 Suspects": the next word may be the verb
        if not any(a.pos_ in NOMINAL for a in words[j + 1 : j + 5]):
            return None
        return j, stem
    return None


def reparse_s_verb(
    sent: Span, words: list[Token], read: Reader, cased: str, is_verb: Callable[[str], bool]
) -> bool:
    """Read a headline with a Title Case "-s" verb again, the verb in its place (module doc);
    True when the parse changed. ``cased`` is the sentence's text as the model read it."""
    found = s_verb(words, is_verb)
    if found is None:
        return False
    j, stem = found
    base = sent.start_char
    texts = [cased[t.idx - base : t.idx - base + len(t)] for t in words]
    texts[j] = SURROGATE
    alone = read(texts, [bool(t.whitespace_) for t in words])
    if len(alone) != len(words) or len(list(alone.sents)) != 1:
        return False
    if alone[j].tag_ != "VBZ" or not any(
        c.dep_ == "nsubj" and c.i < j for c in alone[j].children
    ):
        return False  # the surrogate is not the clause's verb after its subject
    for old, new in zip(words, alone, strict=True):
        old.tag_ = new.tag_
        old.pos_ = new.pos_
        old.lemma_ = new.lemma_
        old.morph = new.morph
        old.head = words[new.head.i]
        old.dep_ = new.dep_
    verb = words[j]
    verb.lemma_ = stem
    _reduced_relative(verb)
    _rename(sent, words, alone, j)
    return True


def _reduced_relative(verb: Token) -> None:
    """The surrogate takes no clause: a clause the parser hung on it, its subject right after
    the verb, is the verb's object and a participle phrase on it ("Deports Guatemalan Man
    Wanted For Murder", "Nabs Armed Mexican National Attempting To Take ...")."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or clause.tag_ not in ("VBD", "VBN", "VBG"):
        return
    subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if subj is None or subj.pos_ not in NOMINAL or subj.left_edge.i != verb.i + 1:
        return
    subj.head = verb
    subj.dep_ = "dobj"
    clause.head = subj
    clause.dep_ = "acl"
    if clause.tag_ == "VBD":
        clause.tag_ = "VBN"


def _rename(sent: Span, words: list[Token], alone: Any, j: int) -> None:
    """The sentence's entities are those of the words read again, none over the verb."""
    doc = sent.doc
    first, last = words[0].i, words[-1].i
    kept = [e for e in doc.ents if e.end <= first or e.start > last]
    for e in alone.ents:
        if e.start <= j < e.end:
            continue
        kept.append(Span(doc, words[e.start].i, words[e.end - 1].i + 1, label=e.label_))
    values: Any = sorted(kept, key=lambda e: e.start)
    doc.ents = values
