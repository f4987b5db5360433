"""Ingest on Dask: the client reads sources, workers analyse, the client merges shards.

1. The client reads the sources (files, folders, URLs, stdin), skips articles already in
   the store (same id = same normalised text), and cuts the rest into partitions of
   ``partition_size`` articles.
2. Each partition is a Dask task. A worker analyses it with its own pipeline, loaded once
   per worker process (a cached global) and writes the records to a Parquet shard in the
   dataset folder beside the store (``news.db`` -> ``news.dataset/part-<hash>.parquet``,
   the hash of the partition's article ids, written atomically). A partition whose shard
   already exists (a previous run got that far) is not analysed again, unless some of its
   articles failed (their lines are said again, and a raised budget may let them in).
3. The client merges the finished shards into the store (``INSERT OR IGNORE`` by article
   id; every shard finished by then in one transaction) in the order their partitions were
   cut, whatever order they finish in, so the store is the same with any number of
   workers, and links them into the corpus tables. The store stays the single source of
   truth; merging a shard twice changes nothing.

A worker that dies mid-task (killed, out of memory) is replaced by Dask and its task
rerun elsewhere (up to ``distributed.scheduler.allowed-failures`` times): the shard is
written whole or not at all and merging is idempotent, so nothing is lost or duplicated.
At most ``2 x workers`` partitions are in flight, so client memory stays flat.
"""

from __future__ import annotations

import importlib
import logging
import math
import os
import re
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..errors import NewsgraphError
from ..ingest import Failure, RawArticle, iter_articles
from ..ingest._inputs import store_files
from ..ingest.sources import tell_notes
from ..model import Article
from ..runner import IngestStats
from ..store.copies import CopyFilter
from . import shards

log = logging.getLogger(__name__)

_LOCAL = re.compile(r"local:(\d+)")
_REMOTE = re.compile(r"(tcp|tls|ucx|inproc)://[^\s]+")


class DaskError(NewsgraphError):
    """A Dask cluster cannot be reached or used."""


@dataclass(frozen=True, slots=True)
class DaskSpec:
    """Where to run: ``local`` workers started here, or the scheduler at ``address``."""

    workers: int = 0
    address: str | None = None

    def __str__(self) -> str:
        return self.address or f"local:{self.workers}"


def parse_dask(value: str) -> DaskSpec:
    """``local:N`` or a scheduler address such as ``tcp://HOST:8786``."""
    if m := _LOCAL.fullmatch(value.strip()):
        n = int(m[1])
        if n < 1:
            raise DaskError(f"--dask {value!r}: a local cluster needs at least 1 worker.")
        cores = os.cpu_count() or 1
        if n > max(4, 2 * cores):  # each worker process loads its own model (~1 GB)
            raise DaskError(
                f"--dask {value!r}: {max(4, 2 * cores)} local workers at most on this machine "
                f"({cores} CPU cores; each worker loads its own model)."
            )
        return DaskSpec(workers=n)
    if _REMOTE.fullmatch(value.strip()):
        try:
            urlsplit(value.strip()).port  # noqa: B018 - raises on "tcp://[::1" or a bad port
        except ValueError:
            pass
        else:
            return DaskSpec(address=value.strip())
    raise DaskError(
        f"--dask {value!r} is not a cluster: use local:N (N worker processes here) or a "
        "scheduler address such as tcp://HOST:8786."
    )


@dataclass(frozen=True, slots=True)
class ShardResult:
    """What a worker reports for one partition."""

    shard: str
    articles: int
    failures: list[tuple[str, str]]
    cached: bool = False
    seconds: float = 0.0  # the worker's time on the partition (analysis and shard)
    cpu_seconds: float = 0.0  # the worker process's CPU time meanwhile
    worker: str = ""  # host:pid of the worker process
    started: float = 0.0  # when the worker started and ended the partition (time.time())
    ended: float = 0.0


# -- on the workers --------------------------------------------------------------------------

_PIPELINES: dict[str, Any] = {}


