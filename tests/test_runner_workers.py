"""Worker processes die with their parent, even when the parent is killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

ROOT = Path(__file__).resolve().parents[1]

# the parent: a spawn-context pool with the runner's worker guard, one worker busy for 60 s
PARENT = """
import multiprocessing, os, sys, time
from concurrent.futures import ProcessPoolExecutor
from newsgraph import runner

def busy(seconds):
    print(os.getpid(), flush=True)
    time.sleep(seconds)

if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        1, mp_context=ctx, initializer=runner._die_with_parent, initargs=(os.getpid(),)
    )
    pool.submit(busy, 60)
    time.sleep(60)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (dead, not yet reaped by init) counts as gone
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(") ", 1)[1][0] != "Z"
    except OSError:
        return True


def test_a_busy_worker_dies_when_its_parent_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    parent = subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, text=True, cwd=tmp_path
    )
    try:
        assert parent.stdout is not None
        worker = int(parent.stdout.readline())  # the worker is running its 60 s task
        assert _alive(worker)
        parent.send_signal(signal.SIGKILL)
        parent.wait(5)
        deadline = time.monotonic() + 5
        while _alive(worker) and time.monotonic() < deadline:
            time.sleep(0.1)
        gone = not _alive(worker)
        if not gone:
            os.kill(worker, signal.SIGKILL)
        assert gone, "the worker outlived its parent"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait(5)
        if parent.stdout is not None:
            parent.stdout.close()


def test_worker_init_installs_the_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsgraph import runner

    calls: list[object] = []
    monkeypatch.setattr(runner, "_die_with_parent", lambda pid: calls.append(("guard", pid)))
    monkeypatch.setattr(runner, "Pipeline", lambda *a, **kw: calls.append("pipeline"))
    config = {"model": "m", "actors": [], "agents": [], "patterns": []}
    runner._worker_init(config, 8, 4242)
    assert calls == [("guard", 4242), "pipeline"]
