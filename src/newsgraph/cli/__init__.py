"""The ``newsgraph`` command line: thin wrappers over the library API. Only this package prints.

``app`` is the Typer app and ``run`` runs it (the console script, ``newsgraph._main:run``,
wraps it). The commands live in one module per group, registered on ``app`` in the order
``--help`` lists them: ``_app`` (the apps, consoles, shared options, ``version``), ``analyze``
(extract, analyze, ingest), ``read`` (show, search, stats, quotes, actors, events,
framing), ``manage`` (export, dedupe, serve), ``evaluate`` (``eval ...``) and ``training``
(``train ...``); ``_common`` holds the helpers they share (JSON output, one-line errors, option
checks, opening the store).
"""

from __future__ import annotations

import sys

# hard39: a local Dask worker process is spawned by multiprocessing, which imports the main
# module (the console script, ``newsgraph._main``, or this command line) before anything else;
# a Ctrl-C in those seconds (the terminal sends it to the workers too) printed a traceback from
# each. Importing ``newsgraph._main`` makes such a process ignore SIGINT from here on
# (``ignore_sigint_if_spawned``; its preload, newsgraph.scale._worker_sigint, keeps it so); the
# command that started it handles Ctrl-C.
from .._main import STARTING
from ..errors import NewsgraphError

# isort: off
# importing a module registers its commands; this order is the order ``--help`` lists them in
try:
    from . import analyze, read, manage, evaluate, training  # noqa: F401
except KeyboardInterrupt:  # hard39: Ctrl-C while the command line loads was a traceback
    sys.stderr.write(STARTING + "\n")
    raise SystemExit(130) from None

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
