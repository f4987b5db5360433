"""A paragraph ending "<source> <cue verb>:" introduces the next paragraph as its content
("Hewitt writes:", "In a 1963 speech, he declared:", "The New York Times confirmed that
observation, reporting:"). PolNeAR marks the next paragraph as the content, the verb's subject
as the source and, most often, the verb with its colon as the cue ("wrote:"): folds 0-2 of
PolNeAR train, docs/quotes.md quotes21. Only a lexicon verb that is the paragraph's last word
counts: "Do you support Ted Cruz? Like the page:" has no cue verb before its colon, and a
colon after an object ("told his audience, to rowdy applause:") is left to the learned parts.
A next paragraph holding an embedded post's markup ("<tweet ...>") is not built.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsgraph.nlp.quotes._candidate import Candidate, trim

INTRO_RULE = "colon-intro"
INTRO_WEIGHT = 0.6  # under the learned cues': a cue the scorer found for the same verb wins
# a paragraph ending in a colon, then (after blank lines) the next paragraph
_INTRO = re.compile(r"(?m)^[^\n]*\S[ \t]*:[ \t]*\n\s*([^\n]*\S)")
_SUBJECTS = {"nsubj", "nsubjpass"}
_PARTICIPLE_DEPS = {"advcl", "conj", "acl"}


def _cue_verb(doc: Doc, colon: int, verbs: dict[str, float]) -> Token | None:
    """The lexicon verb written right before the colon at char ``colon``, if it heads its own
    clause (a subject of its own, or a participle "..., reporting:" whose subject is its
    head's)."""
    span = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    tok = doc[span.start - 1]
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs or tok.idx + len(tok) != colon:
        return None
    if any(c.dep_ in _SUBJECTS for c in tok.children):
        return tok
    if tok.tag_ == "VBG" and tok.dep_ in _PARTICIPLE_DEPS:
        return tok  # "..., reporting:": its source is found from the head (participle_subject)
    return None


def colon_intro_candidates(doc: Doc, text: str, verbs: dict[str, float]) -> list[Candidate]:
    """A candidate for every paragraph ending "<source> <cue verb>:": the cue is the verb with its
    colon, the source the verb's subject (``None`` for a participle), the content the whole
    next paragraph (its final stop kept, as PolNeAR marks it)."""
    out: list[Candidate] = []
    for m in _INTRO.finditer(text):
        colon = text.rindex(":", m.start(), m.start(1))
        nxt = m.group(1)
        if nxt.lstrip().startswith("<"):
            continue  # an embedded post's markup, not the words quoted
        tok = _cue_verb(doc, colon, verbs)
        if tok is None:
            continue
        # the subject on the colon's paragraph: the parse may join a line above to the clause
        # ("... — Lee Park (@leepark) June 9 / The Chronicle reported:")
        subj = next((c for c in tok.children if c.dep_ in _SUBJECTS and c.idx >= m.start()), None)
        source = None
        if subj is not None:
            start = max(subj.left_edge.idx, m.start())
            source = trim(text, (start, subj.right_edge.idx + len(subj.right_edge)))
        out.append(
            Candidate(
                head=tok.i,
                cue=(tok.idx, colon + 1),
                source=source,
                content=(m.start(1), m.end(1)),
                weight=INTRO_WEIGHT,
                rule=INTRO_RULE,
                source_token=subj.i if subj is not None else None,
            )
        )
    return out
