"""Where an attribution's content ends: the parse's guess against the other places it could.

The parse ends a reported clause at its subtree's last word, but reporters' sentences run on:
", highlighting America's recovery", ", then 35", ", and yet Trump tripped again" are sometimes
part of what was said and sometimes the writer's own. :func:`end_options` lists the places the
content could end (before each punctuation mark or clause opener in its sentence, at the
sentence's end, after a closing quotation mark), :func:`end_features` describes each (the
words it moves in or out, the largest phrase it closes and what that phrase hangs on: the cue,
a word of the content or one outside it; how many verbs it moves; the word after it; all with
the attribution's kind and the cue's lemma), and the learned weights (``weights/end.npz``, a
:class:`~._model.LinearModel`) pick the most likely one.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

import numpy as np
from spacy.tokens import Doc, Token

from newsgraph.nlp._doc import _cached, doc_text, tokens
from newsgraph.nlp.events._arrays import Parse, parse_of
from newsgraph.nlp.quotes._rules import _CIRCUMSTANCE_ENTS, _CIRCUMSTANCE_PREPS, _SPEECH_EVENTS
from newsgraph.nlp.quotes._runons import CLAUSE_TEMPLATES, moved_clause, speech_verbs

Char = tuple[int, int]

_BREAKS = {",", ";", "—", "–", "-", "―", "(", ")", ":", "--"}
_OPENERS = {
    "and",
    "but",
    "because",
    "as",
    "while",
    "which",
    "who",
    "after",
    "before",
    "since",
    "although",
    "though",
    "when",
    "if",
    "so",
    "than",
    "according",
    "despite",
    "including",
}
_CUT_DEPS = {"prep", "cc", "agent", "npadvmod", "advcl", "relcl", "acl", "conj"}
_CLOSERS = "\"'”’»"
_SENT_END = ".!?"
_SENT_END_SET = frozenset(_SENT_END)
_MAX_OPTIONS = 40
# entity types whose words are names: features carry the type, never the word
_NAME_ENTS = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
)
_SIDES = ("longer", "shorter")
_SIDE_TEMPLATES = (
    "",
    "|words",
    "|rule",
    "|line-break",
    "|crosses-sentence",
    "|quote-mark",
    "|first",
    "|after-punct",
    "|after-punct-dep",
    "|first-dep",
    "|first-dep|head",
    "|prep",
    "|prep-ent",
    "|prep-obj",
    *CLAUSE_TEMPLATES,
)
# the template of an end feature is its name up to the first "=" (see _model.template)
END_TEMPLATES = frozenset(
    {"bias", "rule", "parse-end", "parse-end|rule", "at-last", "at-next", "at-sentence-end"}
    | {"tiny", "kind|side", "side|verbs", "next-dep"}
    | {"edge", "edge|rel", "edge-covers", "edge-punct"}
    | {"cue|side|first", "kind|side|first"}
    | {side + t for side in _SIDES for t in _SIDE_TEMPLATES}
)


def word(tok: Token) -> str:
    """A token's lower-case lemma, or for a name its entity type (``<PERSON>``, ``<PROPN>``).

    Learned weights keyed on "obama" or "iowa" would only memorise the training corpus's cast.
    """
    if tok.ent_type_ in _NAME_ENTS:
        return f"<{tok.ent_type_}>"
    if tok.pos_ == "PROPN":
        return "<PROPN>"
    if tok.text[:1].isupper() and tok.pos_ != "PRON":
        if not tok.is_sent_start or tok.lower_ in _capitalised_inside(tok.doc):
            return "<NAME>"  # "Trump" tagged a verb: capitalised inside a sentence, a name
    return tok.lemma_.lower()


def _capitalised_inside(doc: Doc) -> frozenset[str]:
    """Lower-cased words the document capitalises inside a sentence (its names)."""

    def make() -> frozenset[str]:
        text = doc_text(doc)
        toks = tokens(doc)
        return frozenset(
            t.lower_
            for i, start in enumerate(_tok_starts(doc))
            if text[start].isupper()  # a token's first character (tokens are never empty)
            and not (t := toks[i]).is_sent_start
            and t.pos_ != "PRON"
        )

    return _cached(doc, "capitalised_inside", make)  # type: ignore[no-any-return]


def _tok_starts(doc: Doc) -> list[int]:
    """Each token's start offset (cached per doc)."""
    return _cached(doc, "tok_starts", lambda: [t.idx for t in tokens(doc)])  # type: ignore[no-any-return]


