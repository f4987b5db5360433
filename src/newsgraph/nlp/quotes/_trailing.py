"""A sentence closing on ", <source> <cue verb>." or ", <cue verb> <source>." reports the clause
before the comma: "..., a girl was pepper-sprayed by a bystander, police said."; "The rejection
of the treaty signals ..., said Geert Wilders, founder of ..."; "..., a new analysis shows.".
The learned parts build most of these from the parse; this rule takes the ones whose verb the
parse gave no content: the clause before it hung on the verb as a subject or an adverbial
clause, a complement the parse found in the next paragraph, or a ``main``-gated verb ("shows",
"found") read as the complement of the clause it reports. PolNeAR marks the verb as the cue
(with a medium phrase right after it: "posted on Facebook", "wrote in a court filing"), its
subject as the source and the sentence up to the comma as the content: folds 0-2 of PolNeAR
train, docs/quotes.md quotes23.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import POS
from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.quotes._candidate import Candidate, Char, trim
from newsgraph.nlp.quotes._contents import _cue_span
from newsgraph.nlp.quotes._lexicon import Lexicon
from newsgraph.nlp.quotes._sources import source_span

TRAILING_RULE = "trailing-cue"
TRAILING_WEIGHT = 0.6  # under the learned cues': a cue the scorer found for the same verb wins
# a word after the verb that is a content of its own: the learned parts' kind, not this rule's
_OWN_CONTENT = {"ccomp", "xcomp", "dobj", "nsubjpass", "csubj", "attr", "oprd", "prt"}
_CUE_LEFT = {"aux", "auxpass", "advmod", "neg"}
_EMBEDDED = {"ccomp", "relcl", "acl", "pcomp"}
_ENDS = {".", "!", "?"}
_CLOSING_MARKS = {"”", '"', "'", "’", "''"}
_SET_OFF = {",", "—", "–"}
_CLAUSE_SUBJECTS = {"nsubj", "nsubjpass", "expl"}
_SUBORDINATE = {"relcl", "acl", "csubj", "pcomp", "amod"}
_RELATIVES = {"WP", "WDT", "WRB", "WP$"}
# words opening a finite clause: the verb they hang on is subordinate, not a report ("for",
# which the parse may hang on the verb from an infinitive before it, is not one)
_SUBORDINATORS = {"that", "whether", "if", "because", "while", "although", "though", "when"}
_NOMINAL = {"NOUN", "PROPN", "PRON"}
_TIME_ENTS = {"DATE", "TIME"}
_CIRCUMSTANCE_PREPS = {"on", "in", "at", "during"}
_MEDIUM_TOKENS = 4  # "on Facebook", "in a court filing" join the cue; longer phrases do not


def _circumstance(tok: Token) -> bool:
    """A word after the cue that only says when, where or in what it was said ("on Tuesday",
    "last week", "in a court filing", "recently")."""
    if tok.dep_ == "advmod" and tok.pos_ == "ADV":
        return True
    if tok.dep_ == "npadvmod" and tok.ent_type_ in _TIME_ENTS:
        return True
    return (
        tok.dep_ == "prep"
        and tok.lower_ in _CIRCUMSTANCE_PREPS
        and any(c.dep_ == "pobj" for c in tok.children)
    )


def _medium(tok: Token) -> bool:
    """A short "on"/"in" phrase that is no time ("on Facebook", "in a court filing")."""
    last = tok.right_edge
    return (
        tok.dep_ == "prep"
        and last.ent_type_ not in _TIME_ENTS
        and last.i - tok.i < _MEDIUM_TOKENS
        and all(t.ent_type_ not in _TIME_ENTS for t in tok.subtree)
    )


def _sentence_ends(doc: Doc, i: int, stop: int) -> bool:
    """Token ``i`` closes the sentence: a final stop (after closing marks), a paragraph break or
    the sentence's end ``stop``."""
    while i < stop and doc[i].text in _CLOSING_MARKS:
        i += 1
    return i >= stop or doc[i].text in _ENDS or doc[i].is_space


def _reports_clause(span: Span) -> bool:
    """The words before the comma hold a main clause of their own: a verb with a subject, not in
    a relative clause and not opened by a subordinator ("If it doesn't", "As has been the
    case")."""
    for tok in span:
        if tok.pos_ not in {"VERB", "AUX"} or tok.dep_ in _SUBORDINATE:
            continue
        kids = list(tok.children)
        if any(c.dep_ == "mark" for c in kids):
            continue
        if any(c.dep_ in _CLAUSE_SUBJECTS and c.tag_ not in _RELATIVES for c in kids):
            return True
    return False


