"""The examples each command's ``--help`` ends with (ux40: no command's help showed how it is
run; a first-time user had the README's table to go by), and the reflowing of a help text's
wrapped paragraphs.

:func:`examples` gives a command's ``epilog``: "Examples:" and one command line a line (Typer
keeps single line breaks in an epilog; lines are kept under 78 characters so an 80-column
terminal does not wrap one). Each example is a real command line: a test
(``tests/test_cli_ux40_help_examples.py``) parses every one with its command's own options.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import TypeVar

#: command path ("events", "train quotes") -> example command lines, most common use first
EXAMPLES: dict[str, tuple[str, ...]] = {
    # `newsgraph --help`: a first hour, from one article to a store and its web page
    "newsgraph": (
        "newsgraph analyze article.txt --published 2018-08-29",
        "newsgraph ingest corpus/ --db news.db",
        "newsgraph quotes --db news.db --speaker Lavrov",
        "newsgraph export --db news.db --table events --out events.csv",
        "newsgraph serve --db news.db",
    ),
    "version": ("newsgraph version",),
    "extract": (
        "newsgraph extract page.html",
        "newsgraph extract corpus/ --jsonl > extracted.jsonl",
    ),
    "analyze": (
        "newsgraph analyze article.txt --published 2018-08-29",
        "newsgraph analyze article.txt --json > article.json",
        "newsgraph analyze corpus/ --jsonl > records.jsonl",
    ),
    "ingest": (
        "newsgraph ingest corpus/ --db news.db",
        "newsgraph ingest articles.jsonl https://example.org/feed --db news.db",
        "newsgraph ingest corpus/ --db news.db --workers 2",
    ),
    "show": (
        "newsgraph show 83bfed67 --db news.db",
        "newsgraph show 83bfed67 --db news.db --json > article.json",
    ),
    "search": (
        "newsgraph search peace talks --db news.db",
        "newsgraph search ceasefire -Gaza --db news.db --limit 20",
        "newsgraph search '\"peace talks\"' --db news.db",
    ),
    "stats": ("newsgraph stats --db news.db", "newsgraph stats --db news.db --json"),
    "quotes": (
        "newsgraph quotes --db news.db --speaker Lavrov",
        'newsgraph quotes --db news.db --speaker "foreign minister"',
        "newsgraph quotes --db news.db --contains sanctions",
        "newsgraph quotes --db news.db --statements --speaker Lavrov",
    ),
    "actors": (
        "newsgraph actors --db news.db --country RUS",
        "newsgraph actors --db news.db --name Lavrov",
    ),
    "events": (
        "newsgraph events --db news.db --type CONSULT --country RUS",
        "newsgraph events --db news.db --actor RUSGOV --since 2018-08-01",
        "newsgraph events --db news.db --counted --country RUS",
        "newsgraph export --db news.db --table events --out events.csv",
    ),
    "framing": (
        "newsgraph framing --db news.db --by outlet",
        'newsgraph framing --db news.db --actor "Donald Trump" --by outlet',
        "newsgraph framing --db news.db --by all --top 50 --json",
    ),
    "export": (
        "newsgraph export --db news.db --table events --out events.csv",
        "newsgraph export --db news.db --table corpus_events --out counted.parquet",
        "newsgraph export --db news.db --table quotes --out - --format jsonl",
    ),
    "dedupe": ("newsgraph dedupe --db news.db",),
    "serve": (
        "newsgraph serve --db news.db",
        "newsgraph serve --db news.db --port 8080",
    ),
    "eval gate": ("newsgraph eval gate", "newsgraph eval gate --full"),
    "train quotes": ("newsgraph train quotes ../shared/data/polnear/train --threshold 0.45",),
    "train events": ("newsgraph train events ../shared --out my-event-weights",),
    "train framing": ("newsgraph train framing ../shared/data/framing/ptc",),
    "train truecase": ("newsgraph train truecase ../shared --tune",),
}


def examples(command: str) -> str:
    """The epilog of ``command``'s help: its example lines."""
    return examples_of(EXAMPLES[command])


def examples_of(lines: tuple[str, ...]) -> str:
    """An epilog of example ``lines``."""
    return ("Example:\n" if len(lines) == 1 else "Examples:\n") + "\n".join(
        f"  {line}" for line in lines
    )


F = TypeVar("F", bound=Callable[..., object])


def reflowed(fn: F) -> F:
    """Join the lines of each paragraph of ``fn``'s docstring, which Typer's help shows as
    written (ux40: the train commands' helps broke their lines where the source did, at
    'plus' and 'component')."""
    doc = inspect.getdoc(fn) or ""
    fn.__doc__ = "\n\n".join(" ".join(p.split()) for p in doc.split("\n\n"))
    return fn


def eval_examples(name: str) -> str:
    """The epilog of ``newsgraph eval NAME``: its gold set at its default path, then a part
    of it (for the scorers that split) or the metrics as JSON."""
    from ._eval_help import SPLITS  # the scorers' own modules load spaCy: not at --help

    second = f"newsgraph eval {name} --part tune" if name in SPLITS else None
    return examples_of((f"newsgraph eval {name}", second or f"newsgraph eval {name} --json"))
