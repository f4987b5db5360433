"""Corpus benchmark: Dask throughput with 1 and 2 workers, store queries and near-duplicate
detection on a synthesised corpus. Not a timed test: run it by hand on an idle machine.

Usage:
  python bench/corpus.py --dask-texts ../shared/data/polnear/train/text --limit 300
  python bench/corpus.py --store 20000
  (both at once: give both options; results go to bench/results/corpus.json)

--dask-texts: ingests the same LIMIT texts on a LocalCluster with 1, then 2 worker processes
(made as `ingest --dask local:N` makes them; each worker loads its pipeline and runs one
partition of a text outside the measured ones before the clock starts) and reports
articles/s, the speed-up, each worker's peak RSS when half and all of the texts are stored,
the seconds by phase (the client's reading, merging and linking against the workers' time),
CPU seconds by process, and a timeline summary: each worker's idle seconds before its first
partition, between partitions and after its last one, and the client's merges after the
last partition (the serial tail). CPU seconds and idle seconds mean something even on a
busy machine; the wall-clock speed-up does not.
--store N: synthesises N articles (entities, quotes, events, places, times; about 15 % are
lightly edited reprints of earlier ones), stores them, times near-duplicate detection and
the other corpus tables, then times the queries (median of 7 runs each).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newsgraph.model import (  # noqa: E402
    Actor,
    Article,
    Entity,
    Event,
    Framing,
    Place,
    Quote,
    Source,
    Span,
    TimeRef,
    article_id,
    record_id,
)

# -- Dask throughput -------------------------------------------------------------------------


def _worker_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _warm_up(config: dict[str, Any], batch_size: int, raw: Any, folder: str) -> float:
    """On a worker: load the pipeline and run one whole partition (analysis, store rows,
    MinHash, Parquet) so that no first-use cost falls inside the clock; its CPU seconds."""
    from newsgraph.scale.runner import analyse_partition

    cpu = time.process_time()
    analyse_partition(config, batch_size, [raw], None, f"{folder}/part-warm-{os.getpid()}.parquet")
    return time.process_time() - cpu


def _timeline_summary(
    timeline: list[tuple[str, str, float, float]], t0: float, t1: float
) -> dict[str, Any]:
    """Where the wall time went: each worker's busy seconds and its idle seconds before its
    first partition, between partitions and after its last one; the client's merges, and
    the part of them after the last partition ended (nothing runs in parallel with it)."""
    tasks = sorted((t for t in timeline if t[0] == "task"), key=lambda t: t[2])
    merges = [t for t in timeline if t[0] == "merge"]
    out: dict[str, Any] = {"partitions": len(tasks), "workers": {}}
    for worker in sorted({t[1] for t in tasks}):
        mine = [t for t in tasks if t[1] == worker]
        gaps = sum(max(0.0, b[2] - a[3]) for a, b in zip(mine, mine[1:], strict=False))
        out["workers"][worker] = {
            "partitions": len(mine),
            "busy_s": round(sum(t[3] - t[2] for t in mine), 2),
            "idle_before_first_s": round(mine[0][2] - t0, 2),
            "idle_between_s": round(gaps, 2),
            "idle_after_last_s": round(t1 - mine[-1][3], 2),
        }
    last = max((t[3] for t in tasks), default=t0)
    out["client_merges"] = len(merges)
    out["client_merge_s"] = round(sum(m[3] - m[2] for m in merges), 2)
    out["client_merge_after_last_partition_s"] = round(
        sum(m[3] - max(m[2], last) for m in merges if m[3] > last), 2
    )
    out["run_after_last_partition_s"] = round(t1 - last, 2)
    # every partition and merge: (what, who, start, end), seconds from the start of the run
    out["events"] = [
        (kind, who, round(a - t0, 2), round(b - t0, 2))
        for kind, who, a, b in sorted(timeline, key=lambda t: t[2])
    ]
    return out


def bench_dask(texts_dir: Path, limit: int, batch_size: int) -> dict[str, Any]:
    from distributed import Client

    from newsgraph.ingest import iter_articles
    from newsgraph.nlp.pipeline import MODEL
    from newsgraph.scale import DaskSpec, ingest_dask
    from newsgraph.scale import shards as shard_files
    from newsgraph.scale.runner import local_cluster

    every = sorted(str(p) for p in texts_dir.glob("*.txt"))
    files = every[:limit]
    words = sum(len(Path(f).read_text(encoding="utf-8", errors="replace").split()) for f in files)
    config = {"model": MODEL}
    # a text outside the measured ones warms up the workers and the client
    (warm,) = [r for r in iter_articles(every[limit : limit + 1] or every[:1], clean=False)]
    out: dict[str, Any] = {"texts": len(files), "words": words, "batch_size": batch_size}
    for n in (1, 2):
        with (
            tempfile.TemporaryDirectory() as tmp,
            local_cluster(n, silence_logs=40) as cluster,  # as `ingest --dask local:N` makes
            Client(cluster) as client,
        ):
            warm_cpu = client.run(_warm_up, config, batch_size, warm, tmp)
            for shard in Path(tmp).glob("part-warm-*.parquet"):
                shard_files.read_rows(shard)  # the client's first Parquet read imports a lot
            half: dict[str, float] = {}

            def progress(stats: Any, half: dict[str, float] = half) -> None:
                if not half and stats.added >= len(files) // 2:
                    half.update(client.run(_worker_rss_mb))

            timeline: list[tuple[str, str, float, float]] = []
            cpu0 = client.run(time.process_time)
            t0, wall0 = time.perf_counter(), time.time()
            stats = ingest_dask(
                files,
                Path(tmp) / "bench.db",
                DaskSpec(workers=n),
                config,
                batch_size=batch_size,
                clean=False,
                published="2016-06-01",
                client=client,
                on_progress=progress,
                timeline=timeline,
            )
            elapsed, wall1 = time.perf_counter() - t0, time.time()
            cpu1 = client.run(time.process_time)
            peak = client.run(_worker_rss_mb)
        worker_process_cpu = sum(cpu1[w] - cpu0[w] for w in cpu0)
        workers_cpu = stats.seconds.get("workers_cpu", 0.0)
        client_cpu = stats.seconds.get("client_cpu", 0.0)
        out[f"workers_{n}"] = {
            "articles": stats.added,
            "failed": stats.failed,
            "seconds": round(elapsed, 1),
            "articles_per_s": round(stats.added / elapsed, 2),
            "words_per_s": round(words / elapsed),
            "peak_rss_mb_per_worker_half": sorted(round(v) for v in half.values()),
            "peak_rss_mb_per_worker_all": sorted(round(v) for v in peak.values()),
            "warm_up_cpu_s_per_worker": sorted(round(v, 1) for v in warm_cpu.values()),
            # the serial part: the client's reading, merging and linking vs the workers' time
            "seconds_by_phase": {k: round(v, 1) for k, v in sorted(stats.seconds.items())},
            # CPU seconds over the run: the workers' partitions, the worker processes in all
            # (their Dask event loops besides the partitions), the client process (reading,
            # merging, linking, and the scheduler and nannies of the LocalCluster)
            "cpu_s": {
                "worker_partitions": round(workers_cpu, 1),
                "worker_processes": round(worker_process_cpu, 1),
                "client_process": round(client_cpu, 1),
                "client_reading": round(stats.seconds.get("client_read_cpu", 0.0), 1),
                "client_merging": round(stats.seconds.get("client_merge_cpu", 0.0), 1),
                "client_dask_and_rest": round(
                    client_cpu
                    - stats.seconds.get("client_read_cpu", 0.0)
                    - stats.seconds.get("client_merge_cpu", 0.0),
                    1,
                ),
                "total": round(worker_process_cpu + client_cpu, 1),
                "total_over_wall_x_cores": round(
                    (worker_process_cpu + client_cpu) / (elapsed * (os.cpu_count() or 1)), 3
                ),
            },
            "client_cpu_over_workers_cpu": round(client_cpu / max(workers_cpu, 1e-9), 3),
            "client_busy_over_workers": round(
                sum(
                    v
                    for k, v in stats.seconds.items()
                    if k.startswith("client_") and k != "client_wait" and not k.endswith("_cpu")
                )
                / max(stats.seconds.get("workers", 0.0), 1e-9),
                3,
            ),
            "timeline": _timeline_summary(timeline, wall0, wall1),
        }
        print(f"dask local:{n}: {out[f'workers_{n}']}", flush=True)
    out["speedup"] = round(
        out["workers_2"]["articles_per_s"] / out["workers_1"]["articles_per_s"], 2
    )
    # the same estimated from CPU seconds, for a busy machine: one worker's run lasts as long
    # as its partitions' CPU (the client has the other core); two workers' run at least
    # (their CPU + the client's) / 2 cores. Also how much more CPU the same partitions took
    # with two workers busy at once than with one (shared caches and memory bandwidth)
    one, two = out["workers_1"]["cpu_s"], out["workers_2"]["cpu_s"]
    out["speedup_from_cpu_s"] = round(2 * one["worker_partitions"] / max(two["total"], 1e-9), 2)
    out["partition_cpu_2_over_1"] = round(
        two["worker_partitions"] / max(one["worker_partitions"], 1e-9), 3
    )
    return out


# -- synthesised corpus ------------------------------------------------------------------------

FIRST = (
    "Sergei Adel Mevlut Antonio Angela Emmanuel Xi Recep Hassan Mohammed Vladimir Joe "
    "Boris Olaf Narendra Shinzo Justin Jacinda Cyril Abiy".split()
)
LAST = (
    "Lavrov Jubeir Cavusoglu Guterres Merkel Macron Jinping Erdogan Rouhani Salman Putin "
    "Biden Johnson Scholz Modi Abe Trudeau Ardern Ramaphosa Ahmed".split()
)
COUNTRIES = (
    "RUS SAU TUR PRT DEU FRA CHN IRN USA GBR IND JPN CAN NZL ZAF ETH SYR EGY BRA MEX".split()
)
CITIES = [
    ("Moscow", 524901, "RU", 55.75, 37.62),
    ("Riyadh", 108410, "SA", 24.69, 46.72),
    ("Ankara", 323786, "TR", 39.92, 32.85),
    ("Geneva", 2660646, "CH", 46.20, 6.14),
    ("Berlin", 2950159, "DE", 52.52, 13.41),
    ("Paris", 2988507, "FR", 48.85, 2.35),
    ("Beijing", 1816670, "CN", 39.91, 116.40),
    ("Tehran", 112931, "IR", 35.69, 51.42),
    ("Washington", 4140963, "US", 38.90, -77.04),
    ("London", 2643743, "GB", 51.51, -0.13),
]
OUTLETS = [f"Outlet {i:02d}" for i in range(60)]
WORDS = (
    "government ministers talks security council ceasefire province rebels offensive "
    "humanitarian refugees border economy sanctions oil prices agreement parliament "
    "election opposition protest police army troops negotiations summit delegation "
    "statement spokesman officials report week month region crisis aid support plan"
).split()
VERBS = ["met", "held talks with", "hosted", "called"]
LABELS = [("regime", -0.7), ("hardliner", -0.5), ("reformer", 0.4), ("strongman", -0.6)]
GENERIC = [("terrorists", "SYRREB", "rebels", -0.9), ("militants", "SYRREB", "rebels", -0.6)]


def _people(rng: random.Random, n: int) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    while len(seen) < n:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if rng.random() < 0.5:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}-{rng.choice(LAST)}"
        seen.setdefault(name, rng.choice(COUNTRIES))
    return list(seen.items())


_SYLLABLES = "ka lo mi ne su ta ri vo pe da zu hi ba fo gi".split()
# a Zipf-distributed vocabulary: the news words above, then 3,000 made-up ones
VOCAB = WORDS + [a + b + c for a in _SYLLABLES for b in _SYLLABLES for c in _SYLLABLES][:3000]
_WEIGHTS = [1.0 / (rank + 1) for rank in range(len(VOCAB))]


def _filler(rng: random.Random, n: int) -> str:
    out = []
    for _ in range(n):
        words = rng.choices(VOCAB, weights=_WEIGHTS, k=rng.randint(10, 18))
        out.append(" ".join(words).capitalize() + ".")
    return " ".join(out)


class _Builder:
    """Text built piece by piece, remembering each piece's span."""

    def __init__(self) -> None:
        self.text = ""

    def add(self, piece: str) -> Span:
        start = len(self.text)
        self.text += piece
        return Span(start, len(self.text), piece)


