"""hard38b: a ``.jsonl.gz`` damaged midway (not cut) inflates garbage up to its checksum; in
one file that was ~900 "malformed JSON" lines, one per garbage line. A run of lines in a row
that are not JSON is one line naming the file and the lines now; a lone bad line among good
ones keeps its own line, and so do two in a row."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from newsgraph.ingest import Failure, iter_articles

STORY = (
    "The city council of Porto Alegre voted on Monday to expand the bus network to the "
    "northern districts. The mayor said the first new routes would open in March, and "
    "residents welcomed the decision at a public meeting that evening."
)


def _good(i: int) -> str:
    return json.dumps({"text": STORY.replace("Monday", f"Monday (vote {i})"), "id": str(i)})


def _lines(source: Path, root: Path) -> list[str]:
    got = iter_articles([str(source)], non_english="keep")
    return [
        str(g).replace(str(root) + "/", "") if isinstance(g, Failure) else "article" for g in got
    ]


#: lines as a damaged deflate stream inflates them: bytes and brackets, no JSON
_GARBAGE = [
    '{"text": "The ci\x07\x1b\x05ty cou{n"cil',
    "q\x9c\x03]]\x11\x0e:,,{{",
    '"}\x02\x7fz\x15a \x04\x01"]',
    "\x0b\x10\x11 k\x1f\x1e{:",
    '"text"\x1a{\x13, \x1c"',
]


def test_a_run_of_garbage_lines_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    rows = [_good(1), "{not json", _good(2), *_GARBAGE, _good(3)]
    path.write_text("\n".join(rows) + "\n", encoding="latin-1")
    got = _lines(path, tmp_path)
    assert got[0] == "article"
    assert got[1].startswith("dump.jsonl:2: malformed JSON at line 2: ")  # alone: its own line
    assert got[2] == "article"
    assert got[3].startswith(
        "dump.jsonl: lines 4-8 are not JSON (5 lines in a row; damaged data?); skipped "
        "(the first: malformed JSON at line 4: "
    )
    assert got[4:] == ["article"]


def test_two_bad_lines_in_a_row_keep_a_line_each(tmp_path: Path) -> None:
    path = tmp_path / "notes.jsonl"
    path.write_text("\n".join([_good(1), "{oops", "[1, 2", _good(2)]) + "\n")
    got = _lines(path, tmp_path)
    assert got[0] == got[3] == "article"
    assert got[1].startswith("notes.jsonl:2: malformed JSON at line 2: ")
    assert got[2].startswith("notes.jsonl:3: malformed JSON at line 3: ")


def test_garbage_before_a_failed_checksum_is_one_line_then_the_checksum(tmp_path: Path) -> None:
    body = "\n".join([_good(1), _good(2), *_GARBAGE, *_GARBAGE]) + "\n"
    damaged = bytearray(gzip.compress(body.encode("latin-1")))
    damaged[-8] ^= 0xFF  # the stored CRC-32
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(bytes(damaged))
    got = _lines(path, tmp_path)
    assert got[:2] == ["article", "article"]
    assert got[2].startswith("dump.jsonl.gz: lines 3-12 are not JSON (10 lines in a row; ")
    assert got[3].startswith("dump.jsonl.gz: damaged gzip data (CRC check failed ")
    assert got[3].endswith(
        "found after 12 lines were read: they may hold the damage; get the file again to be sure"
    )
    assert len(got) == 4


def test_jsonl_on_stdin_gives_a_garbage_run_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    given = "\n".join([_good(0), _good(1), *_GARBAGE[:3], _good(2), "{lone"]) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(given.encode())))
    got = _lines(Path("-"), tmp_path)
    assert got[0] == got[1] == got[3] == "article"
    assert got[2].startswith("<stdin>: lines 3-5 are not JSON (3 lines in a row; damaged data?)")
    assert got[4].startswith("<stdin>:7: malformed JSON at line 7: ")
    assert len(got) == 5
