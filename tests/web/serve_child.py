"""``newsgraph serve`` in a child process for the tests that stop it with a signal."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

#: the command line run in a child (its console script is ``app``)
_CLI = "import sys; from newsgraph.cli import app; sys.argv[0] = 'newsgraph'; app()"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_listening(port: int, child: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and child.poll() is None:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    child.kill()
    pytest.fail(f"serve did not listen: {child.communicate()}")


def serve_then_signal(
    db_path: Path, page_path: str, signum: signal.Signals
) -> tuple[int, int, str, str]:
    """Start ``newsgraph serve`` on ``db_path`` on a free port, get ``page_path`` (asserting
    200), send ``signum`` and wait for the end: (port, exit code, stdout, stderr)."""
    port = free_port()
    child = subprocess.Popen(
        [sys.executable, "-c", _CLI, "serve", "--db", str(db_path), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_listening(port, child)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{page_path}", timeout=30) as page:
            assert page.status == 200
        child.send_signal(signum)
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    return port, child.returncode, out, err
