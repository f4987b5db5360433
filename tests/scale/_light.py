"""A light stand-in pipeline for the Dask tests (no spaCy model): it records each load
and, when asked, kills its own worker process the first time it analyses anything."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsgraph.ingest import Failure, RawArticle
from newsgraph.model import Article, Source, article_id


class LightPipeline:
    def __init__(self, config: dict[str, Any], batch_size: int) -> None:
        self.config = config
        self.batch_size = batch_size
        with Path(config["loads"]).open("a", encoding="utf-8") as f:
            f.write(f"{os.getpid()}\n")

    def analyze_many(
        self, items: Iterable[RawArticle | Failure], published: str | None = None
    ) -> Iterator[Article | Failure]:
        if self.config.get("sleep"):  # a long task: the run is in progress until killed
            with Path(self.config["loads"]).with_suffix(".busy").open("a") as f:
                f.write(f"{os.getpid()}\n")
            time.sleep(float(self.config["sleep"]))
        marker = self.config.get("kill_once")
        if marker:
            try:
                fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                pass
            else:
                os.close(fd)
                os.kill(os.getpid(), signal.SIGKILL)  # this worker dies mid-task
        for raw in items:
            if isinstance(raw, Failure):
                yield raw
                continue
            if "SLOW" in raw.text and self.config.get("slow_until_shard_in"):
                # finish only after another partition's shard is written (then 1 s more)
                folder = Path(self.config["slow_until_shard_in"])
                deadline = time.monotonic() + 60
                while not list(folder.glob("part-*.parquet")) and time.monotonic() < deadline:
                    time.sleep(0.05)
                time.sleep(1)
            if "FAIL" in raw.text and not self.config.get("let_fails_in"):
                yield Failure(raw.path or "?", "analysis failed (test)")
            else:
                yield Article(
                    id=article_id(raw.text),
                    text=raw.text,
                    title=raw.title,
                    published=published or raw.published,
                    source=Source(path=raw.path, outlet="Test Wire"),
                )


def make(config: dict[str, Any], batch_size: int) -> LightPipeline:
    return LightPipeline(config, batch_size)
