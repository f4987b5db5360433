"""A sentence opening on "In <a poll>," reports what the poll found: PolNeAR marks "In" as the
cue, the poll as the source and the rest of the sentence as the content ("In a CNN/ORC poll
released Monday, 31 % of Republicans said ..."). Only a sentence's first phrase counts: an
"in a poll" later in a sentence ("Trump leads by 20 points in the poll") is marked a cue about a
quarter of the time (docs/quotes.md, quotes20).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.quotes._candidate import Candidate, trim

POLL_RULE = "in-poll"
POLL_NOUNS = frozenset({"poll", "survey"})
_CLAUSE_POS = {"VERB", "AUX"}
POLL_WEIGHT = 0.6  # under the learned cues': a cue the scorer found for the same content wins


def _first_word(sent: Span) -> Token | None:
    """The sentence's first word (leading spaces, quotation marks and dashes skipped)."""
    return next((t for t in sent if not (t.is_space or t.is_punct)), None)


def poll_openers(doc: Doc, text: str) -> list[tuple[Token, Token, int]]:
    """``(in, poll, comma)`` for every sentence opening "In <poll or survey ...>," whose comma
    (token index ``comma``) ends the phrase and is followed by a clause of its own."""
    out: list[tuple[Token, Token, int]] = []
    for sent in doc.sents:
        first = _first_word(sent)
        if first is None or first.lower_ != "in" or first.dep_ != "prep":
            continue
        obj = next((c for c in first.children if c.dep_ == "pobj"), None)
        if obj is None or obj.lemma_.lower() not in POLL_NOUNS:
            continue
        comma = obj.right_edge.i + 1
        if comma >= sent.end or doc[comma].text != "," or "\n" in text[first.idx : doc[comma].idx]:
            continue
        if not any(t.pos_ in _CLAUSE_POS for t in doc[comma + 1 : sent.end]):
            continue  # "In the polls, anyway.": no clause reports what the poll found
        out.append((first, obj, comma))
    return out


def poll_candidates(doc: Doc, text: str) -> list[Candidate]:
    """A candidate for every poll opener: cue "In", source the poll phrase up to its comma,
    content the rest of the sentence (within its line)."""
    out: list[Candidate] = []
    for first, obj, comma in poll_openers(doc, text):
        end = first.sent.end_char
        line_end = text.find("\n", doc[comma].idx)
        if 0 <= line_end < end:
            end = line_end
        content = trim(text, (doc[comma].idx + 1, end))
        source = trim(text, (obj.left_edge.idx, doc[comma].idx))
        if content is None or source is None:
            continue
        out.append(
            Candidate(
                head=first.i,
                cue=(first.idx, first.idx + len(first)),
                source=source,
                content=content,
                weight=POLL_WEIGHT,
                rule=POLL_RULE,
                source_token=obj.i,
            )
        )
    return out
