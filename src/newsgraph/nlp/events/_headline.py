"""Headline grammar for the event coder (issue 10, events in headlines).

Headlines drop auxiliaries and articles and use the bare present; the small model, trained on
prose, reads several of their shapes as noun phrases with no verb at all. Two repairs of the
parse, made once per doc before any trigger is looked up, and one of the coded events:

- **A plural noun that is the headline's verb.** "ICE Arrests Over 150 in Bay Area",
  "Myanmar junta bombs village, killing 30": in a headline sentence with no finite verb, a
  plural noun (``NNS``) whose lemma is a verb of the event patterns, with a noun phrase before it
  and words after it, that the parser made the root or a ``compound`` of the root noun, is
  re-read as the verb: the noun phrase before it becomes its subject, the noun phrase right
  after it its object, and whatever hung on the old root hangs on the verb. A plural noun that
  the parser already made a subject ("Police raids net 20 suspects") is left alone.
- **A bare past participle after the subject is a passive.** "Three killed in blast",
  "Opposition leader detained in Dhaka": a ``VBN`` the parser hung as ``acl`` on the root noun
  phrase before it, in a headline sentence with no finite verb, becomes the root and the noun
  phrase its passive subject (``nsubjpass``), as if the headline's omitted "were" were there.
- **"to" + verb is a planned event.** "Obama to visit Cuba", "Russia to withdraw troops": an
  event whose verb has the infinitive "to" and no governing verb (the root, or an ``acl`` of the
  root noun) in a headline sentence is flagged ``hypothetical`` and, as the manual's intention
  rules (``_agency.intention``) do for "will", cooperation is AGREE and a retreat CONCEDE.

A *headline sentence* is the doc's first sentence or a sentence with no final stop, of at most
:data:`MAX_TOKENS` words. Prose sentences are never touched; the parse of a headline sentence is
only changed where it had no finite verb, and the sentence boundaries are kept (the repair is
undone if they would move).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, cast

from spacy.attrs import DEP, HEAD, POS, TAG
from spacy.tokens import Doc, Span, Token

from newsgraph.model import Event
from newsgraph.nlp._doc import _CACHE_KEY
from newsgraph.nlp.events._agency import _INTENT
from newsgraph.nlp.events._patterns import goldstein_of, plover_quads

MAX_TOKENS = 15
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_NOMINAL = frozenset({"NOUN", "PROPN", "NUM", "PRON"})
_NP = frozenset({"NOUN", "PROPN", "NUM", "ADJ", "DET"})
_STOPS = frozenset({".", "!", "?"})
_NP_DEP = {"ADJ": "amod", "DET": "det", "NUM": "nummod"}


def _words(sent: Span) -> list[Token]:
    return [t for t in sent if not t.is_space]


def headline_sentences(doc: Doc) -> list[Span]:
    """The doc's headline sentences (module doc)."""
    out = []
    for n, sent in enumerate(doc.sents):
        words = _words(sent)
        if not words or len(words) > MAX_TOKENS:
            continue
        last = next((t for t in reversed(words) if t.text not in ("'", '"', "’", "”")), words[-1])
        if n == 0 or last.text not in _STOPS:
            out.append(sent)
    return out


def _verbless(words: list[Token]) -> bool:
    return not any(t.tag_ in _FINITE for t in words)


def _np_deps(tokens: list[Token], head: Token) -> None:
    for t in tokens:
        if t is not head:
            t.head = head
            t.dep_ = _NP_DEP.get(t.pos_, "compound")


def _rehang(words: list[Token], region: set[int], verb: Token) -> list[tuple[Token, Token, str]]:
    """Tokens outside ``region`` that hung on a region token (or were a root): their new head
    (the verb) and dependency label, read before anything is moved."""
    moves = []
    for t in words:
        if t.i in region or t.i == verb.i:
            continue
        if t.head.i in region or t.head.i == t.i:
            dep = {"acl": "advcl", "ROOT": "dep", "relcl": "advcl"}.get(t.dep_, t.dep_)
            moves.append((t, verb, dep))
    return moves


