"""The server under hostile requests: bounded search, time limits, responsiveness, Host, headers."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from newsgraph.store import QueryTimeout, Store, StoreError
from newsgraph.web.app import bind_warning, create_app

pytestmark = pytest.mark.anyio


def _client(app: Any, host: str = "127.0.0.1:8000") -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=f"http://{host}")


# -- bounded search --------------------------------------------------------------------------------


async def test_many_prefix_terms_are_refused_quickly(client: httpx.AsyncClient) -> None:
    query = " OR ".join(f"w{i}*" for i in range(3000))
    start = time.monotonic()
    r = await client.get("/api/articles", params={"q": query})
    assert time.monotonic() - start < 2
    assert r.status_code == 400
    assert "characters" in r.json()["detail"]
    few_chars = " OR ".join(f"w{i}*" for i in range(60))  # 60 terms in under 500 characters
    r = await client.get("/api/articles", params={"q": few_chars})
    assert r.status_code == 400
    assert "60 terms; the most is 32" in r.json()["detail"]


async def test_long_query_is_refused(client: httpx.AsyncClient) -> None:
    r = await client.get("/api/articles", params={"q": "idlib " * 200})
    assert r.status_code == 400
    assert "characters" in r.json()["detail"]


def test_store_search_caps(tmp_path: Path) -> None:
    with Store(":memory:") as store:
        assert store.search(" ".join(["idlib"] * 32)) == []  # 32 terms: allowed
        with pytest.raises(StoreError, match="33 terms"):
            store.search(" ".join(["idlib"] * 33))
        with pytest.raises(StoreError, match="501 characters"):
            store.search("x" * 501)


def test_database_work_has_a_time_limit(db_path: Path) -> None:
    with Store(db_path, read_only=True) as store:
        with pytest.raises(QueryTimeout, match="longer than 0"), store.time_limit(0.0):
            store.stats()
        assert store.stats()["articles"] == 3  # outside the limit it works again


async def test_slow_database_work_is_503(db_path: Path) -> None:
    app = create_app(db_path, allowed_hosts=["test"], time_limit=0.0)
    async with _client(app, "test") as c:
        r = await c.get("/api/stats")
        assert r.status_code == 503
        assert "took longer than" in r.json()["detail"]


async def test_other_requests_stay_responsive(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def slow_search(self: Store, *args: Any, **kwargs: Any) -> list[dict[str, Any]]:
        time.sleep(1.5)
        return []

    monkeypatch.setattr(Store, "search", slow_search)
    app = create_app(db_path, allowed_hosts=["test"])
    timings: dict[str, float] = {}
    async with _client(app, "test") as c:

        async def slow() -> None:
            await c.get("/api/articles", params={"q": "idlib"})

        async def quick() -> None:
            await anyio.sleep(0.2)  # while the slow search holds its connection
            start = time.monotonic()
            r = await c.get("/api/stats")
            timings["stats"] = time.monotonic() - start
            assert r.status_code == 200

        async with anyio.create_task_group() as tg:
            tg.start_soon(slow)
            tg.start_soon(quick)
    assert timings["stats"] < 0.8


@pytest.mark.parametrize("path", ["/api/articles", "/articles"])
async def test_huge_offset_is_400(client: httpx.AsyncClient, path: str) -> None:
    for offset in (2**63, 2**64 + 5, -1):
        r = await client.get(path, params={"offset": offset})
        assert r.status_code == 400, (offset, r.text)
        assert "offset" in r.text


# -- Host header, security headers, binding --------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "status"),
    [
        ("127.0.0.1:8000", 200),
        ("localhost:8000", 200),
        ("[::1]:8000", 200),
        ("evil.example:8000", 400),
        ("127.0.0.1.nip.io:8000", 400),
        ("localhost:9999", 400),
    ],
)
async def test_host_header_is_checked(db_path: Path, host: str, status: int) -> None:
    app = create_app(db_path, port=8000)
    async with _client(app) as c:
        r = await c.get("/api/stats", headers={"Host": host})
        assert r.status_code == status, r.text
        if status == 400:
            assert "Host" in r.text


async def test_served_name_is_accepted(db_path: Path) -> None:
    app = create_app(db_path, host="newsbox.lan", port=8080)
    async with _client(app, "newsbox.lan:8080") as c:
        assert (await c.get("/api/stats")).status_code == 200
        assert (await c.get("/", headers={"Host": "other.lan:8080"})).status_code == 400


@pytest.mark.parametrize(
    "url", ["/", "/articles", "/api/stats", "/static/style.css", "/nowhere", "/api/nowhere"]
)
async def test_security_headers_everywhere(client: httpx.AsyncClient, url: str) -> None:
    r = await client.get(url)
    assert r.headers["x-content-type-options"] == "nosniff"
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp


async def test_refused_host_still_gets_headers(db_path: Path) -> None:
    async with _client(create_app(db_path, port=8000), "evil.example") as c:
        r = await c.get("/")
        assert r.status_code == 400
        assert r.headers["x-content-type-options"] == "nosniff"


def test_bind_warning() -> None:
    for loopback in ("127.0.0.1", "localhost", "::1", "127.0.0.2"):
        assert bind_warning(loopback) is None, loopback
    for public in ("0.0.0.0", "::", "192.168.1.20", "example.org"):
        warning = bind_warning(public)
        assert warning is not None and public in warning and "\n" not in warning


def test_serve_warns_on_a_public_address(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from newsgraph.cli import app

    served: dict[str, Any] = {}

    def fake_serve(db: Path, on_listening: Any, **kw: Any) -> None:
        served.update(kw)
        on_listening()  # the address was taken: the command says so (ux24)

    monkeypatch.setattr("newsgraph.web.app.serve", fake_serve)
    result = CliRunner().invoke(
        app, ["serve", "--db", str(db_path), "--host", "0.0.0.0", "--allow-host", "box.lan"]
    )
    assert result.exit_code == 0, result.output
    assert "warning: serving on 0.0.0.0, which is not a loopback address" in result.output
    assert served == {"host": "0.0.0.0", "port": 8000, "allowed_hosts": ["box.lan"]}
    quiet = CliRunner().invoke(app, ["serve", "--db", str(db_path)])
    assert "warning" not in quiet.output
