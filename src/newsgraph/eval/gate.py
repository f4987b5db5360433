"""The eval gate: scores on gold sets are pinned in ``floors.json``; a drop fails CI.

A floor is only ever raised. Each scorer is ``newsgraph.eval.<name>.evaluate(path, limit=..)``.
"""

from __future__ import annotations

import importlib
import json
from importlib import resources
from pathlib import Path
from typing import Any

# scorer name -> (module, default gold data path relative to the project root)
SCORERS: dict[str, tuple[str, str]] = {
    "extraction": ("newsgraph.eval.extraction", "../shared/data/extraction"),
    "quotes": ("newsgraph.eval.quotes", "../shared/data/polnear/dev"),
    "petrarch": ("newsgraph.eval.petrarch", "../shared/data/events/petrarch"),
    "geo": ("newsgraph.eval.geo", "../shared/data/geo/lgl.xml"),
    "times": ("newsgraph.eval.times", "tests/data/times_gold.tsv"),
    # a second, blind gold set written without looking at the tagger's output
    "times_blind": ("newsgraph.eval.times", "tests/data/times_gold_blind.tsv"),
}

TOLERANCE = 1e-9


def floors() -> dict[str, dict[str, Any]]:
    """The pinned floors: {scorer: {"path": ..., "limit": ..., "metrics": {name: floor}}}.

    ``path`` is relative to the project root (the gold sets live in ../shared/data).
    """
    text = resources.files("newsgraph.eval").joinpath("floors.json").read_text(encoding="utf-8")
    return json.loads(text)["floors"]  # type: ignore[no-any-return]


def run(name: str, path: Path, *, limit: int | None = None, nlp: Any = None) -> dict[str, Any]:
    module = importlib.import_module(SCORERS[name][0])
    return module.evaluate(path, limit=limit, nlp=nlp)  # type: ignore[no-any-return]


def report(name: str, metrics: dict[str, Any]) -> str:
    module = importlib.import_module(SCORERS[name][0])
    return module.report(metrics)  # type: ignore[no-any-return]


def check(name: str, metrics: dict[str, Any], pinned: dict[str, float]) -> list[str]:
    """Failures (one sentence each) where a metric fell below its floor."""
    bad = []
    for key, floor in pinned.items():
        got = metrics.get(key)
        if got is None:
            bad.append(f"{name}: metric {key!r} missing from the scorer's output")
        elif float(got) + TOLERANCE < float(floor):
            bad.append(f"{name}: {key} = {float(got):.4f} fell below its floor {float(floor):.4f}")
    return bad
