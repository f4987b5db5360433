"""Bytes to text, refusing binary data and text that decodes to garbage."""

from __future__ import annotations

import codecs
import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SNIFF = 8192
_UTF32 = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
_UTF16 = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_BOMS = _UTF32 + _UTF16


_TEXT_BYTES = bytes(range(0x20, 0x100)) + b"\t\n\r\f\b"  # what counts as text when sniffing


class DecodeError(ValueError):
    """The bytes are not text; ``str(error)`` is the reason, one sentence."""


def looks_binary(data: bytes) -> bool:
    """NUL bytes or mostly non-text bytes in the first 8 KB (UTF-16/32 with a BOM is text)."""
    head = data[:_SNIFF]
    if head.startswith(_BOMS):
        return False
    if b"\x00" in head:
        return bomless_wide(head, sniff=True) is None
    if not head:
        return False
    texty = len(head) - len(head.translate(None, _TEXT_BYTES))  # in C, not byte by byte
    return texty / len(head) < 0.9


def decode_bytes(data: bytes, memo: list[str] | None = None, notes: list[str] | None = None) -> str:
    """Text from ``data``: UTF-8 (with or without BOM), UTF-32/16 with a BOM, else the legacy
    code page reading it best (:mod:`newsgraph.ingest._charset_guess`; cp1252 on a tie;
    ``memo`` shared by the lines of one file keeps the code page found; ``notes`` gets the
    line for a text two code pages read equally well, as a web page's, ux35).

    Raises DecodeError for binary data or when no decoding gives readable text.
    """
    if looks_binary(data):
        raise DecodeError("binary file, not text")
    if b"\x00" in data[:_SNIFF] and not data.startswith(_BOMS):
        text = bomless_wide(data)
        if text is None:
            raise DecodeError("could not decode as UTF-16 or UTF-32 without a byte-order mark")
        return text
    # UTF-32's little-endian mark starts with UTF-16's: test UTF-32 first
    for boms, codec in ((_UTF32, "utf-32"), (_UTF16, "utf-16")):
        if data.startswith(boms):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                name = codec.upper()
                raise DecodeError(
                    f"could not decode as {name} despite its byte-order mark"
                ) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return mixed
    # ux30: the legacy code page that reads the text best (windows-1252 on a tie), as for an
    # undeclared web page; a Russian or Greek text file was read as windows-1252 letters
    from newsgraph.ingest._charset_guess import guess_decode

    text = guess_decode(data, memo, notes)
    if len(_CONTROL.findall(text)) <= max(2, len(text) // 200):
        return text
    raise DecodeError("could not decode as UTF-8 or a common code page")


# a well-formed UTF-8 sequence of 2 to 4 bytes (no overlong forms, no surrogates)
_UTF8_MULTI = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_HIGH = bytes(range(0x80, 0x100))


def _byte_by_byte(exc: UnicodeError) -> tuple[str, int]:
    """A codec error handler: each byte UTF-8 cannot read, read as cp1252 (else Latin-1)."""
    assert isinstance(exc, UnicodeDecodeError)
    bad = exc.object[exc.start : exc.end]
    return "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in bad), exc.end


codecs.register_error("newsgraph-cp1252", _byte_by_byte)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray cp1252 bytes (a scraped page pasted into a UTF-8 file, a
    smart quote from a Windows editor): read as UTF-8, each stray byte as cp1252 (ux24). The
    whole text read as cp1252 garbled every UTF-8 letter ('Café' became 'CafÃ©'). Taken
    when the well-formed multi-byte UTF-8 sequences outnumber the stray bytes; text that is
    really cp1252 almost never holds one."""
    valid = _UTF8_MULTI.findall(data)
    if not valid:
        return None
    stray = len(data) - len(data.translate(None, _HIGH)) - sum(map(len, valid))
    if stray > len(valid):
        return None
    return data.decode("utf-8-sig", "newsgraph-cp1252")


_WIDE = (("utf-32-le", 4), ("utf-32-be", 4), ("utf-16-le", 2), ("utf-16-be", 2))


def bomless_wide(data: bytes, sniff: bool = False) -> str | None:
    """``data`` decoded as UTF-32 or UTF-16 written without a byte-order mark, else None.

    Text in these encodings has NUL bytes in fixed places (``"a"`` is ``61 00`` in UTF-16-LE),
    which is how binary data is told apart from it: an encoding is taken when its decoding has
    no NUL or control character beyond 1 in 20, and at least 1 in 10 of its characters are
    ASCII/Latin-1 (spaces, digits, punctuation; random bytes decode to 1 in 256 or fewer).
    ``sniff``: ``data`` is the first bytes of a longer input (a cut last character is allowed).
    """
    for codec, width in _WIDE:
        if not sniff and len(data) % width:
            continue
        chunk = data[: len(data) - len(data) % width]
        try:
            text = chunk.decode(codec, "replace" if sniff else "strict")
        except UnicodeDecodeError:
            continue
        if not text or "\x00" in text or text.count("\ufffd") > (1 if sniff else 0):
            continue
        bad = len(_CONTROL.findall(text))
        latin = sum(1 for ch in text if ch < "\u0100")
        if bad <= len(text) // 20 and latin * 10 >= len(text):
            return text
    return None
