"""A feed that is not well-formed XML, read one item at a time (ux24).

feedparser reads a document that is not well-formed with its loose parser, which keeps
going through the damage: an item with a CDATA section, a comment or an element left open
took the next item (or every later one) in with it, so a good item was lost or its text was
glued to the broken one's. Here the document is cut at each ``<item>`` / ``<entry>`` start
tag and every piece is read alone, inside the feed's own root elements: damage cannot reach
past its item. A piece that is not well-formed XML is reported (``error``) and not read,
unless what is wrong is one of the slips feedparser has always read safely (a bare ``&`` or
``<``, an HTML entity such as ``&nbsp;``, a control character, an attribute value without
quotes, an HTML ``<br>``/``<img>`` left open): those items are kept as before.
"""

from __future__ import annotations

import bisect
import re
import xml.parsers.expat
from dataclasses import dataclass
from html.entities import name2codepoint
from typing import Any

_START = re.compile(rb"<(?:item|entry)(?=[\s>/])", re.IGNORECASE)
_DECL = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*\?>")
_HIDDEN = re.compile(rb"<!\[CDATA\[.*?\]\]>|<!--.*?-->", re.DOTALL)
_TAG = re.compile(rb"<(/?)([A-Za-z_][\w:.-]*)((?:[^<>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>")
_ROOT_NAMES = {b"rss", b"channel", b"feed", b"rdf"}
# the slips feedparser's loose parser has always read without harm
_BARE_AMP = re.compile(rb"&(?!#\d+;|#x[0-9A-Fa-f]+;|[A-Za-z][\w.-]*;)")
_ENTITY = re.compile(rb"&([A-Za-z][\w.-]*);")
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_VOID = re.compile(
    rb"<((?:br|hr|img|wbr|area|col|embed|param|source|track)\b(?:[^<>\"']|\"[^\"]*\"|'[^']*')*?)"
    rb"(?<!/)>",
    re.IGNORECASE,
)
_LONE_LT = re.compile(rb"<(?![A-Za-z_/!?])")
_OPEN_TAG = re.compile(rb"<[A-Za-z][^<>]*>")
_UNQUOTED = re.compile(rb"(\s[\w:.-]+)=([^\s\"'<>]+)")
_XML_ENTITIES = {b"amp", b"lt", b"gt", b"quot", b"apos"}


