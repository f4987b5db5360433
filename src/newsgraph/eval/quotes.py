"""Score ``newsgraph_quotes`` against PolNeAR attribution gold (brat standoff).

Input: a PolNeAR split directory (e.g. ``../shared/data/polnear/dev``) holding ``text/<name>.txt``
and ``attributions/<name>_<annotator>.ann``. Each ``E`` line whose type is ``Attribution`` or
``Attribution-no-source`` is one gold attribution with up to three roles: Source, Cue and Content
(``Content2`` fragments are folded into Content).

Matching, per role (Source, Cue, Content), independently:

* Every attribution contributes one span per role it has, so gold and predictions are multisets
  (two attributions sharing the source "Clinton" count twice).
* A span is reduced to its *extent* (first fragment start, last fragment end) with surrounding
  whitespace trimmed; discontinuous gold spans (a quote interrupted by "he said") are compared by
  that extent. **Exact**: a predicted extent equal to an unused gold extent is a hit (one-to-one).
* **Overlap**: spans are compared as sets of word/punctuation tokens. The tokens of a gold span
  are those inside its fragments; the tokens of a predicted Content span are those inside it minus
  the tokens of the same quote's cue and source. Pairs are matched one-to-one greedily by the
  number of shared tokens; a pair earns ``shared/len(pred)`` towards precision and
  ``shared/len(gold)`` towards recall.
* Predictions lying wholly inside a gold ``Discard`` region (editor's notes, bylines) are ignored.

When an article has several annotators, it is scored against each annotation and every count is
weighted ``1/k``, i.e. the article contributes the mean over its annotators. Precision, recall and
F1 are micro-averaged over all attributions of all articles.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from newsgraph.eval._metrics import greedy_pairs, prf
from newsgraph.nlp._doc import register_extensions

register_extensions()  # the Doc._.ng_* extensions records live on

ROLES = ("source", "cue", "content")
_TOKEN = re.compile(r"\w+|[^\w\s]")
_GOLD_TYPES = {"Attribution", "Attribution-no-source"}
_ROLE_OF = {"Source": "source", "Cue": "cue", "Content": "content", "Content2": "content"}

Frags = tuple[tuple[int, int], ...]


@dataclass(slots=True)
class Attribution:
    """One attribution's role spans, each a tuple of (start, end) fragments."""

    roles: dict[str, Frags] = field(default_factory=dict)


@dataclass(slots=True)
class GoldDoc:
    """One annotator's attributions of one article, plus its Discard regions."""

    attributions: list[Attribution]
    discard: list[tuple[int, int]]


def parse_ann(ann: str) -> GoldDoc:
    """Parse brat standoff text into attributions (``T`` spans joined by ``E`` lines)."""
    spans: dict[str, tuple[str, Frags]] = {}
    events: list[str] = []
    for line in ann.splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            label, _, offsets = cols[1].partition(" ")
            try:
                frags = tuple(
                    (int(a), int(b))
                    for a, b in (part.split() for part in offsets.split(";") if part.strip())
                )
            except ValueError:
                continue
            spans[cols[0]] = (label, frags)
        elif line.startswith("E") and len(cols) >= 2:
            events.append(cols[1])
    attributions: list[Attribution] = []
    for ev in events:
        args = [a.split(":", 1) for a in ev.split() if ":" in a]
        if not args or args[0][0] not in _GOLD_TYPES:
            continue
        att = Attribution()
        for role, tid in args[1:]:
            key = _ROLE_OF.get(role)
            if key is None or tid not in spans:
                continue
            att.roles[key] = tuple(sorted(att.roles.get(key, ()) + spans[tid][1]))
        attributions.append(att)
    discard = [fr for label, frs in spans.values() if label == "Discard" for fr in frs]
    return GoldDoc(attributions, discard)


def extent(text: str, frags: Frags) -> tuple[int, int] | None:
    """The span's extent: first fragment start to last fragment end, whitespace trimmed."""
    if not frags:
        return None
    start, end = frags[0][0], frags[-1][1]
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _tokens(text: str, frags: Frags) -> frozenset[int]:
    return frozenset(m.start() + a for a, b in frags for m in _TOKEN.finditer(text[a:b]))


@dataclass(slots=True)
class Tally:
    """Exact hits, token-overlap credit and counts of one role (weighted sums)."""

    exact_hit: float = 0.0
    overlap_p: float = 0.0
    overlap_r: float = 0.0
    n_pred: float = 0.0
    n_gold: float = 0.0

    def add(self, other: Tally, weight: float) -> None:
        self.exact_hit += other.exact_hit * weight
        self.overlap_p += other.overlap_p * weight
        self.overlap_r += other.overlap_r * weight
        self.n_pred += other.n_pred * weight
        self.n_gold += other.n_gold * weight

    @property
    def exact_f1(self) -> float:
        return prf(self.exact_hit, self.exact_hit, self.n_pred, self.n_gold)[2]


