"""The ``newsgraph`` console script (``[project.scripts]``): a tiny module around the command line.

ux39: a Ctrl-C in the first fraction of a second of any command, while ``newsgraph.cli`` (Typer,
Rich and the command modules) was still being imported, ended with Python's own
KeyboardInterrupt traceback. The console script now imports only this module (nothing but
``sys``; ``newsgraph/__init__`` imports nothing either), which imports the command line and
runs it inside one handler: a Ctrl-C while the command line loads is one line (``STARTING``)
and exit 130, and so is one no command handled (Typer's own exit 130 said nothing): ``stopped``.
The commands' own handlers (what a stopped ``ingest`` keeps, ``serve``'s ``stopped``) still
speak first; this is the backstop. Heavy imports stay lazy, so ``newsgraph --help`` costs what
it did. Left: a Ctrl-C while Python itself starts (before its handler is set: killed by the
signal, no line; during ``site``: Python's "Fatal Python error") is out of a module's reach.
"""

from __future__ import annotations

import sys

INTERRUPTED_EXIT = 130  # 128 + SIGINT, what a shell reports for a Ctrl-C
STARTING = "error: interrupted while newsgraph was starting; nothing was done."


def ignore_sigint_if_spawned() -> None:
    """In a process that multiprocessing spawned (a local Dask worker), ignore SIGINT.

    hard39: such a process imports the main module (this console script, or the command line)
    before its worker preload runs; a Ctrl-C in a terminal reaches it too and printed a
    traceback from each. The command that started it handles Ctrl-C. multiprocessing is only
    looked up, never imported: a spawned process has it loaded already, the console script's
    own process need not pay for it.
    """
    mp = sys.modules.get("multiprocessing")
    if mp is not None and mp.current_process().name != "MainProcess":
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)


ignore_sigint_if_spawned()


def _stopped(line: str = "stopped") -> SystemExit:
    sys.stderr.write(line + "\n")
    sys.stderr.flush()
    return SystemExit(INTERRUPTED_EXIT)


def _typer_swallowed_ctrl_c(exc: SystemExit) -> bool:
    """Typer turns a Ctrl-C no command handled into a silent exit 130 (``raise Exit(130) from
    e``, then ``sys.exit``); the commands' own handlers raise their exit ``from None``, after
    their line, so only Typer's carries the KeyboardInterrupt as its cause."""
    inner = exc.__context__
    return (
        exc.code == INTERRUPTED_EXIT
        and inner is not None
        and isinstance(inner.__cause__, KeyboardInterrupt)
    )


def run() -> None:
    """Import the command line and run it; a Ctrl-C the commands did not handle is one line."""
    try:
        from .cli import run as cli_run
    except KeyboardInterrupt:
        raise _stopped(STARTING) from None
    try:
        cli_run()
    except KeyboardInterrupt:
        raise _stopped() from None
    except SystemExit as exc:
        if _typer_swallowed_ctrl_c(exc):
            raise _stopped() from None
        raise
