"""How quoted stretches are tied to cues: a cue right after a quote (``"...," he said``) or
right before it (``Lavrov said: "..."``) makes it direct content; remaining candidates are
indirect or mixed speech; a quote opening the next sentence continues a direct quote.

Part of :class:`newsgraph.nlp.quotes.component.QuoteFinder`, which inherits :class:`_Linking`;
split out of ``component`` by responsibility (code moved verbatim).
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from newsgraph.nlp import _doc
from newsgraph.nlp.quotes._attribution import (
    _CLOSERS,
    _OPENERS,
    _aside_prep,
    _Attribution,
    _lead_in,
    _opens_sentence,
    _own_clause,
    _quote_close,
    _token_at_or_after,
    _token_before,
)
from newsgraph.nlp.quotes._candidate import Char, trim
from newsgraph.nlp.quotes._marks import QuoteSpan
from newsgraph.nlp.quotes._rules import Candidate
from newsgraph.nlp.quotes._sources import _closing_mark, source_span

_GAP_AFTER = re.compile(r"^[\s,—–-]*$")
_SENT_END = ".!?"


class _Linking:
    """Quotes linked to their cues; the finder sets ``max_cue_gap``."""

    max_cue_gap: int

    def _cue_after(
        self, doc: Doc, q: QuoteSpan, by_head: dict[int, Candidate], quotes: list[QuoteSpan]
    ) -> int | None:
        """``"...," he said`` / ``"...," said Lavrov``: a cue a few tokens after the quote."""
        first = _token_at_or_after(doc, q.end)
        if first is None:
            return None  # nothing follows
        nxt = doc[first]
        closed = _doc.doc_text(doc)[q.start : q.end].rstrip(_CLOSERS)
        if closed.endswith(".") or (
            closed.endswith(("?", "!")) and nxt.text[:1].isupper() and nxt.pos_ != "PROPN"
        ):
            # the quote closed its own sentence ('"... ?" He answered, ...': a new sentence with
            # its own cue), unless that sentence is only a source and its cue ('"...." Trump said.')
            return _bare_cue_sentence(doc, q, first, by_head)
        sent_end = nxt.sent.end
        if not _GAP_AFTER.match(_doc.doc_text(doc)[q.end : doc[first].idx]):
            return None
        for i in range(first, min(first + self.max_cue_gap, sent_end, len(doc))):
            tok = doc[i]
            if tok.text in _SENT_END or tok.text in '"“‘(' or "\n" in tok.text:
                return None
            cand = by_head.get(i)
            if cand is not None and cand.head >= first:
                if _inverted_speaker(doc, cand, q) is not None:
                    return i  # '"Debate recap," tweeted a spokesman': its object is who spoke
                if _own_clause(doc, cand, quotes) or (
                    cand.source and cand.source[0] <= q.start < cand.source[1]
                ):
                    return None  # '"Guccifer" claimed that ...': the cue has its own content
                return i
        return _cue_after_source(doc, nxt.idx, sent_end, by_head, quotes)

    def _cue_before(self, doc: Doc, q: QuoteSpan, by_head: dict[int, Candidate]) -> int | None:
        """``Lavrov said: "..."`` / ``he said, "..."``: a cue right before the quote opens."""
        last = _token_before(doc, q.start)
        while last is not None and last > 0 and doc[last].is_space and ":" in doc[last - 1].text:
            last -= 1  # 'responded:' closing the paragraph before a quoted one
        if last is None:
            return None
        tok = doc[last]
        if tok.text not in {":", ",", "—", "–"} and tok.lower_ != "that":
            return _cue_right_before(doc, q, last, by_head)
        for i in range(last - 1, max(-1, last - 1 - self.max_cue_gap), -1):
            t = doc[i]
            if t.text in _SENT_END or t.text in '"”’':
                break
            cand = by_head.get(i)
            if cand is not None:
                if tok.lower_ == "that":
                    return None  # "said that '...'" is indirect with a quotation: mixed
                return i
        return None

    def _direct(self, doc: Doc, cand: Candidate, qs: list[QuoteSpan]) -> _Attribution:
        content = (qs[0].start, qs[-1].end)
        cue = cand.cue
        prep = _aside_prep(doc, cand)
        if prep is not None and prep.i > 0 and cue[1] == prep.idx + len(prep):
            before = doc[prep.i - 1]  # 'said to reporters': the preposition is no part of the cue
            cue = (cue[0], before.idx + len(before))
        if _doc.doc_text(doc)[cue[1] : cue[1] + 1] == ":" and any(q.start > cue[1] for q in qs):
            cue = (cue[0], cue[1] + 1)  # 'said: "..."' — the colon belongs to the cue
        source, source_token = cand.source, cand.source_token
        speaker = _inverted_speaker(doc, cand, qs[0])
        if speaker is not None:
            source, source_token = source_span(speaker, doc[cand.head]), speaker.i
        elif source is None and qs[0].end <= cand.cue[0]:
            after = _token_at_or_after(doc, qs[0].end)
            if after is not None:
                source = _named_between(doc, doc[after].idx, cand.cue[0])
        lead = _lead_in(doc, qs[0].start, cue[0], source)
        if lead is not None:
            content = (lead, content[1])
        return _Attribution(
            cue=cue,
            source=source,
            content=content,
            kind="direct",
            rule=f"direct-{'after' if qs[0].start < cand.cue[0] else 'before'}-cue",
            weight=min(1.0, cand.weight + 0.05),
            source_token=source_token,
            quotes=list(qs),
            head=cand.head,
        )

    def _indirect(self, doc: Doc, cand: Candidate, quotes: list[QuoteSpan]) -> _Attribution:
        assert cand.content is not None
        a, b = cand.content
        starts = [q.start for q in quotes]
        i = bisect.bisect_left(starts, a)
        if i > 0 and (a < quotes[i - 1].end < b or a < quotes[i - 1].end <= _quote_close(doc, b)):
            i -= 1  # content opens inside a quotation: start at its mark
        inside = [q for q in quotes[i:] if q.start < b]
        if inside:
            # the parse may cut a quotation in two; content never does
            a, b = min(a, inside[0].start), max(b, inside[-1].end)
            cue = cand.cue
            if cue is not None and a < cue[0] < b:
                a, b = cand.content  # the widened span would swallow the cue: keep the parse's
        kind = "mixed" if inside else "indirect"
        return _Attribution(
            cue=cand.cue,
            source=cand.source,
            content=(a, b),
            kind=kind,
            rule=cand.rule,
            weight=cand.weight if cand.source else cand.weight * 0.8,
            source_token=cand.source_token,
            head=cand.head,
        )

    def _continue_quotes(self, doc: Doc, out: list[_Attribution], loose: list[QuoteSpan]) -> None:
        """A quote opening the sentence right after a direct quote's cue continues it."""
        direct = sorted((a for a in out if a.kind == "direct"), key=lambda a: a.content[0])
        if not direct:
            return
        ends = [max(a.content[1], (a.cue or a.content)[1]) for a in direct]
        text = _doc.doc_text(doc)
        cues = [a.cue[0] for a in out if a.cue is not None]
        for q in loose:
            k = bisect.bisect_right(ends, q.start) - 1
            if k < 0:
                continue
            att = direct[k]
            end = ends[k]
            gap = text[end : q.start]
            if not _opens_sentence(text, q.start):
                continue
            own = _doc.sentence_index(doc, att.cue[0]) if att.cue is not None else -1
            if any(end <= c < q.start and _doc.sentence_index(doc, c) != own for c in cues):
                continue  # another cue in between (one in the cue's own sentence does not count)
            if "\n" in gap:
                # a paragraph that opens with a quote and names no speaker goes on with the
                # previous paragraph's quote (the newspaper convention)
                if any(ch in _OPENERS for ch in gap) or gap.count("\n") > 2:
                    continue
                if text[q.end : text.find("\n", q.end) % (len(text) + 1)].strip():
                    continue
            elif _doc.sentence_index(doc, q.start) - _doc.sentence_index(doc, end - 1) > 1:
                continue
            if len(text[q.start : q.end].split()) < 3:
                continue
            att.content = (att.content[0], q.end)
            att.quotes.append(q)
            ends[k] = q.end