def score_role(text: str, gold: list[Frags], pred: list[Frags]) -> Tally:
    """Exact and token-overlap credit for one role of one article (see module docstring)."""
    t = Tally(n_pred=len(pred), n_gold=len(gold))
    free: dict[tuple[int, int], int] = defaultdict(int)
    for g in gold:
        ext = extent(text, g)
        if ext:
            free[ext] += 1
    for p in pred:
        ext = extent(text, p)
        if ext and free[ext] > 0:
            free[ext] -= 1
            t.exact_hit += 1
    gtok = [_tokens(text, g) for g in gold]
    ptok = [_tokens(text, p) for p in pred]
    for i, j, shared in greedy_pairs(ptok, gtok, lambda pt, gt: len(pt & gt)):
        t.overlap_p += shared / len(ptok[i])
        t.overlap_r += shared / len(gtok[j])
    return t


def minus(span: Any, holes: list[Any]) -> Frags:
    """The fragments of ``span`` (anything with ``start``/``end``) minus the ``holes``."""
    frags = [(span.start, span.end)]
    for h in holes:
        if h is None:
            continue
        nxt: list[tuple[int, int]] = []
        for a, b in frags:
            if h.end <= a or h.start >= b:
                nxt.append((a, b))
                continue
            if a < h.start:
                nxt.append((a, h.start))
            if h.end < b:
                nxt.append((h.end, b))
        frags = nxt
    return tuple(frags) if frags else ((span.start, span.end),)


def article_files(path: Path) -> dict[str, list[Path]]:
    """Article name -> its annotation files, for articles whose text is in ``path/text``."""
    by_name: dict[str, list[Path]] = defaultdict(list)
    for ann in sorted((path / "attributions").glob("*.ann")):
        by_name[ann.stem.rsplit("_", 1)[0]].append(ann)
    return {n: anns for n, anns in by_name.items() if (path / "text" / f"{n}.txt").exists()}


def score_article(
    text: str, golds: list[GoldDoc], pred: list[dict[str, Frags]]
) -> dict[str, Tally]:
    """Per-role tallies of one article, averaged over its annotators."""
    out = {role: Tally() for role in ROLES}
    for gd in golds:
        kept = [
            p
            for p in pred
            if not any(a <= p["content"][0][0] and p["content"][-1][1] <= b for a, b in gd.discard)
        ]
        for role in ROLES:
            g = [a.roles[role] for a in gd.attributions if role in a.roles]
            pr = [p[role] for p in kept if role in p]
            out[role].add(score_role(text, g, pr), 1.0 / len(golds))
    return out


def evaluate(
    path: Path, *, limit: int | None = None, nlp: Language | None = None
) -> dict[str, Any]:
    """Precision/recall/F1 for Source, Cue and Content, exact and token-overlap (see module doc)."""
    path = Path(path)
    if nlp is None:
        from newsgraph.nlp.pipeline import load_model

        nlp = load_model()
        nlp.add_pipe("newsgraph_quotes")
    articles = article_files(path)
    names = sorted(articles)[:limit] if limit is not None else sorted(articles)
    totals = {role: Tally() for role in ROLES}
    texts = [(path / "text" / f"{n}.txt").read_text(encoding="utf-8") for n in names]
    for name, text, doc in zip(names, texts, nlp.pipe(texts), strict=True):
        pred = doc_roles(doc)
        golds = [parse_ann(a.read_text(encoding="utf-8")) for a in articles[name]]
        for role, tally in score_article(text, golds, pred).items():
            totals[role].add(tally, 1.0)
    metrics: dict[str, Any] = {"articles": len(names)}
    for role, t in totals.items():
        for kind, hp, hr in (
            ("exact", t.exact_hit, t.exact_hit),
            ("overlap", t.overlap_p, t.overlap_r),
        ):
            p, r, f = prf(hp, hr, t.n_pred, t.n_gold)
            metrics[f"{role}_{kind}_precision"] = round(p, 4)
            metrics[f"{role}_{kind}_recall"] = round(r, 4)
            metrics[f"{role}_{kind}_f1"] = round(f, 4)
        metrics[f"{role}_gold"] = round(t.n_gold, 2)
        metrics[f"{role}_predicted"] = round(t.n_pred, 2)
    return metrics


def doc_roles(doc: Any) -> list[dict[str, Frags]]:
    """The role fragments of a parsed doc's quotes, as the scorer compares them."""
    out: list[dict[str, Frags]] = []
    for q in doc._.ng_quotes or []:
        roles: dict[str, Frags] = {"content": minus(q.content, [q.cue, q.source])}
        if q.cue is not None:
            roles["cue"] = ((q.cue.start, q.cue.end),)
        if q.source is not None:
            roles["source"] = ((q.source.start, q.source.end),)
        out.append(roles)
    return out


def report(metrics: dict[str, Any]) -> str:
    """A readable table of the metrics."""
    lines = [f"PolNeAR attribution spans ({metrics.get('articles', 0)} articles)"]
    lines.append(f"{'role':<8} {'match':<8} {'P':>6} {'R':>6} {'F1':>6}")
    for role in ROLES:
        for kind in ("exact", "overlap"):
            p, r, f = (metrics[f"{role}_{kind}_{m}"] for m in ("precision", "recall", "f1"))
            lines.append(f"{role:<8} {kind:<8} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
    return "\n".join(lines)
