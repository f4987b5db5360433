"""What a cue's words are: the cue's own span, the token heading its content (a clause, an object,
an answer, a ``for`` clause) and the content's span, with its complements, without tails or
asides, over run-on clauses and inverted cues.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp._doc import tokens
from newsgraph.nlp.events._arrays import parse_of
from newsgraph.nlp.quotes._candidate import Candidate, Char, _subtree, trim
from newsgraph.nlp.quotes._lexicon import Lexicon
from newsgraph.nlp.quotes._sources import _CIRCUMSTANCE_ENTS, _CIRCUMSTANCE_PREPS, _SPEECH_EVENTS

_CUE_LEFT = {"aux", "auxpass", "neg", "advmod"}
_CLAUSE = ("ccomp", "xcomp")
_OBJECT = ("dobj", "attr", "oprd")
_RECIPIENT_VERBS = {"tell", "ask", "inform", "assure", "urge", "warn", "remind", "promise"}
_NOT_CUE = {"so", "thus", "however"}
_CUE_PREPS = {"to", "for", "of", "about", "on", "against"}
# a word outside the cue lexicon may take its content after these too ("agree with", "railed
# at", "known as"); the learned scorer tells such cues from "met with X", "served as X"
_WIDE_PREPS = _CUE_PREPS | {"with", "at", "as"}
_RECIPIENT_ONLY = {"tell", "inform", "assure", "remind", "promise"}
_SECOND = {"oprd", "xcomp", "ccomp"}
_OBJ_TAIL = {"prep"}
_JOINERS = {"cc", "punct", "preconj"}
_ASIDE = {"relcl", "appos"}
_INTERRUPT = {",", "—", "–", "-"}
_COMMENT_PREPS = {"despite"}
_ANSWERS = {"so"}
_HUNG_CLAUSE = {"advcl", "ccomp", "acl", "relcl"}
_CLAUSE_MARKS = {"that", "if", "whether"}
_TIME_ENTS = {"DATE", "TIME"}


def _cue_span(verb: Token, source: Token | None, venues: dict[str, float]) -> Char:
    start = verb
    doc = verb.doc
    i = verb.i - 1
    kids = list(verb.children)  # read once: each pass over ``.children`` makes new Tokens
    left = {
        c.i for c in kids if c.dep_ in _CUE_LEFT and c.tag_ != "WRB" and c.lower_ not in _NOT_CUE
    }
    while i >= 0 and i in left and (source is None or i > source.right_edge.i):
        start = doc[i]
        i -= 1
    end = verb
    for child in kids:
        if child.dep_ == "prt" and child.i == end.i + 1:
            end = child
    for child in kids:  # "said repeatedly", "spoke out forcefully"
        if (
            child.dep_ == "advmod"
            and child.i == end.i + 1
            and child.tag_ != "WRB"
            and child.lower_ not in _ANSWERS
            and child.lower_ not in _NOT_CUE
        ):
            end = child
    for child in kids:
        if child.dep_ == "prep" and child.i == end.i + 1 and child.lower_ == "in":
            last = child.right_edge
            if last.i - child.i <= 2 and last.lemma_.lower() in venues:
                end = last  # "said in a statement"
    return start.idx, end.idx + len(end)


def _content_token(verb: Token, lemma: str, wide: bool = False) -> Token | None:
    """The token heading what ``verb`` reports; ``wide``: a word outside the cue lexicon, whose
    content may follow any of :data:`_WIDE_PREPS`."""
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
    prep = _cue_prep(verb, wide)
    if prep is not None:
        objs = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
        if objs and objs[0].ent_type_ not in _TIME_ENTS:  # "spoke for an hour" says no hour
            if prep.lower_ in _CUE_PREPS or not _circumstance(objs[0]):
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


def _circumstance(obj: Token) -> bool:
    """'spoke at a rally', 'arrived at the White House': where or when, not what."""
    return obj.ent_type_ in _CIRCUMSTANCE_ENTS or obj.lemma_.lower() in _SPEECH_EVENTS


def _cue_prep(verb: Token, wide: bool = False) -> Token | None:
    """The preposition right after the cue (or its particle) that takes the content."""
    preps = _WIDE_PREPS if wide else _CUE_PREPS
    nxt = verb.i + 1
    for child in verb.children:
        if child.dep_ == "prt" and child.i == nxt:
            nxt += 1
    for child in verb.children:
        if child.dep_ == "prep" and child.i == nxt and child.lower_ in preps:
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
    p, toks = parse_of(span.doc), tokens(span.doc)
    dep, tag, lower = p.dep, p.tag, p.lower
    for k in range(span.start, span.end):
        d = dep[k]  # only an aside or a comment's word can end the content (no Token made)
        if not (
            d in _ASIDE
            or (d == "advcl" and tag[k] == "VBG")
            or (d == "prep" and lower[k] in _COMMENT_PREPS)
        ):
            continue
        tok = toks[k]
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


_AS_COMPLEMENT = {"oprd", "xcomp", "attr", "acomp"}
_ASKING = {"ask", "wonder", "inquire"}
_QUESTION_MARKS = {"if", "whether"}


def with_implied_contents(cands: list[Candidate], text: str, toks: list[Token]) -> list[Candidate]:
    """Candidates left without a content that the parse gives one another way (filled in after
    the cue scorer has read the candidates as the parse gave them: its features and weights are
    unchanged): a passive cue's subject (:func:`_passive_content`) and the question after a verb
    of asking (:func:`_question_content`)."""
    for cand in cands:
        if cand.content is not None or not cand.rule.startswith("verb"):
            continue
        verb = toks[cand.head]
        found = _question_content(verb) or _passive_content(verb) or _as_clause_content(verb)
        if found is None:
            found = _aspect_content(verb, cand.cue[1], toks)
            if found is not None:  # "continued to refute X": the infinitive joins the cue
                inf = found[1].head
                cand.cue = (cand.cue[0], inf.idx + len(inf))
        if found is None:
            found = _prep_content(verb, cand.cue[1], toks)
            if found is not None:  # "spoke briefly of X": the preposition joins the cue
                prep = found[1].head
                cand.cue = (cand.cue[0], prep.idx + len(prep))
        if found is None:
            continue
        (a, b), head = found
        a = max(a, text.rfind("\n", 0, cand.cue[0]) + 1)  # in the cue's paragraph
        content = trim(text, (a, b)) if b > a else None
        if content is not None:
            cand.content, cand.content_token = content, head.i
    return cands


def _prep_content(verb: Token, cue_end: int, toks: list[Token]) -> tuple[Char, Token] | None:
    """'spoke briefly of his friendship', 'talked at length about the plan': a preposition of
    content right after the cue (past the adverb the cue took in) takes what was said, unless
    its object is a time, a place or an event ("spoke for an hour")."""
    nxt = next((t for t in toks[verb.i + 1 : verb.i + 4] if t.idx >= cue_end), None)
    if nxt is None or nxt.idx != cue_end + 1 or nxt.head.i != verb.i or nxt.dep_ != "prep":
        return None
    if nxt.lower_ not in _CUE_PREPS:
        return None  # "said at a town hall", "identified as X", "echoed with X": no content
    objs = [c for c in nxt.children if c.dep_ in {"pobj", "pcomp"}]
    if not objs or objs[0].ent_type_ in _TIME_ENTS or _circumstance(objs[0]):
        return None
    return _subtree(objs[0]), objs[0]


_ASPECT = {"continue", "begin", "start"}


def _aspect_content(verb: Token, cue_end: int, toks: list[Token]) -> tuple[Char, Token] | None:
    """'continued to refute a Politico story', 'continued to say he had never touched her': after
    a verb of going on or starting, the infinitive right after the cue says what was said and
    joins the cue; its clause or object is the content."""
    if verb.lemma_.lower() not in _ASPECT or verb.i + 2 >= len(toks):
        return None
    to, inf = toks[verb.i + 1], toks[verb.i + 2]
    if to.idx != cue_end + 1 or to.lower_ != "to" or inf.dep_ != "xcomp" or inf.head.i != verb.i:
        return None
    head = _content_token(inf, inf.lemma_.lower(), wide=True)
    if head is None or head.i < inf.i:
        return None
    return _subtree(head), head


def _as_clause_content(verb: Token) -> tuple[Char, Token] | None:
    """'As the International Business Times noted, Clinton raised ...': an as-clause before the
    clause it reports, whose closing comma the parse gave the cue, reports the clause after it."""
    head, edge = verb.head, verb.right_edge
    if verb.dep_ != "advcl" or head.i <= verb.i or edge.text != "," or edge.i + 1 >= head.i:
        return None
    if verb.left_edge.lower_ != "as" or verb.left_edge.dep_ != "mark":
        return None
    after = verb.doc[edge.i + 1]
    return (after.idx, head.right_edge.idx + len(head.right_edge)), head


def _question_content(verb: Token) -> tuple[Char, Token] | None:
    """'Asked if he was ever bullied, the senator said no': the if- or whether-clause the parse
    hung on a verb of asking is what was asked."""
    if verb.lemma_.lower() not in _ASKING:
        return None
    for c in verb.rights:
        if c.dep_ in {"advcl", "ccomp"} and c.left_edge.lower_ in _QUESTION_MARKS:
            return _subtree(c), c
    return None


def _passive_content(verb: Token) -> tuple[Char, Token] | None:
    """A passive cue with its subject before it and no agent ("The plan was ultimately
    approved", "Mr. Manafort's role was disclosed"): the subject names what was reported,
    approved, disclosed, and is the content; a complement after the verb joins it ("Kelsey
    Atkinson was identified as the protester"). Not for verbs whose passive subject is the one
    addressed ("was asked", "were told")."""
    if verb.lemma_.lower() in _RECIPIENT_VERBS:
        return None
    kids = list(verb.children)
    subj = [c for c in kids if c.dep_ == "nsubjpass" and c.i < verb.i]
    if not subj or any(c.dep_ == "agent" for c in kids):
        return None
    a, b = _subtree(subj[0])
    comp = [
        c
        for c in kids
        if c.i > verb.i and (c.dep_ in _AS_COMPLEMENT or (c.dep_ == "prep" and c.lower_ == "as"))
    ]
    if comp:
        b = comp[0].right_edge.idx + len(comp[0].right_edge)
    return (a, b), subj[0]
