"""A JSON array of articles larger than ``--max-bytes``, read one article at a time (ux35).

A pretty-printed JSON document piped to ``newsgraph ingest -`` (``jq . dump.json |``) or given
as a ``.json`` file over the cap was refused whole ("larger than the 5 MB cap"), while JSON
Lines of the same articles were read, each line capped (ux33). An array's items are split
here by a scan that follows strings and brackets (no item is parsed before it is whole), and
each item is capped and read as a JSON Lines line is: an item over the cap, a malformed item
or an array cut short is one line naming the item, and the items around it are read. Memory
is one item (at most the cap) plus one chunk.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from newsgraph.ingest._inputs import Item, _Options
from newsgraph.ingest._json import _from_record, _json_loads, json_error
from newsgraph.ingest.decode import DecodeError, decode_bytes
from newsgraph.ingest.fetch import cap_reason
from newsgraph.ingest.records import Failure, noted

_CHUNK = 1 << 20
_OUTSIDE = re.compile(rb'["\[\]{},]')  # what changes the scan's state outside a string
_STRING_RUN = re.compile(rb'(?:[^"\\]+|\\.)*', re.DOTALL)  # a string's characters and escapes
_LEAD = b"\xef\xbb\xbf \t\r\n"


def starts_array(head: bytes) -> bool:
    """Whether ``head`` (the first bytes of an input) opens a JSON array of objects (a text
    that starts with '[Reuters]' is none)."""
    rest = head.lstrip(_LEAD)
    return rest.startswith(b"[") and rest[1:].lstrip(_LEAD).startswith(b"{")


def object_over_cap(max_bytes: int) -> str:
    """The line for one JSON document over the cap that is no array (one article, or an
    object holding the articles): what the cap is, how to raise it and how to split."""
    return (
        f"one JSON document larger than the {max_bytes / 1_000_000:g} MB cap: raise the cap "
        "with --max-bytes (in bytes), or give the articles as JSON Lines (one object a line) "
        "or a JSON array, each article read and capped alone"
    )


class _Scan:
    """The state of the scan: the depth of brackets, a string and an escape open, the item
    being gathered (None once over the cap) and the line it starts on."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.depth = 0
        self.in_string = False
        self.escape = False
        self.item: bytearray | None = bytearray()
        self.item_lines = 0  # line breaks inside the item so far
        self.line = 1  # the line the item starts on
        self.opened = False  # the array's '[' seen
        self.closed = False  # its ']' seen
        self.trailing = False  # something other than whitespace after the ']'

    def gather(self, piece: bytes) -> None:
        self.item_lines += piece.count(b"\n")
        if self.item is None:
            return
        if len(self.item) + len(piece) > self.max_bytes:
            self.item = None  # over the cap: the rest is skipped, not kept
        else:
            self.item += piece

    def take(self) -> tuple[bytes | None, int]:
        """The item gathered (None when over the cap) and its first line; the next starts."""
        item, line = self.item, self.line
        self.line += self.item_lines
        self.item, self.item_lines = bytearray(), 0
        return (bytes(item) if item is not None else None), line


def _items(chunks: Iterator[bytes], scan: _Scan) -> Iterator[tuple[bytes | None, int, bool]]:
    """Each item of the array as bytes (None: over the cap), the line it starts on, and
    whether the input ended inside it (the array cut short)."""
    for chunk in chunks:
        pos = 0
        while pos < len(chunk) and not scan.trailing:
            if scan.closed:
                scan.trailing = bool(chunk[pos:].strip(_LEAD))
                break
            if not scan.opened:
                start = chunk.find(b"[", pos)
                if start < 0:
                    scan.line += chunk.count(b"\n", pos)
                    break
                scan.line += chunk.count(b"\n", pos, start)
                scan.opened, scan.depth, pos = True, 1, start + 1
                continue
            if scan.in_string:
                pos = _in_string(chunk, pos, scan)
                continue
            found = _OUTSIDE.search(chunk, pos)
            if found is None:
                scan.gather(chunk[pos:])
                break
            mark, end = found.group(), found.end()
            if scan.depth == 1 and mark in (b",", b"]"):
                scan.gather(chunk[pos : found.start()])
                if mark == b"]":
                    scan.closed, scan.depth = True, 0
                yield (*scan.take(), False)
                pos = end
                continue
            scan.gather(chunk[pos:end])
            if mark == b'"':
                scan.in_string = True
            elif mark in (b"[", b"{"):
                scan.depth += 1
            elif mark in (b"]", b"}"):
                scan.depth -= 1
            pos = end
    if scan.opened and not scan.closed:
        yield (*scan.take(), True)


def _in_string(chunk: bytes, pos: int, scan: _Scan) -> int:
    """Gather a string's bytes from ``pos`` to its end or the chunk's end (its characters
    and escapes in one regular-expression step); the position the scan goes on from."""
    if scan.escape:  # the chunk before ended on a backslash
        scan.escape = False
        scan.gather(chunk[pos : pos + 1])
        pos += 1
    found = _STRING_RUN.match(chunk, pos)  # always matches (maybe nothing)
    end = found.end() if found else pos
    if end < len(chunk):  # a closing quote, or a backslash ending the chunk
        scan.in_string = chunk[end : end + 1] != b'"'
        scan.escape = scan.in_string
        end += 1
    scan.gather(chunk[pos:end])
    return end


def json_array(
    first: bytes, rest: BinaryIO | Any, source: str, opts: _Options, *, path: str | None
) -> Iterator[Item]:
    """The articles of the JSON array whose first bytes are ``first`` and whose rest ``rest``
    (a file or standard input) gives, one item at a time, each capped at ``opts.max_bytes``."""

    def chunks() -> Iterator[bytes]:
        if first:
            yield first
        while block := rest.read(_CHUNK):
            yield bytes(block)

    scan = _Scan(opts.max_bytes)
    memo: list[str] = []  # a legacy code page found for one item, tried first on the next
    for index, (raw, line, cut) in enumerate(_items(chunks(), scan)):
        label = f"{source}[{index}]"
        if cut:
            if raw is None or raw.strip():
                yield Failure(label, "the input ends inside this article (the array cut short?)")
            else:
                yield Failure(source, "the JSON array is not closed (cut short?)")
        elif raw is None:
            yield Failure(label, cap_reason(opts.max_bytes))
        elif raw.strip():
            yield from _one(raw, label, line, opts, path, memo)
        elif not (index == 0 and scan.closed):  # '[]' is an empty array, '[{...},]' is not
            yield Failure(
                source, f"malformed JSON at line {line}: an empty item (a comma too many?)"
            )
    if scan.trailing:
        yield Failure(source, "malformed JSON: more text after the array's closing ']'")


def _one(
    raw: bytes, label: str, line: int, opts: _Options, path: str | None, memo: list[str]
) -> Iterator[Item]:
    notes: list[str] = []
    try:
        text = decode_bytes(raw, memo, notes)
    except DecodeError as exc:
        yield Failure(label, str(exc))
        return
    try:
        record = _json_loads(text)
    except json.JSONDecodeError as exc:
        yield Failure(label, f"malformed JSON at line {line + exc.lineno - 1}: {json_error(exc)}")
        return
    except RecursionError:
        yield Failure(label, "JSON nested too deeply")
        return
    yield from noted(
        [_from_record(record, label, opts, path=path)], label, notes[0] if notes else None
    )
