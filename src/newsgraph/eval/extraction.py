"""Article-body extraction scored like scrapinghub's article-extraction-benchmark.

Each document's extracted body (the text after the headline newsgraph prepends) is compared
with the gold ``articleBody`` as multisets of 4-token shingles (tokens are ``\\w+`` runs,
case kept). Per document, true/false positive and false negative counts are normalised to sum
to one; precision and recall are averaged over documents (a document with nothing predicted
counts for recall only), and F1 is their harmonic mean — the benchmark's own arithmetic.

Data: ``ground-truth.json`` (``{stem: {"articleBody": ..., "url": ...}}``) and
``html/<stem>.html.gz`` under ``path`` (or ``path/extraction``).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from statistics import mean
from typing import Any

from newsgraph.eval._metrics import f1
from newsgraph.eval.splits import Part, select
from newsgraph.ingest import RawArticle, iter_articles

SHINGLE = 4
_TOKEN = re.compile(r"\w+")

Counts = tuple[float, float, float]


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """Multiset of n-token shingles; a text shorter than n tokens is one short shingle."""
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def shingle_counts(true: str, pred: str) -> Counts:
    """(tp, fp, fn) over shingles, normalised to sum to 1 so long texts weigh no more."""
    gold, got = shingles(true), shingles(pred)
    tp = sum((gold & got).values())
    fp = sum((got - gold).values())
    fn = sum((gold - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def scores(counts: list[Counts]) -> dict[str, float]:
    """Mean precision over documents with a prediction, mean recall over those with gold."""
    precisions = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    p = mean(precisions) if precisions else 0.0
    r = mean(recalls) if recalls else 0.0
    f = f1(p, r)
    return {"precision": p, "recall": r, "f1": f}


def _data_dir(path: Path) -> Path:
    if path.is_file():
        return path.parent
    if (path / "extraction" / "ground-truth.json").exists():
        return path / "extraction"
    return path


def extract_body(html_path: Path) -> str:
    """The body newsgraph ingests from one page ('' when extraction fails)."""
    for item in iter_articles([str(html_path)]):
        if isinstance(item, RawArticle):
            return item.body
    return ""


def evaluate(
    path: Path, *, limit: int | None = None, nlp: Any = None, part: Part | None = None
) -> dict[str, Any]:
    """Extraction precision/recall/F1 over the benchmark's pages (``nlp`` is not used).

    ``part`` keeps the tune or check half (split by page key, :mod:`newsgraph.eval.splits`).
    """
    folder = _data_dir(Path(path))
    gold: dict[str, dict[str, Any]] = json.loads(
        (folder / "ground-truth.json").read_text(encoding="utf-8")
    )
    keys = select(sorted(gold), lambda k: k, part)
    keys = keys[:limit] if limit is not None else keys
    counts: list[Counts] = []
    failed = 0
    for key in keys:
        body = extract_body(folder / "html" / f"{key}.html.gz")
        failed += not body
        counts.append(shingle_counts(gold[key].get("articleBody", ""), body))
    metrics: dict[str, Any] = {k: round(v, 4) for k, v in scores(counts).items()}
    metrics["n"] = len(keys)
    metrics["empty"] = failed
    return metrics


def report(metrics: dict[str, Any]) -> str:
    """A readable table of the metrics."""
    rows = [
        ("documents", str(metrics.get("n", 0))),
        ("nothing extracted", str(metrics.get("empty", 0))),
        ("precision", f"{metrics.get('precision', 0.0):.4f}"),
        ("recall", f"{metrics.get('recall', 0.0):.4f}"),
        ("F1", f"{metrics.get('f1', 0.0):.4f}"),
    ]
    width = max(len(name) for name, _ in rows)
    head = "Article-body extraction (4-shingles, scrapinghub benchmark arithmetic)"
    return "\n".join([head, *(f"  {name:<{width}}  {value}" for name, value in rows)])
