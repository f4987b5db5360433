"""Per-component cost: seconds each pipeline component spends on the same texts.

Usage: python bench/components.py CORPUS_DIR [--limit N] [--repeat R]

The texts are parsed once by the whole pipeline (warm-up), then each component is run again
R times over the already analysed docs and timed alone (best of R). This shows where the
time beyond bare spaCy goes; `bench/bench.py` gives the end-to-end ratio. The per-component
times are upper bounds for a component's own work (a component re-run on a finished doc sees
the records its successors added; none of ours reads those).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--limit", type=int, default=80)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()

    from newsgraph.nlp.pipeline import shared

    nlp = shared()
    files = sorted(p for p in args.corpus.rglob("*.txt") if p.is_file())[: args.limit]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    total = time.perf_counter() - t0
    rows: list[tuple[str, float]] = []
    for name, proc in nlp.pipeline:
        best = float("inf")
        for _ in range(max(1, args.repeat)):
            t = time.perf_counter()
            for doc in docs:
                proc(doc)
            best = min(best, time.perf_counter() - t)
        rows.append((name, best))
    print(f"{len(docs)} docs, whole pipeline {total:.2f}s (first pass, includes warm-up)")
    for name, sec in rows:
        print(f"  {name:<28} {sec:7.3f}s")


if __name__ == "__main__":
    main()