def worker_pipeline(config: dict[str, Any], batch_size: int) -> Any:
    """This worker process's pipeline for ``config``, loaded on first use and kept.

    ``config`` is ``Pipeline.config``; a ``"factory": "module:function"`` entry builds
    something else with ``analyze_many`` instead (``function(config, batch_size)``).
    """
    key = repr(sorted(config.items())) + f":{batch_size}"
    if key not in _PIPELINES:
        log.info("loading the newsgraph pipeline on this worker")
        if "factory" in config:
            module, _, name = config["factory"].partition(":")
            factory = getattr(importlib.import_module(module), name)
            _PIPELINES[key] = factory(config, batch_size)
        else:
            from ..api import Pipeline

            options = {k: v for k, v in config.items() if k != "model"}
            _PIPELINES[key] = Pipeline(config["model"], batch_size=batch_size, **options)
    return _PIPELINES[key]


def analyse_partition(
    config: dict[str, Any],
    batch_size: int,
    raws: list[RawArticle],
    published: str | None,
    shard: str,
) -> ShardResult:
    """Analyse one partition and write its shard (the Dask task)."""
    started, cpu, epoch = time.perf_counter(), time.process_time(), time.time()
    worker = f"{socket.gethostname()}:{os.getpid()}"
    path = Path(shard)
    # hard39: a shard whose partition had failures is not reused: the rerun dropped their
    # lines, and an article over a budget the rerun raised (--max-chars, --timeout) stayed
    # unstored; the partition is analysed again and its shard replaced
    if path.exists() and not shards.read_failures(path):
        return ShardResult(shard, -1, [], cached=True, worker=worker, started=epoch, ended=epoch)
    pipe = worker_pipeline(config, batch_size)
    articles: list[Article] = []
    failures: list[tuple[str, str]] = []
    for item in pipe.analyze_many(raws, published=published):
        if isinstance(item, Failure):
            failures.append((item.source, item.reason))
        else:
            articles.append(item)
    shards.write(path, articles, failures)
    return ShardResult(
        shard,
        len(articles),
        failures,
        seconds=time.perf_counter() - started,
        cpu_seconds=time.process_time() - cpu,
        worker=worker,
        started=epoch,
        ended=time.time(),
    )


Analyse = Callable[[dict[str, Any], int, list[RawArticle], str | None, str], ShardResult]


# -- on the client ---------------------------------------------------------------------------


def _partitions(
    store: Any,
    sources: list[str],
    size: int,
    stats: IngestStats,
    clean: bool,
    max_bytes: int,
    on_failure: Callable[[Failure], None] | None,
    workers: int = 1,
    published: str | None = None,
    non_english: str = "skip",
) -> Iterator[list[RawArticle]]:
    """New articles from ``sources``, in partitions of ``size``; failures reported.
    ``non_english``: as ``ingest``'s (ux30: it was the library's ``keep`` here, so
    ``--workers``/``--dask`` stored the articles a serial run skips, without a line).

    The first partition for each worker goes out as soon as it is read, so no worker waits
    for the read-ahead; after that the client reads ``2 x workers + 1`` partitions ahead,
    and once the sources are exhausted the rest goes out in shrinking partitions (each
    ``1 / (2 x workers)`` of what is left, at least one article), so the workers run out of
    work together instead of one finishing a whole partition alone while the others idle.
    """
    batch: list[RawArticle] = []
    ahead: list[RawArticle] = []
    lookahead = size * (2 * workers + 1)
    early = workers  # partitions yielded before the read-ahead fills
    copies = CopyFilter(store)  # another outlet's copy of a stored text is new (ux26)

    def fresh(items: list[RawArticle]) -> list[RawArticle]:
        kept = copies.new(items)
        # only a new article's "no publication date" and "not English" lines (ux28, ux30),
        # no date line under --published
        for raw in kept:
            tell_notes(raw, undated=published is None)
        stats.skipped += len(items) - len(kept)
        return kept

    own = store_files(store.path)  # a folder being ingested may hold the store (ux24)
    for item in iter_articles(
        sources,
        clean=clean,
        max_bytes=max_bytes,
        non_english=non_english,
        exclude=own,
        defer_notes=True,
    ):
        if isinstance(item, Failure):
            stats.failed += 1
            if on_failure:
                on_failure(item)
            continue
        batch.append(item)
        if len(batch) >= size:
            ahead += fresh(batch)
            batch = []
            while early and len(ahead) >= size:
                early -= 1
                yield ahead[:size]
                del ahead[:size]
            while len(ahead) >= lookahead:
                yield ahead[:size]
                del ahead[:size]
    if batch:
        ahead += fresh(batch)
    while ahead:
        piece = max(1, min(size, math.ceil(len(ahead) / (2 * workers))))
        yield ahead[:piece]
        del ahead[:piece]


