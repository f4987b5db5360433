"""Streaming ingest into a store: batched model runs, one commit per batch, resumable."""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import re
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .api import DEFAULT_MAX_CHARS, DEFAULT_TIMEOUT, Pipeline
from .errors import NewsgraphError
from .ingest import Failure, RawArticle, iter_articles
from .ingest._inputs import _kind_of, _walk, store_files
from .ingest._safe import crashed, display_text
from .ingest.sources import tell_notes
from .model import Article

if TYPE_CHECKING:
    from .store.copies import CopyFilter

log = logging.getLogger(__name__)

Item = Article | Failure


@dataclass
class IngestStats:
    added: int = 0
    skipped: int = 0
    failed: int = 0
    #: seconds by phase where the runner measures them (the Dask runner: client and workers)
    seconds: dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    def timed(self, phase: str, seconds: float) -> None:
        self.seconds[phase] = self.seconds.get(phase, 0.0) + seconds


#: seconds between two plain progress lines (:class:`ProgressLines`)
PROGRESS_EVERY = 30.0


class ProgressLines:
    """A plain progress line at most every :data:`PROGRESS_EVERY` seconds, for a run whose
    progress cannot be drawn live: stderr is a log file or a pipe, not a terminal (rich then
    shows the bar once, at the end), or a Dask run (a spinner only). A long run said nothing
    for hours (ux28)."""

    def __init__(
        self, console: Console, label: str, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.console, self.label, self.clock = console, label, clock
        self.start = self.last = clock()

    def __call__(self, stats: IngestStats) -> None:
        self.say(
            lambda: f"{stats.added} added, {stats.skipped} already stored, {stats.failed} failed"
        )

    def say(self, counts: Callable[[], str]) -> None:
        """The line ``LABEL: COUNTS (m:ss so far)``, when its time has come."""
        now = self.clock()
        if now - self.last < PROGRESS_EVERY:
            return
        self.last = now
        minutes, seconds = divmod(int(now - self.start), 60)
        self.console.print(
            f"{self.label}: {counts()} ({minutes}:{seconds:02d} so far)", highlight=False
        )


#: the most bytes of JSON Lines read to count their records for the bar (ux41): past it the
#: count alone is shown, as for a stream
COUNT_BYTES = 2 << 30

#: a line holding nothing but blanks (skipped by the JSONL reader, so not counted)
_BLANK_LINE = re.compile(rb"^[ \t\r\f\v]*\n", re.M)


def count_jsonl_records(path: Path, chunk: int = 1 << 20) -> int:
    """How many records a JSON Lines file holds: its lines that are not blank, found by a byte
    scan (no JSON parsing, one chunk of memory whatever the line lengths). Each such line is
    one item of ingest (an article or a Failure naming the line), one step of the bar (ux41).
    """
    n = 0
    open_line = False  # the line cut by the last chunk's end holds something
    with path.open("rb") as fh:
        while data := fh.read(chunk):
            first = data.find(b"\n")
            if first < 0:
                open_line = open_line or bool(data.strip())
                continue
            n += open_line or bool(data[:first].strip())
            body = data[first + 1 :]
            cut = body.rfind(b"\n") + 1
            n += body.count(b"\n", 0, cut) - len(_BLANK_LINE.findall(body, 0, cut))
            open_line = bool(body[cut:].strip())
    return n + open_line


class _Budget:
    """The bytes of JSON Lines that may still be scanned to count their records."""

    def __init__(self, left: int) -> None:
        self.left = left

    def records(self, path: Path) -> int | None:
        """The records of the JSON Lines file ``path``; None when gzip'd (a stream to inflate),
        past the budget or unreadable."""
        if path.name.lower().endswith(".gz"):
            return None
        try:
            size = path.stat().st_size
            if size > self.left:
                return None
            self.left -= size
            return count_jsonl_records(path)
        except OSError:
            return None  # its reader says what is wrong, in one line


def _count_inputs(
    sources: list[str], skip: frozenset[Path] = frozenset(), budget: int = COUNT_BYTES
) -> int | None:
    """How many items the sources expand to (for the progress bar); None when unknown.
    A file is one item, a JSON Lines file one per record (ux41: counted when it is not
    gzip'd and the JSONL files come to at most ``budget`` bytes); stdin, URLs, WARCs, feeds
    and URL lists are not known up front.
    ``skip``: the store's own files, which a folder walk leaves out (:func:`store_files`)."""
    n = 0
    left = _Budget(budget)
    for s in sources:
        p = Path(s)
        if s == "-" or s.startswith(("http://", "https://")):
            return None
        try:
            folder = p.is_dir()
        except OSError:  # hard38: a path this user may not look at was a traceback here
            folder = False  # its reader says so in one line
        files = list(_walk(p, skip=skip)) if folder else [p]  # what ingest reads (ux22)
        if folder and not files:
            n += 1  # an empty folder is one failure line (ux24)
        for f in files:
            count = _count_file(f, left, in_folder=folder)
            if count is None:
                return None
            n += count
    return n


def _count_file(path: Path, budget: _Budget, *, in_folder: bool) -> int | None:
    """The items of one file: 1, a JSON Lines file's records, or None when not known."""
    if _kind_of(path) == "jsonl":
        return budget.records(path)
    name = path.name.lower()
    if in_folder:
        multi = (".warc", ".warc.gz", ".urls", ".rss", ".atom", ".xml")
        return None if name.endswith(multi) else 1
    return None if path.suffix in {".warc", ".gz", ".urls", ".rss", ".atom", ".xml"} else 1


def ingest(
    sources: str | Path | Iterable[str | Path],
    db: Path | str,
    *,
    pipeline: Pipeline | None = None,
    published: str | None = None,
    workers: int = 1,
    clean: bool = True,
    max_bytes: int = 5_000_000,
    max_chars: int = DEFAULT_MAX_CHARS,
    timeout: float | None = DEFAULT_TIMEOUT,
    batch_size: int = 32,
    non_english: str = "skip",
    on_failure: Callable[[Failure], None] | None = None,
) -> IngestStats:
    """Stream ``sources`` (paths, folders, URLs, feeds, ``-``) into the store at ``db``.

    The public batch call, as ``newsgraph.ingest(sources, db)``: idempotent and resumable
    (articles already stored are skipped before the model runs), one commit per batch, each
    bad input reported to ``on_failure`` (by default logged as a warning naming it) while the
    run goes on. ``pipeline`` reuses a loaded :class:`Pipeline`; otherwise one is built with
    ``batch_size``, ``max_chars`` and ``timeout``. ``non_english``: ``skip`` (default) or
    ``flag`` articles in another language. Returns the counts.
    """
    if isinstance(sources, str | Path):
        sources = [sources]
    if pipeline is None:
        pipeline = Pipeline(batch_size=batch_size, max_chars=max_chars, timeout=timeout)
    return ingest_sources(
        pipeline,
        [str(s) for s in sources],
        db,
        published=published,
        workers=workers,
        clean=clean,
        max_bytes=max_bytes,
        on_failure=on_failure or _log_failure,
        non_english=non_english,
    )


def _log_failure(failure: Failure) -> None:
    log.warning("%s", failure)


def ingest_sources(
    pipe: Pipeline,
    sources: list[str],
    db: Path | str,
    *,
    published: str | None = None,
    workers: int = 1,
    clean: bool = True,
    max_bytes: int = 5_000_000,
    on_failure: Callable[[Failure], None] | None = None,
    console: Console | None = None,
    non_english: str = "skip",
    stats: IngestStats | None = None,
) -> IngestStats:
    """Analyse ``sources`` into the store at ``db``.

    Articles already stored (same id = same normalised text) are skipped before the model
    runs; each batch is committed in one transaction, so a killed run loses at most one
    batch and a rerun completes it without duplicates. ``stats``: the counts to update as
    batches are committed (what a caller reports when the run is interrupted).
    """
    from .store.copies import CopyFilter
    from .store.sqlite import Store

    stats = IngestStats() if stats is None else stats
    own = store_files(db)  # a folder being ingested may hold the store itself (ux24)
    total = _count_inputs(sources, own)
    progress = Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[status]}"),
        TimeElapsedColumn(),
        console=console,
        transient=False,
        disable=console is None,
    )
    with Store(db) as store, progress:
        task = progress.add_task("ingest", total=total, status="")

        def report(failure: Failure) -> None:
            stats.failed += 1
            progress.advance(task)
            if on_failure:
                on_failure(failure)

        copies = CopyFilter(store)
        tell = published is None  # --published dates every article: no "no date" lines (ux28)

        def fresh() -> Iterator[RawArticle]:
            batch: list[RawArticle] = []
            for item in iter_articles(
                sources,
                clean=clean,
                max_bytes=max_bytes,
                non_english=non_english,
                exclude=own,
                defer_notes=True,
            ):
                if isinstance(item, Failure):
                    report(item)
                    continue
                batch.append(item)
                if len(batch) >= pipe.batch_size:
                    yield from _new_only(copies, batch, stats, progress, task, tell)
                    batch = []
            yield from _new_only(copies, batch, stats, progress, task, tell)

        if workers > 1:
            stream: Iterator[Article | Failure] = _parallel(pipe, fresh(), published, workers)
        else:
            stream = _serial(pipe, fresh(), published)
        pending: list[Article] = []
        seen: set[str] = set()
        linker = _corpus_linker(store)
        plain = console is not None and not console.is_terminal
        lines = ProgressLines(console, "ingest") if plain and console is not None else None

        def flush() -> None:
            failures = _store_batch(store, pending, stats)
            linker.add(a.id for a in pending)
            progress.advance(task, len(pending) - len(failures))
            for failure in failures:
                report(failure)
            progress.update(task, status=f"{stats.added} stored")
            if lines is not None and pending:
                lines(stats)
            pending.clear()

        for art in stream:
            if isinstance(art, Failure):
                report(art)
                continue
            if art.id in seen:
                stats.skipped += 1
                progress.advance(task)
                continue
            seen.add(art.id)
            pending.append(art)
            if len(pending) >= pipe.batch_size:
                flush()
        flush()
    return stats


