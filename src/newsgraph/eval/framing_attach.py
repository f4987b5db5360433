"""Framing labels attached to the right actor, measured on real sentences (issue 11 item 2).

Gold: ``tests/data/framing_attach/gold.tsv`` (README there): one label word per row in a real
news sentence under ``../shared``; a ``label`` row names the actor it labels (the exact text of
its noun phrase or name, alternatives split by `` | ``, or ``NONE``) and, where the sentence
makes it clear, the generic code (``SYRGOV``); a ``nonlabel`` row is a use that labels no actor
("testing regimes", "the so-called Cadillac tax").

Each sentence is analysed alone by the full pipeline. Measures:

* label found: precision and recall over the gold label words — a label row is found when a
  framing record overlaps its word; a record over a ``nonlabel`` row's word is a false label
  (precision = found label rows / (found label rows + false labels));
* attachment accuracy on found labels: the record's actor (the mentions of its entity in the
  sentence, else its target name where it occurs in the sentence) overlaps a gold actor span,
  or both are none;
* code accuracy on found labels whose gold has a code;
* false-label rate on the ``nonlabel`` rows.

Other framing records in a sentence are not judged: the gold annotates one word per row.
"""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph.eval._tsv import header_rows
from newsgraph.eval.events_gold import GoldFileError, document_text, sentence_check
from newsgraph.eval.splits import part_of

COLUMNS = (
    "id",
    "split",
    "corpus",
    "path",
    "start",
    "end",
    "check",
    "label_start",
    "label_end",
    "label",
    "use",
    "actor",
    "code",
)
GOLD = Path(__file__).resolve().parents[3] / "tests" / "data" / "framing_attach" / "gold.tsv"
SHARED = Path(__file__).resolve().parents[3].parent / "shared"

