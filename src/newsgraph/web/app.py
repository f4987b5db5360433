"""A small local web UI and JSON API over a newsgraph SQLite store.

>>> app = create_app("newsgraph.db")     # an ASGI app (FastAPI)
>>> serve("newsgraph.db", port=8000)     # or run it with uvicorn on 127.0.0.1:8000

Pages: ``/`` overview, ``/articles?q=`` search, ``/articles/{id}`` one article with its
spans highlighted, ``/quotes``, ``/events``. API: ``/api/stats``, ``/api/articles``,
``/api/articles/{id}``, ``/api/quotes``, ``/api/events``. Everything is served from
the package (no CDN, no external fonts or scripts); the store is only read.
"""

from __future__ import annotations

import copy
import errno
import socket
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import NewsgraphError
from ..store import QueryTimeout, StoreError
from . import api, framing, pages
from ._db import DEFAULT_TIME_LIMIT, Database
from ._guard import HostGuard, is_loopback

_STATIC = Path(__file__).parent / "static"


def create_app(
    db: Path | str,
    *,
    host: str = "127.0.0.1",
    port: int | None = None,
    allowed_hosts: Iterable[str] = (),
    time_limit: float | None = DEFAULT_TIME_LIMIT,
) -> FastAPI:
    """The web app reading the database at ``db`` (raises NewsgraphError if it is not a store).

    Requests must name ``host`` (the address served), a localhost form, or one of
    ``allowed_hosts`` in their ``Host`` header, with ``port`` when it is given; each
    request's database work stops after ``time_limit`` seconds (HTTP 503).
    """
    database = Database(db, time_limit=time_limit)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        database.close()

    app = FastAPI(
        title="newsgraph",
        version=__version__,
        description="Who said what, who did what to whom, where and when.",
        lifespan=lifespan,
        docs_url=None,  # FastAPI's Swagger/ReDoc pages load scripts from a CDN: /help instead
        redoc_url=None,
    )
    app.state.db = database
    app.mount("/static", StaticFiles(directory=_STATIC), name="static")
    app.include_router(api.router)
    app.include_router(framing.api_router)
    app.include_router(pages.router)
    app.include_router(framing.page_router)
    app.add_middleware(HostGuard, names=[host, *allowed_hosts], port=port)
    app.add_exception_handler(QueryTimeout, _timeout_error)
    app.add_exception_handler(StoreError, _store_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    return app


def serve(
    db: Path | str,
    host: str = "127.0.0.1",
    port: int = 8000,
    allowed_hosts: Iterable[str] = (),
    on_listening: Callable[[], None] | None = None,
) -> None:
    """Serve the UI for ``db`` with uvicorn until interrupted (see :func:`bind_warning`).

    The address is taken before uvicorn starts: a port in use, a host this machine does not
    have or cannot resolve is one NewsgraphError line (uvicorn logged several and exited 3).
    ``on_listening`` runs once the address is taken (ux24: the command line said it was
    starting, and warned about the address, before an address it then could not take).
    """
    import uvicorn

    app = create_app(db, host=host, port=port, allowed_hosts=allowed_hosts)
    sock = listen(host, port)
    try:
        if on_listening is not None:
            on_listening()
        # hard38b: uvicorn's startup and shutdown lines ("Started server process", four on
        # Ctrl-C) are INFO of "uvicorn.error": at WARNING only its warnings and errors show;
        # each request's access line stays (log_level None: the levels below are kept)
        config = uvicorn.Config(app, host=host, port=port, log_level=None, log_config=_log_config())
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()


def _log_config() -> dict[str, Any]:
    """uvicorn's logging configuration, its "uvicorn.error" logger at WARNING."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["loggers"]["uvicorn.error"]["level"] = "WARNING"
    return config


_BIND_HINTS = {
    errno.EADDRINUSE: "another program listens there: pick another --port",
    errno.EACCES: "ports below 1024 need privileges: pick --port 8000 or above",
    errno.EADDRNOTAVAIL: "this machine has no such address: use --host 127.0.0.1",
}


def listen(host: str, port: int) -> socket.socket:
    """A socket listening on ``host:port``, or a NewsgraphError saying why not and what to do."""
    try:
        family, kind, proto, _, addr = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
    except (socket.gaierror, UnicodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise NewsgraphError(
            f"--host {host}: not an address this machine can listen on ({reason}); "
            "use --host 127.0.0.1"
        ) from None
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(addr)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        hint = _BIND_HINTS.get(exc.errno or 0, "check --host and --port")
        raise NewsgraphError(
            f"cannot listen on {host}:{port}: {exc.strerror or exc}; {hint}"
        ) from None
    sock.set_inheritable(True)
    return sock


def bind_warning(host: str) -> str | None:
    """A one-line warning when ``host`` is not a loopback address, else None."""
    if is_loopback(host):
        return None
    return (
        f"warning: serving on {host}, which is not a loopback address: anyone who can reach "
        "this machine can read the store (no login, no TLS); use --host 127.0.0.1 to keep it "
        "local, and --allow-host NAME for each name clients will use."
    )


def _error(request: Request, status: int, message: str) -> Response:
    """A JSON ``{"detail": message}`` for the API, an error page for the UI."""
    if request.url.path.startswith("/api/") or request.url.path == "/api":
        return JSONResponse({"detail": message}, status_code=status)
    return pages.render(
        request,
        "error.html",
        status_code=status,
        title=f"Error {status}",
        status=status,
        message=message,
    )


async def _timeout_error(request: Request, exc: Exception) -> Response:
    return _error(request, 503, str(exc))


async def _store_error(request: Request, exc: Exception) -> Response:
    return _error(request, 400, str(exc))


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "query")
        problems.append(f"{where}: {err.get('msg', 'invalid')}")
    return _error(request, 400, "bad query parameter — " + "; ".join(problems))


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    message = exc.detail if isinstance(exc.detail, str) else "request failed"
    if exc.status_code == 404 and message == "Not Found":
        message = f"no page at {request.url.path}"
    return _error(request, exc.status_code, message)