def _corpus_linker(store: Any) -> Any:
    """The corpus updater for ``store``, after linking articles a killed run left unlinked."""
    return store.corpus_linker()


def _store_batch(store: Any, batch: list[Article], stats: IngestStats) -> list[Failure]:
    """Store ``batch``; articles another run stored meanwhile count as already stored.

    When the batch cannot be stored because of one article (text the database refuses),
    the articles are stored one by one and the bad one becomes a Failure naming it; a
    store-level error (disk full, locked) still stops the run with its one line.
    """
    if not batch:
        return []
    try:
        added = store.add_many(batch)
    except NewsgraphError:
        raise
    except Exception:
        log.debug("a batch could not be stored; storing its articles one by one", exc_info=True)
    else:
        stats.added += added
        stats.skipped += len(batch) - added
        return []
    failures: list[Failure] = []
    for art in batch:
        try:
            new = store.add_many([art])
        except NewsgraphError:
            raise
        except Exception as exc:
            failures.append(crashed(_article_name(art), exc, "storing"))
            continue
        stats.added += new
        stats.skipped += 1 - new
    return failures


def _article_name(art: Article) -> str:
    src = art.source
    return display_text(src.path or src.url or (art.title or art.text[:40]).strip() or art.id)


def _raw_name(raw: RawArticle) -> str:
    return display_text(raw.path or raw.url or (raw.title or raw.text[:40]).strip() or "<text>")