def _cue_after_source(
    doc: Doc, start: int, sent_end: int, by_head: dict[int, Candidate], quotes: list[QuoteSpan]
) -> int | None:
    """``"...," James Comey, the director of the FBI, said``: past the cue window, a cue whose
    source opens right after the quote (at character ``start``) and which follows that source
    at once (commas aside), in the same sentence with no quotation mark or line break between."""
    text = _doc.doc_text(doc)
    for cand in by_head.values():
        src = cand.source
        if src is None and start < cand.cue[0] and doc[cand.head].i < sent_end:
            src = _named_between(doc, start, cand.cue[0])
        if src is None or src[0] != start or doc[cand.head].i >= sent_end:
            continue
        if cand.cue[0] < src[1] or not _GAP_AFTER.match(text[src[1] : cand.cue[0]]):
            continue
        between = text[start : cand.cue[0]]
        if "\n" in between or any(m in between for m in _QUOTE_MARKS):
            continue
        if _own_clause(doc, cand, quotes):
            continue
        return cand.head
    return None


def _bare_cue_sentence(
    doc: Doc, q: QuoteSpan, first: int, by_head: dict[int, Candidate]
) -> int | None:
    """``"... missing." Trump said.``: the words after a closed quote (in its paragraph) up to
    the next sentence end are nothing but a source and its cue, a cue with no content of its
    own: the quote is its content."""
    text = _doc.doc_text(doc)
    gap = text[q.end : doc[first].idx]
    if not _GAP_AFTER.match(gap) or "\n" in gap:
        return None
    for i in range(first, min(first + 12, len(doc))):
        tok = doc[i]
        if tok.text in _SENT_END or "\n" in tok.text or tok.text in '"“‘':
            return None
        cand = by_head.get(i)
        if cand is None:
            continue
        src = cand.source
        if cand.content is not None or src is None or src[0] != doc[first].idx:
            return None
        if cand.cue[0] < src[1] or text[src[1] : cand.cue[0]].strip(" ,"):
            return None
        after = text[cand.cue[1] : cand.cue[1] + 2]
        return i if after[:1] in tuple(_SENT_END) else None
    return None


