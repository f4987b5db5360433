"""Per-component cost: seconds each pipeline component spends on the same texts.

Usage: python bench/components.py CORPUS_DIR [--limit N] [--repeat R]

Each text goes through the pipeline one component at a time (``nlp.make_doc``, then every
component in order on that doc), and each component's time is added up over the texts: one
pass over the corpus per round, the best of R rounds per component (the first round warms the
caches). This shows where the time beyond bare spaCy goes; `bench/bench.py` gives the
end-to-end ratio (components here run on single docs, not in `nlp.pipe`'s batches, so
spaCy's own components look slower than in a batched run).

Each round runs with the objects alive after loading (the pipeline, its lexicons and
gazetteer: a few hundred thousand) frozen out of the garbage collector's scans, as analysis
runs (:func:`newsgraph.nlp.pipeline.static_heap`: ``gc.freeze``, a raised young threshold,
the round's garbage collected after its timing). Without it a full scan of them (~0.25 s)
landed in whichever component happened to be running, and component times swung by that
from run to run (perf29: framing 0.53 -> 0.65 s, mostly a third full scan landing in it).

(Until 2026-11-30 this re-ran every component on finished docs; re-parsing a doc the
headline repair had changed broke the parse tree, so the script stopped with an error.)
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("corpus", type=Path, help="folder of .txt articles (searched recursively)")
    ap.add_argument("--limit", type=int, default=80, help="first N files, sorted (default 80)")
    ap.add_argument(
        "--repeat", type=int, default=2, help="rounds; each component's best round (default 2)"
    )
    args = ap.parse_args()
    if not args.corpus.is_dir():
        raise SystemExit(f"components: {args.corpus} is not a folder")

    from newsgraph.nlp.pipeline import shared, static_heap

    files = sorted(p for p in args.corpus.rglob("*.txt") if p.is_file())[: args.limit]
    if not files:  # timing nothing printed zeros as if every component cost nothing
        raise SystemExit(f"components: no .txt files under {args.corpus}")
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    nlp = shared()
    names = [name for name, _ in nlp.pipeline]
    best = dict.fromkeys(names, float("inf"))
    totals: list[float] = []
    for _ in range(max(1, args.repeat)):
        spent = dict.fromkeys(names, 0.0)
        with static_heap():  # the loaded objects frozen, as in analysis
            t0 = time.perf_counter()
            for text in texts:
                doc = nlp.make_doc(text)
                for name, proc in nlp.pipeline:
                    t = time.perf_counter()
                    doc = proc(doc)
                    spent[name] += time.perf_counter() - t
                del doc  # its cycles die inside the round, as a batch's docs do
            totals.append(time.perf_counter() - t0)
        for name in names:
            best[name] = min(best[name], spent[name])
    rows = [(name, best[name]) for name in names]
    print(f"{len(texts)} docs, whole pipeline {min(totals):.2f}s (best of {len(totals)} rounds)")
    print("  (objects alive after loading frozen out of GC scans: gc.freeze, as in analysis)")
    for name, sec in rows:
        print(f"  {name:<28} {sec:7.3f}s")


if __name__ == "__main__":
    main()
