"""The ``newsgraph`` command line: thin wrappers over the library API. Only this package prints.

``app`` is the Typer app (``newsgraph.cli:run`` is the console script). The commands live in
one module per group, registered on ``app`` in the order ``--help`` lists them: ``_app``
(the apps, consoles, shared options, ``version``), ``analyze`` (extract, analyze, ingest),
``read`` (show, search, stats, quotes, actors, events, framing), ``manage`` (export, dedupe,
serve), ``evaluate`` (``eval ...``) and ``training`` (``train ...``); ``_common`` holds the
helpers they share (JSON output, one-line errors, option checks, opening the store).
"""

from __future__ import annotations

import multiprocessing
import signal
import sys

# hard39: a local Dask worker process is spawned by multiprocessing, which imports this
# command line again (the main module) before anything else; a Ctrl-C in those seconds (the
# terminal sends it to the workers too) printed a traceback from each. Such a process (named
# by its parent before the import) ignores SIGINT from here on (its preload,
# newsgraph.scale._worker_sigint, keeps it so); the command that started it handles Ctrl-C.
if multiprocessing.current_process().name != "MainProcess":
    signal.signal(signal.SIGINT, signal.SIG_IGN)

from ..errors import NewsgraphError  # noqa: E402

# isort: off
# importing a module registers its commands; this order is the order ``--help`` lists them in
try:
    from . import analyze, read, manage, evaluate, training  # noqa: F401
except KeyboardInterrupt:  # hard39: Ctrl-C while the command line loads was a traceback
    sys.stderr.write("error: interrupted while newsgraph was starting; nothing was done.\n")
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