def _client(spec: DaskSpec) -> tuple[Any, Any]:
    """A distributed Client (and the LocalCluster it owns, if any)."""
    try:
        from distributed import Client
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise DaskError(f"Dask is missing ({exc}): pip install 'dask[distributed]'.") from None
    if spec.address:
        try:
            return Client(spec.address, timeout="10s"), None
        except (OSError, TimeoutError) as exc:
            raise DaskError(
                f"cannot reach the Dask scheduler at {spec.address} ({exc}); start one with "
                "`dask scheduler` and workers with `dask worker ADDRESS` (see docs/scale.md)."
            ) from None
    cluster = local_cluster(spec.workers)
    return Client(cluster), cluster


#: Dask settings for the local clusters newsgraph starts. Distributed's defaults cost an idle
#: ``local:2`` cluster about 4 % of a core in the client process (scheduler and nannies) and
#: 3 % in each worker, more while a task runs (the profiler walks the task's stack, holding
#: the GIL): CPU the workers' analysis needs when there are as many workers as cores. Off or
#: slower here: the statistical profiler (the dashboard's profile page; every 10 ms), the
#: event-loop tick (only for "event loop unresponsive" warnings; every 20 ms), and the
#: memory and system monitors (every 100 and 500 ms). Measured, idle ``local:2``: client
#: 43 -> 6 ms of CPU per second, each worker 28 -> 2.5 ms (docs/scale.md). The nannies still
#: pin OpenMP/OpenBLAS/MKL to one thread per worker but no longer set glibc's
#: ``MALLOC_TRIM_THRESHOLD_`` to 64 KiB: with it, malloc handed the memory of every parsed
#: document back to the kernel and faulted it in again (13x the page faults, 3-5 % more CPU
#: per article, and page zeroing that takes memory bandwidth from the other worker).
_DASK_TRIM_THRESHOLD = 65536  # distributed.nanny.pre-spawn-environ's default
LOCAL_CLUSTER_CONFIG: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.nanny.pre-spawn-environ": {
        "OMP_NUM_THREADS": 1,
        "MKL_NUM_THREADS": 1,
        "OPENBLAS_NUM_THREADS": 1,
    },
    # hard39: Ctrl-C is the client's alone (it closes the cluster); a worker it reached
    # printed tracebacks under the client's one line
    "distributed.worker.preload": ["newsgraph.scale._worker_sigint"],
}


def local_cluster(workers: int, **kwargs: Any) -> Any:
    """A ``LocalCluster`` of ``workers`` single-threaded worker processes with
    :data:`LOCAL_CLUSTER_CONFIG` (the nannies pin BLAS/OpenMP to one thread per worker)."""
    import dask
    from distributed import LocalCluster

    options: dict[str, Any] = {
        "n_workers": workers,
        "threads_per_worker": 1,
        "processes": True,
        "dashboard_address": ":0",  # any free port: 8787 may belong to another cluster
        "silence_logs": logging.ERROR,
        **kwargs,
    }
    # a nanny with Dask's defaults leaves its trim threshold in this process's environment
    # (os.environ.update before spawning), where our workers would inherit it
    if os.environ.get("MALLOC_TRIM_THRESHOLD_") == str(_DASK_TRIM_THRESHOLD):
        del os.environ["MALLOC_TRIM_THRESHOLD_"]
    from distributed.deploy.spec import SpecCluster

    known = set(getattr(SpecCluster, "_instances", ()))
    with dask.config.set(LOCAL_CLUSTER_CONFIG):  # the nannies hand it to their workers
        try:
            return LocalCluster(**options)
        except KeyboardInterrupt:
            _forget_unstarted(known)
            raise


