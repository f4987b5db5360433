"""Attribution candidates from the dependency parse: a cue with its source and content.

Each lexicon verb ("say", "tell", "warn", ...) yields a candidate with
- the source: its subject (``nsubj``), a passive agent ("was reported by MSNBC"), or the subject
  it shares with the verb it is coordinated with or hangs from ("..., adding that ...");
- the cue: the verb with the auxiliaries, negation and adverbs right before it ("has also said")
  and its particle ("pointed out");
- the content: its clausal complement (``ccomp``, "that"-clause, ``xcomp``), else its object,
  else, for an inverted cue ("..., Mook said."), the clause it interrupts or follows.
"according to X" yields X as source and the clause it modifies as content.

The parts live beside it: ``_candidate`` (the record, spans, trimming), ``_sources`` (the
source token and span) and ``_contents`` (the cue's span, the content token and span); the
names other modules import from here (``Candidate``, ``Char``, ``trim``, ...) still resolve.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import LOWER, POS
from spacy.symbols import AUX, NOUN, VERB
from spacy.tokens import Doc, Token

from newsgraph.nlp._doc import doc_text, tokens
from newsgraph.nlp.quotes._candidate import Candidate as Candidate
from newsgraph.nlp.quotes._candidate import Char as Char
from newsgraph.nlp.quotes._candidate import MayAccept, _subtree
from newsgraph.nlp.quotes._candidate import trim as trim
from newsgraph.nlp.quotes._contents import (
    _clip_tail,
    _content_token,
    _cue_span,
    _for_mark,
    _inverted_content,
    _passive_subject,
    _relative_content,
    _run_on,
    _with_complements,
)
from newsgraph.nlp.quotes._copulas import copula_candidate
from newsgraph.nlp.quotes._lexicon import Lexicon
from newsgraph.nlp.quotes._sources import _CIRCUMSTANCE_ENTS as _CIRCUMSTANCE_ENTS
from newsgraph.nlp.quotes._sources import _CIRCUMSTANCE_PREPS as _CIRCUMSTANCE_PREPS
from newsgraph.nlp.quotes._sources import _DATELINE, _SHARED, source_span
from newsgraph.nlp.quotes._sources import _SPEECH_EVENTS as _SPEECH_EVENTS
from newsgraph.nlp.quotes._sources import _source_token as _source_token

_EMBEDDED = {"ccomp", "relcl", "acl", "pcomp"}
_MODIFIER_CLAUSES = {"relcl", "acl"}  # a main-gated verb there is gold about 30 % (quotes20)
_SEEM_COMP = {"xcomp", "attr", "acomp", "ccomp", "oprd"}
_NOT_TAIL = {"punct", "cc", "conj", "parataxis"}
_UPI_DATELINE = re.compile(r"[A-Z][A-Z .']+,[^—–\n]{0,40}?\([^)\n]{1,20}\)\s*[—–-]+\s*")
_OPENER_POS = {"ADV", "ADP", "NOUN", "DET", "ADJ", "PRON"}
_NOUN_PREPS = {"of", "for", "about", "on", "to", "against", "over", "with"}
_BROAD_WEIGHT = 0.6
_CUE_POS_IDS = frozenset({VERB, AUX, NOUN})
_CUE_POS_ARRAY = np.array(sorted(_CUE_POS_IDS), dtype=np.uint64)
_NOMINAL_RULES = ("verb-dobj", "verb-pobj", "verb-pcomp", "verb-oprd", "verb-attr")


def find_candidates(
    doc: Doc,
    lex: Lexicon,
    *,
    broad: bool = False,
    may_accept: MayAccept | None = None,
) -> list[Candidate]:
    """Every cue of the lexicon in ``doc`` with the source and content the parse gives it.

    With ``broad``, every other verb and every noun taking a preposition or a that-clause is a
    candidate too (``lexical=False``): the learned cue scorer decides which of them are cues;
    so is a ``main``-gated lexicon verb in a clause modifying a noun ("leaders who support ...").
    ``may_accept(tokens, verb, lex, rule, source word, content word)`` False drops a broad verb
    candidate before its spans are built (one the scorer is sure to refuse).
    """
    text = doc_text(doc)
    out: list[Candidate] = []
    verbs, preps = lex.verbs, lex.preps
    toks = tokens(doc)
    # part of speech and lower-case form as ids, so most words cost no Token attribute
    prep_ids = {doc.vocab.strings[w] for w in preps}
    # only cue-like words (verbs, nouns, "according" and the like) are looked at: pick their
    # indices in numpy rather than turning every token's ids into Python numbers
    ids = doc.to_array([POS, LOWER])
    if not len(ids):
        return out
    keep = np.isin(ids[:, 0], _CUE_POS_ARRAY) | np.isin(
        ids[:, 1], np.fromiter(prep_ids, dtype=ids.dtype, count=len(prep_ids))
    )
    picked = np.flatnonzero(keep)
    for i, (pos_id, lower_id) in zip(picked.tolist(), ids[picked].tolist(), strict=True):
        cand: Candidate | None
        if pos_id not in _CUE_POS_IDS:  # only "according to" and the like: no lemma needed
            if lower_id not in prep_ids:
                continue
            tok = toks[i]
            if tok.lower_ not in preps:
                continue
            cand = _prep_candidate(tok, preps[tok.lower_], text)
            if cand is not None:
                out.append(_finish(doc, text, cand))
            continue
        tok = toks[i]
        pos = tok.pos_
        if pos == "NOUN" and not tok.n_rights and tok.lower_ not in preps:
            continue  # a noun with nothing after it takes no clause and no preposition
        else:
            lemma = tok.lemma_.lower()
            if pos == "VERB" and lemma in verbs and not _embedded_infinitive(tok):
                gate = lex.gates.get(lemma)
                if gate == "main" and tok.dep_ in _EMBEDDED:
                    if not (broad and tok.dep_ in _MODIFIER_CLAUSES):
                        continue
                    # "leaders who can support the nominee": a broad candidate, for the scorer
                    cand = _verb_candidate(tok, _BROAD_WEIGHT, lemma, lex, text, may_accept)
                    if cand is not None:
                        cand.lexical = False
                        out.append(_finish(doc, text, cand))
                    continue
                cand = _verb_candidate(tok, verbs[lemma], lemma, lex, text)
                if cand is not None and (
                    gate == "direct" or (gate == "clause" and cand.rule.startswith(_NOMINAL_RULES))
                ):
                    cand.content = None  # only a quotation (or for "clause" a clause) makes a cue
            elif pos in {"VERB", "AUX"} and lemma in lex.seems:
                cand = _seem_candidate(tok, lex.seems[lemma], lex, text)
            elif pos == "NOUN" and lemma in lex.nouns:
                cand = _noun_candidate(tok, lex.nouns[lemma], text)
            elif tok.lower_ in preps:
                cand = _prep_candidate(tok, preps[tok.lower_], text)
            elif broad and pos == "AUX" and lemma == "be":
                cand = copula_candidate(tok, lex.venues, text)  # "are optimistic that"
            elif broad and pos == "VERB" and not _embedded_infinitive(tok):
                cand = _verb_candidate(tok, _BROAD_WEIGHT, lemma, lex, text, may_accept)
                if cand is not None:
                    cand.lexical = False
            elif broad and pos == "NOUN":
                cand = _noun_candidate(tok, _BROAD_WEIGHT, text) or _noun_prep_candidate(tok, text)
                if cand is not None:
                    cand.lexical = False
            else:
                cand = None
        if cand is not None:
            out.append(_finish(doc, text, cand))
    return out


def _finish(doc: Doc, text: str, cand: Candidate) -> Candidate:
    """Keep a candidate's content in its paragraph, without a leading dateline or opener."""
    if cand.content is not None:
        cand.content = _clip_to_paragraph(text, cand.content, cand.cue)
    if cand.content is not None and cand.content[1] <= cand.cue[0]:
        cand.content = _drop_opener(doc, text, cand.content)
    return cand


