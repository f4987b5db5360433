"""hard38 (a user's folder of bad inputs): each case below gave a vague line, or none.

- A file inside a folder that gave no article and no failure (an empty ``.warc.gz``, a JSON
  array with no article, a JSONL file of blank lines) was left out without a word; given
  alone it had its line. An empty ``.warc.gz`` said "a WARC archive with no HTML responses".
- A JSON line cut short said "malformed JSON at line 2: Invalid control character at", the
  parser's sentence without its end; it names the column and the open string now.
- A ``.jsonl.gz`` cut short (a download stopped) said "could not be read (Compressed file
  ended before the end-of-stream marker was reached)", of a file whose complete lines had
  all been read and kept; a cut ``.txt.gz`` said the same.
- Damaged gzip data (a gzip header, then no deflate data) was "crashed while reading (...);
  please report this", as if newsgraph had a bug.
- A ``.txt`` URL list with a note line of a few words ("dead links below") was one article
  made of the URLs and the note.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from newsgraph.ingest import Failure, RawArticle, iter_articles

STORY = (
    "Foreign ministers from Chile and Peru met in Lima on Thursday to discuss fishing rights. "
    "The two governments agreed to meet again in Santiago next month, officials said.\n"
)
DEAD = "http://127.0.0.1:9/story"  # nothing listens on port 9: one fetch failure, no network


def _lines(source: Path, root: Path, **kw: object) -> list[str]:
    got = list(iter_articles([str(source)], **kw))  # type: ignore[arg-type]
    return [
        str(g).replace(str(root) + "/", "") if isinstance(g, Failure) else "article" for g in got
    ]


def test_a_file_in_a_folder_that_gives_nothing_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a_story.txt").write_text(STORY)
    (folder / "b_crawl.warc.gz").write_bytes(b"")
    (folder / "c_none.json").write_text("[]")
    (folder / "d_blank.jsonl").write_text("\n\n")
    assert _lines(folder, tmp_path) == [
        "article",
        "inbox/b_crawl.warc.gz: empty input",
        "inbox/c_none.json: no articles in it (an empty JSON array, or only blank lines)",
        "inbox/d_blank.jsonl: no articles in it (an empty JSON array, or only blank lines)",
    ]


def test_control_a_folder_of_good_files_adds_no_line(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(STORY)
    (tmp_path / "two.jsonl").write_text(json.dumps({"text": STORY.replace("Lima", "Quito")}))
    assert _lines(tmp_path, tmp_path) == ["article", "article"]


def test_a_json_line_cut_short_says_where_and_why(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": STORY}) + '\n{"text": "The minister said\n')
    assert _lines(path, tmp_path) == [
        "article",
        "feed.jsonl:2: malformed JSON at line 2: Invalid control character at column 28 "
        "(a line break inside a string: a string left open?)",
    ]


def test_a_json_document_names_the_column_of_its_fault(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text('{"title": "Talks", "text": "tab\there"}')
    assert _lines(path, tmp_path) == [
        "one.json: malformed JSON at line 1: Invalid control character at column 32"
    ]
    # control: a reason that is whole is left as the parser wrote it
    path.write_text('{"title": "Talks", "text": }')
    assert _lines(path, tmp_path) == ["one.json: malformed JSON at line 1: Expecting value"]


def _jsonl_gz(count: int) -> bytes:
    lines = "".join(
        json.dumps({"text": STORY.replace("Lima", f"Lima (meeting {i})"), "id": str(i)}) + "\n"
        for i in range(count)
    )
    return gzip.compress(lines.encode())


def test_a_cut_jsonl_gz_keeps_its_lines_and_says_it_was_cut(tmp_path: Path) -> None:
    whole = _jsonl_gz(200)
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(whole[: len(whole) - 200])
    got = _lines(path, tmp_path, non_english="keep")
    assert got[-1] == (
        "dump.jsonl.gz: the gzip file is cut short (a download stopped?): every line before "
        "the cut was read, the cut line and the rest are lost"
    )
    assert 100 < got.count("article") < 200 and len(got) == got.count("article") + 1
    # control: the whole file is every line and no failure
    path.write_bytes(whole)
    assert _lines(path, tmp_path, non_english="keep") == ["article"] * 200


def test_a_cut_text_gz_says_it_was_cut(tmp_path: Path) -> None:
    data = gzip.compress(STORY.encode() * 20)
    path = tmp_path / "story.txt.gz"
    path.write_bytes(data[: len(data) // 2])
    assert _lines(path, tmp_path) == [
        "story.txt.gz: the gzip data is cut short (a download stopped?); not read"
    ]


def test_damaged_gzip_data_is_unreadable_not_a_crash(tmp_path: Path) -> None:
    # a gzip header, then bytes that are no deflate data: "crashed while reading (error:
    # Error -3 ...); please report this" in a file, the same on stdin
    damaged = gzip.compress(STORY.encode())[:10] + b"\xff" * 40
    for name in ("story.txt.gz", "story.jsonl.gz", "story.gz"):
        path = tmp_path / name
        path.write_bytes(damaged)
        assert _lines(path, tmp_path) == [
            f"{name}: could not be read (damaged gzip data: Error -3 while decompressing "
            "data: invalid block type)"
        ]


def test_a_url_list_with_a_short_note_is_a_url_list(tmp_path: Path) -> None:
    path = tmp_path / "links.txt"
    path.write_text(f"{DEAD}\n{DEAD}/2\ndead links below\n{DEAD}/3\n")
    got = _lines(path, tmp_path, timeout=2.0)
    assert [g.split(": ")[0] for g in got] == [DEAD, f"{DEAD}/2", "links.txt:3", f"{DEAD}/3"]
    assert got[2] == (
        "links.txt:3: not an http(s) URL ('dead links below'): a URL list gives one a line"
    )


def test_control_a_story_that_cites_urls_stays_an_article(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"Fishing talks\n\n{STORY}{DEAD}\n{DEAD}/2\n")
    (got,) = list(iter_articles([str(path)]))
    assert isinstance(got, RawArticle) and "fishing rights" in got.text


def test_gzip_data_on_stdin_cut_or_damaged_is_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = gzip.compress(STORY.encode() * 20)
    for given, reason in [
        (data[: len(data) // 2], "the gzip data is cut short (a download stopped?); not read"),
        (
            data[:10] + b"\xff" * 40,
            "could not be read (damaged gzip data: Error -3 while decompressing data: "
            "invalid block type)",
        ),
    ]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(given)))
        assert _lines(Path("-"), tmp_path) == [f"<stdin>: {reason}"]


def test_a_utf16_page_with_its_byte_order_mark_keeps_its_title(tmp_path: Path) -> None:
    # a page saved as "Unicode" (UTF-16 with a BOM) was read as windows-1252: its text came
    # through, its title was lost
    page = f"<html><head><title>Fishing talks</title></head><body><p>{STORY}</p></body></html>"
    for name, data in [
        ("le.html", page.encode("utf-16")),
        ("be.html", b"\xfe\xff" + page.encode("utf-16-be")),
        ("u32.html", page.encode("utf-32")),
        ("nobom.html", page.encode("utf-16-le")),  # control: read before too
    ]:
        (tmp_path / name).write_bytes(data)
        (got,) = list(iter_articles([str(tmp_path / name)]))
        assert isinstance(got, RawArticle), got
        assert got.title == "Fishing talks", name
        assert "fishing rights" in got.text


def _rss(count: int) -> str:
    items = "".join(
        f"<item><title>Talks {i}</title><guid>urn:talks:{i}</guid><content:encoded><![CDATA["
        f"<p>{STORY.replace('Lima', f'Lima, round {i},')} {STORY}</p>]]></content:encoded></item>\n"
        for i in range(count)
    )
    return (
        '<?xml version="1.0"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>\n'
        f"{items}</channel></rss>\n"
    )


def test_a_feed_cut_inside_its_last_item_says_it_was_cut(tmp_path: Path) -> None:
    # a download stopped inside item 3 (lines 9-11: each item holds the story twice, each
    # ending its line): it said "malformed feed item: unclosed CDATA
    # section", as of an item written wrong
    feed = _rss(4)
    path = tmp_path / "wire.xml"
    third = feed.index("<item>", feed.index("<item>", feed.index("<item>") + 1) + 1)
    path.write_text(feed[: third + 200])
    assert _lines(path, tmp_path) == [
        "article",
        "article",
        "wire.xml#3: the feed ends inside this item (cut short? a download stopped?): "
        "unclosed CDATA section (the item starts on line 9 of the feed)",
    ]
    # control: a whole feed with an item broken in its middle is a malformed item
    broken = feed.replace("]]></content:encoded></item>", "</content:encoded></item>", 1)
    path.write_text(broken)
    got = _lines(path, tmp_path)
    assert got[0].startswith("wire.xml#1: malformed feed item: ")
    assert got[1:] == ["article"] * 3


def test_a_jsonl_gz_failing_its_check_after_its_lines_says_so(tmp_path: Path) -> None:
    # the gzip trailer's checksum does not match (the data was damaged somewhere): it said
    # "could not be read (CRC check failed ...)" after every line had been read and kept
    damaged = bytearray(_jsonl_gz(30))
    damaged[-8] ^= 0xFF  # the stored CRC-32
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(bytes(damaged))
    got = _lines(path, tmp_path, non_english="keep")
    assert got[:30] == ["article"] * 30 and len(got) == 31
    assert got[30].startswith("dump.jsonl.gz: damaged gzip data (CRC check failed ")
    assert got[30].endswith(
        "found after 30 lines were read: they may hold the damage; get the file again to be sure"
    )