def synth_article(rng: random.Random, i: int, people: list, quotes: dict) -> Article:
    (p1, c1), (p2, c2) = rng.sample(people, 2)
    city = rng.choice(CITIES)
    day = f"2018-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    b = _Builder()
    b.add(f"{p1.split()[-1]} and {p2.split()[-1]} discuss the crisis\n\n")
    s1 = b.add(p1)
    b.add(" " + rng.choice(VERBS) + " ")
    s2 = b.add(p2)
    b.add(" in ")
    sc = b.add(city[0])
    b.add(" on ")
    st = b.add("Monday")
    b.add(". ")
    q1text = rng.choice(quotes[p1])
    b.add('"')
    q1 = b.add(q1text)
    b.add('," ')
    s1b = b.add(p1.split()[-1])
    b.add(" said. ")
    s2b = b.add(p2.split()[-1])
    b.add(" said that ")
    q2 = b.add(rng.choice(quotes[p2]))
    b.add(". Critics called the government of ")
    b.add(p2.split()[-1])
    b.add(" a ")
    label, polarity = rng.choice(LABELS)
    fl = b.add(label)
    b.add(". ")
    generic = rng.random() < 0.3
    if generic:
        word, code, gname, gpol = rng.choice(GENERIC)
        b.add("The ")
        fg = b.add(word)
        b.add(" attacked a checkpoint. ")
    b.add(f"Item {i}. ")
    b.add(_filler(rng, rng.randint(6, 12)))
    text = b.text
    aid = article_id(text)
    e1 = Entity(
        record_id(aid, "entity", s1.start, s1.end),
        p1,
        "PERSON",
        c1,
        "GOV",
        role="foreign minister" if hash(p1) % 3 == 0 else None,
        aliases=[p1.split()[-1]],
        mentions=[s1, s1b],
    )
    e2 = Entity(
        record_id(aid, "entity", s2.start, s2.end),
        p2,
        "PERSON",
        c2,
        "GOV",
        aliases=[p2.split()[-1]],
        mentions=[s2, s2b],
    )
    place = Place(
        record_id(aid, "place", sc.start, sc.end),
        sc,
        city[1],
        city[0],
        "city",
        city[2],
        city[3],
        city[4],
        False,
        0.9,
    )
    tref = TimeRef(
        record_id(aid, "time", st.start, st.end), st, "DATE", day, "day", None, "published"
    )
    quotes_ = [
        Quote(
            record_id(aid, "quote", q.start, q.end),
            kind,
            q,
            None,
            None,
            e.id,
            e.name,
            False,
            1,
            0.9,
            "synth",
        )
        for q, kind, e in ((q1, "direct", e1), (q2, "indirect", e2))
    ]
    trig = Span(
        s1.end + 1,
        s1.end + 1 + len(text[s1.end + 1 : s2.start - 1]),
        text[s1.end + 1 : s2.start - 1],
    )
    ev = Event(
        record_id(aid, "event", trig.start, trig.end),
        "CONSULT",
        None,
        1,
        "040",
        trig,
        [Actor(e1.id, s1, f"{c1}GOV", c1, "GOV", p1)],
        [Actor(e2.id, s2, f"{c2}GOV", c2, "GOV", p2)],
        sc,
        st,
        False,
        False,
        False,
        None,
        0,
        0.9,
        "synth",
        goldstein=1.0,
        place_id=place.id,
        time_id=tref.id,
    )
    framing = [
        Framing(
            record_id(aid, "framing", fl.start, fl.end),
            "name_calling",
            fl,
            label,
            e2.id,
            p2,
            polarity,
            2,
            "synth",
            0.8,
        )
    ]
    if generic:
        framing.append(
            Framing(
                record_id(aid, "framing", fg.start, fg.end),
                "loaded_language",
                fg,
                word,
                None,
                gname,
                gpol,
                3,
                "synth",
                0.8,
                target_code=code,
            )
        )
    outlet = rng.choice(OUTLETS)
    return Article(
        id=aid,
        text=text,
        title=text.split("\n")[0],
        published=day,
        source=Source(url=f"https://{outlet.replace(' ', '').lower()}.example/{i}", outlet=outlet),
        entities=[e1, e2],
        quotes=quotes_,
        events=[ev],
        places=[place],
        times=[tref],
        framing=framing,
    )


