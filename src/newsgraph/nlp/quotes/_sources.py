"""Who a cue's words are attributed to: the source token (the cue's subject, or a subject above
it) and the source's span, without asides, circumstances or a dateline.
"""

from __future__ import annotations

import re
from collections.abc import Container

from spacy.tokens import Doc, Token

from newsgraph.nlp._doc import doc_text
from newsgraph.nlp.quotes._candidate import Candidate, Char, _subtree, trim

_SUBJ = {"nsubj", "csubj"}
_INHERIT = {"conj", "xcomp", "advcl", "acl"}
_DATELINE = re.compile(r"[A-Z][A-Z .,']+(?:\s*\([^)]{1,40}\))?\s*[—–-]+\s*")
_NOMINAL = {"PROPN", "NOUN", "ADJ", "DET"}
_CIRCUMSTANCE_ENTS = {"DATE", "TIME", "GPE", "LOC", "FAC"}
_CIRCUMSTANCE_PREPS = {"at", "during", "via", "from", "by", "after", "before"}
_SPEECH_EVENTS = {"speech", "debate", "interview", "poll", "rally", "statement", "event"}


def _source_token(verb: Token) -> tuple[Token | None, str]:
    kids = list(verb.children)  # read once: each pass over ``.children`` makes new Tokens
    subjects = [c for c in kids if c.dep_ in _SUBJ]
    if subjects:
        return _on_cue_line(verb, subjects), "subject"
    for child in kids:
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
    src, how = _outer_subject(verb)
    if src is None:
        return _line_opening_subject(verb)
    return src, how


def _on_cue_line(verb: Token, subjects: list[Token]) -> Token:
    """'9:18 p.m.\n\nDonald Trump is thanking ...': the parse ran a time stamp's line into the
    cue's sentence and gave the cue two subjects; the one on the cue's own line before it
    speaks."""
    line = doc_text(verb.doc).rfind("\n", 0, verb.idx) + 1
    if len(subjects) > 1 and subjects[0].idx < line:
        mine = [c for c in subjects if line <= c.idx < verb.idx]
        if mine:
            return mine[0]
    return subjects[0]


def _line_opening_subject(verb: Token) -> tuple[Token | None, str]:
    """'... Ltd.\n\nOrkem, France's third-largest chemical group, said it would ...': the parse
    ran the sentence on across a paragraph break and hung the cue on the paragraph before,
    subjectless. The one noun phrase from the line's start to the comma before the cue is its
    subject."""
    doc = verb.doc
    text = doc_text(doc)
    line = text.rfind("\n", 0, verb.idx) + 1
    if line == 0 or verb.head.idx >= line or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None, ""
    k = verb.i - 1
    while k > 0 and doc[k - 1].idx >= line:
        k -= 1
    stretch = doc[k : verb.i]
    roots = [t for t in stretch if not line <= t.head.idx < verb.idx or t.head is t]
    if len(roots) != 1 or roots[0].pos_ not in {"PROPN", "NOUN", "PRON"} or roots[0].i != k:
        return None, ""
    return roots[0], "line-subject"


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
    a = _after_focus(src, a, b)
    if a <= cue.idx < b:  # the parse hung the cue on the source phrase: stop before it
        b = min(b, cue.left_edge.idx if cue.left_edge.i > src.i else cue.idx)
        span = trim(text, (a, b), keep_final_quote=False)
        if span is None:
            return None
        a, b = span
    if src.i > cue.i:
        b = _before_circumstance(src, a, b)
    b = _before_aside(src, a, b)
    return _closing_mark(text, a, b, cue.idx)


_ABBREV = re.compile(r"(?<![\w.])(?:[A-Z][a-z]{1,4}|Jr|Sr)$")


