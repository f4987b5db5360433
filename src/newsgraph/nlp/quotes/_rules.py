"""Attribution candidates from the dependency parse: a cue with its source and content.

Each lexicon verb ("say", "tell", "warn", ...) yields a candidate with
- the source: its subject (``nsubj``), a passive agent ("was reported by MSNBC"), or the subject
  it shares with the verb it is coordinated with or hangs from ("..., adding that ...");
- the cue: the verb with the auxiliaries, negation and adverbs right before it ("has also said")
  and its particle ("pointed out");
- the content: its clausal complement (``ccomp``, "that"-clause, ``xcomp``), else its object,
  else, for an inverted cue ("..., Mook said."), the clause it interrupts or follows.
"according to X" yields X as source and the clause it modifies as content.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from spacy.attrs import LOWER, POS
from spacy.symbols import AUX, NOUN, VERB
from spacy.tokens import Doc, Token

from newsgraph.nlp._doc import doc_text, tokens
from newsgraph.nlp.quotes._lexicon import Lexicon

Char = tuple[int, int]

_SUBJ = {"nsubj", "csubj"}
_CUE_LEFT = {"aux", "auxpass", "neg", "advmod"}
_CLAUSE = ("ccomp", "xcomp")
_OBJECT = ("dobj", "attr", "oprd")
_RECIPIENT_VERBS = {"tell", "ask", "inform", "assure", "urge", "warn", "remind", "promise"}
_INHERIT = {"conj", "xcomp", "advcl", "acl"}
_NOT_CUE = {"so", "thus", "however"}
_CUE_PREPS = {"to", "for", "of", "about", "on", "against"}
_RECIPIENT_ONLY = {"tell", "inform", "assure", "remind", "promise"}
_SECOND = {"oprd", "xcomp", "ccomp"}
_SECOND_PREPS = {"for", "as", "of"}
_DATELINE = re.compile(r"[A-Z][A-Z .,']+(?:\s*\([^)]{1,40}\))?\s*[—–-]+\s*")
_NOMINAL = {"PROPN", "NOUN", "ADJ", "DET"}
_OBJ_TAIL = {"prep"}
_EMBEDDED = {"ccomp", "relcl", "acl", "pcomp"}
_JOINERS = {"cc", "punct", "preconj"}
_CIRCUMSTANCE_ENTS = {"DATE", "TIME", "GPE", "LOC", "FAC"}
_CIRCUMSTANCE_PREPS = {"at", "during", "via", "from", "by", "after", "before"}
_SPEECH_EVENTS = {"speech", "debate", "interview", "poll", "rally", "statement", "event"}
_SEEM_COMP = {"xcomp", "attr", "acomp", "ccomp", "oprd"}
_NOT_TAIL = {"punct", "cc", "conj", "parataxis"}
_ASIDE = {"relcl", "appos"}
_INTERRUPT = {",", "—", "–", "-"}
_COMMENT_PREPS = {"despite"}
_ABBREV_END = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,}$")
_UPI_DATELINE = re.compile(r"[A-Z][A-Z .']+,[^—–\n]{0,40}?\([^)\n]{1,20}\)\s*[—–-]+\s*")
_OPENER_POS = {"ADV", "ADP", "NOUN", "DET", "ADJ", "PRON"}
_TRIM = " \t\n\u00a0,.;:—–-"
_CLOSERS = "\"'”’»"
_ANSWERS = {"so"}
_HUNG_CLAUSE = {"advcl", "ccomp", "acl", "relcl"}
_CLAUSE_MARKS = {"that", "if", "whether"}
_TIME_ENTS = {"DATE", "TIME"}
_NOUN_PREPS = {"of", "for", "about", "on", "to", "against", "over", "with"}
_BROAD_WEIGHT = 0.6
_CUE_POS_IDS = frozenset({VERB, AUX, NOUN})
_CUE_POS_ARRAY = np.array(sorted(_CUE_POS_IDS), dtype=np.uint64)
_NOMINAL_RULES = ("verb-dobj", "verb-pobj", "verb-pcomp", "verb-oprd", "verb-attr")


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
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)


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


def _source_token(verb: Token) -> tuple[Token | None, str]:
    for child in verb.children:
        if child.dep_ in _SUBJ:
            return child, "subject"
    for child in verb.children:
        if child.dep_ == "agent":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0], "agent"
    tok = verb
    for _ in range(3):
        if tok.dep_ not in _INHERIT or tok.head is tok:
            break
        tok = tok.head
        for child in tok.children:
            if child.dep_ in {"nsubj", "csubj"}:
                return child, "shared-subject"
    return _outer_subject(verb)


_SHARED = {"shared-subject", "outer-subject"}  # a source found above the cue
_CLIMB = {"pcomp", "prep", "advcl", "xcomp", "conj", "acl", "relcl", "csubj", "acomp", "pobj"}


def _outer_subject(verb: Token) -> tuple[Token | None, str]:
    """The actor of a cue hanging lower in its sentence ("Gary Hart started winning by
    denouncing ...", "Obama held a briefing to brag that ..."): the nearest subject above it,
    before the cue. (The noun a participial cue modifies is not: "disclaimers urging ...".)"""
    tok = verb
    for _ in range(5):
        if tok.dep_ not in _CLIMB or tok.head is tok:
            return None, ""
        tok = tok.head
        for child in tok.children:
            if child.dep_ == "nsubj" and child.i < verb.i:
                return child, "outer-subject"
    return None, ""


def source_span(src: Token, cue: Token) -> Char | None:
    """The source phrase: the subject's subtree (relative clauses included) on the cue's line.

    A dateline before it ("WASHINGTON — ") is left out; an appositive source before its cue
    keeps its closing comma ("Joe Smith, a broker in Tampa, said").
    """
    text = doc_text(src.doc)
    a, b = _subtree(src)
    line = (
        text.rfind("\n", 0, cue.idx) + 1 if src.idx < cue.idx else text.rfind("\n", 0, src.idx) + 1
    )
    if src.idx < line:  # the parse ran the subject across a line break (headline + lead)
        return _line_subject(cue, line)
    a = max(a, line)
    span = trim(text, (a, b), keep_final_quote=False)
    if span is None:
        return None
    a, b = span
    m = _DATELINE.match(text, a, b)
    if m:
        a = m.end()
    if a <= cue.idx < b:  # the parse hung the cue on the source phrase: stop before it
        b = min(b, cue.left_edge.idx if cue.left_edge.i > src.i else cue.idx)
        span = trim(text, (a, b), keep_final_quote=False)
        if span is None:
            return None
        a, b = span
    if src.i > cue.i:
        b = _before_circumstance(src, a, b)
    b = _before_aside(src, a, b)
    if "," in text[a:b] and text[b : b + 1] == "," and b <= cue.idx:
        b += 1
    return (a, b) if b > a else None


_ASIDE_TAGS = {"VBG", "VBN"}


def _before_aside(src: Token, a: int, b: int) -> int:
    """'Bernie Sanders, celebrating a victory ...', 'The talks, set to end on Tuesday, ...': a
    participle after a comma that closes the source phrase is no part of the source."""
    doc = src.doc
    for child in src.rights:
        left = child.left_edge.i
        if left == 0 or doc[left - 1].text != "," or doc[left - 1].idx < a:
            continue
        if doc[left - 1].idx >= b:
            break
        if child.dep_ == "acl" and child.tag_ in _ASIDE_TAGS:
            return doc[left - 1].idx
    return b


def _before_circumstance(src: Token, a: int, b: int) -> int:
    """'said Amina Diallo, the envoy, at a news conference': the parse may hang where and when
    the words were said on the source after its cue; the source ends before that comma."""
    doc = src.doc
    for tok in doc[src.left_edge.i : src.right_edge.i + 1]:
        if (
            tok.idx > a
            and tok.dep_ == "prep"
            and doc[tok.i - 1].text == ","
            and (tok.lower_ in _CIRCUMSTANCE_PREPS or _circumstance_object(tok))
        ):
            return min(b, doc[tok.i - 1].idx)
    return b


def _circumstance_object(prep: Token) -> bool:
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and (
        objs[0].ent_type_ in _CIRCUMSTANCE_ENTS or objs[0].lemma_.lower() in _SPEECH_EVENTS
    )


def _line_subject(cue: Token, line: int) -> Char | None:
    """The noun phrase running from the start of the cue's line up to the cue, if it is one."""
    toks = [t for t in cue.sent if line <= t.idx < cue.idx]
    if not toks or any(t.pos_ not in _NOMINAL for t in toks):
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _cue_span(verb: Token, source: Token | None, venues: dict[str, float]) -> Char:
    start = verb
    doc = verb.doc
    i = verb.i - 1
    left = {
        c.i
        for c in verb.children
        if c.dep_ in _CUE_LEFT and c.tag_ != "WRB" and c.lower_ not in _NOT_CUE
    }
    while i >= 0 and i in left and (source is None or i > source.right_edge.i):
        start = doc[i]
        i -= 1
    end = verb
    for child in verb.children:
        if child.dep_ == "prt" and child.i == end.i + 1:
            end = child
    for child in verb.children:  # "said repeatedly", "spoke out forcefully"
        if (
            child.dep_ == "advmod"
            and child.i == end.i + 1
            and child.tag_ != "WRB"
            and child.lower_ not in _ANSWERS
            and child.lower_ not in _NOT_CUE
        ):
            end = child
    for child in verb.children:
        if child.dep_ == "prep" and child.i == end.i + 1 and child.lower_ == "in":
            last = child.right_edge
            if last.i - child.i <= 2 and last.lemma_.lower() in venues:
                end = last  # "said in a statement"
    return start.idx, end.idx + len(end)


def _content_token(verb: Token, lemma: str) -> Token | None:
    kids = list(verb.children)
    for dep in _CLAUSE:  # a clause after the cue first: one before it is the inverted kind
        clauses = [c for c in kids if c.dep_ == dep]
        if clauses:
            return next((c for c in clauses if c.i > verb.i), clauses[0])
    for child in kids:
        if child.dep_ in _OBJECT and not (
            lemma in _RECIPIENT_VERBS and child.ent_type_ == "PERSON"
        ):
            if child.dep_ == "dobj" and child.pos_ == "PRON" and lemma in _RECIPIENT_VERBS:
                continue
            if child.dep_ == "dobj" and lemma in _RECIPIENT_VERBS:
                return _addressed_clause(verb, child) or child
            return child
    prep = _cue_prep(verb)
    if prep is not None:
        objs = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
        if objs and objs[0].ent_type_ not in _TIME_ENTS:  # "spoke for an hour" says no hour
            return objs[0]
    return _for_clause(verb) or _answer(verb)


def _addressed_clause(verb: Token, obj: Token) -> Token | None:
    """'asked the students if ...', 'told X before he spoke that ...': the clause the parse
    hung below the addressee (or a phrase after it) is what was said."""
    for tok in verb.doc[obj.i + 1 : verb.right_edge.i + 1]:
        if tok.dep_ not in _HUNG_CLAUSE or not any(
            c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS for c in tok.children
        ):
            continue
        head = tok.head
        while head.i != verb.i and head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
            head = head.head
        if head.i == verb.i:
            return tok
    return None


def _answer(verb: Token) -> Token | None:
    """'said yes', 'said no', 'thinks so': a one-word answer after the cue is its content."""
    for child in verb.children:
        if child.i > verb.i and (
            child.dep_ == "intj" or (child.dep_ == "advmod" and child.lower_ in _ANSWERS)
        ):
            return child
    return None


def _for_clause(verb: Token) -> Token | None:
    """'called for the US to step up ...': the parse hangs a for-to clause on the cue."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.i > verb.i and _for_mark(child) is not None:
            return child
    return None


def _for_mark(clause: Token) -> Token | None:
    """The 'for' opening a for-to clause right after its cue (or the cue's particle)."""
    mark = clause.left_edge
    if mark.dep_ != "mark" or mark.lower_ != "for" or mark.head.i != clause.i:
        return None
    cue = clause.head
    before = cue.doc[mark.i - 1]
    if before.i != cue.i and not (before.dep_ == "prt" and before.head.i == cue.i):
        return None
    return mark


def _cue_prep(verb: Token) -> Token | None:
    """The preposition right after the cue (or its particle) that takes the content."""
    nxt = verb.i + 1
    for child in verb.children:
        if child.dep_ == "prt" and child.i == nxt:
            nxt += 1
    for child in verb.children:
        if child.dep_ == "prep" and child.i == nxt and child.lower_ in _CUE_PREPS:
            return child
    return None


def _with_complements(verb: Token, content_tok: Token, content: Char) -> Char:
    """Widen an object or infinitive content to the whole complement of the cue.

    "called Trump “unhinged”", "accused Rubio of lying", "urged Bush to quiet down": the object
    and what is said of it together are the content.
    """
    a, b = content
    if content_tok.dep_ == "xcomp":
        objs = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < content_tok.i]
        if objs and verb.lemma_.lower() not in _RECIPIENT_ONLY:
            a = min(a, objs[0].left_edge.idx)
    elif content_tok.dep_ in {"dobj", "pobj"}:
        for c in verb.children:
            if c.i <= content_tok.right_edge.i:
                continue
            if (
                c.dep_ in _SECOND
                or (c.dep_ in _OBJ_TAIL and _tail_prep(c))
                or _object_clause(content_tok, c)
            ):
                b = max(b, c.right_edge.idx + len(c.right_edge))
    return a, b


def _object_clause(obj: Token, clause: Token) -> bool:
    """'praised the efforts of Kerry to find ...', 'believes Obama would win': a subjectless
    clause right after the object that the parse hung on the cue belongs with the object."""
    if clause.dep_ not in {"advcl", "conj"} or clause.pos_ not in {"VERB", "AUX"}:
        return False
    if clause.left_edge.i != obj.right_edge.i + 1:
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in clause.children)


