"""ux22: a bad date parameter is named in its message; serve on a busy port is one line."""

from __future__ import annotations

import socket
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.errors import NewsgraphError
from newsgraph.web.app import listen, serve


@pytest.mark.parametrize(
    ("url", "named"),
    [
        ("/api/corpus_events?until=bad", "until='bad' is not a date"),
        ("/corpus-events?until=2018-13-45", "until=&#39;2018-13-45&#39; is not a date"),
        # control: the since parameter is still named as before
        ("/api/corpus_events?since=bad", "since='bad' is not a date"),
        ("/corpus-events?since=bad&until=2018-01-01", "since=&#39;bad&#39; is not a date"),
    ],
)
@pytest.mark.anyio
async def test_bad_date_names_its_parameter(
    client: httpx.AsyncClient, url: str, named: str
) -> None:
    r = await client.get(url)
    assert r.status_code == 400
    assert named in r.text


# -- serve: the address is taken before the server starts ------------------------------------


def _busy_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(1)
    return sock


def test_port_in_use_is_one_newsgraph_error(db_path: Path) -> None:
    with _busy_socket() as busy:
        port = busy.getsockname()[1]
        with pytest.raises(NewsgraphError) as caught:
            serve(db_path, port=port)
    assert str(caught.value) == (
        f"cannot listen on 127.0.0.1:{port}: Address already in use; another program listens "
        "there: pick another --port"
    )


def test_cli_serve_on_a_busy_port_is_one_line(db_path: Path) -> None:
    with _busy_socket() as busy:
        port = busy.getsockname()[1]
        result = CliRunner().invoke(app, ["serve", "--db", str(db_path), "--port", str(port)])
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if "error" in line.lower()]
    assert errors == [
        f"error: cannot listen on 127.0.0.1:{port}: Address already in use; another program "
        "listens there: pick another --port"
    ]


def test_listen_on_a_free_port_accepts_connections() -> None:  # control
    with listen("127.0.0.1", 0) as sock:
        host, port = sock.getsockname()
        assert host == "127.0.0.1" and port > 0
        with socket.create_connection((host, port)):
            conn, _ = sock.accept()
            conn.close()


# -- a query stopped by the time limit says how to narrow it, deep pages included ------------


@pytest.mark.anyio
async def test_time_limit_message_names_the_deep_offset(db_path: Path) -> None:
    from newsgraph.web.app import create_app

    app_ = create_app(db_path, allowed_hosts=["test"], time_limit=0.0)
    transport = httpx.ASGITransport(app=app_)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        r = await c.get("/api/stats")  # work enough to be stopped at once in this small store
    assert r.status_code == 503
    detail = r.json()["detail"]
    assert "took longer than 0 s and was stopped" in detail  # as before
    assert "a filter such as a type, actor or date" in detail
    assert "an earlier page: a deep offset reads every row before it" in detail