def _forget_unstarted(known: set[Any]) -> None:
    """hard39: Ctrl-C while a local cluster starts left it half made, and distributed's exit
    hook, closing it, printed "Exception ignored in atexit callback ... AssertionError:
    Status.init" under the one line. It is left out of that hook: its worker processes end
    with this process (each watches its parent), as its nannies live in this one."""
    from distributed.deploy.spec import SpecCluster

    for cluster in list(getattr(SpecCluster, "_instances", ())):
        if cluster not in known:  # the one being made
            cluster.shutdown_on_close = False


def ingest_dask(
    sources: list[str],
    db: str | Path,
    spec: DaskSpec,
    config: dict[str, Any],
    *,
    batch_size: int = 32,
    partition_size: int | None = None,
    published: str | None = None,
    clean: bool = True,
    max_bytes: int = 5_000_000,
    non_english: str = "skip",
    on_failure: Callable[[Failure], None] | None = None,
    on_progress: Callable[[IngestStats], None] | None = None,
    analyse: Analyse = analyse_partition,
    client: Any = None,
    timeline: list[tuple[str, str, float, float]] | None = None,
    stats: IngestStats | None = None,
) -> IngestStats:
    """Analyse ``sources`` on the Dask cluster ``spec`` into the store at ``db``.

    ``config`` is the pipeline's configuration (``Pipeline.config``: model, dictionaries,
    budgets); each worker builds its pipeline from it once. ``client``: an existing
    ``distributed.Client`` to use instead of ``spec``. ``timeline``: a list that receives
    ``("task", worker, start, end)`` for every partition and ``("merge", "client", start,
    end)`` for every merge (``time.time()`` seconds), to see when each process was busy.
    ``IngestStats.seconds`` holds wall seconds by phase and CPU seconds: ``client_cpu`` (the
    client process, Dask's threads included), ``client_read_cpu`` and ``client_merge_cpu``
    (this thread's reading and merging), ``workers_cpu`` (the workers on their partitions).

    Finished partitions are merged in the order they were cut from the sources, whatever
    order the workers finish them in, so the store is the same with any number of workers.
    ``stats``: the counts to update as the run goes (what a caller reports when the run is
    interrupted: a merge cut short is rolled back whole, its shards stay for the rerun).
    ``non_english``: ``skip`` (default) or ``flag`` articles in another language, as a serial
    ``ingest`` does.
    """
    from distributed import as_completed

    from ..store.sqlite import Store

    stats = stats if stats is not None else IngestStats()
    folder = shards.dataset_dir(db).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    owned, given = None, client is not None
    if client is None:
        client, owned = _client(spec)
    size = partition_size or batch_size
    cpu = time.process_time()  # this process: reading, merging, linking, Dask's client side
    finished_run = False  # the cluster's shutdown lines are kept when an error stopped it
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or spec.workers or 1)
        with Store(db) as store:
            linker = store.corpus_linker()
            parts = _partitions(
                store,
                sources,
                size,
                stats,
                clean,
                max_bytes,
                on_failure,
                n_workers,
                published,
                non_english,
            )
            futures = as_completed()
            order: dict[str, int] = {}  # future key -> the partition's place in the sources
            cut = 0  # partitions cut so far
            finished: dict[int, ShardResult] = {}  # done, waiting for earlier partitions
            merged = 0  # partitions merged so far (the first `merged` in source order)

            def submit_next() -> bool:
                nonlocal cut
                t, c = time.perf_counter(), time.thread_time()
                part = next(parts, None)
                stats.timed("client_read", time.perf_counter() - t)
                stats.timed("client_read_cpu", time.thread_time() - c)
                if part is None:
                    return False
                shard = str(folder / shards.shard_name(r.article_id for r in part))
                future = client.submit(
                    analyse, config, batch_size, part, published, shard, pure=False
                )
                order[future.key] = cut
                cut += 1
                futures.add(future)
                return True

            inflight = 0
            while inflight < 2 * n_workers and submit_next():
                inflight += 1
            waited = time.perf_counter()
            # every partition finished by now (and all before it) merged together: one
            # transaction and one linking pass, so a client that falls behind catches up in
            # bigger steps
            for done in futures.batches():
                stats.timed("client_wait", time.perf_counter() - waited)
                for future in done:
                    inflight -= 1
                    try:
                        finished[order.pop(future.key)] = future.result()
                    except Exception as exc:
                        raise DaskError(
                            f"a partition failed on the Dask cluster {spec} "
                            f"({type(exc).__name__}: {exc}); rerun to resume: finished "
                            f"partitions are kept in {folder}."
                        ) from None
                while inflight < 2 * n_workers and submit_next():  # keep the workers busy
                    inflight += 1
                results: list[ShardResult] = []
                while merged in finished:
                    results.append(finished.pop(merged))
                    merged += 1
                if not results:
                    waited = time.perf_counter()
                    continue
                for result in results:
                    for source, reason in result.failures:
                        stats.failed += 1
                        if on_failure:
                            on_failure(Failure(source, reason))
                    stats.timed("workers", result.seconds)
                    stats.timed("workers_cpu", result.cpu_seconds)
                    if timeline is not None and not result.cached:
                        timeline.append(("task", result.worker, result.started, result.ended))
                began, c = time.time(), time.thread_time()
                total, added = merge_shards(store, [Path(r.shard) for r in results], linker, stats)
                stats.timed("client_merge_cpu", time.thread_time() - c)
                if timeline is not None:
                    timeline.append(("merge", "client", began, time.time()))
                stats.added += added
                stats.skipped += total - added
                if on_progress:
                    on_progress(stats)
                waited = time.perf_counter()
        finished_run = True
    except KeyboardInterrupt:
        # Ctrl-C reached the local workers too; closing the cluster kills what is left of them
        # and distributed's lines about it ("Worker process still alive after 4.0 seconds,
        # killing") would bury the caller's one line on what is kept (ux23)
        if owned is not None:
            logging.getLogger("distributed").setLevel(logging.CRITICAL)
        raise
    finally:
        stats.timed("client_cpu", time.process_time() - cpu)
        with _quiet_close(owned is not None and finished_run):
            if not given:
                client.close()
            if owned is not None:
                owned.close()
    return stats


