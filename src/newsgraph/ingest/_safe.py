"""Make hostile input safe at the ingest boundary: lone surrogates, undecodable file names, crashes.

JSON may carry escapes such as ``"\\ud800"`` that decode to lone surrogates: Python strings
that cannot be encoded as UTF-8 (so they cannot be hashed, stored or printed). They are
replaced with U+FFFD and the replacement is recorded on the article (a ``removed`` entry of
kind ``encoding``), so the article is still read. File names that are not UTF-8 are shown
with backslash escapes (``caf\\xe9.txt``).
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from newsgraph.ingest.records import Failure, one_line
from newsgraph.model import Removed

log = logging.getLogger(__name__)

_SURROGATE = re.compile("[\ud800-\udfff]")


def display_path(path: str | Path) -> str:
    """A path as text that encodes as UTF-8: undecodable bytes become ``\\xe9`` escapes."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def display_text(text: str) -> str:
    """Any string (e.g. a command-line argument) made encodable, bytes shown as escapes."""
    if not _SURROGATE.search(text):
        return text
    try:
        return display_path(text)
    except UnicodeEncodeError:  # surrogates that are not undecodable bytes
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def scrub(value: str, field: str, notes: list[Removed]) -> str:
    """``value`` with lone surrogates replaced by U+FFFD; each replacement noted in ``notes``."""
    found = _SURROGATE.findall(value)
    if not found:
        return value
    n = len(found)
    escaped = "".join(f"\\u{ord(ch):04x}" for ch in found[:5])
    notes.append(
        Removed(
            "encoding",
            escaped,
            f"{n} lone surrogate{'s' if n > 1 else ''} in {field} replaced with U+FFFD",
        )
    )
    return _SURROGATE.sub("\ufffd", value)


def crashed(source: str, exc: BaseException, stage: str = "reading") -> Failure:
    """The one line for an unexpected exception while handling one input."""
    log.debug("%s crashed while %s", source, stage, exc_info=exc)
    return Failure(
        source, f"crashed while {stage} ({type(exc).__name__}: {one_line(exc)}); please report this"
    )
