"""Scorer for temporal expressions against ``tests/data/times_gold.tsv``-style gold.

Each gold row gives a sentence, its article's publication date and one expression with its
TIMEX3 type and value (see the file's header). The pipeline runs on every sentence with that
publication date; we report detection P/R/F1 (a prediction is found when it overlaps a gold
expression), strict span match, type accuracy and value accuracy on found expressions,
value F1 in the TempEval-3 way (a found expression with the right value counts as a true
positive) and interval accuracy where the gold gives one.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from newsgraph.eval._metrics import f1
from newsgraph.eval.timeml import _canonical

_EQUIV = {"P1DE": "P10Y", "P1CE": "P100Y"}


@dataclass(slots=True)
class _Gold:
    start: int
    end: int
    type: str
    value: str
    interval: tuple[str | None, str | None] | None


@dataclass(slots=True)
class _Sentence:
    published: str
    text: str
    gold: list[_Gold] = field(default_factory=list)


def read_gold(path: Path) -> list[_Sentence]:
    """Sentences with their gold expressions (offsets located in the sentence)."""
    rows: OrderedDict[tuple[str, str, str], list[list[str]]] = OrderedDict()
    header: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        row = dict(zip(header, cells, strict=False))
        key = (row["source"], row["published"], row["sentence"])
        rows.setdefault(key, []).append(
            [
                row["expression"],
                row["type"],
                row["value"],
                row.get("interval_from", ""),
                row.get("interval_to", ""),
            ]
        )
    out: list[_Sentence] = []
    for (_, pub, sent), exprs in rows.items():
        s = _Sentence(pub, sent)
        taken: list[tuple[int, int]] = []
        for expr, typ, value, ifrom, ito in sorted(exprs, key=lambda e: -len(e[0])):
            if expr == "-":
                continue
            pos = _free_occurrence(sent, expr, taken)
            if pos < 0:
                raise ValueError(f"{path}: expression {expr!r} not found in sentence {sent!r}")
            taken.append((pos, pos + len(expr)))
            interval = None
            if ifrom or ito:
                interval = (ifrom or None, None if ito in ("", "..") else ito)
            s.gold.append(_Gold(pos, pos + len(expr), typ, value, interval))
        s.gold.sort(key=lambda g: g.start)
        out.append(s)
    return out


def _free_occurrence(text: str, expr: str, taken: list[tuple[int, int]]) -> int:
    pos = text.find(expr)
    while pos >= 0 and any(pos < e and s < pos + len(expr) for s, e in taken):
        pos = text.find(expr, pos + 1)
    return pos


def _same_value(pred: str | None, gold: str) -> bool:
    if pred is None:
        return False
    return _canonical(_EQUIV.get(pred, pred)) == _canonical(_EQUIV.get(gold, gold))


def _run(nlp: Language, text: str, published: str) -> list[Any]:
    doc = nlp.make_doc(text)
    doc._.ng_published = published or None
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return list(doc._.ng_times or [])


def _default_nlp() -> Language:
    from newsgraph.nlp.pipeline import load_model

    nlp = load_model()
    nlp.add_pipe("newsgraph_times")
    return nlp


def evaluate(
    path: Path, *, limit: int | None = None, nlp: Language | None = None
) -> dict[str, Any]:
    """Score the time tagger on a gold TSV; ``limit`` caps the number of sentences."""
    sents = read_gold(Path(path))[:limit] if limit else read_gold(Path(path))
    nlp = nlp or _default_nlp()
    n_gold = n_pred = found = pred_hit = strict = type_ok = value_ok = scored = 0
    iv_total = iv_ok = 0
    for s in sents:
        preds = _run(nlp, s.text, s.published)
        n_pred += len(preds)
        n_gold += len(s.gold)
        pred_hit += sum(
            1 for p in preds if any(p.span.start < g.end and g.start < p.span.end for g in s.gold)
        )
        for g in s.gold:
            over = [p for p in preds if p.span.start < g.end and g.start < p.span.end]
            if not over:
                continue
            found += 1
            p = max(over, key=lambda p: min(p.span.end, g.end) - max(p.span.start, g.start))
            strict += int((p.span.start, p.span.end) == (g.start, g.end))
            type_ok += int(p.type == g.type)
            if g.value != "?":
                scored += 1
                value_ok += int(_same_value(p.value, g.value))
            if g.interval is not None:
                iv_total += 1
                got = (p.interval or {}).get("from"), (p.interval or {}).get("to")
                iv_ok += int(got == g.interval)
    precision = pred_hit / n_pred if n_pred else 0.0
    recall = found / n_gold if n_gold else 0.0
    scored_gold = sum(1 for s in sents for g in s.gold if g.value != "?")
    v_p = value_ok / (n_pred - (found - scored)) if n_pred else 0.0
    v_r = value_ok / scored_gold if scored_gold else 0.0
    return {
        "sentences": len(sents),
        "gold": n_gold,
        "predicted": n_pred,
        "detect_precision": round(precision, 4),
        "detect_recall": round(recall, 4),
        "detect_f1": round(f1(precision, recall), 4),
        "strict_span_f1": round(
            f1(strict / n_pred if n_pred else 0.0, strict / n_gold if n_gold else 0.0), 4
        ),
        "type_accuracy": round(type_ok / found, 4) if found else 0.0,
        "value_accuracy": round(value_ok / scored, 4) if scored else 0.0,
        "value_f1": round(f1(v_p, v_r), 4),
        "interval_accuracy": round(iv_ok / iv_total, 4) if iv_total else 0.0,
    }


def report(metrics: dict[str, Any]) -> str:
    """A readable table of the metrics."""
    width = max(len(k) for k in metrics)
    lines = ["time expressions (gold: hand-written news sentences)", "-" * (width + 12)]
    for k, v in metrics.items():
        shown = f"{100 * v:6.1f}" if isinstance(v, float) else f"{v:6d}"
        lines.append(f"{k:<{width}}  {shown}")
    return "\n".join(lines)
