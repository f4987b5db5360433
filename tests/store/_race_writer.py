"""Child process for test_concurrency: opens fresh stores when told to, all children at once.

Usage: python _race_writer.py INDEX

Prints ``ready`` once imported, then for each line ``DB`` read from stdin opens the store at
``DB`` (the parent gives every child the same fresh path at the same moment), stores the
shared article plus one of its own, and prints ``added <n>`` (how many of its two were new)
or ``error <message>``.
"""

from __future__ import annotations

import sys

from newsgraph.model import Article, Source, article_id
from newsgraph.store import Store


def article(text: str) -> Article:
    return Article(id=article_id(text), text=text, source=Source(outlet="Race"))


def main(index: int) -> None:
    print("ready", flush=True)
    for line in sys.stdin:
        try:
            with Store(line.strip()) as store:
                added = store.add_many(
                    [
                        article("Everyone writes this one."),
                        article(f"Writer {index} writes this one."),
                    ]
                )
            print(f"added {added}", flush=True)
        except Exception as exc:  # noqa: BLE001 - reported to the parent, which fails the test
            print(f"error {type(exc).__name__}: {exc}".replace("\n", " "), flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]))
