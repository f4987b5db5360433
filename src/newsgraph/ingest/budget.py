"""A per-article time budget that actually stops a runaway article.

On POSIX, in the main thread, ``time_limit`` arms ``signal.setitimer``: when the budget runs
out, :class:`OverBudget` is raised wherever the analysis is (the tokenizer, a component),
so one pathological article costs at most its budget. ``OverBudget`` derives from
``BaseException`` so that ``except Exception`` in a component cannot swallow it.

Elsewhere (Windows, a thread other than the main one) nothing can interrupt running code:
the article is timed instead, and one that finishes over its budget still fails, so the
result does not depend on the platform, only how long a runaway article runs does.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class OverBudget(BaseException):
    """The time budget of the article being analysed ran out."""


def can_interrupt() -> bool:
    """Whether ``time_limit`` can stop running code here (POSIX, main thread)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _raise(signum: int, frame: FrameType | None) -> None:
    raise OverBudget


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`OverBudget` in the block once ``seconds`` have passed (None/0: no limit)."""
    if not seconds or seconds <= 0:
        yield
        return
    if not can_interrupt():
        started = time.monotonic()
        yield
        if time.monotonic() - started > seconds:
            raise OverBudget
        return
    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:
            signal.signal(signal.SIGALRM, previous)
