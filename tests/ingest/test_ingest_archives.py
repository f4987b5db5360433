"""WARC archives (truncated records, binary junk) and text encodings (UTF-32 with a BOM)."""

from __future__ import annotations

import codecs
import gzip
from pathlib import Path

import pytest
from tests.ingest.test_ingest_sources import ARTICLE, PAGE, _warc_record

from newsgraph.ingest import Failure, RawArticle, iter_articles
from newsgraph.ingest.decode import decode_bytes


def _items(*sources: str | Path) -> list[RawArticle | Failure]:
    return list(iter_articles([str(s) for s in sources]))


@pytest.mark.parametrize("compressed", [True, False])
def test_truncated_warc_record_is_reported_not_stored(tmp_path: Path, compressed: bool) -> None:
    whole = gzip.decompress(_warc_record("https://example.org/fish", "200 OK", PAGE))
    declared = int(whole.split(b"Content-Length: ")[1].split(b"\r\n")[0])  # the WARC block
    cut = whole[: len(whole) - 300]
    path = tmp_path / ("cut.warc.gz" if compressed else "cut.warc")
    path.write_bytes(gzip.compress(cut) if compressed else cut)
    (item,) = _items(path)
    assert isinstance(item, Failure), item
    assert item.source == f"{path}#https://example.org/fish"
    got = declared - 300 + 4  # the record's 4-byte trailer was cut too
    assert item.reason == (
        f"truncated WARC record: {got:,} of {declared:,} bytes (Content-Length mismatch); "
        "skipped"  # ux37: "not stored" misled analyze and extract
    )


@pytest.mark.parametrize("compressed", [True, False])
@pytest.mark.parametrize("keep", [10, 50, 150, 200, -1])
def test_warc_cut_inside_the_record_headers_is_reported(
    tmp_path: Path, compressed: bool, keep: int
) -> None:
    # cut inside the WARC headers (the WARC/1.0 line, mid-header, before Content-Length) or
    # right after them (-1): the archive used to give no article and no message at all
    whole = gzip.decompress(_warc_record("https://example.org/fish", "200 OK", PAGE))
    assert whole.index(b"Content-Length") > 200
    cut = whole[: whole.index(b"\r\n\r\n") + 4] if keep == -1 else whole[:keep]
    path = tmp_path / ("cut.warc.gz" if compressed else "cut.warc")
    path.write_bytes(gzip.compress(cut)[:-8] if compressed else cut)  # gzip trailer cut too
    (item,) = _items(path)
    assert isinstance(item, Failure), item
    assert item.source.startswith(str(path))
    assert "truncated WARC record" in item.reason or "not a readable WARC archive" in item.reason
    assert "crashed" not in item.reason


def test_complete_warc_after_a_truncated_one(tmp_path: Path) -> None:
    record = _warc_record("https://example.org/fish", "200 OK", PAGE)
    cut = tmp_path / "cut.warc"
    cut.write_bytes(gzip.decompress(record)[:-400])
    full = tmp_path / "full.warc.gz"
    full.write_bytes(record)
    items = _items(cut, full)
    assert [type(x).__name__ for x in items] == ["Failure", "RawArticle"]


def test_warc_errors_never_echo_binary_junk(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    junk = bytes(range(256)) * 4 + b"\nmore \x1b[31mRED\x07"
    path = tmp_path / "junk.warc"
    path.write_bytes(b"WARC/1.0\r\nContent-Length: 5\r\n\r\n" + junk)
    (item,) = _items(path)
    assert isinstance(item, Failure)
    line = str(item)
    assert line.startswith(f"{path}: not a readable WARC archive (")
    assert "\n" not in line and "\x1b" not in line and "\x07" not in line
    assert all(ch.isprintable() for ch in line)
    assert len(line) < len(str(path)) + 200
    captured = capfd.readouterr()
    assert captured.err == ""  # warcio's own multi-line warning is not printed


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be"])
def test_utf32_with_a_bom_is_decoded_as_utf32(tmp_path: Path, codec: str) -> None:
    bom = {"utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}.get(codec, b"")
    data = bom + ARTICLE.encode(codec)
    assert data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE))
    assert decode_bytes(data) == ARTICLE
    path = tmp_path / "u32.txt"
    path.write_bytes(data)
    (item,) = _items(path)
    assert isinstance(item, RawArticle), item
    assert item.title == "Ministers meet on fishing rights"


def test_utf16_with_a_bom_still_utf16() -> None:
    assert (
        decode_bytes(codecs.BOM_UTF16_LE + "Grüße aus Oslo".encode("utf-16-le")) == "Grüße aus Oslo"
    )
    assert (
        decode_bytes(codecs.BOM_UTF16_BE + "Grüße aus Oslo".encode("utf-16-be")) == "Grüße aus Oslo"
    )
