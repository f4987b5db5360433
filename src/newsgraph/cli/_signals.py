"""SIGTERM during ``ingest`` (``kill PID``, ``timeout``, a service manager stopping it) ended
the run with no line (ux33): nothing was lost or stored twice, but the user was not told what
was kept or how to resume. It is handled as Ctrl-C is: one line saying what is kept, exit 143.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from types import FrameType

_state = {"terminated": False}


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the run is, so that it unwinds as after Ctrl-C."""


def _raise(signum: int, frame: FrameType | None) -> None:
    _state["terminated"] = True
    raise Terminated


def stop_on_sigterm() -> Callable[[], None]:
    """Take SIGTERM as Ctrl-C until the returned function is called (it puts the previous
    handler back); nothing off the main thread."""
    _state["terminated"] = False
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    previous = signal.signal(signal.SIGTERM, _raise)

    def restore() -> None:
        signal.signal(signal.SIGTERM, previous)

    return restore


def exit_code() -> int:
    """130 after Ctrl-C, 143 (128 + SIGTERM) after SIGTERM, as shells report them."""
    return 143 if _state["terminated"] else 130


def what() -> str:
    return "stopped (SIGTERM)" if _state["terminated"] else "interrupted"