_CDATA = re.compile(rb"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)


def cdata_left_open(data: bytes) -> bool:
    """Whether a CDATA section holds another's start: the first was left open and ran on
    to the next item's end (still well-formed XML, so feedparser saw no damage)."""
    return any(b"<![CDATA[" in m.group(1) for m in _CDATA.finditer(data))


@dataclass(slots=True)
class Piece:
    """One item of the feed: its entry as feedparser reads it, or why it could not be read."""

    entry: Any | None
    error: str | None


def _roots(head: bytes) -> list[tuple[bytes, bytes]]:
    """The feed's root elements left open before its first item: (name, start tag)."""
    stack: list[tuple[bytes, bytes]] = []
    for m in _TAG.finditer(_HIDDEN.sub(b" ", head)):
        closing, name, selfclosing = m.group(1), m.group(2), m.group(4)
        if selfclosing:
            continue
        if closing:
            names = [n for n, _ in stack]
            if name in names:
                del stack[names.index(name) :]
        else:
            stack.append((name, m.group(0)))
    return [(n, t) for n, t in stack if n.split(b":")[-1].lower() in _ROOT_NAMES]


def _well_formed(doc: bytes) -> tuple[bool, str]:
    """Whether ``doc`` is well-formed XML; if not, expat's reason."""
    parser = xml.parsers.expat.ParserCreate()
    try:
        parser.Parse(doc, True)
    except xml.parsers.expat.ExpatError as exc:
        return False, xml.parsers.expat.errors.messages[exc.code]
    return True, ""


def _forgiven(piece: bytes) -> bytes:
    """``piece`` with the slips feedparser reads safely repaired (to test the rest only)."""

    def entity(m: re.Match[bytes]) -> bytes:
        name = m.group(1)
        if name in _XML_ENTITIES or name.decode("ascii", "replace") not in name2codepoint:
            return m.group(0)
        return b"&#%d;" % name2codepoint[name.decode("ascii")]

    piece = _ENTITY.sub(entity, _BARE_AMP.sub(b"&amp;", piece))
    piece = _OPEN_TAG.sub(lambda m: _UNQUOTED.sub(rb'\1="\2"', m.group(0)), piece)
    return _VOID.sub(rb"<\1/>", _CONTROL.sub(b"", _LONE_LT.sub(b"&lt;", piece)))


def split_items(data: bytes) -> list[Piece] | None:
    """Each item of a feed that is not well-formed, read alone; None when the document
    cannot be cut into items (no item start tag, or no feed root before the first)."""
    starts = [m.start() for m in _START.finditer(data)]
    if not starts:
        return None
    head = data[: starts[0]]
    roots = _roots(head)
    if not roots:
        return None
    decl = _DECL.match(head)
    opening = (decl.group(0) if decl else b"") + b"".join(t for _, t in roots)
    closing = b"".join(b"</" + n + b">" for n, _ in reversed(roots))
    if not _well_formed(opening + closing)[0]:
        return None  # the feed's own start tags are broken: nothing to cut against
    tail = len(data)
    for name, _ in roots:  # the root closers after the last item
        m = re.search(rb"</" + re.escape(name) + rb"\s*>\s*$", data[:tail])
        if m:
            tail = m.start()
    ends = starts[1:] + [max(tail, starts[-1])]
    newlines: list[int] = []  # offsets of b"\n", found once for the first broken item
    errors = [
        _error(data, s, e, opening, closing, newlines) for s, e in zip(starts, ends, strict=True)
    ]
    if errors[-1] is not None and tail == len(data):  # no closing root tag: the feed is cut
        errors[-1] = errors[-1].replace("malformed feed item: ", _CUT, 1)
    pieces: list[Piece] = []
    run: list[bytes] = []  # good items in a row are read together (one feedparser call)
    for s, e, error in zip(starts, ends, errors, strict=True):
        if error is None:
            run.append(data[s:e])
            continue
        pieces += _read(run, opening, closing)
        pieces.append(Piece(None, error))
        run = []
    return pieces + _read(run, opening, closing)


#: hard38: a feed cut off inside its last item (a download stopped) said "malformed feed
#: item: unclosed CDATA section", as of an item written wrong
_CUT = "the feed ends inside this item (cut short? a download stopped?): "


def _error(
    data: bytes, start: int, end: int, opening: bytes, closing: bytes, newlines: list[int]
) -> str | None:
    """Why the item in ``data[start:end]`` cannot be read, or None."""
    chunk = data[start:end]
    ok, reason = _well_formed(opening + chunk + closing)
    if ok or _well_formed(opening + _forgiven(chunk) + closing)[0]:
        return None
    if not newlines:
        newlines += [m.start() for m in re.finditer(b"\n", data)] or [len(data)]
    line = bisect.bisect_left(newlines, start) + 1
    return f"malformed feed item: {reason} (the item starts on line {line} of the feed)"


def _read(run: list[bytes], opening: bytes, closing: bytes) -> list[Piece]:
    """The entries of items that are each sound, read together; one by one if together
    they do not give one entry each."""
    import feedparser

    if not run:
        return []
    entries = feedparser.parse(opening + b"".join(run) + closing).get("entries") or []
    if len(entries) == len(run):
        return [Piece(e, None) for e in entries]
    if len(run) == 1:
        return [Piece(None, "malformed feed item: not one item")]
    return [p for chunk in run for p in _read([chunk], opening, closing)]
