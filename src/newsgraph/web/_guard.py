"""ASGI middleware: refuse requests for hosts this server does not serve; security headers.

Checking ``Host`` defeats DNS rebinding (a web page on ``evil.example`` whose name is
re-pointed at 127.0.0.1 cannot read the store through the visitor's browser). Every
response, refused or not, carries a Content-Security-Policy that allows only the
server's own scripts, styles and images, and ``X-Content-Type-Options: nosniff``.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from typing import Any

LOCAL_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]

Scope = dict[str, Any]


def split_host(value: str) -> tuple[str, int | None] | None:
    """``Host`` header → (lower-case name, port or None); None when malformed."""
    value = value.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        if end < 0:
            return None
        name, rest = value[1:end], value[end + 1 :]
    else:
        name, _, port = value.partition(":")
        rest = f":{port}" if port else ""
    if rest and (not rest.startswith(":") or not rest[1:].isdigit()):
        return None
    if not name:
        return None
    return name, int(rest[1:]) if rest else None


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or address) is this machine only."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class HostGuard:
    """Refuse (400) a request whose ``Host`` is not a served name; add security headers."""

    def __init__(self, app: Any, *, names: Iterable[str], port: int | None = None) -> None:
        self.app = app
        self.names = frozenset(n.lower().strip("[]") for n in names) | LOCAL_NAMES
        self.port = port

    def allowed(self, host: str | None) -> bool:
        if host is None:
            return False
        parsed = split_host(host)
        if parsed is None:
            return False
        name, port = parsed
        if name not in self.names:
            return False
        if self.port is None or port == self.port:
            return True
        return port is None and self.port == 80

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        host = next(
            (v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"host"), None
        )
        if not self.allowed(host):
            body = (
                f"Host header {host!r} is not served here; open the address the server "
                "printed (or start it with --allow-host NAME)."
            ).encode()
            await send_with_headers(
                {
                    "type": "http.response.start",
                    "status": 400,
                    "headers": [
                        (b"content-type", b"text/plain; charset=utf-8"),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send_with_headers)
