"""A learned check on attribution cues: which candidate words open an attribution.

The parse offers far more cue candidates than the lexicon names: "backed", "slammed", "support
for", "made it clear". :func:`features` describes one candidate (its word, the shape the parse
gives it, its source and content, the quotation marks around it) as a handful of strings, and a
logistic regression over those strings scores it. :func:`fit` learns the weights from attribution
gold (``newsgraph train quotes``); the shipped weights, ``resources/quote_cue_model.tsv``, were
learned from the PolNeAR train split.

Prediction is a sum of looked-up weights per candidate: no extra model call, no numpy.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from newsgraph.nlp._doc import doc_text, tokens
from newsgraph.nlp.quotes._lexicon import Lexicon
from newsgraph.nlp.quotes._rules import Candidate

Char = tuple[int, int]

_OPEN = '"“‘«'
_CLOSE = '"”’»'
_MODAL = {"will", "would", "could", "might", "may", "should", "can", "must"}
MODEL_FILE = "quote_cue_model.tsv"
END_MODEL_FILE = "quote_end_model.tsv"


def _length_bucket(n: int) -> str:
    for edge in (1, 3, 8, 20, 40):
        if n <= edge:
            return str(edge)
    return "more"


def _token_kind(tok: Token) -> str:
    if tok.pos_ == "PRON":
        return f"PRON:{tok.lower_}"
    if tok.ent_type_:
        return f"{tok.pos_}:{tok.ent_type_}"
    return tok.pos_


def features(doc: Doc, cand: Candidate, quoted: Sequence[Char], lex: Lexicon) -> list[str]:
    """The strings that describe one cue candidate to the scorer."""
    toks = tokens(doc)
    tok = toks[cand.head]
    lemma = tok.lemma_.lower()
    rule, _, how = cand.rule.partition("+")
    out = [
        "bias",
        f"lex={cand.lexical}",
        f"lem={lemma}",
        f"rule={rule}",
        f"lem|rule={lemma}|{rule}",
        f"tag={tok.tag_}",
        f"dep={tok.dep_}",
        f"lem|dep={lemma}|{tok.dep_}",
        f"headpos|dep={tok.head.pos_}|{tok.dep_}",
        f"how={how}",
    ]
    if tok.dep_ in {"xcomp", "conj", "advcl", "ccomp", "acl", "relcl"}:
        out.append(f"headlem|dep={tok.head.lemma_.lower()}|{tok.dep_}")
    gate = lex.gates.get(lemma)
    if gate:
        out.append(f"gate={gate}|{tok.dep_}")
    children = list(tok.children)
    kids = {c.dep_ for c in children}
    for dep in ("ccomp", "xcomp", "dobj", "neg", "prt", "agent", "nsubjpass", "dative"):
        if dep in kids:
            out.append(f"kid={dep}")
            out.append(f"lem|kid={lemma}|{dep}")
    for c in children:
        if c.dep_ == "aux" and c.lower_ in _MODAL:
            out.append("modal")
        if c.dep_ == "ccomp":
            mark = next((m.lower_ for m in c.children if m.dep_ == "mark"), None)
            if mark is not None:
                out.append(f"mark={mark}")
        if c.dep_ == "dobj":
            out.append(f"obj={_token_kind(c)}")
            out.append(f"lem|obj={lemma}|{_token_kind(c)}")
        if c.dep_ == "prt":
            out.append(f"lem|prt={lemma}|{c.lower_}")
    if cand.source_token is not None:
        kind = _token_kind(toks[cand.source_token])
        out.append(f"src={kind}")
        out.append(f"lem|src={lemma}|{kind.split(':')[0]}")
    else:
        out.append("src=none")
        out.append(f"lem|src={lemma}|none")
    if cand.content is None:
        out.append("content=none")
    else:
        a, b = cand.content
        n = len(doc_text(doc)[a:b].split())
        out.append(f"clen={_length_bucket(n)}")
        out.append(f"cpos={'before' if b <= cand.cue[0] else 'after'}")
        head = toks[cand.content_token] if cand.content_token is not None else None
        if head is not None:
            out.append(f"chead={_token_kind(head)}|{head.dep_}")
            out.append(f"lem|chead={lemma}|{head.pos_}")
        if any(q0 <= a and b <= q1 for q0, q1 in quoted):
            out.append("content=quoted")
    out.extend(_quote_features(doc, cand, quoted))
    prev = toks[tok.i - 1] if tok.i > 0 else None
    if tok.is_sent_start or prev is not None and prev.is_punct and prev.is_sent_start:
        out.append("first-in-sentence")
    return out


def _quote_features(doc: Doc, cand: Candidate, quoted: Sequence[Char]) -> list[str]:
    """Where the cue sits relative to quotation marks: inside one, or right before/after one."""
    text = doc_text(doc)
    c0, c1 = cand.cue
    out: list[str] = []
    if any(q0 < c0 and c1 < q1 for q0, q1 in quoted):
        out.append("cue=inside-quote")
    before = text[max(0, c0 - 60) : c0].rstrip()
    after = text[c1 : c1 + 60].lstrip()
    if before[-1:] in _CLOSE or before[-2:-1] in _CLOSE and before[-1:] in ",.":
        out.append("quote-closes-before")
    elif any(q0 < c0 - 1 and c0 - 60 < q1 <= c0 for q0, q1 in quoted):
        out.append("quote-near-before")
    if after[:1] in _OPEN or after[:1] in ":," and after[1:].lstrip()[:1] in _OPEN:
        out.append("quote-opens-after")
    elif any(c1 <= q0 < c1 + 60 for q0, _ in quoted):
        out.append("quote-near-after")
    return out


@dataclass(frozen=True, slots=True)
class CueModel:
    """Feature weights of the logistic cue scorer and its decision threshold."""

    weights: dict[str, float]
    threshold: float = 0.5

    def probability(self, feats: Iterable[str]) -> float:
        z = sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_tsv(self) -> str:
        lines = [
            "# Cue scorer weights for newsgraph_quotes (learned by `newsgraph train quotes`).",
            "# <feature> <TAB> <weight>; the line `threshold <TAB> t` is the decision threshold.",
            f"threshold\t{self.threshold:.4f}",
        ]
        for name, w in sorted(self.weights.items()):
            lines.append(f"{name}\t{w:.4f}")
        return "\n".join(lines) + "\n"


def parse_model(text: str, where: str = MODEL_FILE) -> CueModel:
    """Read the weights file written by :meth:`CueModel.to_tsv`."""
    weights: dict[str, float] = {}
    threshold = 0.5
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, sep, value = line.rpartition("\t")
        try:
            w = float(value)
        except ValueError:
            w = math.nan
        if not sep or math.isnan(w):
            raise ValueError(f"{where}:{n}: bad weight line {line!r} (want feature<TAB>weight)")
        if name == "threshold":
            threshold = w
        else:
            weights[name] = w
    return CueModel(weights, threshold)


@lru_cache(maxsize=4)
def load_model(name: str = MODEL_FILE) -> CueModel | None:
    """The shipped cue scorer (``None`` when the resource is absent)."""
    res = resources.files("newsgraph.nlp").joinpath("resources", "quotes", name)
    if not res.is_file():
        return None
    return parse_model(res.read_text(encoding="utf-8"), name)


def _design(rows: Sequence[Sequence[str]], min_count: int):  # type: ignore[no-untyped-def]
    """Sparse design matrix: feature names, and per nonzero its column and row."""
    import numpy as np

    counts: dict[str, int] = {}
    for r in rows:
        for f in set(r):
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(names)}
    cols: list[int] = []
    lens: list[int] = []
    for r in rows:
        ids = sorted({index[f] for f in r if f in index})
        cols.extend(ids)
        lens.append(len(ids))
    idx = np.asarray(cols, dtype=np.int64)
    row_of = np.repeat(np.arange(len(rows)), np.asarray(lens, dtype=np.int64))
    return names, idx, row_of


def fit(
    rows: Sequence[Sequence[str]],
    labels: Sequence[float],
    *,
    l2: float = 1e-4,
    min_count: int = 2,
    epochs: int = 300,
    rate: float = 0.1,
) -> dict[str, float]:
    """Logistic regression (soft labels in [0, 1], L2) by full-batch Adam; returns weights.

    Features seen fewer than ``min_count`` times are left out.
    """
    import numpy as np

    names, idx, row_of = _design(rows, min_count)
    y = np.asarray(labels, dtype=np.float64)
    w = np.zeros(len(names))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    b1, b2, eps = 0.9, 0.999, 1e-8
    n = float(len(rows))
    for step in range(1, epochs + 1):
        z = np.bincount(row_of, weights=w[idx], minlength=len(rows))
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g = np.bincount(idx, weights=(p - y)[row_of], minlength=len(names)) / n + l2 * w
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w -= rate * (m / (1 - b1**step)) / (np.sqrt(v / (1 - b2**step)) + eps)
    return {f: float(x) for f, x in zip(names, w, strict=True) if abs(x) >= 5e-4}


def fit_choice(
    rows: Sequence[Sequence[str]],
    groups: Sequence[int],
    labels: Sequence[float],
    *,
    l2: float = 1e-4,
    min_count: int = 2,
    epochs: int = 300,
    rate: float = 0.1,
) -> dict[str, float]:
    """Conditional logit: each group (consecutive rows with the same id) is one choice among its
    options, ``labels`` marks the right ones; the weights score options against each other."""
    import numpy as np

    names, idx, row_of = _design(rows, min_count)
    gid = np.asarray(groups, dtype=np.int64)
    _, grp = np.unique(gid, return_inverse=True)
    n_groups = int(grp.max()) + 1 if len(grp) else 0
    y = np.asarray(labels, dtype=np.float64)
    gold_mass = np.bincount(grp, weights=y, minlength=n_groups)
    live = gold_mass[grp] > 0  # groups with no right option teach nothing
    target = np.where(live, y / np.maximum(gold_mass[grp], 1e-12), 0.0)
    w = np.zeros(len(names))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    b1, b2, eps = 0.9, 0.999, 1e-8
    n = float(max(1, int((gold_mass > 0).sum())))
    for step in range(1, epochs + 1):
        z = np.bincount(row_of, weights=w[idx], minlength=len(rows))
        zmax = np.full(n_groups, -np.inf)
        np.maximum.at(zmax, grp, z)
        e = np.exp(z - zmax[grp])
        p = e / np.bincount(grp, weights=e, minlength=n_groups)[grp]
        diff = np.where(live, p - target, 0.0)
        g = np.bincount(idx, weights=diff[row_of], minlength=len(names)) / n + l2 * w
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w -= rate * (m / (1 - b1**step)) / (np.sqrt(v / (1 - b2**step)) + eps)
    return {f: float(x) for f, x in zip(names, w, strict=True) if abs(x) >= 5e-4}