def _cue_right_before(
    doc: Doc, q: QuoteSpan, last: int, by_head: dict[int, Candidate]
) -> int | None:
    """``a man yelled "Stay there!"``, ``the crowd chanted "Lock her up."``: a verb cue whose span
    ends on the word right before the quotation mark (no comma or colon) has the quotation as
    its words when the quotation is a whole utterance (it opens in upper case and closes on a
    sentence's or a clause's mark) and the parse gives the cue no content outside it; a partial
    quotation goes on in the cue's clause (``said "the next president" should choose``)."""
    text = _doc.doc_text(doc)
    tok = doc[last]
    if text[tok.idx + len(tok) : q.start].strip():
        return None
    words = text[q.start : q.end].strip(_OPENERS + _CLOSERS + "'")
    if not words[:1].isupper() or not words.endswith((".", "!", "?", ",")):
        return None
    for i in range(last, max(-1, last - 4), -1):
        cand = by_head.get(i)
        if cand is None or not cand.rule.startswith("verb") or cand.cue[1] != tok.idx + len(tok):
            continue
        if cand.content is not None and not q.start <= cand.content[0] < q.end:
            return None  # "what he called ''a disgrace''": the parse's content is more
        return i
    return None


_QUOTE_MARKS = '"“”‘'
_SPEAKER_DEPS = {"dobj", "attr", "oprd", "npadvmod"}
_FINITE = {"VBD", "VBZ", "VBP"}
_SPEAKER_ENDS = {".", ",", ";", "!", "?", "—", "–"}


def _inverted_speaker(doc: Doc, cand: Candidate, q: QuoteSpan) -> Token | None:
    """``"...," added a South Carolina Democrat.``: a cue opening the words after the quotation
    it reports, with no subject outside the quotation, is followed by its speaker, whom the
    parse may take for the verb's object ('"Debate recap," tweeted a spokesman': the subject
    it found is the quotation's words)."""
    src = cand.source
    if cand.cue[0] < q.end or (src is not None and not q.start <= src[0] < q.end):
        return None  # a subject outside the quotation ('..." he said', 'X hailed it as "...,"')
    text = _doc.doc_text(doc)
    if text[q.end : cand.cue[0]].strip(" ,\u00a0"):
        return None  # words between the quotation and its cue: the cue's subject is there
    verb = doc[cand.head]
    if verb.tag_ not in _FINITE or "+" in cand.rule:
        return None  # '"...," citing X': a participle shares a subject found elsewhere
    cue_end = _token_at_or_after(doc, cand.cue[1])
    for child in verb.rights:
        if child.dep_ in _SPEAKER_DEPS and child.left_edge.i == cue_end:
            after = child.right_edge.i + 1  # the speaker closes the clause: 'added X.', 'X, who'
            if after >= len(doc) or doc[after].text in _SPEAKER_ENDS or doc[after].is_space:
                return child
    return None


_NAME_POS = {"PROPN", "NOUN", "ADJ", "DET", "NUM", "ADP", "PUNCT", "CCONJ", "PART"}


def _named_between(doc: Doc, start: int, cue: int) -> Char | None:
    """``"...," Brent Bozell III, founder of the Media Research Center, tells ...``: the parse
    hung the name after a quotation on the quotation's words and left its cue subjectless; the
    words from the quotation to the cue, a noun phrase opening on a name, are its source."""
    text = _doc.doc_text(doc)
    span = trim(text, (start, cue), keep_final_quote=False)
    if span is None or "\n" in text[start:cue] or any(m in text[start:cue] for m in _QUOTE_MARKS):
        return None
    toks = doc.char_span(span[0], span[1], alignment_mode="expand")
    if toks is None or not len(toks) or toks[0].pos_ != "PROPN":
        return None
    if any(t.pos_ not in _NAME_POS for t in toks) or any(t.text in ".;:!?" for t in toks):
        return None
    return _closing_mark(text, span[0], span[1], cue)