def _tail_prep(prep: Token) -> bool:
    """A prepositional phrase after an object that is part of what is said ("accused X of Y").

    Circumstances of the speech act itself ("on Wednesday", "at a rally in Iowa") are not.
    """
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if objs and objs[0].ent_type_ in _CIRCUMSTANCE_ENTS:
        return False
    if objs and objs[0].lemma_.lower() in _SPEECH_EVENTS:
        return False  # "in almost every speech", "in a Des Moines Register poll"
    return prep.lower_ not in _CIRCUMSTANCE_PREPS


def _clip_tail(content_tok: Token, content: Char) -> Char:
    """Drop a dangling ", and" the parse leaves at the end of a clausal content."""
    a, b = content
    span = content_tok.doc.char_span(a, b, alignment_mode="contract")
    if span is not None and len(span) > 2 and span[-1].dep_ == "cc" and span[-2].text == ",":
        b = span[-2].idx
        span = content_tok.doc.char_span(a, b, alignment_mode="contract")
    if span is None:
        return a, b
    last = span[-1].i if span[-1].text not in ".!?" else span[-1].i - 1
    for tok in span:
        if (
            (tok.dep_ in _ASIDE or _trailing_comment(tok))
            and tok.i > span.start + 1
            and tok.left_edge.i > span.start
            and tok.doc[tok.left_edge.i - 1].text == ","
            and tok.right_edge.i >= last
        ):
            return a, tok.doc[tok.left_edge.i - 1].idx  # ", which ...", ", a provision that ..."
    return a, b


