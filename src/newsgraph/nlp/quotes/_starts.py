"""Where an attribution's content starts: the parse's start against the later starts it could
have (past a leading preposition, conjunction or function word), described by
:func:`start_features` for the learned start chooser (``weights/start.npz``).

Split out of ``_bounds`` (the content-end chooser) by responsibility; code moved verbatim.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from newsgraph.nlp._doc import doc_text, tokens
from newsgraph.nlp.events._arrays import parse_of
from newsgraph.nlp.quotes._bounds import (
    _OPENERS,
    Char,
    _bucket,
    _index_in,
    _tok_starts,
    word,
)

_START_REACH = 7  # tokens past the parse's start a content may start at (the later starts chosen
# on train are five words in at most, with rare exceptions)
_FUNCTION_POS = frozenset({"ADP", "SCONJ", "PART", "DET", "PRON", "AUX", "CCONJ", "PUNCT"})
START_TEMPLATES = frozenset(
    {
        "parse-start",
        "parse-start|rule",
        "right-after-cue",
        "right-after-cue|rule",
        "side",
        "side|words",
        "side|rule",
        "at",
        "at-dep",
        "prev",
        "prev-dep",
        "prev|at",
        "cue|at",
        "cue|prev",
        "moved-has",
        "moved-noun",
        "cue|moved-noun",
        "at-subtree",
        "at-subtree|rule",
        "prev-child",
    }
)


def start_options(doc: Doc, content: Char, cue: Char | None, source: Char | None) -> list[int]:
    """Character offsets where a content that follows its cue could start: the parse's start,
    and each word from the cue's end to a dozen words into the content ("made the case | that
    ...", "blamed the network for | reporting ...", "urged | the governor to ...")."""
    a, b = content
    if cue is None or a < cue[1]:
        return [a]
    starts = _tok_starts(doc)
    toks = tokens(doc)
    lo = cue[1] if source is None or not cue[1] <= source[0] < a else source[1]
    first = bisect.bisect_left(starts, lo)
    at = _index_in(starts, a)
    if at is None:
        return [a]
    stop = min(at + _START_REACH, len(toks))
    options = {a}
    for k in range(first, stop):
        tok = toks[k]
        if tok.idx >= b or "\n" in tok.text:
            break
        if tok.idx > a and tok.is_sent_start:
            break
        if tok.is_space or (tok.is_punct and tok.text[:1] not in "\"“‘'"):
            continue
        options.add(tok.idx)
    return sorted(options)


def start_features(
    doc: Doc, content: Char, start: int, cue: Char, rule: str, cue_head: int
) -> list[str]:
    """Strings describing the choice to start ``content`` at ``start`` (vs. the parse's
    start ``content[0]``); ``cue_head`` is the cue word's token index. Which side of the
    parse's start, how many words move and of what kind, the words either side of the cut,
    whether it opens a phrase hanging on the cue: parts of speech and function words, the cue's
    lemma, never a name."""
    return start_rows(doc, content, [start], cue, rule, cue_head)[0]


def _shape(tok: Token) -> str:
    """A function word or mark as itself, any other word as its part of speech."""
    if tok.pos_ in _FUNCTION_POS or tok.lower_ in _OPENERS:
        return tok.lower_ if tok.pos_ != "PROPN" else tok.pos_
    return tok.pos_


def start_rows(
    doc: Doc, content: Char, options: list[int], cue: Char, rule: str, cue_head: int
) -> list[list[str]]:
    """:func:`start_features` of every option at once (the same strings): each token's
    attributes are read once and the words an option moves are tallied as the options get
    further from the parse's start."""
    toks = tokens(doc)
    parse = parse_of(doc)  # heads and dependencies by index (no Token made per step)
    head = parse.head
    starts = _tok_starts(doc)
    text = doc_text(doc)
    a = content[0]
    rule = rule.split("+")[0]
    k_a = _index_in(starts, a) or 0
    cue_word = word(toks[cue_head])
    ks = [_index_in(starts, o) for o in options]
    found = [k for k in ks if k is not None]
    lo = max(0, min([k_a, *found]) - 1)
    hi = max([k_a, *found])
    span = toks[lo : hi + 1]
    pos = [t.pos_ for t in span]
    space = [t.is_space for t in span]
    near: dict[int, tuple[str, str]] = {}  # the cut's two sides: (shape, dependency)

    def at_cut(i: int) -> tuple[str, str]:
        got = near.get(i)
        if got is None:
            got = near[i] = (_shape(toks[i]), parse.dep[i])
        return got

    # the words moved by starting at token k: (how many, their parts of speech, last noun)
    moved: dict[int, tuple[int, list[str], int | None]] = {}
    for side in (1, -1):
        count, kinds, noun = 0, set(), None
        targets = sorted((k for k in found if (k - k_a) * side > 0), key=lambda k: k * side)
        i = k_a if side == 1 else k_a - 1
        for target in targets:
            while (i < target) if side == 1 else (i >= target):
                j = i - lo
                if not space[j]:
                    count += 1
                    kinds.add(pos[j])
                    if pos[j] in {"NOUN", "PROPN", "PRON"} and (side == 1 or noun is None):
                        noun = i
                i += side
            moved[target] = (count, sorted(kinds), noun)
    nouns: dict[int, str] = {}
    rows: list[list[str]] = []
    for start, k in zip(options, ks, strict=True):
        if k is None:
            rows.append([])
            continue
        out: list[str] = []
        if start == a:
            out += ["parse-start", f"parse-start|rule={rule}"]
        if not text[cue[1] : start].strip(" \t\u00a0,:"):
            out += ["right-after-cue", f"right-after-cue|rule={rule}"]
        if start != a:
            way = "later" if start > a else "earlier"
            n_moved, moved_kinds, moved_noun = moved.get(k, (0, [], None))
            out += [
                f"side={way}",
                f"side|words={way}|{_bucket(n_moved)}",
                f"side|rule={way}|{rule}",
            ]
            out += [f"moved-has={way}|{p}" for p in moved_kinds]
            if moved_noun is not None:
                if moved_noun not in nouns:
                    nouns[moved_noun] = word(toks[moved_noun])
                out.append(f"moved-noun={way}|{nouns[moved_noun]}")
                out.append(f"cue|moved-noun={cue_word}|{way}|{nouns[moved_noun]}")
        at, dep = at_cut(k)
        out += [f"at={at}", f"at-dep={dep}", f"cue|at={cue_word}|{at}"]
        if k > 0:
            p, p_dep = at_cut(k - 1)
            out += [
                f"prev={p}",
                f"prev-dep={p_dep}",
                f"prev|at={p}|{at}",
                f"cue|prev={cue_word}|{p}",
            ]
            if head[k - 1] == cue_head:
                out.append(f"prev-child={p_dep}")
        h = k
        while toks[h].left_edge.i == k:
            up = head[h]
            if up == cue_head or (head[up] == cue_head and parse.dep[up] == "prep"):
                out += [f"at-subtree={parse.dep[h]}", f"at-subtree|rule={parse.dep[h]}|{rule}"]
                break
            if up == h:
                break
            h = up
        rows.append(out)
    return rows
