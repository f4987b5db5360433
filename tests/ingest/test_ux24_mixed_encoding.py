"""ux24: UTF-8 text holding a few stray cp1252 bytes (a smart quote pasted from a Windows
editor) was read as cp1252 whole, so every UTF-8 letter came out garbled ('Café' became
'CafÃ©'). It is read as UTF-8, each stray byte as cp1252."""

from __future__ import annotations

from newsgraph.ingest.decode import decode_bytes

CAFE_UTF8 = "Café owners in São Paulo said on Monday".encode()


def test_utf8_with_stray_cp1252_quotes_keeps_its_letters() -> None:
    data = CAFE_UTF8 + b", the mayor said. \x93Quoted\x94 in cp1252."
    assert decode_bytes(data) == (
        "Café owners in São Paulo said on Monday, the mayor said. “Quoted” in cp1252."
    )


def test_a_byte_order_mark_is_dropped_as_before() -> None:
    data = b"\xef\xbb\xbf" + CAFE_UTF8 + b" \x96 a dash"
    assert decode_bytes(data) == "Café owners in São Paulo said on Monday – a dash"


def test_plain_cp1252_is_read_as_before() -> None:
    # control: no UTF-8 sequence at all
    assert decode_bytes(b"Caf\xe9 owners said \x93no\x94.") == "Café owners said “no”."


def test_cp1252_with_one_accidental_utf8_pair_stays_cp1252() -> None:
    # control: 'Ã©' written in cp1252 is also UTF-8 for 'é'; four real cp1252 accents
    # outnumber it, so the text is cp1252 as before
    data = b"na\xefve caf\xe9 r\xe9sum\xe9 d\xe9j\xe0 vu: \xc3\xa9"
    assert decode_bytes(data) == "naïve café résumé déjà vu: Ã©"


def test_clean_utf8_is_unchanged() -> None:
    assert decode_bytes(CAFE_UTF8) == "Café owners in São Paulo said on Monday"