@contextmanager
def _quiet_close(owned: bool) -> Iterator[None]:
    """Closing the local cluster newsgraph started, after its work is merged: distributed's
    lines about stopping it ("Worker process still alive after 4.0 seconds, killing", when a
    loaded machine is slow to end a worker that holds the model) read as a failure at the end
    of a run that succeeded (ux28); they are not shown. After an error they stay (they may
    tell why), and a cluster the user gave is not ours."""
    if not owned:
        yield
        return
    logger = logging.getLogger("distributed")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def merge_shard(
    store: Any, path: Path, linker: Any = None, stats: IngestStats | None = None
) -> tuple[int, int]:
    """Merge one shard into ``store`` (idempotent): (articles in it, articles new)."""
    return merge_shards(store, [path], linker, stats)


def merge_shards(
    store: Any, paths: list[Path], linker: Any = None, stats: IngestStats | None = None
) -> tuple[int, int]:
    """Merge shards into ``store`` in one transaction, then link them (idempotent):
    (articles in them, articles new)."""
    t0 = time.perf_counter()
    prepared: list[dict[str, list[dict[str, Any]]]] = []
    articles: list[Article] = []
    for path in paths:
        rows = shards.read_rows(path)  # the rows the worker made; None for an older shard
        if rows is None:
            articles += shards.read(path)
        else:
            prepared += rows
    t1 = time.perf_counter()
    ids = [rows["articles"][0]["id"] for rows in prepared] + [a.id for a in articles]
    added = store.add_rows(prepared, commit=False) + store.add_many(articles, commit=False)
    store.commit()
    t2 = time.perf_counter()
    if linker is not None:
        linker.add(ids)
    if stats is not None:
        stats.timed("client_shard_read", t1 - t0)
        stats.timed("client_store", t2 - t1)
        stats.timed("client_link", time.perf_counter() - t2)
    return len(ids), int(added)


def merge_dataset(store: Any, folder: str | Path) -> int:
    """Merge every shard of a dataset folder into ``store``; returns the new articles."""
    linker = store.corpus_linker()
    return sum(
        merge_shard(store, p, linker)[1] for p in sorted(Path(folder).glob("part-*.parquet"))
    )
