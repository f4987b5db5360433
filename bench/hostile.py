"""Hostile inputs from issue #14 item 2: time and peak memory per pipeline step, no budget.

Usage: python bench/hostile.py [--scale 0.25] [--sizes 1,2,4] [--only amp,punct,...]

Each input is analysed at ``scale x size`` of the issue's size (1 = the issue's input: 62,500
``&``; 15 KB of ``!?.,;:``; 122 KB of place lists; 85 KB of "X said Y said"; 400 KB of
``a\\n`` lines) for each size in ``--sizes``, with no time or size budget. Printed per run:
seconds in the tokenizer (``make_doc``), in each pipeline component and in assembling the
Article, and the peak resident memory of the run (Linux: VmHWM, reset before each run).
A component whose seconds grow 4x when its input doubles is quadratic.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import time
from collections.abc import Callable
from pathlib import Path

PLACES = "Paris, London, Berlin, Moscow, Kyiv, Warsaw, Rome, Madrid, Vienna and Prague. "


def _fill(unit: str, chars: int) -> str:
    return (unit * (chars // len(unit) + 1))[:chars]


INPUTS: dict[str, tuple[int, Callable[[int], str]]] = {
    "amp": (62_500, lambda n: "&" * n),
    "punct": (15_000, lambda n: _fill("!?.,;:", n)),
    "places": (122_000, lambda n: _fill(PLACES, n)),
    "said": (85_000, lambda n: _fill("X said Y said ", n)),
    "lines": (400_000, lambda n: _fill("a\n", n)),
}


def _peak_kb() -> int:
    with Path("/proc/self/status").open() as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def _reset_peak() -> None:
    with contextlib.suppress(OSError), Path(f"/proc/{os.getpid()}/clear_refs").open("w") as f:
        f.write("5")


def run(pipe, text: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from newsgraph.api import to_article
    from newsgraph.ingest import RawArticle

    raw = RawArticle(text, path="hostile.txt")
    times: dict[str, float] = {}
    t = time.perf_counter()
    doc = pipe.make_doc(raw, "2018-08-29")
    times["make_doc"] = time.perf_counter() - t
    for name, proc in pipe.nlp.pipeline:
        t = time.perf_counter()
        doc = proc(doc)
        times[name] = time.perf_counter() - t
    t = time.perf_counter()
    art = to_article(raw, doc, "2018-08-29")
    times["to_article"] = time.perf_counter() - t
    times["_records"] = float(
        len(art.entities) + len(art.quotes) + len(art.events) + len(art.places) + len(art.times)
    )
    times["_tokens"] = float(len(doc))
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--scale", type=float, default=0.25)
    ap.add_argument("--sizes", default="1,2,4")
    ap.add_argument("--only", default=",".join(INPUTS))
    ap.add_argument("--top", type=int, default=4, help="slowest steps to print per run")
    args = ap.parse_args()

    from newsgraph.api import Pipeline

    pipe = Pipeline(max_chars=0, timeout=None)
    pipe.nlp.max_length = 10**8
    pipe._warm_up()
    for key in args.only.split(","):
        full, make = INPUTS[key]
        for mult in (float(s) for s in args.sizes.split(",")):
            n = int(full * args.scale * mult)
            _reset_peak()
            before = _peak_kb()
            t = time.perf_counter()
            times = run(pipe, make(n))
            total = time.perf_counter() - t
            peak = _peak_kb()
            steps = sorted(
                ((k, v) for k, v in times.items() if not k.startswith("_")), key=lambda kv: -kv[1]
            )
            slow = ", ".join(f"{k} {v:.2f}" for k, v in steps[: args.top])
            print(
                f"{key:7} {n:>8,} chars {int(times['_tokens']):>8,} tokens "
                f"{int(times['_records']):>6} records  {total:7.2f} s  "
                f"peak {peak / 1024:7.0f} MB (+{max(0, peak - before) / 1024:.0f})  | {slow}",
                flush=True,
            )


if __name__ == "__main__":
    main()
