"""``newsgraph eval <task> PATH`` given the wrong gold: one line, never a traceback or a score.

ux26: a path that exists but is not the gold a scorer reads (a file for a folder, a folder
for a file, an empty folder, another data set) gave a traceback (FileNotFoundError,
IsADirectoryError, ParseError, GoldFileError) or, worse, scores of 0.0 over no gold at all
(quotes, times, actors: exit 0). The scorers' own errors are named in one line with the gold
the task reads, and a run that read no gold item says so instead of printing zeros.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from ._eval_help import GOLD

#: scorer -> the metric counting the gold items it read (checked against the scorers' sources)
COUNTS: dict[str, str] = {
    "extraction": "n",
    "quotes": "articles",
    "geo": "articles",
    "geovirus": "articles",
    "framing": "articles",
    "geoweb": "documents",
    "geoweb_world": "documents",
    "timeml": "documents",
    "timeml_timebank": "documents",
    "speakers": "documents",
    "times": "sentences",
    "times_blind": "sentences",
    "actors": "texts",
    "framing_attach": "label_rows",
}

#: what a scorer raises when its path holds something else than its gold
WRONG_GOLD = (OSError, ParseError, ValueError, KeyError, IndexError, csv.Error)


def wrong_gold(name: str, target: Path, exc: BaseException) -> str:
    """The one line for a scorer that failed on ``target``."""
    detail = str(exc.args[0]) if isinstance(exc, KeyError) and exc.args else str(exc)
    if isinstance(exc, OSError) and exc.strerror:
        detail = f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    detail = " ".join(detail.split())[:300]
    return (
        f"{target}: not the gold `eval {name}` reads ({type(exc).__name__}: {detail}); "
        f"it reads {GOLD[name][0]}"
    )


def cannot_score(name: str, target: Path, exc: BaseException) -> str:
    """The one line for a scorer's own input error on ``target`` (ux31: ``eval speakers
    /some/folder`` said only '/some/folder/tests/data/speakers/gold.tsv: no ../shared/data
    beside the repository holding this gold', naming neither the path given nor the gold)."""
    detail = " ".join(str(exc).split())[:300]
    return f"{target}: cannot score it ({detail}); `eval {name}` reads {GOLD[name][0]}"


def no_gold(name: str, target: Path, metrics: dict[str, Any]) -> str | None:
    """The one line for a run that read no gold item from ``target``, else None."""
    key = COUNTS.get(name)
    if key is None or metrics.get(key) != 0:
        return None
    unit = GOLD[name][2].split(" (")[0]
    return f"{target}: no {unit} read, nothing to score; `eval {name}` reads {GOLD[name][0]}"