def _index_in(starts: list[int], char: int) -> int | None:
    k = bisect.bisect_right(starts, char) - 1
    return k if k >= 0 else None


def _token_index(doc: Doc, char: int) -> int | None:
    """The token covering ``char`` (the one before it when ``char`` is whitespace)."""
    return _index_in(_tok_starts(doc), char)


def end_options(doc: Doc, content: Char, cue: Char | None) -> list[int]:
    """Character offsets where the content could end, the parse's own end among them."""
    text = doc_text(doc)
    a, b = content
    first = _token_index(doc, a)
    last = _token_index(doc, max(a, b - 1))
    if first is None or last is None:
        return [b]
    para_end = text.find("\n", b)
    para_end = len(text) if para_end < 0 else para_end
    toks = tokens(doc)
    n = len(toks)
    stop = _sentence_end(toks, last)
    if stop < n and toks[stop].idx < para_end:  # the next sentence may still be content
        stop = _sentence_end(toks, stop)
    options = {b}
    for k in range(first, stop):
        tok = toks[k]
        if tok.idx >= para_end or (tok.idx >= b and _circumstance(tok)):
            break  # the where, when and how of the speech act itself is no part of the content
        nxt = toks[k + 1] if k + 1 < n else None
        if tok.is_space or (cue is not None and cue[0] <= tok.idx < cue[1]):
            continue
        end = tok.idx + len(tok)
        if end <= a:
            continue
        if (
            nxt is None
            or nxt.text in _BREAKS
            or nxt.lower_ in _OPENERS
            or nxt.dep_ in _CUT_DEPS
            or nxt.tag_ == "IN"
            or nxt.text in _SENT_END
            or nxt.is_space
            or nxt.is_sent_start
        ):
            options.add(end)
        if tok.text in _SENT_END or tok.text[:1] in _CLOSERS and toks[k - 1].text in _SENT_END:
            options.add(end)  # 'allies."': the quotation's close and its period
    near = sorted(options, key=lambda e: abs(e - b))[:_MAX_OPTIONS]
    return sorted(near)


def _token_tensor(doc: Doc) -> np.ndarray | None:
    """The parse model's contextual vector of every token (``doc.tensor``), or None."""
    tensor = doc.tensor
    if tensor is None or tensor.ndim != 2 or tensor.shape[1] == 0 or tensor.shape[0] != len(doc):
        return None
    return tensor


def end_vectors(doc: Doc, options: list[int], parse_end: int) -> np.ndarray | None:
    """The dense input of the end chooser per option: the mean contextual vector
    (``doc.tensor``) of the words the option moves into the content (first half, ending later
    than the parse) or out of it (second half, ending earlier); zeros for the parse's own end.
    None when the doc has no vectors."""
    tensor = _token_tensor(doc)
    if tensor is None:
        return None
    width = tensor.shape[1]
    out = np.zeros((len(options), 2 * width), dtype=np.float32)
    starts = _tok_starts(doc)
    spans: list[tuple[int, int, int]] = []  # (row, first token, last token) of the moved words
    for row, end in enumerate(options):
        if end == parse_end:
            continue
        lo, hi = (end, parse_end) if end < parse_end else (parse_end, end)
        i, j = _index_in(starts, lo), _index_in(starts, hi - 1)
        if i is None or j is None:
            continue
        if starts[i] + len(doc[i]) <= lo:
            i += 1  # ``lo`` falls after a token: the moved words start at the next one
        if j >= i:
            spans.append((row, i, j))
    if not spans:
        return out
    k0 = min(i for _, i, _ in spans)
    k1 = max(j for _, _, j in spans) + 1
    prefix = np.zeros((k1 - k0 + 1, width), dtype=np.float64)
    np.cumsum(tensor[k0:k1], axis=0, out=prefix[1:])
    for row, i, j in spans:
        mean = (prefix[j + 1 - k0] - prefix[i - k0]) / (j + 1 - i)
        half = 0 if options[row] > parse_end else width
        out[row, half : half + width] = mean
    return out


