"""Dask worker processes die with an ingest killed by SIGKILL (issue 14.6).

The parent runs ``ingest_dask`` on a ``local:2`` cluster started the way the CLI starts it
(``--dask local:2``, ``--workers 2``), with a light pipeline whose task sleeps; once both
workers are busy, the parent is killed with SIGKILL and every process it started must be
gone soon after (polled, not a fixed sleep).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

ROOT = Path(__file__).resolve().parents[2]

PARENT = """
import sys
from newsgraph.scale import DaskSpec, ingest_dask

if __name__ == "__main__":  # the worker processes are spawned: they import this module
    folder, db, loads = sys.argv[1:4]
    config = {"factory": "tests.scale._light:make", "loads": loads, "sleep": 120}
    ingest_dask([folder], db, DaskSpec(workers=2), config, partition_size=1, clean=False)
"""


def _alive(proc: psutil.Process) -> bool:
    try:
        return proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def _wait_for(condition, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return condition()


def test_dask_workers_die_when_the_ingest_is_killed(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(4):
        (src / f"a{i}.txt").write_text(f"Article {i}: the council met on Monday.", "utf-8")
    loads = tmp_path / "loads.txt"
    busy = loads.with_suffix(".busy")
    script = tmp_path / "parent.py"
    script.write_text(PARENT, encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    parent = subprocess.Popen(
        [sys.executable, str(script), str(src), str(tmp_path / "news.db"), str(loads)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    children: list[psutil.Process] = []
    try:
        started = _wait_for(lambda: busy.exists() and len(busy.read_text().split()) >= 2, 120)
        assert started, "the two workers never started their tasks"
        children = psutil.Process(parent.pid).children(recursive=True)
        workers = {int(p) for p in busy.read_text().split()}
        assert workers <= {c.pid for c in children}
        parent.send_signal(signal.SIGKILL)
        parent.wait(10)
        gone = _wait_for(lambda: not any(_alive(c) for c in children), 15)
        survivors = [f"{c.pid} {c.name()}" for c in children if _alive(c)]
        assert gone, f"processes outlived the killed ingest: {survivors}"
    finally:
        if parent.poll() is None:
            children = children or psutil.Process(parent.pid).children(recursive=True)
            parent.kill()
            parent.wait(10)
        for child in children:
            if _alive(child):
                child.kill()
