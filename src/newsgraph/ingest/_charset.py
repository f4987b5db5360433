"""The text of a web page that is not UTF-8 (ux28).

trafilatura decodes a page's bytes by guessing (charset_normalizer) whenever they are not
UTF-8, whatever the server's ``Content-Type`` says, and the guess for a page written in
windows-1252 (the web's default for a page declaring no charset) is often a Central European
code page: 'São Paulo' came out 'Săo Paulo', '£300' 'Ł300', '«' 'Ŧ'. Here:

- bytes that are UTF-8 (or UTF-8 with a few stray windows-1252 bytes, as
  :func:`newsgraph.ingest.decode.decode_bytes` reads text files) are read so;
- else the charset the server declared (``text/html; charset=...``) is used, else the one the
  page declares (``<meta charset>``, ``http-equiv``, an XML declaration), each read as
  browsers read its label (ISO-8859-1 is windows-1252) and skipped when the bytes are not in
  it (a page labelled UTF-8 that is not);
- else the page is in the legacy code page that reads its text (markup aside) most plausibly,
  windows-1252 on a tie, as browsers read an undeclared page (ux30,
  :mod:`newsgraph.ingest._charset_guess`: ux28 took windows-1252 unless charset_normalizer's
  guess over all the bytes read another script, and with a long ASCII navigation that guess
  missed Cyrillic, Arabic, Greek and Korean pages); a page no code page reads raises
  :class:`~newsgraph.ingest.decode.DecodeError`.
"""

from __future__ import annotations

import codecs
import re

from newsgraph.ingest._charset_guess import guess_decode
from newsgraph.ingest.decode import _BOMS, _mostly_utf8, decode_bytes

_PRESCAN = 4096  # browsers look for a <meta charset> in the first 1024 bytes; pages vary
_DECLARED = re.compile(
    rb"(?:<meta[^>]+charset|<\?xml[^>]+encoding)\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE
)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


def header_charset(content_type: str | None) -> str | None:
    """The charset a ``Content-Type`` header names, if Python knows it."""
    found = _HEADER_CHARSET.search(content_type or "")
    if not found:
        return None
    return _codec(found.group(1))


#: labels the web reads as another code page (the WHATWG Encoding Standard, as browsers do):
#: a page labelled ISO-8859-1 or ASCII is windows-1252, its smart quotes and dashes included
#: (ux28: Python's Latin-1 read them as control characters, which were then dropped)
_WEB_NAMES = {"iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254"}


def _codec(label: str | bytes) -> str | None:
    """The Python codec for a charset label as browsers read it; None for one Python does
    not know or one no ASCII-compatible page can be in (UTF-16/32 in a page's markup)."""
    try:
        name = codecs.lookup(label if isinstance(label, str) else label.decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    if name.startswith(("utf-16", "utf-32", "utf-7")):
        return None
    return _WEB_NAMES.get(name, name)


def page_text(
    data: bytes | str, charset: str | None = None, notes: list[str] | None = None
) -> bytes | str:
    """``data`` decoded as its page is written, or left as bytes for trafilatura to decode
    (UTF-8, or a page declaring its charset in its markup). ``notes`` gets the line for an
    undeclared page two code pages read equally well (ux33)."""
    if isinstance(data, str) or _is_utf8(data):
        return data
    if data.startswith(_BOMS):  # hard38: a UTF-16 page with its byte-order mark ("Save as
        return decode_bytes(data)  # Unicode") was read as windows-1252; its title was lost
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return mixed
    for label in (charset, _declared(data)):  # the server's, else the page's own
        name = _codec(label) if label else None
        if name and name != "utf-8":  # 'utf-8' on bytes that are not: as undeclared
            try:
                return data.decode(name)
            except (LookupError, UnicodeDecodeError):
                pass
    return guess_decode(data, notes=notes)  # ux30: undeclared: the code page reading its text best


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _declared(data: bytes) -> bytes | None:
    """The charset label a page's markup declares near its start, if any."""
    found = _DECLARED.search(data[:_PRESCAN])
    return found.group(1) if found else None


def undeclared_xml(data: bytes, notes: list[str] | None = None) -> bytes:
    """A feed's bytes as UTF-8 when they are in a legacy code page and declare no encoding
    (ux30: XML without an ``encoding`` is UTF-8, so feedparser read a windows-1251 feed as
    windows-1252, 'Ëàâðîâ'); else as given. DecodeError when no code page reads them.
    ``notes`` gets the line for a feed two code pages read equally well (ux35)."""
    if data.startswith(_BOMS) or _declared(data) or _is_utf8(data):
        return data
    if _mostly_utf8(data) is not None:
        return data
    return guess_decode(data, notes=notes).encode("utf-8")
