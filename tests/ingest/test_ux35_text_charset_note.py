"""ux35: ux33's line for an undeclared input two code pages read equally well ("... read as
plausibly in ISO-8859-2: read as windows-1250; declare its charset or save it as UTF-8") was
said only for web pages: a text file, a JSON or JSON Lines file and an RSS feed in the same
code page were read with no word. Each now says it once, naming the input; a text whose code
page is certain says nothing (control)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from newsgraph.ingest import RawArticle, iter_articles

# its one letter beyond ASCII is 'ž' in ISO-8859-2 and 'ľ' in windows-1250: both Slovak
TIED = "Minister povedal, že rokovania budu pokracovat v Bratislave a v Kosiciach."
PARAGRAPH = "The talks went on for a second day in the capital on Tuesday, officials said."


def _lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if "encoding" in r.getMessage()]


def _read(path: Path, caplog: pytest.LogCaptureFixture) -> list[RawArticle]:
    with caplog.at_level(logging.WARNING):
        got = list(iter_articles([str(path)]))
    assert got and all(isinstance(x, RawArticle) for x in got), got
    return [x for x in got if isinstance(x, RawArticle)]


def _text(sentence: str) -> str:
    return f"Talks go on\n\n{sentence}\n\n{PARAGRAPH}\n"


def test_a_text_file_two_code_pages_read_equally_well_is_one_line_naming_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(_text(TIED).encode("iso8859_2"))
    _read(path, caplog)
    lines = _lines(caplog)
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"{path}: ") and "windows-1250" in lines[0]
    assert "save it as UTF-8" in lines[0] and "\n" not in lines[0]


def test_a_json_file_says_it_once_for_its_articles(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    records = [{"text": _text(TIED)}, {"text": _text(TIED.replace("Minister", "Premier"))}]
    path = tmp_path / "articles.json"
    path.write_bytes(json.dumps(records, ensure_ascii=False).encode("iso8859_2"))
    assert len(_read(path, caplog)) == 2
    lines = _lines(caplog)
    assert len(lines) == 1, lines
    assert "articles.json" in lines[0] and "ISO-8859-2" in lines[0]


def test_a_json_lines_file_names_its_line(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_bytes(
        (json.dumps({"text": _text(TIED)}, ensure_ascii=False) + "\n").encode("iso8859_2")
    )
    _read(path, caplog)
    lines = _lines(caplog)
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"{path}:1: ")


def _feed(sentence: str) -> str:
    body = f"{sentence} " + f"{PARAGRAPH} " * 4  # one letter beyond ASCII: a tie
    return (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
        "<link>https://example.org/</link>"
        "<item><title>Talks go on</title>"
        f"<description>{body}</description></item></channel></rss>"
    )


def test_a_feed_two_code_pages_read_equally_well_is_one_line_naming_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "wire.rss"
    path.write_bytes(_feed(TIED).encode("iso8859_2"))
    _read(path, caplog)
    lines = _lines(caplog)
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"{path}: ") and "windows-1250" in lines[0]


POLISH = "Kurs złotego spadł w poniedziałek, podał bank w Łodzi, a ceny wzrosły."


@pytest.mark.parametrize("name", ["note.txt", "wire.rss"])
def test_control_a_text_whose_code_page_is_certain_says_nothing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, name: str
) -> None:
    path = tmp_path / name
    data = _feed(POLISH) if name.endswith(".rss") else _text(POLISH)
    path.write_bytes(data.encode("cp1250"))
    got = _read(path, caplog)
    assert POLISH in got[0].text
    assert _lines(caplog) == []
