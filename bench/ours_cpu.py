"""CPU seconds of newsgraph's own components (and its attribute ruler) on pre-parsed docs.

Usage: python bench/ours_cpu.py CORPUS_DIR [--limit N] [--repeat R]

spaCy's model components run once per text; their docs are kept as bytes (``Doc.to_bytes``:
the tensor and the tokenizer's cached text included), and each round restores fresh copies
and runs only newsgraph's components (and, on copies taken before it, the attribute ruler),
timing each with ``time.process_time``. A round costs about a third of a whole-pipeline
round (`bench/components.py`), so more rounds fit in the same minutes; CPU seconds move less
with other load on a shared machine than wall seconds, though on a loaded one (perf35, load
15-18) the same code's best rounds still differed by 5-10 % between runs. Each component is
reported by its best round. Compare code versions by running this with each version on
``PYTHONPATH``, alternated, more than once.
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
    ap.add_argument("--repeat", type=int, default=5, help="rounds (default 5)")
    args = ap.parse_args()
    files = sorted(p for p in args.corpus.rglob("*.txt") if p.is_file())[: args.limit]
    if not files:
        raise SystemExit(f"ours_cpu: no .txt files under {args.corpus}")

    from spacy.tokens import Doc

    import newsgraph
    from newsgraph.nlp.pipeline import shared, static_heap

    nlp = shared()
    pipes = nlp.pipeline
    first = next(k for k, (n, _) in enumerate(pipes) if n.startswith("newsgraph_"))
    ruler_at = [n for n, _ in pipes].index("attribute_ruler")
    ruler = pipes[ruler_at][1]
    before_ruler: list[bytes] = []
    parsed: list[bytes] = []
    for path in files:
        doc = nlp.make_doc(path.read_text(encoding="utf-8", errors="replace"))
        for k, (_, proc) in enumerate(pipes[:first]):
            if k == ruler_at:
                before_ruler.append(doc.to_bytes())
            doc = proc(doc)
        parsed.append(doc.to_bytes())
    for blob in parsed[:5]:  # lazily loaded resources (gazetteer, weights) outside the timing
        doc = Doc(nlp.vocab).from_bytes(blob)
        for _, proc in pipes[first:]:
            doc = proc(doc)
    names = ["attribute_ruler", *(n for n, _ in pipes[first:])]
    best = dict.fromkeys(names, float("inf"))
    for _ in range(max(1, args.repeat)):
        spent = dict.fromkeys(names, 0.0)
        with static_heap():  # the loaded objects frozen out of GC scans, as in analysis
            for blob in before_ruler:
                doc = Doc(nlp.vocab).from_bytes(blob)
                t = time.process_time()
                ruler(doc)
                spent["attribute_ruler"] += time.process_time() - t
            for blob in parsed:
                doc = Doc(nlp.vocab).from_bytes(blob)
                for name, proc in pipes[first:]:
                    t = time.process_time()
                    doc = proc(doc)
                    spent[name] += time.process_time() - t
                del doc  # its cycles die inside the round, as a batch's docs do
        for name in names:
            best[name] = min(best[name], spent[name])
    print(f"{newsgraph.__file__}: {len(files)} docs, CPU s, best of {max(1, args.repeat)} rounds")
    for name in names:
        print(f"  {name:<28} {best[name]:7.3f}s")
    print(f"  {'sum':<28} {sum(best.values()):7.3f}s")


if __name__ == "__main__":
    main()
