"""ux33 walk: JSON Lines piped to ``-`` were refused whole once the stream passed the size cap
("<stdin>: larger than the 5 MB cap"), every good record lost, while a ``.jsonl`` file's
lines are each capped: the stream is read a line at a time, an over-cap line is one failure
naming its line. Controls: a small stream reads as before; other data over the cap is still
one line."""

from __future__ import annotations

import io
import json
import sys

import pytest

from newsgraph.ingest import Failure, RawArticle, iter_articles

CAP = 4000  # stdin is first read CAP + 1 bytes at a time: a 6 KB line has no newline in it


def _record(i: int, words: int = 30) -> str:
    text = f"Ministers met in Oslo on day {i} to discuss fishing rights. " + "talks " * words
    return json.dumps({"title": f"Talks {i}", "text": text.strip(), "outlet": "Wire"})


def _stdin(monkeypatch: pytest.MonkeyPatch, data: str) -> list[RawArticle | Failure]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8"))))
    return list(iter_articles(["-"], max_bytes=CAP))


def test_piped_json_lines_over_the_cap_are_read_line_by_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines = [_record(i) for i in range(12)]  # about 3 KB of lines before the big one
    lines.insert(10, _record(99, words=1000))  # one line of about 6 KB, over the cap
    got = _stdin(monkeypatch, "\n".join(lines) + "\n")
    titles = [g.title for g in got if isinstance(g, RawArticle)]
    assert titles == [f"Talks {i}" for i in range(12)]
    failures = [g for g in got if isinstance(g, Failure)]
    assert [(f.source, "cap" in f.reason) for f in failures] == [("<stdin>:11", True)]


def test_control_a_small_stream_and_other_data_over_the_cap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    got = _stdin(monkeypatch, _record(1) + "\n" + _record(2) + "\n")
    assert [g.title for g in got if isinstance(g, RawArticle)] == ["Talks 1", "Talks 2"]
    prose = "Ministers met in Oslo on Monday. " * 200  # about 6.6 KB of plain text
    got = _stdin(monkeypatch, prose)
    assert len(got) == 1 and isinstance(got[0], Failure)
    assert got[0].source == "<stdin>" and "cap" in got[0].reason


def test_a_first_line_over_the_cap_hides_no_line_after_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines = [_record(99, words=1000), _record(1), _record(2)]
    got = _stdin(monkeypatch, "\n".join(lines) + "\n")
    assert [g.title for g in got if isinstance(g, RawArticle)] == ["Talks 1", "Talks 2"]
    assert [g.source for g in got if isinstance(g, Failure)] == ["<stdin>:1"]
