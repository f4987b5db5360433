"""Pronoun resolution: subject he/she to the most recent compatible person."""

from __future__ import annotations

import bisect

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from newsgraph.nlp._doc import doc_ents, doc_text, token_bounds, tokens
from newsgraph.nlp.entities._mentions import Cluster

SUBJ = {"nsubj", "nsubjpass", "csubj"}


def _in_direct_quote(doc: Doc, token: Token) -> bool:
    """Whether a token sits between double quotation marks within its paragraph."""
    para_start = doc_text(doc).rfind("\n", 0, token.idx) + 1
    before = doc_text(doc)[para_start : token.idx]
    straight = before.count('"')
    opened = before.count("“") - before.count("”")
    return straight % 2 == 1 or opened > 0


def recent_person(
    persons: list[Cluster],
    pos: int,
    *,
    exclude: Cluster | None = None,
    subj_first: bool = False,
) -> Cluster | None:
    best: tuple[tuple[int, int], Cluster] | None = None
    for c in persons:
        if c is exclude:
            continue
        for s, _e, _r in c.mentions:
            if s < pos:
                score = ((s in c.subj_positions) if subj_first else 0, s)
                if best is None or score > best[0]:
                    best = (score, c)
    return best[1] if best else None


def resolve_pronouns(doc: Doc, persons: list[Cluster]) -> None:
    """Subject he/she -> the most recent person in a subject position, else the most recent."""
    starts = {s: c for c in persons for s, _, _ in c.mentions}
    toks = tokens(doc)
    tok_starts = token_bounds(doc)[0]
    ent_of = {i: e for e in doc_ents(doc) for i in range(e.start, e.end)}
    for s, c in starts.items():
        k = bisect.bisect_left(tok_starts, s)
        if k < len(tok_starts) and tok_starts[k] == s:  # a token starts at s
            tok = toks[k]
            ent = ent_of.get(k)
            root = ent.root if ent is not None else tok
            if root.dep_ in SUBJ:
                c.subj_positions.add(s)
    # he/she tokens, found by the hashes of their lower-case forms (no Token per word)
    he_she = {doc.vocab.strings["he"], doc.vocab.strings["she"]}
    events = sorted(
        [
            (t.idx, t)
            for k, low in enumerate(doc.to_array(LOWER).tolist())
            if low in he_she and (t := toks[k]).dep_ in SUBJ
        ],
        key=lambda x: x[0],
    )
    for idx, tok in events:
        if _in_direct_quote(doc, tok):
            continue
        sent_start = tok.sent.start_char
        window = max(0, sent_start - 1500)
        want = "m" if tok.lower_ == "he" else "f"
        cand = recent_person(
            [
                c
                for c in persons
                if c.gender in (None, want) and any(window <= s < idx for s, _, _ in c.mentions)
            ],
            idx,
            subj_first=True,
        )
        if cand is not None:
            cand.mentions.append((idx, idx + len(tok.text), "pronoun"))
            for m in cand.mentions:
                if m[0] == idx:
                    cand.subj_positions.add(idx)
