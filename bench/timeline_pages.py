"""Time the web timeline (and events list) at its first, middle and last page (ux24).

Builds a store of N articles by copying a small real store's articles and records under new
ids, each copy dated a few days later (so events spread over years), then asks the web app
for pages at growing offsets, best of ``--repeat`` runs each.

    newsgraph ingest examples/ --db /tmp/ex.db
    python bench/timeline_pages.py /tmp/ex.db --articles 2000 --out /tmp/timeline.db
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from newsgraph.store import Store
from newsgraph.web.app import create_app


def build(seed: Path, out: Path, articles: int) -> int:
    """A store at ``out`` holding ``articles`` copies of ``seed``'s articles; its events."""
    shutil.copyfile(seed, out)
    conn = sqlite3.connect(out)
    tables = [
        name
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if any(c[1] == "article_id" for c in conn.execute(f"PRAGMA table_info({name})"))
        and not name.startswith(("corpus", "statement", "article_clusters", "article_sig"))
    ]
    seeds = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY seq")]
    marks = ", ".join("?" * len(seeds))
    have = len(seeds)
    copy = 0
    while have < articles:
        copy += 1
        suffix = f"~{copy}"
        cols = [c[1] for c in conn.execute("PRAGMA table_info(articles)") if c[1] != "seq"]
        values = [
            "id || ?"
            if c == "id"
            else f"date(published, '+{copy * 3} days')"
            if c == "published"
            else c
            for c in cols
        ]
        conn.execute(
            f"INSERT INTO articles ({', '.join(cols)}) SELECT {', '.join(values)} FROM articles "
            f"WHERE id IN ({marks}) ORDER BY seq LIMIT ?",
            (suffix, *seeds, articles - have),
        )
        for table in tables:
            cols = [c[1] for c in conn.execute(f"PRAGMA table_info({table})") if c[1] != "seq"]
            values = [
                "article_id || ?"
                if c == "article_id"
                else f"date(event_date, '+{copy * 3} days')"
                if c == "event_date" and table == "events"
                else c
                for c in cols
            ]
            conn.execute(
                f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(values)} FROM {table} "
                f"WHERE article_id IN ({marks}) AND article_id || ? IN (SELECT id FROM articles)",
                (suffix, *seeds, suffix),
            )
        have = min(articles, have + len(seeds))
    conn.commit()
    events = int(conn.execute("SELECT count(*) FROM events").fetchone()[0])
    conn.close()
    with Store(out):  # brought to this code's schema version, as any ingest would
        pass
    return events


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("seed", type=Path, help="a small store made by newsgraph ingest")
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "timeline-bench.db")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--keep", action="store_true", help="reuse --out if it exists")
    args = ap.parse_args()
    if not (args.keep and args.out.exists()):
        build(args.seed, args.out, args.articles)
    conn = sqlite3.connect(args.out)
    articles, events = (
        conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "events")
    )
    conn.close()
    print(f"{args.out}: {articles} articles, {events} events")
    client = TestClient(create_app(args.out, time_limit=None), base_url="http://127.0.0.1")
    limit = 50
    for page in ("timeline", "events"):
        for offset in (0, events // 2, max(events - limit, 0)):
            best = float("inf")
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                r = client.get(f"/{page}", params={"offset": offset, "limit": limit})
                best = min(best, time.perf_counter() - t0)
                assert r.status_code == 200, r.status_code
            print(f"/{page}?offset={offset}: {best:.3f} s")


if __name__ == "__main__":
    main()
