"""ux22: a damaged record in the middle of a WARC archive costs that record, not the rest."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from tests.ingest.test_ingest_sources import PAGE, _warc_record

from newsgraph.ingest import Failure, RawArticle, iter_articles

URLS = ["https://example.org/a", "https://example.org/b", "https://example.org/c"]


def _records() -> list[bytes]:
    return [_warc_record(url, "200 OK", PAGE) for url in URLS]


def _kinds(path: Path) -> list[str]:
    out = []
    for item in iter_articles([str(path)]):
        if isinstance(item, RawArticle):
            out.append(item.url or "")
        else:
            assert isinstance(item, Failure)
            assert "damaged WARC data at byte" in item.reason, item.reason
            assert item.reason.endswith("; skipped; read on from the next record")
            out.append("damaged")
    return out


def test_junk_between_gzip_records(tmp_path: Path) -> None:
    a, b, c = _records()
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(a + b"\x1f\x8b\x08junk that is no gzip member" + b + c)
    assert _kinds(path) == [URLS[0], "damaged", URLS[1], URLS[2]]


def test_corrupt_gzip_member_in_the_middle(tmp_path: Path) -> None:
    a, b, c = _records()
    middle = len(b) // 2
    broken = b[:middle] + bytes(x ^ 0x5A for x in b[middle : middle + 40]) + b[middle + 40 :]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(a + broken + c)
    kinds = _kinds(path)
    assert kinds[0] == URLS[0] and kinds[-1] == URLS[2] and "damaged" in kinds
    assert URLS[1] not in kinds


def test_garbage_record_in_a_plain_archive(tmp_path: Path) -> None:
    a, b, c = (gzip.decompress(r) for r in _records())
    path = tmp_path / "crawl.warc"
    path.write_bytes(a + b"this is no WARC record\r\nat all\r\n\r\n" + b + c)
    assert _kinds(path) == [URLS[0], "damaged", URLS[1], URLS[2]]


# controls: whole archives as before, a file that is no archive at all is still one line


@pytest.mark.parametrize("compressed", [True, False])
def test_whole_archive_unchanged(tmp_path: Path, compressed: bool) -> None:
    records = _records()
    path = tmp_path / ("crawl.warc.gz" if compressed else "crawl.warc")
    data = b"".join(records if compressed else [gzip.decompress(r) for r in records])
    path.write_bytes(data)
    assert _kinds(path) == URLS


def test_not_an_archive_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.warc"
    path.write_bytes(b"these are my notes\r\nnot an archive\r\n" * 20)
    (item,) = list(iter_articles([str(path)]))
    assert isinstance(item, Failure)
    assert item.reason.startswith("not a readable WARC archive (")
