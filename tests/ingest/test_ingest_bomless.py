"""ux22: UTF-16 and UTF-32 text saved without a byte-order mark is read as text, not as binary."""

from __future__ import annotations

import os
import struct
from pathlib import Path

import pytest

from newsgraph.ingest import Failure, RawArticle, iter_articles
from newsgraph.ingest.decode import DecodeError, decode_bytes, looks_binary

TEXT = (
    "Ministers meet in Genève on fishing rights\n\n"
    "The Norwegian fisheries minister said on Monday that talks would resume next week.\n"
)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_bomless_wide_text_is_decoded(codec: str) -> None:
    data = TEXT.encode(codec)
    assert not looks_binary(data)
    assert decode_bytes(data) == TEXT


def test_bomless_utf16_of_another_script_is_decoded() -> None:
    text = "Министр сказал, что переговоры возобновятся в понедельник."
    assert decode_bytes(text.encode("utf-16-le")) == text


def test_bomless_utf16_file_is_an_article(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(TEXT.encode("utf-16-le"))
    (item,) = list(iter_articles([str(path)]))
    assert isinstance(item, RawArticle), item
    assert item.title == "Ministers meet in Genève on fishing rights"
    assert "\n\nThe Norwegian fisheries minister said on Monday that talks" in item.text
    utf8 = tmp_path / "utf8.txt"
    utf8.write_text(TEXT, encoding="utf-8")
    (same,) = list(iter_articles([str(utf8)]))
    assert isinstance(same, RawArticle) and same.text == item.text


# controls: binary data with NUL bytes stays binary


def test_random_bytes_stay_binary() -> None:
    for seed in range(50):
        data = os.urandom(4096) + bytes(seed)
        assert looks_binary(data)
        with pytest.raises(DecodeError, match="binary file"):
            decode_bytes(data)


def test_packed_numbers_stay_binary(tmp_path: Path) -> None:
    shorts = struct.pack("<2000h", *range(-1000, 1000))
    ints = struct.pack("<1000i", *range(1000))
    for data in (shorts, ints, bytes(range(256)) * 8):
        assert looks_binary(data)
    path = tmp_path / "numbers.txt"
    path.write_bytes(ints)
    (item,) = list(iter_articles([str(path)]))
    assert isinstance(item, Failure) and item.reason == "binary file, not text"


def test_odd_length_utf16_is_not_guessed() -> None:
    with pytest.raises(DecodeError):
        decode_bytes(TEXT.encode("utf-16-le") + b"x")