def _noun_verb(words: list[Token], is_verb: Callable[[str], bool]) -> bool:
    """Re-read a plural noun as the headline's verb (module doc); True when the parse changed."""
    for j, t in enumerate(words):
        if t.tag_ != "NNS" or j == 0 or j == len(words) - 1:
            continue
        if t.dep_ not in ("ROOT", "compound") or not is_verb(t.lemma_.lower()):
            continue
        if t.dep_ == "compound" and t.head.dep_ != "ROOT":
            continue
        before = words[:j]
        if any(b.pos_ not in _NP for b in before) or before[-1].pos_ not in _NOMINAL:
            continue
        run: list[Token] = []
        for a in words[j + 1 :]:
            if a.pos_ not in _NP:
                break
            run.append(a)
        while run and run[-1].pos_ not in _NOMINAL:
            run.pop()
        region = {b.i for b in before} | {a.i for a in run}
        moves = _rehang(words, region, t)
        t.head = t
        t.dep_ = "ROOT"
        t.tag_ = "VBZ"
        t.pos_ = "VERB"
        subject = before[-1]
        _np_deps(before, subject)
        subject.head = t
        subject.dep_ = "nsubj"
        if run:
            obj = run[-1]
            _np_deps(run, obj)
            obj.head = t
            obj.dep_ = "dobj"
        for tok, head, dep in moves:
            tok.head = head
            tok.dep_ = dep
        return True
    return False


def _bare_passive(words: list[Token]) -> bool:
    """Read a bare past participle after the subject as a passive (module doc)."""
    for j, t in enumerate(words):
        if t.tag_ != "VBN" or t.dep_ != "acl" or j == 0:
            continue
        root = t.head
        if root.dep_ != "ROOT" or root.i > t.i or root.pos_ not in _NOMINAL:
            continue
        if any(c.dep_ == "auxpass" for c in t.children):
            continue
        if any(b.pos_ not in _NP for b in words[:j]):
            continue
        moves = [
            (c, {"acl": "advcl", "relcl": "advcl"}.get(c.dep_, c.dep_))
            for c in root.children
            if c.i > t.i
        ]
        t.head = t
        t.dep_ = "ROOT"
        t.pos_ = "VERB"
        root.head = t
        root.dep_ = "nsubjpass"
        for c, dep in moves:
            c.head = t
            c.dep_ = dep
        return True
    return False


def headline_parse(doc: Doc, is_verb: Callable[[str], bool]) -> None:
    """Repair the parse of the doc's verbless headline sentences in place (module doc)."""
    heads = headline_sentences(doc)
    todo = [s for s in heads if _verbless(_words(s))]
    if not todo:
        return
    starts = [s.start for s in doc.sents]
    saved = doc.to_array([HEAD, DEP, TAG, POS])
    changed = False
    for sent in todo:
        words = _words(sent)
        changed = _noun_verb(words, is_verb) or _bare_passive(words) or changed
    if not changed:
        return
    if [s.start for s in doc.sents] != starts:
        doc.from_array([HEAD, DEP, TAG, POS], cast(Any, saved))  # never move a sentence boundary
        return
    cache = cast(dict[Any, Any], doc.user_data).get(_CACHE_KEY)
    if isinstance(cache, dict):  # parse-derived values of the events coder are rebuilt
        for key in [k for k in cache if k == "events_parse" or isinstance(k, tuple)]:
            del cache[key]


def _planned(tok: Token) -> bool:
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if tok.dep_ == "ROOT":
        return True
    return tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and tok.head.pos_ in _NOMINAL


def headline_future(doc: Doc, events: list[Event]) -> list[Event]:
    """Flag "X to <verb>" headline events as planned, retyped as the intention rules do."""
    spans = [(s.start_char, s.end_char) for s in headline_sentences(doc)]
    if not spans or not events:
        return events
    out = []
    for ev in events:
        start = ev.trigger.start
        if ev.hypothetical or not any(a <= start < b for a, b in spans):
            out.append(ev)
            continue
        tok = doc.char_span(start, ev.trigger.end, alignment_mode="expand")
        if tok is None or not _planned(tok.root):
            out.append(ev)
            continue
        if ev.type in _INTENT:
            etype, cameo = _INTENT[ev.type]
            ev = dataclasses.replace(
                ev,
                type=etype,
                mode=None,
                cameo=cameo,
                quad=plover_quads()[etype],
                goldstein=goldstein_of(cameo),
                rule=f"{ev.rule}.headline_intent",
            )
        out.append(dataclasses.replace(ev, hypothetical=True))
    return out