def _analyse(pipe: Pipeline, batch: list[RawArticle], published: str | None) -> list[Item]:
    """One batch analysed; if analysis raises anyway, each article alone, crashes named."""
    try:
        return list(pipe.analyze_many(batch, published=published))
    except Exception:
        log.debug("a batch failed; analysing its %d articles one by one", len(batch), exc_info=True)
    results: list[Item] = []
    for raw in batch:
        try:
            results.extend(pipe.analyze_many([raw], published=published))
        except Exception as exc:
            results.append(crashed(_raw_name(raw), exc, "analysing"))
    return results


def _batches(raws: Iterator[RawArticle], size: int) -> Iterator[list[RawArticle]]:
    batch: list[RawArticle] = []
    for raw in raws:
        batch.append(raw)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _serial(pipe: Pipeline, raws: Iterator[RawArticle], published: str | None) -> Iterator[Item]:
    for batch in _batches(raws, pipe.batch_size):
        yield from _analyse(pipe, batch, published)


_WORKER: Pipeline | None = None


def _die_with_parent(parent: int) -> None:
    """Make this worker process exit when its parent dies, even by SIGKILL.

    On Linux the kernel delivers SIGKILL to the worker when the parent goes
    (``prctl(PR_SET_PDEATHSIG)``); everywhere a daemon thread also watches the parent's pid
    and exits the worker when it changes (the worker was re-parented), within a second.
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # pragma: no cover - no prctl: the thread still watches
            log.debug("prctl(PR_SET_PDEATHSIG) unavailable", exc_info=True)
    if os.getppid() != parent:  # the parent died before the guard was set
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="newsgraph-parent-watch", daemon=True).start()


_PR_SET_PDEATHSIG = 1


def _worker_init(config: dict[str, Any], batch_size: int, parent: int) -> None:
    global _WORKER
    _die_with_parent(parent)
    _WORKER = Pipeline(
        config["model"],
        actors=config["actors"],
        agents=config["agents"],
        patterns=config["patterns"],
        batch_size=batch_size,
        max_chars=config.get("max_chars", DEFAULT_MAX_CHARS),
        timeout=config.get("timeout", DEFAULT_TIMEOUT),
    )


def _worker_run(batch: list[RawArticle], published: str | None) -> list[Item]:
    assert _WORKER is not None
    return _analyse(_WORKER, batch, published)


def _parallel(
    pipe: Pipeline, raws: Iterator[RawArticle], published: str | None, workers: int
) -> Iterator[Item]:
    """Analyse batches in ``workers`` processes (each loads the model once), in input order.

    At most two batches per worker are in flight, so memory stays flat on any corpus size.
    A batch whose worker dies is reported article by article (one line each).
    """
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        workers,
        mp_context=ctx,
        initializer=_worker_init,
        initargs=(pipe.config, pipe.batch_size, os.getpid()),
    ) as pool:
        inflight: deque[tuple[list[RawArticle], Future[list[Item]]]] = deque()
        for batch in _batches(raws, pipe.batch_size):
            inflight.append((batch, pool.submit(_worker_run, batch, published)))
            while len(inflight) >= 2 * workers:
                yield from _collect(*inflight.popleft())
        while inflight:
            yield from _collect(*inflight.popleft())


def _collect(batch: list[RawArticle], future: Future[list[Item]]) -> list[Item]:
    try:
        return future.result()
    except Exception as exc:  # a worker died or could not send its results back
        return [crashed(_raw_name(raw), exc, "analysing in a worker process") for raw in batch]


def _new_only(
    copies: CopyFilter,
    batch: list[RawArticle],
    stats: IngestStats,
    progress: Any,
    task: Any,
    tell: bool = True,
) -> list[RawArticle]:
    """The articles of ``batch`` not stored yet (another outlet's copy of a stored text is
    new: :mod:`newsgraph.store.copies`); the others count as already stored. Only a new
    article's "no publication date" and "not English" lines are said (ux28, ux30: a rerun
    repeated them for each stored one; the run's summary line counts them as already stored),
    and no date line when ``tell`` is false (``--published`` gives every article its date)."""
    kept = copies.new(batch)
    for raw in kept:
        tell_notes(raw, undated=tell)
    stats.skipped += len(batch) - len(kept)
    progress.advance(task, len(batch) - len(kept))
    return kept