def _drop_opener(doc: Doc, text: str, content: Char) -> Char:
    """A clause before its cue starts after a dateline and a short sentence adverbial
    ("In fact, ..., experts say"): those are the writer's, not the source's."""
    a, b = content
    m = _UPI_DATELINE.match(text, a, b) or _DATELINE.match(text, a, b)
    if m is not None:
        a = m.end()
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or len(span) < 4:
        return a, b
    comma = next((k for k in range(min(4, len(span))) if span[k].text == ","), None)
    if (
        comma is not None
        and comma > 0
        and span[0].dep_ in {"advmod", "prep"}
        and span[0].head.i >= span.start + comma
        and all(t.pos_ in _OPENER_POS for t in span[:comma])
        and comma + 1 < len(span)
    ):
        return span[comma + 1].idx, b
    return a, b


def _clip_to_paragraph(text: str, content: Char, cue: Char) -> Char | None:
    """Indirect content stays in the cue's paragraph (the parser may run past a line break)."""
    start = text.rfind("\n", 0, cue[0]) + 1
    end = text.find("\n", cue[1])
    end = len(text) if end < 0 else end
    a, b = max(content[0], start), min(content[1], end)
    return trim(text, (a, b)) if b > a else None


def _embedded_infinitive(tok: Token) -> bool:
    """'declined to say', 'wants to tell': the matrix verb, not the infinitive, is the cue."""
    return tok.tag_ == "VB" and tok.dep_ == "xcomp"