def _source_word(verb: Token) -> tuple[Token, int, int] | None:
    """The verb's subject written right beside it, with the first and last token of the cue and
    source together: ", police said" or ", said Geert Wilders, founder of ..."."""
    doc = verb.doc
    for subj in verb.children:
        if subj.dep_ != "nsubj" or subj.pos_ not in _NOMINAL:
            continue
        if subj.i < verb.i:
            between = range(subj.right_edge.i + 1, verb.i)
            if all(doc[j].head.i == verb.i and doc[j].dep_ in _CUE_LEFT for j in between):
                return subj, subj.left_edge.i, verb.i
        elif subj.left_edge.i == verb.i + 1:
            first = verb.i
            while (
                first > 0 and doc[first - 1].head.i == verb.i and doc[first - 1].dep_ in _CUE_LEFT
            ):
                first -= 1
            return subj, first, subj.right_edge.i
    return None


def _apposition(doc: Doc, after: list[Token]) -> Token | None:
    """A noun set off after the cue that the parse made the verb's object renames the content
    (", Sanders said, a policy that ..."), when it is the only word after the verb that could."""
    if len(after) != 1 or after[0].dep_ not in {"attr", "dobj"} or after[0].pos_ != "NOUN":
        return None
    first = after[0].left_edge.i
    return after[0] if first > 0 and doc[first - 1].text in _SET_OFF else None


def _candidate(doc: Doc, text: str, verb: Token, lex: Lexicon) -> Candidate | None:
    lemma = verb.lemma_.lower()
    if lemma in lex.acts:
        return None  # "..., Banks Refused": an act, not a report of the clause before it
    if verb.tag_ == "VBG":
        return None  # "..., said Robin Maynard, half joking."
    if lex.gates.get(lemma) == "main" and verb.dep_ in _EMBEDDED:
        if not (verb.dep_ == "ccomp" and verb.head.i < verb.i):
            return None  # "he said he thinks ..."; "..., a new analysis shows." is kept
    found = _source_word(verb)
    if found is None:
        return None
    subj, first, last = found
    comma = first - 1
    sent = verb.sent
    if comma <= sent.start or doc[comma].text != ",":
        return None
    kids = list(verb.children)
    if any(c.tag_ in _RELATIVES or c.lower_ in _SUBORDINATORS for c in kids):
        return None  # "..., who may focus on ...", "... is that, while ..., they believe in ..."
    line_a = text.rfind("\n", 0, verb.idx) + 1
    line_b = text.find("\n", verb.idx)
    line_b = len(text) if line_b < 0 else line_b
    if doc[comma].idx < line_a:
        return None
    # a complement after the verb in its paragraph: the learned parts' kind
    after = [c for c in kids if c.dep_ in _OWN_CONTENT and verb.i < c.i and c.idx < line_b]
    appos = _apposition(doc, after)
    if after and appos is None:
        return None
    cue: Char = _cue_span(verb, subj, lex.venues)
    i = last + 1
    while i < len(doc) and doc[i].head.i == verb.i and _circumstance(doc[i]):
        if i == last + 1 and subj.i < verb.i and _medium(doc[i]):
            cue = (cue[0], doc[i].right_edge.idx + len(doc[i].right_edge))
        i = doc[i].right_edge.i + 1
    if appos is not None:
        if not (i + 1 == appos.left_edge.i and doc[i].text in _SET_OFF):
            return None
    elif not _sentence_ends(doc, i, sent.end):
        return None
    content = trim(text, (max(sent.start_char, line_a), doc[comma].idx))
    span = doc.char_span(*content, alignment_mode="expand") if content else None
    if span is None or len(span) < 3:
        return None
    # the clause's own subject may be hung on the verb ("The rejection ... signals ..., said X")
    shared = any(c.dep_ == "nsubj" and c.i < comma for c in kids if c is not subj)
    if not (shared or _reports_clause(span)):
        return None
    return Candidate(
        head=verb.i,
        cue=cue,
        source=source_span(subj, verb),
        content=content,
        weight=TRAILING_WEIGHT,
        rule=TRAILING_RULE,
        source_token=subj.i,
    )


def trailing_candidates(doc: Doc, text: str, lex: Lexicon) -> list[Candidate]:
    """A candidate for every sentence closing on ", <source> <lexicon verb>." after a main clause
    (the verb's only other words a time, a place or a medium, or a noun renaming the clause):
    the cue from the verb, the source its subject, the content the sentence up to the comma
    (within its paragraph)."""
    out: list[Candidate] = []
    if not len(doc):
        return out
    for i in np.flatnonzero(doc.to_array(POS) == VERB).tolist():  # no Token for other words
        verb = doc[i]
        if verb.lemma_.lower() in lex.verbs:
            cand = _candidate(doc, text, verb, lex)
            if cand is not None:
                out.append(cand)
    return out
