"""ux24: serve said 'starting the newsgraph web UI on http://HOST:PORT' (and warned about a
public address) before taking the address, so a host it cannot use or a busy port gave two
or three lines, the first claiming it was starting. Now those are said once it listens."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from typer.testing import CliRunner

from newsgraph.cli import app


def _serve(db: Path, *args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(app, ["serve", "--db", str(db), *args])
    return result.exit_code, result.output.strip().splitlines()


@pytest.fixture
def busy_port() -> Iterator[int]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1)
    yield sock.getsockname()[1]
    sock.close()


def test_an_address_it_cannot_take_is_the_only_line(db_path: Path) -> None:
    code, lines = _serve(db_path, "--host", "999.1.1.1")
    assert code == 2
    assert len(lines) == 1, lines
    assert lines[0].startswith("error: --host 999.1.1.1: not an address this machine can listen on")


def test_a_busy_port_is_the_only_line(db_path: Path, busy_port: int) -> None:
    code, lines = _serve(db_path, "--port", str(busy_port))
    assert code == 2
    assert lines == [
        f"error: cannot listen on 127.0.0.1:{busy_port}: Address already in use; "
        "another program listens there: pick another --port"
    ]


def test_once_listening_it_says_so(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # control: the address is taken for real, then uvicorn stops at once
    def run(self: uvicorn.Server, sockets: list[socket.socket]) -> None:
        for sock in sockets:
            sock.close()

    monkeypatch.setattr(uvicorn.Server, "run", run)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code, lines = _serve(db_path, "--port", str(port))
    assert code == 0, lines
    assert lines == [f"starting the newsgraph web UI on http://127.0.0.1:{port}  (Ctrl+C to stop)"]
    code, lines = _serve(db_path, "--host", "0.0.0.0", "--port", str(port))
    assert code == 0, lines
    assert lines[0].startswith("warning: serving on 0.0.0.0, which is not a loopback address")
    assert lines[1].startswith("starting the newsgraph web UI on http://0.0.0.0:")
