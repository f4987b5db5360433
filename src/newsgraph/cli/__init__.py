"""The ``newsgraph`` command line: thin wrappers over the library API. Only this package prints.

``app`` is the Typer app (``newsgraph.cli:run`` is the console script). The commands live in
one module per group, registered on ``app`` in the order ``--help`` lists them: ``_app``
(the apps, consoles, shared options, ``version``), ``analyze`` (extract, analyze, ingest),
``read`` (show, search, stats, quotes, actors, events, framing), ``manage`` (export, dedupe,
serve), ``evaluate`` (``eval ...``) and ``training`` (``train ...``); ``_common`` holds the
helpers they share (JSON output, one-line errors, option checks, opening the store).
"""

from __future__ import annotations

import sys

from ..errors import NewsgraphError

# isort: off
# importing a module registers its commands; this order is the order ``--help`` lists them in
from . import analyze, read, manage, evaluate, training  # noqa: F401

# isort: on
from ._app import app, err, eval_app, out, train_app
from ._common import _fail

__all__ = ["app", "err", "eval_app", "out", "run", "train_app"]


def run() -> None:  # pragma: no cover
    try:
        app()
    except NewsgraphError as exc:
        _fail(str(exc))
        sys.exit(2)