def start_vectors(doc: Doc, options: list[int]) -> np.ndarray | None:
    """The dense input of the start chooser per option: the contextual vectors of the word
    before the cut and of the word an option starts on (None without vectors)."""
    tensor = _token_tensor(doc)
    if tensor is None:
        return None
    starts = _tok_starts(doc)
    out = np.zeros((len(options), 2 * tensor.shape[1]), dtype=np.float32)
    for row, start in enumerate(options):
        k = _index_in(starts, start)
        if k is None:
            continue
        out[row] = np.concatenate([tensor[max(0, k - 1)], tensor[k]])
    return out


def _sentence_end(toks: list[Token], k: int) -> int:
    """The index after the last token of the sentence holding token ``k``."""
    k += 1
    while k < len(toks) and not toks[k].is_sent_start:
        k += 1
    return k


def _circumstance(tok: Token) -> bool:
    """'in almost every speech', 'on Tuesday', 'at a rally', 'in Iowa': a phrase on the cue."""
    if tok.dep_ != "prep":
        return False
    objs = [c for c in tok.children if c.dep_ == "pobj"]
    if not objs:
        return False
    obj = objs[0]
    return (
        obj.ent_type_ in _CIRCUMSTANCE_ENTS
        or obj.lemma_.lower() in _SPEECH_EVENTS
        or tok.lower_ in _CIRCUMSTANCE_PREPS
    )


def end_features(
    doc: Doc,
    content: Char,
    end: int,
    parse_end: int,
    rule: str,
    cue_head: int | None = None,
    kind: str = "indirect",
) -> list[str]:
    """Strings describing the choice to end ``content`` at ``end`` (vs. the parse's end);
    ``cue_head`` is the cue word's token index, ``kind`` the attribution's (indirect, mixed)."""
    return end_rows(doc, content, [end], parse_end, rule, cue_head, kind)[0]


def end_rows(
    doc: Doc,
    content: Char,
    options: list[int],
    parse_end: int,
    rule: str,
    cue_head: int | None = None,
    kind: str = "indirect",
) -> list[list[str]]:
    """:func:`end_features` of every option at once (the same strings): what the first word
    moved and the word an option ends on say is worked out once per word."""
    text = doc_text(doc)
    toks = tokens(doc)
    starts = _tok_starts(doc)
    a = content[0]
    rule = rule.split("+")[0]
    cue_word = word(toks[cue_head]) if cue_head is not None else "none"
    head = cue_head if cue_head is not None else -1
    firsts: dict[tuple[str, int], list[str]] = {}
    edges: dict[int | None, list[str]] = {}
    verbs = _verb_counts(toks, starts, options, parse_end)
    p = parse_of(doc)
    first_tok = _index_in(starts, a)
    first_tok = 0 if first_tok is None else first_tok
    speech = speech_verbs()
    rows: list[list[str]] = []
    for end in options:
        last = _index_in(starts, end - 1)
        edge = edges.get(last)
        if edge is None:
            edge = edges[last] = _edge(toks, last, "at") + _constituent(toks, p, last, a, head)
        out = ["bias", f"rule={rule}"]
        if end == parse_end:
            out.append("parse-end")
            out.append(f"parse-end|rule={rule}")
            out.append(f"kind|side={kind}|same")
            rows.append(out + edge)
            continue
        lo, hi = (end, parse_end) if end < parse_end else (parse_end, end)
        moved = text[lo:hi]
        words = len(moved.split())
        side = "longer" if end > parse_end else "shorter"
        out.append(side)
        out.append(f"{side}|words={_bucket(words)}")
        out.append(f"{side}|rule={rule}")
        out.append(f"kind|side={kind}|{side}")
        out.append(f"side|verbs={side}|{min(3, verbs(lo, hi))}")
        if "\n" in moved:
            out.append(f"{side}|line-break")
        if _SENT_END_SET.intersection(moved.rstrip(_CLOSERS + " .")):
            out.append(f"{side}|crosses-sentence")
        if '"' in moved or "“" in moved or "”" in moved:
            out.append(f"{side}|quote-mark")
        while lo < hi and text[lo].isspace():
            lo += 1
        first_moved = _index_in(starts, lo) if lo < hi else None
        if first_moved is not None:
            block = firsts.get((side, first_moved))
            if block is None:
                block = _first_moved(toks, first_moved, side)
                first = block[0].partition("=")[2]
                block.append(f"cue|side|first={cue_word}|{side}|{first}")
                block.append(f"kind|side|first={kind}|{side}|{first}")
                firsts[(side, first_moved)] = block
            out += block
            last_moved = _index_in(starts, hi - 1)  # the moved words read as a phrase
            if last_moved is not None and last_moved >= first_moved:
                out += moved_clause(p, first_moved, last_moved, first_tok, head, speech, side)
        out += edge
        if end - a < 2:
            out.append("tiny")
        rows.append(out)
    return rows


