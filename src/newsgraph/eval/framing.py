"""Score framing spans against PTC (SemEval-2020 Task 11: propaganda techniques in news).

The gold set is a folder with ``articles/article<ID>.txt`` and ``labels.tsv`` (article id,
technique, start, end: character offsets into the article). Two techniques are scored:
``Loaded_Language`` against our ``loaded_language`` records and ``Name_Calling,Labeling``
against ``name_calling`` (scare quotes and distancing are not PTC techniques and are not
scored), each on its own and pooled (both techniques' spans together, the technique ignored,
as the task's span-identification subtask scores them).

The measure is the task's (Da San Martino et al. 2019, "Fine-grained analysis of propaganda in
news articles"): spans of one article that overlap are merged; a predicted span s and a gold
span t earn C(s, t, h) = |s ∩ t| / h; precision = (sum over s, t of C(s, t, |s|)) / |S|, recall
= (sum over s, t of C(s, t, |t|)) / |T|, summed over all articles; F1 is their harmonic mean.

The split: an article belongs to the *check* part when the SHA-1 of its id (as written in
``labels.tsv``), read as an integer, is odd, else to *tune* (the project's rule for every gold
set). ``newsgraph train framing`` fits the span tagger on the tune part only; the gate scores
the check part.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.errors import InputError

TECHNIQUES = {"loaded_language": "Loaded_Language", "name_calling": "Name_Calling,Labeling"}
SCORED_KINDS = tuple(TECHNIQUES)

Spans = list[tuple[int, int]]


@dataclass(slots=True)
class PtcArticle:
    id: str
    text: str
    gold: dict[str, Spans] = field(default_factory=dict)  # our kind -> gold spans
    # spans of PTC's other twelve techniques (Repetition, Doubt, Exaggeration, ...): not
    # scored; ``newsgraph.train.framing.fit_docs(other_weight=...)`` may down-weight them
    other: Spans = field(default_factory=list)


def part_of(article_id: str) -> str:
    """``"check"`` when sha1(article id) is odd, else ``"tune"``."""
    return "check" if int(hashlib.sha1(article_id.encode("utf-8")).hexdigest(), 16) % 2 else "tune"


def load(
    path: Path | str, *, part: str | None = None, limit: int | None = None
) -> list[PtcArticle]:
    """The PTC articles (of one part), sorted by id; bad folders raise one clear line."""
    root = Path(path)
    labels = root / "labels.tsv"
    folder = root / "articles"
    if not labels.is_file() or not folder.is_dir():
        raise InputError(str(root), "not a PTC folder: want articles/ and labels.tsv")
    by_kind = {v: k for k, v in TECHNIQUES.items()}
    gold: dict[str, dict[str, Spans]] = {}
    other: dict[str, Spans] = {}
    for n, line in enumerate(labels.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != 4:
            raise InputError(str(labels), f"line {n}: expected 4 tab-separated columns")
        aid, technique, s, e = cells
        kind = by_kind.get(technique)
        try:
            if kind is None:
                other.setdefault(aid, []).append((int(s), int(e)))
            else:
                gold.setdefault(aid, {}).setdefault(kind, []).append((int(s), int(e)))
        except ValueError as exc:
            raise InputError(str(labels), f"line {n}: offsets are not integers") from exc
    out: list[PtcArticle] = []
    for f in sorted(folder.glob("article*.txt")):
        aid = f.stem.removeprefix("article")
        if part is not None and part_of(aid) != part:
            continue
        try:
            text = f.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(str(f), "is not UTF-8 text") from exc
        scored = {k: gold.get(aid, {}).get(k, []) for k in SCORED_KINDS}
        out.append(PtcArticle(aid, text, scored, merge(other.get(aid, []))))
    if not out:
        raise InputError(str(root), f"no articles{' in the ' + part + ' part' if part else ''}")
    return out[:limit] if limit else out


def data_sha256(articles: Sequence[PtcArticle]) -> str:
    """SHA-256 of the articles and their scored gold spans (what the tagger was trained on)."""
    h = hashlib.sha256()
    for a in sorted(articles, key=lambda x: x.id):
        h.update(a.id.encode() + b"\0" + hashlib.sha256(a.text.encode("utf-8")).digest())
        for k in SCORED_KINDS:
            for s, e in sorted(a.gold.get(k, [])):
                h.update(f"{k}:{s}:{e};".encode())
    return h.hexdigest()


def merge(spans: Iterable[tuple[int, int]]) -> Spans:
    """Overlapping spans merged (the task merges same-technique spans of one article)."""
    out: Spans = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


@dataclass(slots=True)
class Tally:
    """Running sums of the partial-credit measure."""

    p_sum: float = 0.0
    n_pred: int = 0
    r_sum: float = 0.0
    n_gold: int = 0

    def add(self, pred: Spans, gold: Spans) -> None:
        pred, gold = merge(pred), merge(gold)
        self.n_pred += len(pred)
        self.n_gold += len(gold)
        for s0, s1 in pred:
            for t0, t1 in gold:
                inter = min(s1, t1) - max(s0, t0)
                if inter > 0:
                    self.p_sum += inter / (s1 - s0)
                    self.r_sum += inter / (t1 - t0)

    def scores(self) -> tuple[float, float, float]:
        p = self.p_sum / self.n_pred if self.n_pred else 0.0
        r = self.r_sum / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return round(p, 4), round(r, 4), round(f, 4)


def score(pairs: Iterable[tuple[dict[str, Spans], dict[str, Spans]]]) -> dict[str, Any]:
    """Metrics over (predicted, gold) span dicts (kind -> spans), one pair per article."""
    tallies = {k: Tally() for k in (*SCORED_KINDS, "pooled")}
    n = 0
    for pred, gold in pairs:
        n += 1
        for k in SCORED_KINDS:
            tallies[k].add(pred.get(k, []), gold.get(k, []))
        tallies["pooled"].add(
            [s for k in SCORED_KINDS for s in pred.get(k, [])],
            [s for k in SCORED_KINDS for s in gold.get(k, [])],
        )
    out: dict[str, Any] = {"articles": n}
    for k, t in tallies.items():
        short = {"loaded_language": "ll", "name_calling": "nc", "pooled": "pooled"}[k]
        p, r, f = t.scores()
        out[f"{short}_precision"], out[f"{short}_recall"], out[f"{short}_f1"] = p, r, f
        out[f"{short}_predicted"], out[f"{short}_gold"] = t.n_pred, t.n_gold
    return out


def framing_nlp() -> Any:
    """The bare English model plus the framing component as ``pipeline.cfg`` configures it.

    PTC spans come from the lexicon and the tagger alone; neither reads the other components'
    records (those only decide which actor a record is attached to), so the eval skips them.
    """
    from newsgraph.nlp.pipeline import config, load_model

    nlp = load_model(config()["pipeline"]["model"])
    settings = dict(config()["components"]["newsgraph_framing"])
    settings.pop("factory", None)
    nlp.add_pipe("newsgraph_framing", config=settings)
    return nlp


def predict(doc: Any) -> dict[str, Spans]:
    """Predicted spans by kind from a processed doc."""
    out: dict[str, Spans] = {k: [] for k in SCORED_KINDS}
    for f in doc._.ng_framing or []:
        if f.kind in out:
            out[f.kind].append((f.span.start, f.span.end))
    return out


def evaluate(
    path: Path | str, *, limit: int | None = None, nlp: Any = None, part: str | None = "check"
) -> dict[str, Any]:
    """Score the framing component on one part of PTC (default: check)."""
    arts = load(path, part=part, limit=limit)
    nlp = nlp or framing_nlp()
    docs = nlp.pipe((a.text for a in arts), batch_size=8)
    metrics = score((predict(doc), a.gold) for doc, a in zip(docs, arts, strict=True))
    metrics["part"] = part or "all"
    return metrics


def report(m: dict[str, Any]) -> str:
    lines = [
        f"framing on PTC ({m['part']} part, {m['articles']} articles), partial-overlap P/R/F1:"
    ]
    for short, name in (
        ("ll", "Loaded_Language"),
        ("nc", "Name_Calling,Labeling"),
        ("pooled", "pooled"),
    ):
        lines.append(
            f"  {name:<22} P {m[short + '_precision']:.3f}  R {m[short + '_recall']:.3f}  "
            f"F1 {m[short + '_f1']:.3f}  ({m[short + '_predicted']} predicted, "
            f"{m[short + '_gold']} gold)"
        )
    return "\n".join(lines)
