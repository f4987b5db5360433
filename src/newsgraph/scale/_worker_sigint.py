"""Dask worker preload for the local clusters newsgraph starts: the worker process ignores
SIGINT.

Ctrl-C in a terminal reaches every process of the foreground group, the local workers as
well as the client. A worker interrupted while it waited for work printed two tracebacks
(multiprocessing's "Process Dask Worker process (from Nanny): ... KeyboardInterrupt") under
the client's one line on what was kept (hard39; about one Ctrl-C in three at the end of a
run). The client alone handles Ctrl-C: it closes the cluster, which stops the workers.
"""

from __future__ import annotations

import signal
import threading
from typing import Any


def dask_setup(worker: Any) -> None:
    """Called by distributed in each worker process as it starts (and in a replacement)."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
