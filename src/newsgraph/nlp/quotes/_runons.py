"""What an end option moves in or out of a content, read as a clause (the end chooser's
run-on features).

The end chooser's edge and first-word features see ", which ...", ", and ...", ", saying ..."
alike whether the gold keeps the words or cuts them. What separates them is the phrase the
words form: its top word's dependency, what it hangs on (the cue, a word inside the content, a
word before it), whether it has a subject of its own, whether a speech verb with a subject sits
in it (", he said"), whether the option closes the phrase or stops inside it.
"""

from __future__ import annotations

from functools import lru_cache

from newsgraph.nlp.events._arrays import Parse
from newsgraph.nlp.quotes._lexicon import load_lexicon

_SUBJ = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_RELATIVE = frozenset({"which", "who", "whom", "whose"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_VERBAL = frozenset({"VERB", "AUX"})
_PUNCT = frozenset({"PUNCT", "SPACE"})
# the end-feature templates these add, after the side ("longer" or "shorter")
CLAUSE_TEMPLATES = (
    "|clause",
    "|clause-kind",
    "|clause-last",
    "|clause-subj",
    "|clause-whole",
    "|clause-said",
)


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """The cue lexicon's verbs (``said``, ``warned``, ...): one with a subject in the moved words
    is a new attribution (", he said")."""
    return frozenset(load_lexicon().verbs)


def moved_clause(
    p: Parse,
    i: int,
    j: int,
    first: int,
    cue_head: int,
    speech: frozenset[str],
    side: str,
) -> list[str]:
    """Features of the words ``i..j`` (token indices, inclusive) an end option moves in
    (``side`` "longer") or out ("shorter") of a content that starts at token ``first``;
    ``cue_head`` is the cue word's index (-1: none), ``speech`` the cue verbs' lemmas."""
    while i <= j and p.pos[i] in _PUNCT:
        i += 1
    while j >= i and p.pos[j] in _PUNCT:
        j -= 1
    if i > j:
        return []
    head = p.head
    roots = [  # the words whose head lies outside the moved ones (or that are a root)
        k
        for k in range(i, j + 1)
        if p.pos[k] not in _PUNCT and (head[k] == k or not i <= head[k] <= j)
    ]
    if not roots:
        return []
    top = roots[0]
    up = head[top]
    if up == top:
        rel = "root"
    elif up == cue_head:
        rel = "cue"
    elif first <= up < i:
        rel = "in"
    elif up > j:
        rel = "after"
    else:
        rel = "before"
    dep = p.dep[top]
    pos = p.pos[top]
    coarse = "V" if pos in _VERBAL else "N" if pos in _NOMINAL else pos
    kids = [c for c in p.children(top) if i <= c <= j]
    subj = any(p.dep[c] in _SUBJ for c in kids)
    said = any(
        p.pos[k] == "VERB"
        and p.lemma[k] in speech
        and any(p.dep[c] in _SUBJ for c in p.children(k))
        for k in range(i, j + 1)
    )
    whole = _right_edge(p, top) <= j
    kind = _kind(p, top, dep, pos, subj, i)
    out = [
        f"{side}|clause={dep}|{rel}",
        f"{side}|clause-kind={kind}|{rel}",
        f"{side}|clause-subj={coarse}|{subj}",
        f"{side}|clause-whole={whole}|{min(3, len(roots))}",
    ]
    if said:
        out.append(f"{side}|clause-said")
    if len(roots) > 1:  # ", which surprised many, adding ...": the last part's kind too
        last = roots[-1]
        last_subj = any(p.dep[c] in _SUBJ for c in p.children(last) if i <= c <= j)
        last_kind = _kind(p, last, p.dep[last], p.pos[last], last_subj, _first_word(p, last, i))
        out.append(f"{side}|clause-last={last_kind}")
    return out


def _first_word(p: Parse, k: int, i: int) -> int:
    """The first word of ``k``'s subtree at or after token ``i``."""
    first = k
    stack = [k]
    while stack:
        t = stack.pop()
        for c in p.children(t):
            if i <= c < first:
                first = c
            stack.append(c)
    return first


def _kind(p: Parse, top: int, dep: str, pos: str, subj: bool, i: int) -> str:
    """The kind of phrase ``top`` heads; ``i`` is its first word."""
    first = p.lower[i]
    if dep == "relcl" or first in _RELATIVE and pos in _VERBAL:
        return "relative"
    if pos in _VERBAL:
        if p.tag[top] in {"VBG", "VBN"} and not subj:
            return "participle"
        if dep == "conj":
            return "coord-clause" if subj else "coord-verb"
        if dep == "advcl":
            return "subordinate"
        return "clause" if subj else "verb"
    if dep == "appos":
        return "apposition"
    if dep == "prep":
        return "prep"
    if dep == "conj":
        return "coord-noun"
    return "other"


def _right_edge(p: Parse, k: int) -> int:
    """The last word of ``k``'s subtree that is no punctuation mark (its closing period or
    comma is no part of the phrase)."""
    last = k
    stack = [k]
    while stack:
        t = stack.pop()
        for c in p.children(t):
            if c > last and p.pos[c] not in _PUNCT:
                last = c
            stack.append(c)
    return last