def reprint(rng: random.Random, a: Article, i: int) -> Article:
    """A lightly edited copy: a new outlet, a day later, one filler word changed."""
    words = a.text.split(" ")
    j = rng.randrange(len(words) // 2, len(words))
    words[j] = rng.choice(VOCAB)
    text = " ".join(words)
    copy = Article(
        id=article_id(text),
        text=text,
        title=a.title,
        published=a.published,
        source=Source(url=f"https://reprint.example/{i}", outlet=rng.choice(OUTLETS)),
    )
    return copy


def _median_ms(fn: Any, runs: int = 7) -> tuple[float, int]:
    times = []
    n = 0
    for _ in range(runs):
        t0 = time.perf_counter()
        n = len(fn())
        times.append((time.perf_counter() - t0) * 1000)
    return round(statistics.median(times), 1), n


def bench_store(n: int, seed: int = 7, keep: Path | None = None) -> dict[str, Any]:
    from newsgraph.store import Store
    from newsgraph.store.corpus import actors, dedupe, events, statements

    rng = random.Random(seed)
    people = _people(rng, 400)
    quotes = {p: [_filler(rng, 1)[:-1].lower() for _ in range(8)] for p, _ in people}
    out: dict[str, Any] = {"articles": n}
    with tempfile.TemporaryDirectory() as tmp:
        db = keep or Path(tmp) / "synth.db"
        t0 = time.perf_counter()
        arts: list[Article] = []
        with Store(db) as store:
            for i in range(n):
                if arts and rng.random() < 0.15:
                    arts.append(reprint(rng, rng.choice(arts[-500:]), i))
                else:
                    arts.append(synth_article(rng, i, people, quotes))
                if len(arts) % 1000 == 0:
                    store.add_many(arts[-1000:])
            store.add_many(arts[len(arts) - len(arts) % 1000 :])
            out["store_write_s"] = round(time.perf_counter() - t0, 1)
            out["stored"] = store.count()
            conn = store.conn
            for name, module in (
                ("dedupe", dedupe),
                ("actors", actors),
                ("events", events),
                ("statements", statements),
            ):
                t0 = time.perf_counter()
                conn.execute("BEGIN IMMEDIATE")
                module.rebuild(conn)
                conn.execute("COMMIT")
                out[f"{name}_rebuild_s"] = round(time.perf_counter() - t0, 1)
                print(f"{name} rebuild: {out[f'{name}_rebuild_s']} s", flush=True)
            c = conn.execute(
                "SELECT count(DISTINCT cluster_id), sum(is_copy) FROM article_clusters"
            ).fetchone()
            out["clusters"], out["copies"] = c[0], c[1]
            out["actors"] = conn.execute("SELECT count(*) FROM actors").fetchone()[0]
            out["corpus_events"] = conn.execute("SELECT count(*) FROM corpus_events").fetchone()[0]
            out["statements"] = conn.execute("SELECT count(*) FROM statements").fetchone()[0]
            conn.execute("ANALYZE")
            speaker = people[0][0].split()[-1]
            code = f"{people[0][1]}GOV"
            queries = {
                "quotes by speaker (Store.quotes)": lambda: store.quotes(speaker=speaker),
                "statements by speaker or role": lambda: store.statements(speaker=speaker),
                "statements by role 'foreign minister'": lambda: store.statements(
                    speaker="foreign minister", limit=100
                ),
                "events by actor since a date (Store.events)": lambda: store.events(
                    actor=code, since="2018-06-01"
                ),
                "corpus events by actor and date range": lambda: store.corpus_events(
                    actor=code, since="2018-03-01", until="2018-05-31"
                ),
                "framing by outlet for one actor (Store.framing)": lambda: store.framing(
                    actor=people[0][0]
                ),
                "framing by outlet for a generic actor (SYRREB)": lambda: store.framing(
                    actor="SYRREB"
                ),
                "framing records of one outlet (Store.framing_hits)": lambda: store.framing_hits(
                    outlet=OUTLETS[3]
                ),
                "full-text search (2 terms)": lambda: store.search(f"{VOCAB[100]} {VOCAB[300]}"),
                "full-text search (a place name)": lambda: store.search("Geneva"),
                "actors by name": lambda: store.actors(name=speaker),
            }
            out["queries_ms"] = {}
            for label, fn in queries.items():
                ms, rows = _median_ms(fn)
                out["queries_ms"][label] = {"ms": ms, "rows": rows}
                print(f"{label}: {ms} ms ({rows} rows)", flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dask-texts", type=Path)
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--store", type=int, default=0, help="synthesised articles (e.g. 20000)")
    ap.add_argument("--keep", type=Path, help="write the synthesised store here (a new file)")
    args = ap.parse_args()
    result: dict[str, Any] = {
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "load_avg_at_start": [round(x, 2) for x in os.getloadavg()],
        },
    }
    if args.store:
        result["store"] = bench_store(args.store, keep=args.keep)
    if args.dask_texts:
        result["dask"] = bench_dask(args.dask_texts, args.limit, args.batch_size)
    result["machine"]["load_avg_at_end"] = [round(x, 2) for x in os.getloadavg()]
    out = Path(__file__).parent / "results" / "corpus.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