def _closing_mark(text: str, a: int, b: int, cue: int) -> tuple[int, int] | None:
    """An appositive source before its cue keeps the mark that closes the apposition: its comma
    ("Joe Smith, a broker in Tampa, said"), after an abbreviation its period and comma ("Carole
    Bower, a retiree in Carthage, Ill., said"), its dash ("Jason Sims — a teacher — said")."""
    if "," in text[a:b] and b < cue:
        if text[b] == ",":
            b += 1
        elif text[b : b + 2] == ".," and _ABBREV.search(text, a, b):
            b += 2
    elif "—" in text[a:b] and text[b : b + 2] == " —" and b + 2 <= cue:
        b += 2
    return (a, b) if b > a else None


def closing_comma_after_cue(text: str, source: Char | None, cue: Char | None) -> Char | None:
    """An appositive source after its cue keeps the comma that closes the apposition, as one
    before its cue does (:func:`_closing_mark`): '..., said Joe Smith, a broker in Tampa, adding
    ...' -> "Joe Smith, a broker in Tampa,"; after an abbreviation its period and comma ("Rep.
    Chris Collins, R-N.Y.,"). A source with no comma of its own ("said Joe Smith, adding") ends
    before the comma. Applied to the found attributions after the learned parts (they never see
    it)."""
    if source is None or cue is None or source[0] < cue[1]:
        return source
    a, b = source
    if "," not in text[a:b]:
        return source
    if text[b : b + 1] == ",":
        return (a, b + 1)
    if text[b : b + 2] == ".," and _ABBREV.search(text, a, b):
        return (a, b + 2)
    return source


def before_speaking_clause(
    doc: Doc, source: Char | None, cue: Char | None, verbs: Container[str]
) -> Char | None:
    """A source before its cue ends before a relative clause whose verb is a cue of its own:
    'Reid, who endorsed Clinton in February, said ...' -> "Reid" (PolNeAR marks the clause as an
    attribution of its own, sourced by "who", and leaves it out of the outer source). An
    apposition before the clause keeps its closing comma, as :func:`_closing_mark` does
    ("Bo Lee, a broker, who backs Ms. Cole, said" -> "Bo Lee, a broker,"). Applied to the found
    attributions after the learned parts (they never see it)."""
    if source is None or cue is None or source[1] > cue[0]:
        return source
    a, b = source
    for tok in doc[_first_token(doc, a) :]:
        if tok.idx >= b:
            break
        if tok.dep_ != "relcl" or tok.lemma_.lower() not in verbs or tok.head.idx < a:
            continue
        comma = tok.left_edge.i - 1
        if comma < 0 or doc[comma].text != "," or doc[comma].idx <= a:
            continue
        if not _speaks(tok) or not _ends_span(doc, tok.right_edge.i, b):
            continue
        text = doc_text(doc)
        span = trim(text, (a, doc[comma].idx), keep_final_quote=False)
        return _closing_mark(text, *span, cue[0]) if span is not None else source
    return source


_PARTICIPLE_DEPS = {"advcl", "pcomp"}


def participle_subject(doc: Doc, cue: Char | None) -> tuple[Char | None, int | None]:
    """The source of a participle cue left without one: the subject of the clause it hangs in,
    before or after it ("Conceding that the race was close, he said ...", "Mr. Rubio, in
    announcing his support, ..." -> "he", "Mr. Rubio"; PolNeAR sources the participle with its
    understood subject). The source span and its head token; (None, None) when the cue is no
    such participle or no subject is found within four steps up. Applied to the found
    attributions after the learned parts (they never see it)."""
    if cue is None:
        return None, None
    verb = next((t for t in doc[_first_token(doc, cue[0]) :] if t.pos_ == "VERB"), None)
    if verb is None or verb.idx >= cue[1]:
        return None, None
    if verb.dep_ not in _PARTICIPLE_DEPS or verb.tag_ != "VBG":
        return None, None
    tok = verb
    for _ in range(4):
        if tok.dep_ not in _CLIMB or tok.head is tok:
            return None, None
        tok = tok.head
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if subjects:
            span = source_span(subjects[0], verb)
            return (span, subjects[0].i) if span is not None else (None, None)
    return None, None


_TIME_PREPS = {"on", "in", "during"}
_TIME_ENTS = {"DATE", "TIME"}


