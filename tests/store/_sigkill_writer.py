"""Child process for test_sigkill: writes numbered articles in batches to a store.

Usage: python _sigkill_writer.py DB N_ARTICLES BATCH [STALL_AT]

Prints ``committed <k>`` after each batch commits. With STALL_AT, it prints
``stalled`` after yielding that article inside an open batch and then waits
forever, for the parent to SIGKILL it mid-transaction.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator

from newsgraph.model import Article, Quote, Source, Span, article_id, record_id
from newsgraph.store import Store


def numbered(i: int) -> Article:
    text = f"Officials in town {i} said talks number {i} would resume."
    aid = article_id(text)
    content = Span.of(text, text.index("talks"), len(text) - 1)
    quote = Quote(
        id=record_id(aid, "quote", content.start, content.end),
        kind="indirect",
        content=content,
        cue=Span.of(text, text.index("said"), text.index("said") + 4),
        source=Span.of(text, 0, 9),
        speaker=None,
        speaker_name=None,
        unnamed=True,
        sentence=0,
        confidence=0.5,
        rule="test",
    )
    return Article(id=aid, text=text, source=Source(outlet="Test"), quotes=[quote])


def main(db: str, n: int, batch: int, stall_at: int | None) -> None:
    with Store(db) as store:
        todo = [i for i in range(n)]
        done = store.existing_ids(numbered(i).id for i in todo)
        todo = [i for i in todo if numbered(i).id not in done]

        def articles(chunk: list[int]) -> Iterator[Article]:
            for i in chunk:
                yield numbered(i)
                if i == stall_at:
                    print("stalled", flush=True)
                    threading.Event().wait()

        for k in range(0, len(todo), batch):
            store.add_many(articles(todo[k : k + batch]))
            print(f"committed {k + batch}", flush=True)


if __name__ == "__main__":
    args = sys.argv[1:]
    main(args[0], int(args[1]), int(args[2]), int(args[3]) if len(args) > 3 else None)
