"""Out-of-fold runner for quotes candidates (docs/experiments/quotes/README.md).

``parse``: parse PolNeAR train once into a cache folder (DocBin + gold pickle).
``folds``: for each fold k, refit on the articles not in fold k (article i is in fold i mod 5)
with the cue threshold held fixed, score fold k; one JSON line per fold.
"""

from __future__ import annotations

import argparse
import json
import pickle
import time
from pathlib import Path

from _cache import cache_dir, load  # this folder: the script's own, first on sys.path
from spacy.tokens import DocBin

import newsgraph.train.quotes as train
from newsgraph.nlp.pipeline import load_model
from newsgraph.nlp.quotes.component import QuoteFinder

TRAIN = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "polnear" / "train"


def parse(cache: Path) -> None:
    names, texts, golds = train.read_split(TRAIN)
    nlp = load_model()
    db = DocBin(store_user_data=False)
    for doc in nlp.pipe(texts, batch_size=16):
        db.add(doc)
    cache.mkdir(parents=True, exist_ok=True)
    db.to_disk(cache / "train.spacy")
    (cache / "gold.pkl").write_bytes(pickle.dumps((names, golds)))
    print(f"{len(names)} articles parsed into {cache}")


def folds(cache: Path, threshold: float, which: list[int]) -> None:
    nlp = load_model()
    _names, golds, docs = load(nlp, cache)

    for fold in which:
        start = time.time()
        fit = [k for k in range(len(docs)) if k % 5 != fold]
        held = [k for k in range(len(docs)) if k % 5 == fold]
        weights, info = train.fit_docs(
            [docs[k] for k in fit], [golds[k] for k in fit], threshold=threshold
        )
        scores = train.score_docs(
            [docs[k] for k in held], [golds[k] for k in held], QuoteFinder(None, weights=weights)
        )
        row = {"fold": fold, "threshold": info.get("threshold"), **scores}
        print(json.dumps({**row, "secs": round(time.time() - start)}), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("step", choices=("parse", "folds"))
    ap.add_argument(
        "--cache", type=Path, default=cache_dir(), help="default: $QUOTES_CACHE or <tempdir>/q14"
    )
    ap.add_argument("--threshold", type=float, default=0.45)
    ap.add_argument("--folds", default="0,1,2,3,4")
    args = ap.parse_args()
    if args.step == "parse":
        parse(args.cache)
    else:
        folds(args.cache, args.threshold, [int(f) for f in args.folds.split(",")])


if __name__ == "__main__":
    main()