def _verb_candidate(
    verb: Token,
    weight: float,
    lemma: str,
    lex: Lexicon,
    text: str,
    may_accept: MayAccept | None = None,
) -> Candidate | None:
    src, how = _source_token(verb)
    content_tok = _content_token(verb, lemma, wide=lemma not in lex.verbs)
    rule = "verb"
    if content_tok is not None:
        rule = f"verb-{content_tok.dep_}"
    elif how not in _SHARED:
        rule = "verb-inverted"
    suffix = f"+{how}" if how and how != "subject" else ""
    if may_accept is not None and not may_accept(
        tokens(verb.doc), verb, lex, rule + suffix, src, content_tok
    ):
        return None
    cue = _cue_span(verb, src if how == "subject" else None, lex.venues)
    content: Char | None = None
    if content_tok is not None:
        content = _subtree(content_tok)
        content = _clip_tail(content_tok, _with_complements(verb, content_tok, content))
        content = _run_on(verb, content_tok, content, lex)
        content = _passive_subject(verb, content_tok, content)
        if content_tok.dep_ in {"pobj", "pcomp"} and content_tok.head.i > verb.i:
            prep = content_tok.head  # "referring to X", "called for X": the cue takes the prep
            cue = (cue[0], prep.idx + len(prep))
        mark = _for_mark(content_tok) if content_tok.dep_ == "advcl" else None
        if mark is not None:  # "called for X to Y": "for" joins the cue, X to Y is the content
            cue = (cue[0], mark.idx + len(mark))
            content = (mark.idx + len(mark), content[1])
    elif how not in _SHARED:  # ", adding, ..." has no clause of its own to interrupt
        content = _inverted_content(verb)
    if how == "agent" and content is None:
        passive_subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if passive_subj:
            content = _subtree(passive_subj[0])
    if content is not None:
        if src is not None and how == "subject" and rule != "verb-inverted":
            s_a, s_b = _subtree(src)
            if s_a >= content[0] and s_b <= content[1] and not _relative_content(content_tok, src):
                # the "subject" sits inside the clause it would report: a parse tangle
                content = None
        content = trim(text, content) if content else None
    source = source_span(src, verb) if src is not None else None
    if source is not None and how in _SHARED and source[0] > cue[0]:
        source = None
    return Candidate(
        head=verb.i,
        cue=cue,
        source=source,
        content=content,
        weight=weight,
        rule=rule + suffix,
        source_token=src.i if src is not None else None,
        content_token=content_tok.i if content_tok is not None else None,
    )


