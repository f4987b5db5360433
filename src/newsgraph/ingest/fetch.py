"""Fetch one URL with httpx: an overall deadline, guarded redirects, a size cap while streaming.

What the fetcher guarantees (see docs/security.md):

- **One deadline per URL** (``DEADLINE_FACTOR`` times the per-read timeout) covering DNS and
  connect, the response headers and the body: every socket operation is given only the time
  left, so a server trickling its headers (or body) one byte at a time fails on time.
- **No redirect into a private address.** Every connection (the user's URL, and each
  redirect) is resolved and checked before connecting, and made to the address that was
  checked (no DNS rebinding between check and connect). Loopback, private, link-local,
  multicast, reserved and unspecified addresses are refused unless the user's own URL was
  at such an address (then the user asked for a local or intranet page).
- At most ``MAX_REDIRECTS`` redirects; ``max_bytes`` enforced while streaming.
- Environment proxies are not used (the checks above would be meaningless through one).
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx

from newsgraph.ingest.records import Failure

log = logging.getLogger(__name__)

MAX_REDIRECTS = 5
USER_AGENT = "newsgraph/0.1 (+https://github.com/newsgraph; offline news analysis)"

# a whole download (connect, headers, body) may take this many times the per-read timeout
DEADLINE_FACTOR = 3


@dataclass(slots=True)
class Fetched:
    data: bytes
    content_type: str
    url: str


@dataclass(slots=True)
class _Policy:
    """The limits of the URL being fetched, seen by every socket operation it makes."""

    deadline: float | None
    allow_private: bool
    from_feed: bool = False
    refused: str | None = None

    def remaining(self, timeout: float | None) -> float | None:
        if self.deadline is None:
            return timeout
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise httpcore.ReadTimeout("the overall deadline passed")
        return left if timeout is None else min(timeout, left)


_POLICY: ContextVar[_Policy | None] = ContextVar("newsgraph_fetch_policy", default=None)


_SHARED = ipaddress.ip_network("100.64.0.0/10")


def is_private(ip: str) -> bool:
    """Whether ``ip`` is loopback, private, link-local, multicast, reserved or unspecified."""
    addr = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return bool(
        addr.is_private
        or addr in _SHARED  # RFC 6598: not "private" to Python, yet never a public site
        or addr.is_loopback
        or addr.is_link_local
        or addr.is_multicast
        or addr.is_reserved
        or addr.is_unspecified
    )


def _addresses(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def cap_reason(max_bytes: int) -> str:
    """The Failure reason for an input over the size cap."""
    return f"larger than the {max_bytes / 1_000_000:g} MB cap (set --max-bytes)"


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read and write gets only the time left before the deadline."""

    def __init__(self, inner: httpcore.NetworkStream, policy: _Policy | None) -> None:
        self._inner = inner
        self._policy = policy

    def _left(self, timeout: float | None) -> float | None:
        return self._policy.remaining(timeout) if self._policy else timeout

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._left(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, self._left(timeout))
        return _DeadlineStream(inner, self._policy)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _GuardedBackend(httpcore.SyncBackend):
    """Connects only to addresses the current policy allows, and under its deadline."""

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        policy = _POLICY.get()
        try:
            ips = _addresses(host, port)
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host} ({exc})") from exc
        if policy is not None and not policy.allow_private:
            bad = [ip for ip in ips if is_private(ip)]
            if bad:
                policy.refused = f"{host} ({bad[0]})"
                raise httpcore.ConnectError(f"{host} resolves to a private address")
        last: Exception | None = None
        for ip in ips:
            left = policy.remaining(timeout) if policy else timeout
            try:
                stream = super().connect_tcp(ip, port, left, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
                continue
            return _DeadlineStream(stream, policy)
        raise last or httpcore.ConnectError(f"no address for {host}")


def user_url_is_private(url: str) -> bool:
    """Whether ``url``'s host resolves to a private address (then its links may too)."""
    try:
        parsed = httpx.URL(url)
        host = parsed.host
        ips = _addresses(host, parsed.port or (443 if parsed.scheme == "https" else 80))
    except (OSError, httpx.InvalidURL, UnicodeError, ValueError):
        return False  # it will fail to connect anyway, with its own message
    return any(is_private(ip) for ip in ips)


def fetch(
    client: httpx.Client, url: str, *, max_bytes: int, allow_private: bool | None = None
) -> Fetched | Failure:
    """GET ``url``; a Failure naming the problem when the server is dead, slow or too big.

    ``allow_private`` None: private addresses are allowed when ``url`` itself is at one (the
    user asked for it); False for a link found in a feed from a public address.
    """
    allowed = DEADLINE_FACTOR * float(_seconds(client))
    given = allow_private is not None
    policy = _Policy(
        deadline=time.monotonic() + allowed if allowed else None,
        allow_private=bool(allow_private) if given else user_url_is_private(url),
        from_feed=given,
    )
    token = _POLICY.set(policy)
    try:
        return _fetch(client, url, max_bytes, policy, allowed)
    finally:
        _POLICY.reset(token)


def _fetch(
    client: httpx.Client, url: str, max_bytes: int, policy: _Policy, allowed: float
) -> Fetched | Failure:
    too_slow = Failure(url, f"too slow: not complete after {allowed:g} s")
    try:
        with client.stream("GET", url) as resp:
            if resp.status_code >= 400:
                phrase = f" {resp.reason_phrase}" if resp.reason_phrase else ""
                return Failure(url, f"HTTP {resp.status_code}{phrase}")
            declared = resp.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                return Failure(url, cap_reason(max_bytes))
            buf = bytearray()
            for chunk in resp.iter_bytes():
                buf += chunk
                if len(buf) > max_bytes:
                    return Failure(url, cap_reason(max_bytes))
            content_type = resp.headers.get("content-type", "")
            return Fetched(bytes(buf), content_type.lower(), str(resp.url))
    except httpx.TimeoutException:
        if policy.deadline is not None and time.monotonic() >= policy.deadline - 0.05:
            return too_slow
        return Failure(url, f"timed out after {_seconds(client)} s")
    except httpx.TooManyRedirects:
        return Failure(url, f"more than {MAX_REDIRECTS} redirects")
    except httpx.ConnectError as exc:
        if policy.refused and policy.from_feed:
            return Failure(
                url,
                f"{policy.refused} is a private, loopback or link-local address and the link "
                "came from a feed on a public address; refused",
            )
        if policy.refused:
            return Failure(
                url,
                f"redirected to {policy.refused}, a private, loopback or link-local address; "
                "refused",
            )
        return Failure(url, f"could not connect ({exc or 'connection refused'})")
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        return Failure(url, f"request failed ({type(exc).__name__}: {exc})")


def _seconds(client: httpx.Client) -> str:
    timeout = client.timeout.read or client.timeout.connect or 0.0
    return f"{timeout:g}"


def make_client(timeout: float) -> httpx.Client:
    """The client used for every URL of one ingest run (connections guarded, see above)."""
    transport = httpx.HTTPTransport()
    pool = transport._pool  # httpcore.ConnectionPool: route its sockets through the guard
    if not hasattr(pool, "_network_backend"):  # pragma: no cover - httpcore changed
        raise RuntimeError("httpcore's ConnectionPool has no _network_backend to guard")
    pool._network_backend = _GuardedBackend()
    return httpx.Client(
        transport=transport,
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        timeout=timeout,
        headers={"User-Agent": USER_AGENT},
    )
