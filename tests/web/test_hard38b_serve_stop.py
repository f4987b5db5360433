"""hard38b: Ctrl-C in ``newsgraph serve`` printed uvicorn's four shutdown lines ("Shutting
down", "Waiting for application shutdown", ...), and three INFO lines at startup; it ends with
one line now, "stopped" (exit 130, as after Ctrl-C), the startup line kept, each request's
access line kept (on stdout, as before)."""

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


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_listening(port: int, child: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and child.poll() is None:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    child.kill()
    pytest.fail(f"serve did not listen: {child.communicate()}")


@pytest.mark.skipif(not hasattr(signal, "SIGINT"), reason="needs POSIX signals")
def test_ctrl_c_in_serve_is_one_line(db_path: Path) -> None:
    port = _free_port()
    child = subprocess.Popen(
        [sys.executable, "-c", _CLI, "serve", "--db", str(db_path), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_listening(port, child)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as page:
            assert page.status == 200
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 130
    lines = out.splitlines()
    assert lines[0] == f"starting the newsgraph web UI on http://127.0.0.1:{port}  (Ctrl+C to stop)"
    assert len(lines) == 2 and '"GET / HTTP/1.1" 200' in lines[1]  # control: the access line
    assert err.splitlines() == ["stopped"]