Spans = list[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class GoldRow:
    id: str
    split: str
    sentence: str
    label: tuple[int, int]  # offsets in the sentence
    use: str  # label | nonlabel
    actors: tuple[tuple[int, int], ...]  # every occurrence of every alternative; () = NONE
    code: str  # "" when not given


@dataclass(frozen=True, slots=True)
class Prediction:
    """What the component said about one row's label word: ``found`` (a record overlaps it),
    the actor spans of that record in the sentence (``()`` when it names no actor) and its code."""

    found: bool
    actors: tuple[tuple[int, int], ...] = ()
    code: str | None = None


def _occurrences(sentence: str, text: str) -> list[tuple[int, int]]:
    out, k = [], sentence.find(text)
    while k >= 0:
        out.append((k, k + len(text)))
        k = sentence.find(text, k + 1)
    return out


def load(
    file: Path | str = GOLD, shared: Path | str = SHARED, part: str | None = None
) -> list[GoldRow]:
    """The gold rows of one part (all when ``part`` is None); every row checked against
    ``../shared``. Raises GoldFileError naming the line of a malformed row."""
    rows: list[GoldRow] = []
    seen: set[str] = set()
    lines = Path(file).read_text(encoding="utf-8").splitlines()
    for where, r in header_rows(lines, COLUMNS, str(file)):
        if r["id"] in seen or r["split"] != part_of(r["id"]):
            raise GoldFileError(where, f"duplicate id or split disagrees with sha1 ({r['id']})")
        seen.add(r["id"])
        if r["use"] not in ("label", "nonlabel"):
            raise GoldFileError(where, f"use must be label or nonlabel, not {r['use']!r}")
        start, end = int(r["start"]), int(r["end"])
        ls, le = int(r["label_start"]) - start, int(r["label_end"]) - start
        doc = document_text(Path(shared), r["corpus"], r["path"])
        sentence = doc[start:end]
        if sentence_check(sentence) != r["check"]:
            raise GoldFileError(where, "the sentence's check differs: corpus or offsets changed")
        if not 0 <= ls < le <= len(sentence) or sentence[ls:le] != r["label"]:
            raise GoldFileError(where, f"label {r['label']!r} is not at its offsets")
        actors: list[tuple[int, int]] = []
        if r["use"] == "label" and r["actor"] != "NONE":
            for alt in r["actor"].split(" | "):
                occ = _occurrences(sentence, alt)
                if not occ:
                    raise GoldFileError(where, f"actor {alt!r} is not in the sentence")
                actors.extend(occ)
        if part is None or r["split"] == part:
            rows.append(
                GoldRow(r["id"], r["split"], sentence, (ls, le), r["use"], tuple(actors), r["code"])
            )
    return rows


def _overlaps(a: Iterable[tuple[int, int]], b: Sequence[tuple[int, int]]) -> bool:
    return any(s < e2 and s2 < e for s, e in a for s2, e2 in b)


def score(pairs: Iterable[tuple[GoldRow, Prediction]]) -> dict[str, Any]:
    """The measures of the module docstring over (gold row, prediction) pairs."""
    n_label = found = attached = n_code = coded = n_non = false = 0
    misses: list[str] = []
    for gold, pred in pairs:
        if gold.use == "nonlabel":
            n_non += 1
            false += pred.found
            if pred.found:
                misses.append(f"{gold.id} false label")
            continue
        n_label += 1
        if not pred.found:
            misses.append(f"{gold.id} not found")
            continue
        found += 1
        ok = (not gold.actors and not pred.actors) or _overlaps(pred.actors, gold.actors)
        attached += ok
        if not ok:
            misses.append(f"{gold.id} attached wrong")
        if gold.code:
            n_code += 1
            coded += pred.code == gold.code
            if pred.code != gold.code:
                misses.append(f"{gold.id} code {pred.code} != {gold.code}")
    p = found / (found + false) if found + false else 0.0
    r = found / n_label if n_label else 0.0
    return {
        "label_rows": n_label,
        "nonlabel_rows": n_non,
        "label_precision": p,
        "label_recall": r,
        "label_f1": 2 * p * r / (p + r) if p + r else 0.0,
        "attached": attached,
        "attach_accuracy": attached / found if found else 0.0,
        "code_rows": n_code,
        "code_accuracy": coded / n_code if n_code else 0.0,
        "false_labels": false,
        "false_label_rate": false / n_non if n_non else 0.0,
        "misses": misses,
    }


def predict(doc: Any, gold: GoldRow) -> Prediction:
    """The prediction for ``gold``'s label word from a doc of its sentence."""
    records = [
        f
        for f in doc._.ng_framing or []
        if f.span.start < gold.label[1] and gold.label[0] < f.span.end
    ]
    if not records:
        return Prediction(False)
    f = records[0]
    spans: list[tuple[int, int]] = []
    if f.target is not None:
        for ent in doc._.ng_entities or []:
            if ent.id == f.target:
                spans.extend((m.start, m.end) for m in ent.mentions)
    if f.target_name:
        spans.extend(_occurrences(gold.sentence, f.target_name))
    return Prediction(True, tuple(spans), f.target_code)


def evaluate(
    path: Path | str = GOLD,
    *,
    limit: int | None = None,
    nlp: Any = None,
    part: str | None = None,
    shared: Path | str = SHARED,
) -> dict[str, Any]:
    """Score the full pipeline on one part of the gold (``None``: all rows); ``limit`` keeps
    the first rows. The gate's signature (``newsgraph eval framing_attach``)."""
    if nlp is None:
        from newsgraph.nlp.pipeline import shared as pipeline

        nlp = pipeline()
    rows = load(path, shared, part)
    if limit is not None:
        rows = rows[:limit]
    docs = nlp.pipe((g.sentence for g in rows), batch_size=16)
    metrics = score((g, predict(d, g)) for d, g in zip(docs, rows, strict=True))
    metrics["part"] = part or "all"
    metrics["gold_sha1"] = hashlib.sha1(Path(path).read_bytes()).hexdigest()[:10]
    return metrics


def report(m: dict[str, Any]) -> str:
    return (
        f"framing attachment ({m['part']} part, {m['label_rows']} label rows, "
        f"{m['nonlabel_rows']} non-label rows):\n"
        f"  label found   P {m['label_precision']:.3f}  R {m['label_recall']:.3f}  "
        f"F1 {m['label_f1']:.3f}\n"
        f"  attached      {m['attach_accuracy']:.3f} of found ({m['attached']})\n"
        f"  code          {m['code_accuracy']:.3f} of {m['code_rows']} coded rows\n"
        f"  false labels  {m['false_labels']} of {m['nonlabel_rows']} "
        f"({m['false_label_rate']:.3f})"
    )


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m newsgraph.eval.framing_attach")
    ap.add_argument("--part", choices=("tune", "check", "all"), default="tune")
    ap.add_argument("--misses", action="store_true", help="list the rows scored wrong")
    args = ap.parse_args(argv)
    m = evaluate(part=None if args.part == "all" else args.part)
    print(report(m))
    if args.misses:
        print("\n".join(m["misses"]))


if __name__ == "__main__":
    main()