def _trailing_comment(tok: Token) -> bool:
    """', drawing a sharp reply', ', despite ...': the writer's comment after the content."""
    if tok.dep_ == "advcl" and tok.tag_ == "VBG":
        return not any(c.dep_ in {"nsubj", "mark"} for c in tok.children)
    return tok.dep_ == "prep" and tok.lower_ in _COMMENT_PREPS


def _run_on(verb: Token, content_tok: Token, content: Char, lex: Lexicon) -> Char:
    """Carry a content cut short by the parse over a conjunct it hung on the cue.

    "said that it has been not just a failure, but a catastrophe": the parser may attach
    "but a catastrophe" to the cue; a non-verbal conjunct right after the content belongs to it.
    """
    if content_tok.i < verb.i:
        return content
    a, b = content
    for child in verb.children:
        if child.i <= content_tok.right_edge.i or child.dep_ != "conj":
            continue
        if child.pos_ in {"VERB", "AUX"} and (
            content_tok.dep_ != "ccomp" or not _more_content(child, lex)
        ):
            continue
        between = verb.doc[content_tok.right_edge.i + 1 : child.left_edge.i]
        if all(t.dep_ in _JOINERS and t.head.i in {verb.i, child.i} for t in between):
            b = max(b, child.right_edge.idx + len(child.right_edge))
    return a, b


