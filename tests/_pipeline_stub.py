"""A model-free stand-in for ``api.Pipeline`` and a folder of three short articles, shared by
the CLI tests that interrupt ``analyze``/``extract`` (Ctrl-C at a text holding ``STOP``); a
folder of talks in up to six towns and ``ingest`` in batches of two, shared by the tests that
stop, lock or interrupt an ``ingest`` run."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsgraph import api, cli
from newsgraph.model import Article, Source, article_id
from newsgraph.nlp.places import gazetteer


class Interrupting:
    """Stands in for Pipeline (no model): Ctrl-C when it reaches a text holding ``STOP``."""

    def __init__(self, **kw: Any) -> None:
        self.batch_size = 32

    def analyze_many(self, items: Iterable[Any], published: str | None = None) -> Iterator[Any]:
        for raw in items:
            if "STOP" in raw.text:
                raise KeyboardInterrupt
            yield Article(id=article_id(raw.text), text=raw.text, source=Source(path=raw.path))


def stub_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pipeline stubbed with :class:`Interrupting`; ``tmp_path/in`` holds a0..a2.txt."""
    monkeypatch.setattr(api, "Pipeline", Interrupting)
    monkeypatch.setattr(gazetteer, "index_ready", lambda: True)
    (tmp_path / "in").mkdir()
    for i, town in enumerate(["Oslo", "Bergen", "Lima"]):
        body = f"Ministers of Norway and Chile met in {town} on Monday to discuss item {i}."
        (tmp_path / "in" / f"a{i}.txt").write_text(f"Talks in {town}\n\n{body}\n")
    return tmp_path / "in"


TOWNS = ["Oslo", "Bergen", "Lima", "Quito", "Tromso", "Arica"]


def fishing_talks(folder: Path, towns: int = 6, marker: str = "", at: int = 4) -> Path:
    """Make ``folder`` holding a0.txt.. (talks on fishing in the first ``towns`` of
    :data:`TOWNS`); with ``marker``, text ``at`` ends in it (`` STOP``, `` LOCK``)."""
    folder.mkdir()
    for i, town in enumerate(TOWNS[:towns]):
        end = f" {marker}" if marker and i == at else ""
        body = f"Ministers of Norway and Chile met in {town} on Monday to discuss fishing.{end}"
        (folder / f"a{i}.txt").write_text(f"Talks {i}\n\n{body}\n")
    return folder


def ingest_in_twos(folder: Path, db: Path, *options: str) -> Any:
    """``newsgraph ingest FOLDER --db DB --batch-size 2 [OPTIONS]`` through the CLI runner."""
    args = ["ingest", str(folder), "--db", str(db), "--batch-size", "2", *options]
    return CliRunner().invoke(cli.app, args)