def _first_moved(toks: list[Token], k: int, side: str) -> list[str]:
    """The features of the first word an end option moves in or out of the content."""
    out: list[str] = []
    t = toks[k]
    while t.is_space and t.i + 1 < len(toks):
        t = toks[t.i + 1]
    low = t.lower_
    is_punct = t.is_punct
    dep = t.dep_
    out.append(f"{side}|first={low if is_punct or low in _OPENERS else t.pos_}")
    if is_punct and t.i + 1 < len(toks):
        u = toks[t.i + 1]
        u_low = u.lower_
        out.append(f"{side}|after-punct={u_low if u_low in _OPENERS else u.tag_}")
        out.append(f"{side}|after-punct-dep={u.dep_}")
    out.append(f"{side}|first-dep={dep}")
    out.append(f"{side}|first-dep|head={dep}|{t.head.pos_}")
    if dep == "prep":
        out.append(f"{side}|prep={low}")
        objs = [c for c in t.children if c.dep_ == "pobj"]
        if objs and objs[0].ent_type_:
            out.append(f"{side}|prep-ent={objs[0].ent_type_}")
        if objs:
            out.append(f"{side}|prep-obj={low}|{word(objs[0])}")
    return out


def _verb_counts(
    toks: list[Token], starts: list[int], options: list[int], parse_end: int
) -> Callable[[int, int], int]:
    """How many verbs lie between two of the offsets ``options`` and ``parse_end`` (a count
    over the tokens those offsets span, summed once)."""
    marks = [k for k in (_index_in(starts, o) for o in [*options, parse_end]) if k is not None]
    if not marks:
        return lambda lo, hi: 0
    k0, k1 = min(marks), max(marks) + 1
    prefix = [0]
    for t in toks[k0:k1]:
        prefix.append(prefix[-1] + (t.pos_ == "VERB"))

    def count(lo: int, hi: int) -> int:
        i, j = _index_in(starts, lo), _index_in(starts, hi - 1)
        if i is None or j is None or j < i:
            return 0
        if toks[i].idx + len(toks[i]) <= lo:
            i += 1  # ``lo`` falls in the space after a token: the moved words start at the next
        i, j = max(i, k0), min(j, k1 - 1)
        return prefix[j - k0 + 1] - prefix[i - k0] if j >= i else 0

    return count


def _constituent(toks: list[Token], p: Parse, last: int | None, a: int, cue_head: int) -> list[str]:
    """The largest phrase ending at token ``last`` (below the cue): its dependency, what it
    hangs on (the cue, a word inside the content, one outside it), whether it reaches back to
    the content's start; the word after the end: its dependency and whether the cue governs it.
    Heads and dependencies are read from the doc's :class:`Parse` (no Token made per step).
    """
    if last is None:
        return []
    head = p.head
    h = last
    up = head[h]
    while up != h and up != cue_head and toks[up].right_edge.i == last:
        h, up = up, head[up]
    if up == cue_head:
        rel = "cue"
    elif up == h:
        rel = "root"
    else:
        rel = "in" if a <= toks[up].idx <= toks[last].idx else "out"
    dep = p.dep[h]
    out = [
        f"edge={dep}",
        f"edge|rel={dep}|{rel}",
        f"edge-covers={toks[h].left_edge.idx <= a}|{rel}",
    ]
    if h == last and dep == "punct":
        out.append("edge-punct")
    if last + 1 < len(toks):
        out.append(f"next-dep={p.dep[last + 1]}|{head[last + 1] == cue_head}")
    return out


def _edge(toks: list[Token], last: int | None, tag: str) -> list[str]:
    if last is None:
        return []
    t = toks[last]
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    out = [f"{tag}-last={t.text if t.is_punct else t.pos_}"]
    out.append(f"{tag}-next={nxt.text if nxt is not None and nxt.is_punct else 'word'}")
    if nxt is None or nxt.is_sent_start or nxt.text in _SENT_END:
        out.append(f"{tag}-sentence-end")
    return out


def _bucket(n: int) -> str:
    for edge in (1, 2, 4, 8, 16):
        if n <= edge:
            return str(edge)
    return "more"