def before_time_phrase(doc: Doc, source: Char | None, cue: Char | None) -> Char | None:
    """A source before its cue ends before a time phrase the parse hung on its head: 'Trump on
    Tuesday dismissed ...' -> "Trump", 'A Bloomberg poll in June showed ...' -> "A Bloomberg
    poll" (PolNeAR leaves when out of the source). Applied to the found attributions after the
    learned parts (they never see it)."""
    if source is None or cue is None or source[1] > cue[0]:
        return source
    a, b = source
    for tok in doc[_first_token(doc, a) :]:
        if tok.idx >= b:
            break
        head = tok.head
        if (
            tok.dep_ != "prep"
            or tok.lower_ not in _TIME_PREPS
            or not a <= head.idx < b
            or (head.head is not head and a <= head.head.idx < b)
            or tok.idx <= head.idx
            or "," in doc_text(doc)[head.idx : tok.idx]  # "Tester, himself up ... in 2018,"
        ):
            continue
        objs = [c for c in tok.children if c.dep_ == "pobj"]
        if objs and objs[0].ent_type_ in _TIME_ENTS:
            span = trim(doc_text(doc), (a, tok.idx), keep_final_quote=False)
            return span if span is not None else source
    return source


_RELATIVE_TAGS = {"WP", "WDT"}


def _speaks(verb: Token) -> bool:
    """The relative pronoun is the clause's active subject ("who said", "both of whom opposed";
    not "which Clinton conceded", "who was declared")."""
    return any(
        c.dep_ == "nsubj" and any(t.tag_ in _RELATIVE_TAGS for t in c.subtree)
        for c in verb.children
    )


def _ends_span(doc: Doc, last: int, end: int) -> bool:
    """Nothing but punctuation follows token ``last`` inside the span ending at char ``end``
    (not "Marco Rubio (R), who is seeking reelection, and Bill Nelson (D)")."""
    for tok in doc[last + 1 :]:
        if tok.idx >= end:
            return True
        if not tok.is_punct:
            return False
    return True


def _first_token(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


_ASIDE_TAGS = {"VBG", "VBN"}
_FOCUS = {"even"}


def _after_focus(src: Token, a: int, b: int) -> int:
    """'Even the organizer of a pro-Trump rally said ...': a focusing adverb opening the source
    phrase is no part of the source (PolNeAR's sources start at the noun phrase)."""
    doc = src.doc
    for tok in doc[src.left_edge.i : src.i]:
        if tok.idx < a:
            continue
        if tok.idx >= b or tok.lower_ not in _FOCUS or tok.dep_ != "advmod":
            break
        nxt = doc[tok.i + 1]
        return nxt.idx if nxt.i <= src.i else a
    return a


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


_LIGHT_DEPS = {"dobj", "pobj"}


def light_verb_source(noun: Token) -> tuple[Token | None, Token | None]:
    """The source of a cue noun with no possessor: the subject of the verb it is the object of,
    directly or through a preposition ("Trump launched an attack against Obama", "They have less
    rigid attitudes about sex"), when that subject comes before the noun; and that verb."""
    if noun.dep_ not in _LIGHT_DEPS:
        return None, None
    verb = noun.head
    if noun.dep_ == "pobj":
        if verb.dep_ != "prep":
            return None, None
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None, None
    src, how = _source_token(verb)
    if src is None or how not in {"subject", "shared-subject"} or src.i > noun.i:
        return None, None
    return src, verb


_NOUN_RULES = {"noun-that", "noun-prep"}


def with_implied_sources(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Cue nouns' candidates without a source take :func:`light_verb_source`'s (after the cue
    scorer has read them as the parse gave them), unless that verb is a cue itself ("has raised
    questions about", "says in a statement that": the verb's attribution is the one)."""
    heads = {c.head for c in cands}
    for cand in cands:
        if cand.source is not None or cand.rule not in _NOUN_RULES:
            continue
        src, verb = light_verb_source(doc[cand.head])
        if src is None or verb is None or verb.i in heads:
            continue
        span = source_span(src, doc[cand.head])
        if span is not None and span[1] <= cand.cue[0]:
            cand.source, cand.source_token = span, src.i
    return cands
