"""Child process for test_concurrency: waits for a start time, then opens a fresh store and writes.

Usage: python _race_writer.py DB START_EPOCH INDEX

Every child stores the same shared article plus one of its own, then prints
``added <n>`` (how many of its two articles were new). Any failure escapes as a
non-zero exit with the error on stderr.
"""

from __future__ import annotations

import sys
import time

from newsgraph.model import Article, Source, article_id
from newsgraph.store import Store


def article(text: str) -> Article:
    return Article(id=article_id(text), text=text, source=Source(outlet="Race"))


def main(db: str, start: float, index: int) -> None:
    time.sleep(max(0.0, start - time.time()))
    with Store(db) as store:
        added = store.add_many(
            [article("Everyone writes this one."), article(f"Writer {index} writes this one.")]
        )
    print(f"added {added}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]), int(sys.argv[3]))
