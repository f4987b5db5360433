"""hard38b: Ctrl-C in ``newsgraph serve`` printed uvicorn's four shutdown lines ("Shutting
down", "Waiting for application shutdown", ...), and three INFO lines at startup; it ends with
one line now, "stopped" (exit 130, as after Ctrl-C), the startup line kept, each request's
access line kept (on stdout, as before)."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from tests.web.serve_child import serve_then_signal


@pytest.mark.skipif(not hasattr(signal, "SIGINT"), reason="needs POSIX signals")
def test_ctrl_c_in_serve_is_one_line(db_path: Path) -> None:
    port, returncode, out, err = serve_then_signal(db_path, "/", signal.SIGINT)
    assert returncode == 130
    lines = out.splitlines()
    assert lines[0] == f"starting the newsgraph web UI on http://127.0.0.1:{port}  (Ctrl+C to stop)"
    assert len(lines) == 2 and '"GET / HTTP/1.1" 200' in lines[1]  # control: the access line
    assert err.splitlines() == ["stopped"]