def _more_content(conj: Token, lex: Lexicon) -> bool:
    """'said that X, but couldn't provide Y': a conjoined predicate that is no second cue."""
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in conj.children):
        return True  # "said that X and that Y"
    if conj.lemma_.lower() in lex.verbs:
        return False  # "said X and added Y" is a second attribution
    return not any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children)


def _relative_content(content_tok: Token | None, src: Token) -> bool:
    """'a wall, which he said Mexico should pay for': the relative word opens the content and
    the speaker and cue sit inside it."""
    if content_tok is None:
        return False
    first = content_tok.left_edge
    return first.tag_ in {"WDT", "WP", "WP$"} and first.i < src.left_edge.i


def _passive_subject(verb: Token, content_tok: Token, content: Char) -> Char:
    """'Trump is expected to speak': a passive cue's subject is part of the content."""
    if content_tok.dep_ != "xcomp" or content_tok.i < verb.i:
        return content
    subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subj or any(c.dep_ == "agent" for c in verb.children):
        return content
    return min(content[0], subj[0].left_edge.idx), content[1]


def _clause_after(verb: Token, head: Token) -> Char | None:
    """'As Smith noted, voters will ...': the clause after the cue's comma is the content.

    Otherwise only a clause the cue interrupts ("The plan, she said, is ...") follows it.
    """
    doc = verb.doc
    after = verb.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].text != "," or verb.left_edge.i > verb.sent.start + 1:
        return None
    if head.right_edge.i <= after + 1:
        return None
    return doc[after + 1].idx, head.right_edge.idx + len(head.right_edge)


def _inverted_content(verb: Token) -> Char | None:
    """Content of an inverted cue: the clause before ", X said" (or around ", X said,")."""
    head = verb.head
    if head is verb or verb.dep_ not in {"parataxis", "ccomp", "conj", "advcl"}:
        return None
    if head.i > verb.i and not (verb.dep_ == "parataxis" and head.left_edge.i < verb.left_edge.i):
        return _clause_after(verb, head)
    sent = verb.sent
    left = verb.left_edge.i
    if verb.doc[left].text in _INTERRUPT:
        left += 1  # the parse gave the cue its opening comma
    if left == sent.start or verb.doc[left - 1].text not in _INTERRUPT:
        return None
    a = head.left_edge.idx
    b = head.right_edge.idx + len(head.right_edge)
    return a, b


def find_candidates(
    doc: Doc,
    lex: Lexicon,
    *,
    broad: bool = False,
    may_accept: MayAccept | None = None,
) -> list[Candidate]:
    """Every cue of the lexicon in ``doc`` with the source and content the parse gives it.

    With ``broad``, every other verb and every noun taking a preposition or a that-clause is a
    candidate too (``lexical=False``): the learned cue scorer decides which of them are cues.
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
    content_tok = _content_token(verb, lemma)
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