def _seem_candidate(verb: Token, weight: float, lex: Lexicon, text: str) -> Candidate | None:
    """'the party seemed to be split': no source; the subject and complement are the content."""
    comps = [c for c in verb.children if c.dep_ in _SEEM_COMP and c.i > verb.i]
    if not comps or verb.dep_ == "relcl":
        return None
    if comps[0].tag_ == "VB" and comps[0].lemma_.lower() in lex.verbs:
        return None  # "appeared to imply that ...": the infinitive is the speech verb
    subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i]
    if subj and subj[0].lower_ != "it":
        a = subj[0].left_edge.idx
    else:
        a = comps[0].left_edge.idx
    tail = [c for c in verb.children if c.i > comps[-1].i and c.dep_ not in _NOT_TAIL]
    last = (tail or comps)[-1].right_edge
    content = trim(text, (a, last.idx + len(last)))
    return Candidate(
        head=verb.i,
        cue=_cue_span(verb, subj[0] if subj else None, lex.venues),
        source=None,
        content=content,
        weight=weight,
        rule="seem",
    )


def _noun_candidate(noun: Token, weight: float, text: str) -> Candidate | None:
    """A cue noun with a that-clause: "his claim that ...", "the judges' statement that ...".

    The source is the noun's possessor (or the object of a following "by"); the content is
    the clause.
    """
    clauses = [
        c
        for c in noun.rights
        if c.dep_ in {"acl", "ccomp", "appos"}
        and c.i > noun.i
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]
    if not clauses:
        return None
    clause = clauses[0]
    content = trim(text, (clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)))
    src = next((c for c in noun.children if c.dep_ == "poss"), None)
    if src is None:
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        if by is not None:
            src = next((c for c in by.children if c.dep_ == "pobj"), None)
    source = source_span(src, noun) if src is not None else None
    return Candidate(
        head=noun.i,
        cue=(noun.idx, noun.idx + len(noun)),
        source=source,
        content=content,
        weight=weight,
        rule="noun-that",
        source_token=src.i if src is not None else None,
        content_token=clause.i,
    )


def _noun_prep_candidate(noun: Token, text: str) -> Candidate | None:
    """'criticism of X', 'support for X', 'questions about X': the noun and its preposition are
    the cue, the preposition's object the content, the noun's possessor the source."""
    prep = next(
        (
            c
            for c in noun.rights
            if c.dep_ == "prep" and c.i == noun.i + 1 and c.lower_ in _NOUN_PREPS
        ),
        None,
    )
    if prep is None:
        return None
    objs = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
    if not objs:
        return None
    content = trim(text, _subtree(objs[0]))
    src = next((c for c in noun.children if c.dep_ == "poss"), None)
    source = source_span(src, noun) if src is not None else None
    return Candidate(
        head=noun.i,
        cue=(noun.idx, prep.idx + len(prep)),
        source=source,
        content=content,
        weight=_BROAD_WEIGHT,
        rule="noun-prep",
        source_token=src.i if src is not None else None,
        content_token=objs[0].i,
    )


def _prep_candidate(tok: Token, weight: float, text: str) -> Candidate | None:
    """'according to X': X is the source, the clause it modifies the content."""
    to = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if to is None or to.lower_ != "to":
        return None
    objs = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in tok.children if c.dep_ == "pobj"
    ]
    if not objs:
        return None
    src = objs[0]
    source = source_span(src, tok)
    head = tok.head
    while head.dep_ not in {"ROOT", "advcl"} and head.head is not head:
        head = head.head
    sent = tok.sent
    pp_a, pp_b = tok.idx, to.right_edge.idx + len(to.right_edge)
    a, b = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
    a, b = max(a, sent.start_char), min(b, sent.end_char)
    before, after = text[a:pp_a].rstrip(), text[pp_b:b].lstrip()
    set_off = after.startswith(",") or text[pp_b - 1 : pp_b] == ","
    if before.endswith(",") and set_off and len(after.split()) > 2:
        content = trim(text, (a, b))  # "At the heart, according to X, was ...": it interrupts
    elif pp_a - a > b - pp_b:  # the clause before "according to"
        content = trim(text, (a, pp_a))
    else:
        content = trim(text, (pp_b, b))
    return Candidate(
        head=tok.i,
        cue=(tok.idx, to.idx + len(to)),
        source=source,
        content=content,
        weight=weight,
        rule="according-to",
        source_token=src.i,
        content_token=head.i,
    )
