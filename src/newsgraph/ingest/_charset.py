"""The text of a web page that is not UTF-8 (ux28).

trafilatura decodes a page's bytes by guessing (charset_normalizer) whenever they are not
UTF-8, whatever the server's ``Content-Type`` says, and the guess for a page written in
windows-1252 (the web's default for a page declaring no charset) is often a Central European
code page: 'São Paulo' came out 'Săo Paulo', '£300' 'Ł300', '«' 'Ŧ'. Here:

- bytes that are UTF-8 (or UTF-8 with a few stray windows-1252 bytes, as
  :func:`newsgraph.ingest.decode.decode_bytes` reads text files) are read so;
- else the charset the server declared (``text/html; charset=...``) is used;
- else a page declaring its own charset (``<meta charset>``, ``http-equiv``, an XML
  declaration) is left to trafilatura as before (charset_normalizer tries the declared one
  first), unless it declares UTF-8, which its bytes are not;
- else the page is windows-1252, as browsers read an undeclared page, unless the guess reads
  it as another script (Cyrillic, Greek, Arabic, Hebrew, CJK ...) or reads fewer symbols
  inside words ('z³oty' in windows-1252 is 'złoty' in Central European).
"""

from __future__ import annotations

import codecs
import re

from trafilatura.utils import detect_encoding

from newsgraph.ingest.decode import _mostly_utf8

_PRESCAN = 4096  # browsers look for a <meta charset> in the first 1024 bytes; pages vary
_DECLARED = re.compile(
    rb"(?:<meta[^>]+charset|<\?xml[^>]+encoding)\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
# a character beyond ASCII between two letters (counted when it is no letter: 'z³oty')
_IN_WORD = re.compile(r"(?<=[^\W\d_])[^\x00-\x7f](?=[^\W\d_])")


def header_charset(content_type: str | None) -> str | None:
    """The charset a ``Content-Type`` header names, if Python knows it."""
    found = _HEADER_CHARSET.search(content_type or "")
    if not found:
        return None
    try:
        return codecs.lookup(found.group(1)).name
    except LookupError:
        return None


def page_text(data: bytes | str, charset: str | None = None) -> bytes | str:
    """``data`` decoded as its page is written, or left as bytes for trafilatura to decode
    (UTF-8, or a page declaring its charset in its markup)."""
    if isinstance(data, str):
        return data
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return data
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return mixed
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    declared = _DECLARED.search(data[:_PRESCAN])
    if declared and not _names_utf8(declared.group(1)):  # 'utf-8' on bytes that are not
        return data
    western = data.decode("cp1252", "newsgraph-cp1252")
    for guess in detect_encoding(data)[:1]:
        try:
            other = data.decode(guess)
        except (LookupError, UnicodeDecodeError):
            continue
        if _other_script(other) or _symbols(other) < _symbols(western):
            return other
    return western


def _names_utf8(name: bytes) -> bool:
    try:
        return codecs.lookup(name.decode("ascii")).name == "utf-8"
    except (LookupError, UnicodeDecodeError):
        return False


def _symbols(text: str) -> int:
    return sum(not ch.isalpha() for ch in _IN_WORD.findall(text))


def _other_script(text: str) -> bool:
    """Whether most letters beyond ASCII are of a script other than Latin."""
    latin = other = 0
    for ch in _NON_ASCII.findall(text):
        if not ch.isalpha():
            continue
        if ch < "\u0370" or "\u1e00" <= ch <= "\u1eff" or "\ufb00" <= ch <= "\ufb06":
            latin += 1
        else:
            other += 1
    return other > latin
