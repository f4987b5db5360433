"""hard39: SIGTERM to ``newsgraph serve`` (``kill PID``, a service manager stopping it) ended
the server with no word at all (uvicorn shut down, then raised the signal again with the
default handler: exit 143 and an empty stderr). It ends as Ctrl-C does now: one line,
"stopped (SIGTERM)", exit 143 (128 + SIGTERM, as shells report it)."""

from __future__ import annotations

import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from tests.web.test_hard38b_serve_stop import _CLI, _free_port, _wait_listening


@pytest.mark.skipif(not hasattr(signal, "SIGTERM"), reason="needs POSIX signals")
def test_sigterm_in_serve_is_one_line(db_path: Path) -> None:
    port = _free_port()
    child = subprocess.Popen(
        [sys.executable, "-c", _CLI, "serve", "--db", str(db_path), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_listening(port, child)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/help", timeout=30) as page:
            assert page.status == 200
        child.send_signal(signal.SIGTERM)
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert err.splitlines() == ["stopped (SIGTERM)"]
    assert child.returncode == 143
    lines = out.splitlines()
    assert lines[0].startswith("starting the newsgraph web UI on http://127.0.0.1:")
    assert len(lines) == 2 and '"GET /help HTTP/1.1" 200' in lines[1]  # the access line kept
