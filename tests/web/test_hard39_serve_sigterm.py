"""hard39: SIGTERM to ``newsgraph serve`` (``kill PID``, a service manager stopping it) ended
the server with no word at all (uvicorn shut down, then raised the signal again with the
default handler: exit 143 and an empty stderr). It ends as Ctrl-C does now: one line,
"stopped (SIGTERM)", exit 143 (128 + SIGTERM, as shells report it)."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from tests.web.serve_child import serve_then_signal


@pytest.mark.skipif(not hasattr(signal, "SIGTERM"), reason="needs POSIX signals")
def test_sigterm_in_serve_is_one_line(db_path: Path) -> None:
    _, returncode, out, err = serve_then_signal(db_path, "/help", signal.SIGTERM)
    assert err.splitlines() == ["stopped (SIGTERM)"]
    assert returncode == 143
    lines = out.splitlines()
    assert lines[0].startswith("starting the newsgraph web UI on http://127.0.0.1:")
    assert len(lines) == 2 and '"GET /help HTTP/1.1" 200' in lines[1]  # the access line kept
