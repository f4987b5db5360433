"""Fetch one URL with httpx: a timeout, at most 5 redirects, a size cap enforced while streaming."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import httpx

from newsgraph.ingest.records import Failure

log = logging.getLogger(__name__)

MAX_REDIRECTS = 5
USER_AGENT = "newsgraph/0.1 (+https://github.com/newsgraph; offline news analysis)"


@dataclass(slots=True)
class Fetched:
    data: bytes
    content_type: str
    url: str


# a whole download may take this many times the per-read timeout
DEADLINE_FACTOR = 3


def cap_reason(max_bytes: int) -> str:
    """The Failure reason for an input over the size cap."""
    return f"larger than the {max_bytes / 1_000_000:g} MB cap (set --max-bytes)"


def fetch(client: httpx.Client, url: str, *, max_bytes: int) -> Fetched | Failure:
    """GET ``url``; a Failure naming the problem when the server is dead, slow or too big."""
    try:
        with client.stream("GET", url) as resp:
            if resp.status_code >= 400:
                phrase = f" {resp.reason_phrase}" if resp.reason_phrase else ""
                return Failure(url, f"HTTP {resp.status_code}{phrase}")
            declared = resp.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                return Failure(url, cap_reason(max_bytes))
            buf = bytearray()
            # the read timeout bounds each read; a server trickling bytes is bounded overall
            allowed = DEADLINE_FACTOR * float(_seconds(client))
            deadline = time.monotonic() + allowed
            for chunk in resp.iter_bytes():
                buf += chunk
                if len(buf) > max_bytes:
                    return Failure(url, cap_reason(max_bytes))
                if allowed and time.monotonic() > deadline:
                    return Failure(url, f"too slow: not complete after {allowed:g} s")
            content_type = resp.headers.get("content-type", "")
            return Fetched(bytes(buf), content_type.lower(), str(resp.url))
    except httpx.TimeoutException:
        return Failure(url, f"timed out after {_seconds(client)} s")
    except httpx.TooManyRedirects:
        return Failure(url, f"more than {MAX_REDIRECTS} redirects")
    except httpx.ConnectError as exc:
        return Failure(url, f"could not connect ({exc or 'connection refused'})")
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        return Failure(url, f"request failed ({type(exc).__name__}: {exc})")


def _seconds(client: httpx.Client) -> str:
    timeout = client.timeout.read or client.timeout.connect or 0.0
    return f"{timeout:g}"


def make_client(timeout: float) -> httpx.Client:
    """The client used for every URL of one ingest run."""
    return httpx.Client(
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        timeout=timeout,
        headers={"User-Agent": USER_AGENT},
    )
